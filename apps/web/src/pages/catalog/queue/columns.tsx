import { AuditOutlined } from '@ant-design/icons';
import type { ProofEntryView } from '@pfc/contracts';
import { useQueries } from '@tanstack/react-query';
import { Button, Flex, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../app/format';
import type { Translate } from '../../../app/prefs';
import { api, type Lang } from '../../../app/request';
import { DispositionTag } from '../entries/columns';
import { ENTRIES } from '../entries/queries';
import { timelineKey } from '../entry/queries';
import { FindingsBadge } from '../shared/FindingsBadge';
import { jointReviewProgress, type TimelineItem } from '../shared/status';

export type Progress = Map<string, { legal: boolean; policy: boolean }>;

/**
 * Which of the two joint reviews each listed entry already passed. The list API does not say, so
 * each row's timeline is read (one page of rows at most).
 */
export function useJointProgress(entries: ProofEntryView[]): Progress {
  const results = useQueries({
    queries: entries.map((e) => ({
      queryKey: timelineKey(e.id),
      queryFn: () => api.get<TimelineItem[]>(`/${ENTRIES}/${e.id}/timeline`),
      staleTime: 0,
    })),
  });
  const map: Progress = new Map();
  entries.forEach((e, i) => {
    const data = results[i]?.data;
    if (data) map.set(e.id, jointReviewProgress(data));
  });
  return map;
}

/** Whether the reviewer in `role` already approved the entry in its current joint review. */
export function mineDoneFor(role: string, progress: Progress) {
  return (e: ProofEntryView) => {
    const p = progress.get(e.id);
    return role === 'legal_reviewer' ? !!p?.legal : role === 'policy_reviewer' ? !!p?.policy : false;
  };
}

export function queueColumns(opts: {
  t: Translate;
  lang: Lang;
  role: 'unit_head' | 'legal_reviewer' | 'policy_reviewer';
  progress: Progress;
  onOpen: (entry: ProofEntryView) => void;
}): ColumnsType<ProofEntryView> {
  const { t, role, progress } = opts;
  const mineDone = mineDoneFor(role, progress);
  return [
    { title: t('catalog.entry.name'), dataIndex: 'name', key: 'name', render: (name: string) => <span style={{ display: 'inline-block', minWidth: 120 }}>{name}</span> },
    { title: t('catalog.entry.unit'), dataIndex: 'unitName', key: 'unit' },
    { title: t('catalog.entry.disposition'), dataIndex: 'disposition', key: 'disposition', render: (d: string) => <DispositionTag disposition={d} t={t} /> },
    { title: t('catalog.findings.title'), key: 'findings', render: (_, e) => <FindingsBadge findings={e.findings} /> },
    ...(role === 'unit_head'
      ? []
      : [
          {
            title: t('catalog.queue.progress'),
            key: 'progress',
            render: (_: unknown, e: ProofEntryView) => {
              const p = progress.get(e.id);
              if (!p) return '…';
              return (
                <Flex gap={4} wrap data-testid="queue-progress">
                  <Tag color={p.legal ? 'green' : 'default'}>{p.legal ? t('catalog.queue.legalDone') : t('catalog.queue.legalPending')}</Tag>
                  <Tag color={p.policy ? 'green' : 'default'}>{p.policy ? t('catalog.queue.policyDone') : t('catalog.queue.policyPending')}</Tag>
                </Flex>
              );
            },
          },
        ]),
    { title: t('common.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, e) => (
        <Button
          size="small"
          type={mineDone(e) ? 'default' : 'primary'}
          icon={<AuditOutlined />}
          onClick={() => opts.onOpen(e)}
          aria-label={`${t('catalog.queue.review')} ${e.name}`}
          data-testid="queue-open"
        >
          {mineDone(e) ? t('common.view') : t('catalog.queue.review')}
        </Button>
      ),
    },
  ];
}
