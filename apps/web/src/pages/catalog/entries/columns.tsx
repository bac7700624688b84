import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { SUBSTITUTE_METHODS, type ProofEntryView } from '@pfc/contracts';
import { Button, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../app/format';
import { enumLabel } from '../../../app/labels';
import type { Translate } from '../../../app/prefs';
import type { Lang } from '../../../app/request';
import { FindingsBadge } from '../shared/FindingsBadge';
import { StatusTag } from '../shared/StatusTag';

export function DispositionTag({ disposition, t }: { disposition: string; t: Translate }) {
  return disposition === 'cancel' ? (
    <Tag>{t('catalog.disposition.cancel')}</Tag>
  ) : (
    <Tag color="green">{t('catalog.disposition.retain')}</Tag>
  );
}

/** Columns shared by the inventory and the review queue. */
export function entryColumns(opts: {
  t: Translate;
  lang: Lang;
  /** Whether the row's action edits (own unit's draft) or only opens the entry. */
  canEdit: (entry: ProofEntryView) => boolean;
  linkSuffix?: string;
  onOpen: (href: string) => void;
}): ColumnsType<ProofEntryView> {
  const { t, lang } = opts;
  const href = (e: ProofEntryView) => `/catalog/entries/${e.id}${opts.linkSuffix ?? ''}`;
  return [
    {
      title: t('catalog.entry.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, e) => (
        <div style={{ minWidth: 140, maxWidth: 280 }}>
          <Link to={href(e)}>{name}</Link>
          {e.aliases.length > 0 && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.9em' }}>
              {t('catalog.entry.aliasesShort')}：{e.aliases.join('、')}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: t('catalog.entry.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('catalog.entry.disposition'),
      dataIndex: 'disposition',
      key: 'disposition',
      render: (d: string) => <DispositionTag disposition={d} t={t} />,
    },
    {
      title: t('catalog.entry.substitutes'),
      key: 'substitutes',
      render: (_, e) =>
        e.disposition === 'retain' && e.substitutes.length > 0
          ? e.substitutes.map((s) => enumLabel(SUBSTITUTE_METHODS, s.method, lang)).join(' › ')
          : '—',
    },
    { title: t('common.status'), dataIndex: 'status', key: 'status', render: (s: string) => <StatusTag status={s} /> },
    { title: t('catalog.findings.title'), key: 'findings', render: (_, e) => <FindingsBadge findings={e.findings} /> },
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
      render: (_, e) => {
        const edit = opts.canEdit(e);
        return (
          <Button
            size="small"
            icon={edit ? <EditOutlined /> : <EyeOutlined />}
            onClick={() => opts.onOpen(href(e))}
            aria-label={`${edit ? t('common.edit') : t('common.view')} ${e.name}`}
          >
            {edit ? t('common.edit') : t('common.view')}
          </Button>
        );
      },
    },
  ];
}
