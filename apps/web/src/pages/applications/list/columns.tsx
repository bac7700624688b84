import type { ApplicationSummary } from '@pfc/contracts';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../app/format';
import type { Translate } from '../../../app/prefs';
import { ApplicationStatusTag, DueDate, runningDue, runningDueProvisional } from '../shared/labels';

export function applicationColumns(t: Translate, showApplicant: boolean): ColumnsType<ApplicationSummary> {
  return [
    {
      title: t('applications.number'),
      dataIndex: 'number',
      key: 'number',
      render: (number: string, a) => (
        <Link to={`/applications/${a.id}`} data-testid="application-open">
          {number}
        </Link>
      ),
    },
    { title: t('applications.serviceItem'), dataIndex: 'serviceItemName', key: 'item' },
    ...(showApplicant ? [{ title: t('applications.applicant'), dataIndex: 'applicantName', key: 'applicant' }] : []),
    { title: t('applications.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      key: 'status',
      render: (_: unknown, a) => <ApplicationStatusTag status={a.status} />,
    },
    { title: t('applications.commitments'), dataIndex: 'commitments', key: 'commitments', align: 'right' },
    {
      title: t('applications.submittedAt'),
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('applications.due'),
      key: 'due',
      render: (_: unknown, a) => (
        <DueDate
          date={runningDue(a)}
          overdue={a.overdue}
          provisional={runningDueProvisional(a)}
          testId="application-due"
        />
      ),
    },
  ];
}
