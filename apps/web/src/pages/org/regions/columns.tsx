import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { regionLevelLabel } from '../../../app/labels';
import type { Translate } from '../../../app/prefs';
import type { Lang } from '../../../app/request';
import type { RegionNode } from '../../../components/regions';

const LEVEL_COLORS = ['', 'red', 'volcano', 'blue', 'cyan', 'green'];

export function regionColumns(opts: {
  t: Translate;
  lang: Lang;
  onAddChild: (parent: RegionNode) => void;
  onRename: (region: RegionNode) => void;
}): ColumnsType<RegionNode> {
  const { t, lang } = opts;
  return [
    { title: t('regions.name'), dataIndex: 'name', key: 'name' },
    { title: t('regions.code'), dataIndex: 'code', key: 'code', render: (code: string) => <code>{code}</code> },
    {
      title: t('regions.level'),
      dataIndex: 'level',
      key: 'level',
      render: (level: number) => <Tag color={LEVEL_COLORS[level]}>{regionLevelLabel(level, lang)}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, region) => (
        <Space wrap size={4}>
          {region.level < 5 && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => opts.onAddChild(region)}>
              {t('regions.addChild')}
            </Button>
          )}
          <Button size="small" icon={<EditOutlined />} onClick={() => opts.onRename(region)}>
            {t('regions.rename')}
          </Button>
        </Space>
      ),
    },
  ];
}
