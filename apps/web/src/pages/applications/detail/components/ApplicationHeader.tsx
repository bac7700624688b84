import { CHANNELS, type ApplicationView } from '@pfc/contracts';
import { Alert, Card, Descriptions, Flex, Grid, Steps, Typography } from 'antd';
import { formatDateTime } from '../../../../app/format';
import { enumLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';
import { ApplicationStatusTag, DueDate, isOverdue } from '../../shared/labels';

type StepStatus = 'wait' | 'process' | 'finish' | 'error';

/** 填报 → 提交 → 受理 → 办结, with where this application stands. */
function progress(a: ApplicationView): { current: number; status: StepStatus } {
  switch (a.status) {
    case 'draft':
      return { current: 0, status: 'process' };
    case 'submitted':
      return { current: 1, status: 'process' };
    case 'correction':
      return { current: 1, status: 'error' };
    case 'accepted':
      return { current: 2, status: 'process' };
    case 'approved':
      return { current: 3, status: 'finish' };
    case 'rejected':
      return { current: 3, status: 'error' };
  }
}

/** Number, status, who and where, the deadlines (red once passed) and the office's last word. */
export function ApplicationHeader({ application: a }: { application: ApplicationView }) {
  const { t, lang } = usePrefs();
  const mobile = !Grid.useBreakpoint().md;
  const overdue = isOverdue(a);
  const { current, status } = progress(a);
  const steps = [
    t('applications.stepDraft'),
    t('applications.stepSubmitted'),
    t('applications.stepAccepted'),
    t('applications.stepDecided'),
  ];
  const noteTitle =
    a.status === 'correction'
      ? t('applications.correctionNote')
      : a.status === 'rejected'
        ? t('applications.rejectionNote')
        : t('applications.decisionNote');
  return (
    <Card data-testid="application-header" style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title
            level={3}
            className="pfc-page-title"
            style={{ marginBottom: 4, wordBreak: 'break-word' }}
            data-testid="application-item"
          >
            {a.serviceItemName}
          </Typography.Title>
          <Typography.Text
            type="secondary"
            copyable={{ text: a.number }}
            style={{ wordBreak: 'break-all' }}
            data-testid="application-number"
          >
            {a.number}
          </Typography.Text>
        </div>
        <ApplicationStatusTag status={a.status} />
      </Flex>
      <Steps
        size="small"
        // Four short steps fit a phone's width with their titles underneath; no need to stack them.
        responsive={false}
        titlePlacement={mobile ? 'vertical' : 'horizontal'}
        current={current}
        status={status}
        items={steps.map((title) => ({ title }))}
        style={{ marginBottom: 16 }}
        data-testid="application-steps"
      />
      {a.decisionNote && (a.status === 'correction' || a.status === 'rejected' || a.status === 'approved') && (
        <Alert
          type={a.status === 'approved' ? 'success' : a.status === 'rejected' ? 'error' : 'warning'}
          showIcon
          title={noteTitle}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{a.decisionNote}</span>}
          style={{ marginBottom: 16 }}
          data-testid="application-note"
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'applicant',
            label: t('applications.applicant'),
            children: `${a.applicant.name}（${a.applicant.identifierMasked}）`,
          },
          { key: 'unit', label: t('applications.unit'), children: a.unitName },
          {
            key: 'channel',
            label: t('applications.channel'),
            children: `${enumLabel(CHANNELS, a.channel, lang)} · ${a.createdByName}`,
          },
          { key: 'created', label: t('applications.createdAt'), children: formatDateTime(a.createdAt) },
          // Dates not reached yet (a draft has no deadlines) are left out rather than shown as dashes.
          ...(a.submittedAt
            ? [{ key: 'submitted', label: t('applications.submittedAt'), children: formatDateTime(a.submittedAt) }]
            : []),
          ...(a.acceptDue
            ? [
                {
                  key: 'acceptDue',
                  label: t('applications.acceptDue'),
                  children: (
                    <DueDate
                      date={a.acceptDue}
                      overdue={overdue && (a.status === 'submitted' || a.status === 'correction')}
                      provisional={a.acceptDueProvisional}
                      testId="application-accept-due"
                    />
                  ),
                },
              ]
            : []),
          ...(a.decisionDue
            ? [
                {
                  key: 'decisionDue',
                  label: t('applications.decisionDue'),
                  children: (
                    <DueDate
                      date={a.decisionDue}
                      overdue={overdue && a.status === 'accepted'}
                      provisional={a.decisionDueProvisional}
                      testId="application-decision-due"
                    />
                  ),
                },
              ]
            : []),
          ...(a.decidedAt
            ? [{ key: 'decided', label: t('applications.decidedAt'), children: formatDateTime(a.decidedAt) }]
            : []),
        ]}
      />
    </Card>
  );
}
