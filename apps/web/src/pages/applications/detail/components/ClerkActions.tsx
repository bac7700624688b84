import { CheckOutlined, CloseOutlined, EditOutlined, FileDoneOutlined } from '@ant-design/icons';
import type { ApplicationView } from '@pfc/contracts';
import { App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';
import { type ApplicationStep, useApplicationStep } from '../queries';
import { ReasonModal } from './ReasonModal';

type Asking = 'correction' | 'approve' | 'reject' | null;

/** The window clerk's bar: 受理 a submitted application, 准予 an accepted one; 要求补正 and 不予办理 in both. */
export function ClerkActions({ application }: { application: ApplicationView }) {
  const t = useT();
  const { message } = App.useApp();
  const step = useApplicationStep();
  const [asking, setAsking] = useState<Asking>(null);
  const status = application.status;
  if (status !== 'submitted' && status !== 'accepted') return null;

  const run = (action: ApplicationStep, done: string) =>
    step.mutate(
      { id: application.id, action },
      {
        onSuccess: () => {
          setAsking(null);
          void message.success(done);
        },
      },
    );
  const open = (which: Asking) => {
    step.reset();
    setAsking(which);
  };

  const modal =
    asking === 'correction'
      ? {
          title: t('clerk.correctionTitle'),
          label: t('clerk.correctionReason'),
          required: true,
          okText: t('clerk.requestCorrection'),
          danger: false,
          explanation: t('clerk.correctionExplain'),
        }
      : asking === 'reject'
        ? {
            title: t('clerk.rejectTitle'),
            label: t('clerk.rejectReason'),
            required: true,
            okText: t('clerk.reject'),
            danger: true,
            explanation: t('clerk.rejectExplain'),
          }
        : {
            title: t('clerk.approveTitle'),
            label: t('clerk.approveOpinion'),
            required: false,
            okText: t('clerk.approve'),
            danger: false,
            explanation: undefined,
          };

  return (
    <Card size="small" title={t('clerk.title')} style={{ marginBottom: 16 }} data-testid="clerk-actions">
      {step.error && !asking ? (
        <Typography.Paragraph type="danger">{errorMessage(step.error)}</Typography.Paragraph>
      ) : null}
      <Flex gap={8} wrap>
        {status === 'submitted' && (
          <Popconfirm
            title={t('clerk.acceptConfirm')}
            okText={t('clerk.accept')}
            cancelText={t('common.cancel')}
            onConfirm={() => run({ step: 'accept' }, t('clerk.accepted'))}
            okButtonProps={{ ...({ 'data-testid': 'clerk-accept-confirm' } as Record<string, string>) }}
          >
            <Button
              type="primary"
              icon={<FileDoneOutlined />}
              loading={step.isPending && !asking}
              data-testid="clerk-accept"
            >
              {t('clerk.accept')}
            </Button>
          </Popconfirm>
        )}
        {status === 'accepted' && (
          <Button type="primary" icon={<CheckOutlined />} onClick={() => open('approve')} data-testid="clerk-approve">
            {t('clerk.approve')}
          </Button>
        )}
        <Button icon={<EditOutlined />} onClick={() => open('correction')} data-testid="clerk-correction">
          {t('clerk.requestCorrection')}
        </Button>
        <Button danger icon={<CloseOutlined />} onClick={() => open('reject')} data-testid="clerk-reject">
          {t('clerk.reject')}
        </Button>
      </Flex>
      <ReasonModal
        open={!!asking}
        {...modal}
        pending={step.isPending}
        error={step.error}
        testId={`clerk-${asking ?? 'none'}-modal`}
        onClose={() => setAsking(null)}
        onSubmit={(reason) => {
          if (asking === 'correction') run({ step: 'request-correction', reason }, t('clerk.correctionSent'));
          else if (asking === 'approve') run({ step: 'decide', decision: 'approve', reason }, t('clerk.approved'));
          else if (asking === 'reject') run({ step: 'decide', decision: 'reject', reason }, t('clerk.rejected'));
        }}
      />
    </Card>
  );
}
