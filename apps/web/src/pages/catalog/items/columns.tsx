import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { SERVICE_ITEM_KINDS, type ServiceItemView } from '@pfc/contracts';
import { Button, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../app/format';
import { enumLabel } from '../../../app/labels';
import type { Translate } from '../../../app/prefs';
import type { Lang } from '../../../app/request';

export function serviceItemColumns(opts: {
  t: Translate;
  lang: Lang;
  canEdit: boolean;
  onOpen: (item: ServiceItemView) => void;
}): ColumnsType<ServiceItemView> {
  const { t, lang } = opts;
  return [
    {
      title: t('catalog.items.code'),
      dataIndex: 'code',
      key: 'code',
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { title: t('catalog.items.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('catalog.items.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: string) => enumLabel(SERVICE_ITEM_KINDS, kind, lang),
    },
    { title: t('catalog.items.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('catalog.items.applicationBased'),
      dataIndex: 'applicationBased',
      key: 'applicationBased',
      render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
    },
    {
      title: t('catalog.items.timeLimit'),
      key: 'timeLimit',
      render: (_, item) => t('catalog.items.workingDays', { n: item.guide.legalTimeLimitDays }),
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, item) => (
        <Button
          size="small"
          icon={opts.canEdit ? <EditOutlined /> : <EyeOutlined />}
          onClick={() => opts.onOpen(item)}
          aria-label={`${opts.canEdit ? t('common.edit') : t('common.view')} ${item.name}`}
        >
          {opts.canEdit ? t('common.edit') : t('common.view')}
        </Button>
      ),
    },
  ];
}
