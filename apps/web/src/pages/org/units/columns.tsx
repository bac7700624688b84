import { EditOutlined } from '@ant-design/icons';
import type { UnitView } from '@pfc/contracts';
import { Button, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../app/format';
import { unitKindLabel } from '../../../app/labels';
import type { Translate } from '../../../app/prefs';
import type { Lang } from '../../../app/request';

export function unitColumns(opts: {
  t: Translate;
  lang: Lang;
  onEdit: (unit: UnitView) => void;
}): ColumnsType<UnitView> {
  const { t, lang } = opts;
  return [
    {
      title: t('units.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, unit) => (
        <span>
          {name} {unit.archived && <Tag color="default">{t('units.archived')}</Tag>}
        </span>
      ),
    },
    { title: t('units.kind'), dataIndex: 'kind', key: 'kind', render: (kind: string) => unitKindLabel(kind, lang) },
    { title: t('common.region'), dataIndex: 'regionName', key: 'region' },
    {
      title: t('units.leader'),
      key: 'leader',
      render: (_, u) => (u.leaderName ? `${u.leaderName}${u.leaderTitle ? `（${u.leaderTitle}）` : ''}` : '—'),
    },
    {
      title: t('units.liaison'),
      key: 'liaison',
      render: (_, u) =>
        u.liaisonName ? (
          <span>
            {u.liaisonName} <Typography.Text type="secondary">{u.liaisonPhone}</Typography.Text>
          </span>
        ) : (
          '—'
        ),
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
      render: (_, unit) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => opts.onEdit(unit)}
          aria-label={`${t('common.edit')} ${unit.name}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];
}
