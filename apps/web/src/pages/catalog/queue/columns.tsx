import { AuditOutlined } from '@ant-design/icons';
import type { ProofEntryView } from '@pfc/contracts';
import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../app/format';
import type { Translate } from '../../../app/prefs';
import type { Lang } from '../../../app/request';
import { DispositionTag } from '../entries/columns';
import { FindingsBadge } from '../shared/FindingsBadge';
import { JointProgress } from './components/JointProgress';

export function queueColumns(opts: {
  t: Translate;
  lang: Lang;
  role: 'unit_head' | 'legal_reviewer' | 'policy_reviewer';
  onOpen: (entry: ProofEntryView) => void;
}): ColumnsType<ProofEntryView> {
  const { t, role } = opts;
  return [
    {
      title: t('catalog.entry.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string) => <span style={{ display: 'inline-block', minWidth: 120 }}>{name}</span>,
    },
    { title: t('catalog.entry.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('catalog.entry.disposition'),
      dataIndex: 'disposition',
      key: 'disposition',
      render: (d: string) => <DispositionTag disposition={d} t={t} />,
    },
    { title: t('catalog.findings.title'), key: 'findings', render: (_, e) => <FindingsBadge findings={e.findings} /> },
    ...(role === 'unit_head'
      ? []
      : [
          {
            title: t('catalog.queue.progress'),
            key: 'progress',
            render: (_: unknown, e: ProofEntryView) => <JointProgress entry={e} t={t} />,
          },
        ]),
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
      render: (_, e) => (
        <Button
          size="small"
          type="primary"
          icon={<AuditOutlined />}
          onClick={() => opts.onOpen(e)}
          aria-label={`${t('catalog.queue.review')} ${e.name}`}
          data-testid="queue-open"
        >
          {t('catalog.queue.review')}
        </Button>
      ),
    },
  ];
}
