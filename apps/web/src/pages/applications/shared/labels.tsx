import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type ApplicationView,
  LETTER_STATUSES,
  type LetterStatus,
  PROOF_PATHS,
  type ProofPath,
} from '@pfc/contracts';
import { Tag, Typography } from 'antd';
import { todayInChina } from '../../../app/format';
import { enumLabel } from '../../../app/labels';
import { usePrefs } from '../../../app/prefs';
import { ProvisionalTag } from '../../../components/ProvisionalTag';

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  correction: 'warning',
  accepted: 'cyan',
  approved: 'success',
  rejected: 'error',
};

/** Same colours as the public lookup's verdicts: green nothing to do, blue commitment, orange submit. */
const PATH_COLORS: Record<ProofPath, string> = {
  cancelled: 'green',
  shared: 'cyan',
  commitment: 'blue',
  submit: 'orange',
};
const LETTER_COLORS: Record<LetterStatus, string> = { unsigned: 'default', signed: 'green', withdrawn: 'orange' };

/** Statuses in which the office still owes the applicant something (and deadlines run). */
export const PENDING_STATUSES: readonly ApplicationStatus[] = ['submitted', 'correction', 'accepted'];
/** Statuses in which the applicant side may still change the application. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['draft', 'correction'];
export const DECIDED_STATUSES: readonly ApplicationStatus[] = ['approved', 'rejected'];

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { lang } = usePrefs();
  return (
    <Tag
      color={STATUS_COLORS[status]}
      data-testid="application-status"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {enumLabel(APPLICATION_STATUSES, status, lang)}
    </Tag>
  );
}

export function PathTag({ path }: { path: ProofPath }) {
  const { lang } = usePrefs();
  return (
    <Tag
      color={PATH_COLORS[path]}
      data-testid="proof-path"
      data-path={path}
      style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
    >
      {enumLabel(PROOF_PATHS, path, lang)}
    </Tag>
  );
}

export function LetterStatusTag({ status }: { status: LetterStatus }) {
  const { lang } = usePrefs();
  return (
    <Tag color={LETTER_COLORS[status]} data-testid="letter-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {enumLabel(LETTER_STATUSES, status, lang)}
    </Tag>
  );
}

/** The deadline fields of an application view (and of its list rows). */
type Deadlines = Pick<
  ApplicationView,
  'status' | 'acceptDue' | 'acceptDueProvisional' | 'decisionDue' | 'decisionDueProvisional'
>;

/** The deadline that runs now: acceptance while waiting to be accepted, the decision once accepted. */
export function runningDue(a: Deadlines): string | null {
  if (a.status === 'submitted' || a.status === 'correction') return a.acceptDue;
  if (a.status === 'accepted') return a.decisionDue;
  return null;
}

/** Whether the running deadline was counted over a year without its holiday notice (暂定). */
export function runningDueProvisional(a: Deadlines): boolean {
  if (a.status === 'submitted' || a.status === 'correction') return a.acceptDueProvisional;
  if (a.status === 'accepted') return a.decisionDueProvisional;
  return false;
}

/** Past its running deadline (the list has the server's `overdue`; the detail view works it out). */
export function isOverdue(a: Deadlines): boolean {
  const due = runningDue(a);
  return !!due && todayInChina() > due;
}

/** A YYYY-MM-DD deadline, red and bold when passed, tagged 「暂定」 when counted provisionally. */
export function DueDate({
  date,
  overdue,
  provisional = false,
  testId,
}: {
  date: string | null;
  overdue: boolean;
  provisional?: boolean;
  testId?: string;
}) {
  const { t } = usePrefs();
  if (!date) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      <Typography.Text
        type={overdue ? 'danger' : undefined}
        strong={overdue}
        data-testid={testId}
        data-overdue={overdue ? 'true' : 'false'}
        data-provisional={provisional ? 'true' : 'false'}
      >
        {date}
        {overdue ? ` ${t('applications.overdue')}` : ''}
      </Typography.Text>
      {provisional && <ProvisionalTag testId={testId ? `${testId}-provisional` : undefined} />}
    </>
  );
}
