import type { AdjustmentView } from '@pfc/contracts';
import { Button, Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../app/format';
import type { Translate } from '../../../app/prefs';
import { ProvisionalTag } from '../../../components/ProvisionalTag';
import { useEntry } from '../entry/queries';

/** The named entry of a change or removal, by its current name (the proposal's name for additions). */
function EntryName({ adjustment, t }: { adjustment: AdjustmentView; t: Translate }) {
  const entry = useEntry(adjustment.kind === 'add' ? undefined : (adjustment.entryId ?? undefined));
  const name = entry.data?.name ?? adjustment.proposed?.name ?? t('adj.entry');
  const proposed =
    adjustment.kind === 'change' && adjustment.proposed && adjustment.proposed.name !== name
      ? ` → ${adjustment.proposed.name}`
      : '';
  return adjustment.entryId ? (
    <Link to={`/catalog/entries/${adjustment.entryId}`} data-testid="adjustment-entry-name">
      {name}
      {proposed}
    </Link>
  ) : (
    <span data-testid="adjustment-entry-name">{name}</span>
  );
}

const KIND_COLORS = { add: 'green', change: 'blue', remove: 'red' } as const;
const STATUS_COLORS = { submitted: 'gold', approved: 'cyan', rejected: 'default', published: 'green' } as const;

export function KindTag({ kind, t }: { kind: AdjustmentView['kind']; t: Translate }) {
  return (
    <Tag color={KIND_COLORS[kind]} data-testid="adjustment-kind" data-kind={kind}>
      {t(`adj.kind.${kind}`)}
    </Tag>
  );
}

/** Columns of the 动态调整 table; the actions depend on the signed-in role. */
export function adjustmentColumns(opts: {
  t: Translate;
  overdue: (a: AdjustmentView) => boolean;
  canReview: boolean;
  canFile: boolean;
  onReview: (a: AdjustmentView) => void;
  onFile: (a: AdjustmentView) => void;
}): ColumnsType<AdjustmentView> {
  const { t } = opts;
  return [
    {
      title: t('adj.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (k: AdjustmentView['kind']) => <KindTag kind={k} t={t} />,
    },
    {
      title: t('adj.entry'),
      key: 'entry',
      render: (_, a) => <EntryName adjustment={a} t={t} />,
    },
    { title: t('adj.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('adj.reason'),
      key: 'reason',
      render: (_, a) => (
        <div style={{ minWidth: 160, maxWidth: 320, whiteSpace: 'pre-wrap' }}>
          {a.reason}
          {a.basis && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.9em' }}>
              {a.basis}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, a) => (
        <div style={{ maxWidth: 240 }}>
          <Tag color={STATUS_COLORS[a.status] ?? 'default'} data-testid="adjustment-status" data-status={a.status}>
            {t(`adj.status.${a.status}`)}
          </Tag>
          {a.reviewComment && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.9em' }}>
              {a.reviewComment}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('adj.filingDue'),
      key: 'filingDue',
      render: (_, a) => {
        if (!a.filingDue) return '—';
        if (a.filedAt)
          return <Typography.Text type="secondary">{t('adj.filed', { doc: a.filingDocument ?? '' })}</Typography.Text>;
        const late = opts.overdue(a);
        return (
          <>
            <Typography.Text
              type={late ? 'danger' : undefined}
              data-testid="adjustment-filing-due"
              data-overdue={late ? 'true' : 'false'}
              data-provisional={a.filingDueProvisional ? 'true' : 'false'}
            >
              {a.filingDue}
              {late && ` · ${t('adj.overdue')}`}
            </Typography.Text>
            {a.filingDueProvisional && <ProvisionalTag testId="adjustment-filing-due-provisional" />}
          </>
        );
      },
    },
    { title: t('adj.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, a) => (
        <Flex gap={4} wrap>
          {opts.canReview && a.status === 'submitted' && (
            <Button size="small" type="primary" onClick={() => opts.onReview(a)} data-testid="adjustment-review">
              {t('adj.approve')} / {t('adj.reject')}
            </Button>
          )}
          {opts.canFile && a.status === 'published' && !a.filedAt && (
            <Button size="small" onClick={() => opts.onFile(a)} data-testid="adjustment-filing">
              {t('adj.filing')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
}
