import type { JointReviewKind, ProofEntryView } from '@pfc/contracts';
import { Card, Grid, Segmented } from 'antd';
import { useState } from 'react';
import { CATALOG_REVIEW_ROLES } from '../../../app/access';
import { usePrefs } from '../../../app/prefs';
import { usePagedQuery } from '../../../app/paging';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable, usePaging } from '../../../components/PagedTable';
import type { MessageKey } from '../../../locales/zh-CN';
import { ENTRIES } from '../entries/queries';
import { useNavigate } from 'react-router-dom';
import { queueColumns } from './columns';
import { QueueCards } from './components/QueueCards';

type ReviewRole = (typeof CATALOG_REVIEW_ROLES)[number];

/**
 * Which entries wait for which reviewer: the unit head reviews first, then legality and policy
 * together; each of the two sees only the entries its own review has not yet approved this round.
 */
const QUEUES: Record<
  ReviewRole,
  { status: string; pendingFor?: JointReviewKind; label: MessageKey; hint: MessageKey }
> = {
  unit_head: { status: 'unit_review', label: 'catalog.queue.unit', hint: 'catalog.queue.unitHint' },
  legal_reviewer: {
    status: 'joint_review',
    pendingFor: 'legal',
    label: 'catalog.queue.legal',
    hint: 'catalog.queue.legalHint',
  },
  policy_reviewer: {
    status: 'joint_review',
    pendingFor: 'policy',
    label: 'catalog.queue.policy',
    hint: 'catalog.queue.policyHint',
  },
};

function QueueTable({ role }: { role: ReviewRole }) {
  const { t, lang } = usePrefs();
  const navigate = useNavigate();
  const paging = usePaging();
  const queue = QUEUES[role];
  const list = usePagedQuery<ProofEntryView>(ENTRIES, {
    status: queue.status,
    pendingFor: queue.pendingFor,
    page: paging.page,
    pageSize: paging.pageSize,
  });
  const mobile = !Grid.useBreakpoint().md;
  const joint = role !== 'unit_head';
  const onOpen = (e: ProofEntryView) => navigate(`/catalog/entries/${e.id}?from=queue`);
  const testId = `queue-table-${role}`;
  if (mobile) {
    return <QueueCards list={list} paging={paging} joint={joint} onOpen={onOpen} testId={testId} />;
  }
  const columns = queueColumns({ t, lang, role, onOpen });
  return <PagedTable<ProofEntryView> list={list} paging={paging} columns={columns} data-testid={testId} />;
}

/** 审核待办: the reviewer's to-do list, one list per review role the user holds. */
export default function QueuePage() {
  const { t } = usePrefs();
  const { access } = useSession();
  const roles = CATALOG_REVIEW_ROLES.filter((r) => access.roles.includes(r));
  const [chosen, setChosen] = useState<ReviewRole | undefined>(roles[0]);
  const role = chosen && roles.includes(chosen) ? chosen : roles[0];
  return (
    <>
      <PageHeader title={t('menu.catalogQueue')} description={role ? t(QUEUES[role].hint) : undefined} />
      <Card>
        {roles.length > 1 && (
          <Segmented<ReviewRole>
            value={role}
            onChange={setChosen}
            options={roles.map((r) => ({ value: r, label: t(QUEUES[r].label) }))}
            style={{ marginBottom: 16 }}
          />
        )}
        {role && <QueueTable key={role} role={role} />}
      </Card>
    </>
  );
}
