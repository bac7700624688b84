import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import type { EntryTimelineItem, ProofEntryView } from '@pfc/contracts';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { useSession } from '../../../../app/session';
import type { MessageKey } from '../../../../locales/zh-CN';
import { jointReviewProgress } from '../../shared/status';
import { unitGrantIds } from '../../shared/units';
import { type EntryStep, useEntryStep } from '../queries';
import { ReviewModal } from './ReviewModal';

export interface ReviewStep {
  step: Extract<EntryStep, 'unit-review' | 'legal-review' | 'policy-review'>;
  label: MessageKey;
  /** This reviewer already approved in the current joint review; the other one still has to. */
  waitingFor: MessageKey | null;
}

/** The review steps the signed-in user can take on this entry now. */
export function useReviewSteps(entry: ProofEntryView | null, timeline: EntryTimelineItem[] | undefined): ReviewStep[] {
  const { session, access } = useSession();
  const steps: ReviewStep[] = [];
  if (!entry) return steps;
  if (entry.status === 'unit_review' && unitGrantIds(session, 'unit_head').includes(entry.unitId)) {
    steps.push({ step: 'unit-review', label: 'catalog.timeline.stage.unit', waitingFor: null });
  }
  if (entry.status === 'joint_review') {
    const progress = jointReviewProgress(timeline ?? []);
    if (access.roles.includes('legal_reviewer')) {
      steps.push({
        step: 'legal-review',
        label: 'catalog.timeline.stage.legal',
        waitingFor: progress.legal ? 'catalog.timeline.stage.policy' : null,
      });
    }
    if (access.roles.includes('policy_reviewer')) {
      steps.push({
        step: 'policy-review',
        label: 'catalog.timeline.stage.policy',
        waitingFor: progress.policy ? 'catalog.timeline.stage.legal' : null,
      });
    }
  }
  return steps;
}

/** 通过 / 退回 for the unit head and the two joint reviewers. */
export function ReviewPanel({
  entry,
  steps,
  timelineLoading,
}: {
  entry: ProofEntryView;
  steps: ReviewStep[];
  timelineLoading: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const act = useEntryStep();
  const [open, setOpen] = useState<{ step: ReviewStep; decision: 'approve' | 'send_back' } | null>(null);
  if (steps.length === 0) return null;

  const confirm = (comment: string) => {
    if (!open) return;
    act.mutate(
      { id: entry.id, step: open.step.step, decision: open.decision, comment },
      {
        onSuccess: () => {
          void message.success(
            open.decision === 'approve' ? t('catalog.review.approved') : t('catalog.review.sentBack'),
          );
          setOpen(null);
        },
      },
    );
  };

  return (
    <Card size="small" title={t('catalog.review.title')} style={{ marginBottom: 16 }} data-testid="review-panel">
      <Flex vertical gap={12}>
        {steps.map((s) => (
          <div key={s.step} data-testid={`review-${s.step}`}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {t(s.label)}
            </Typography.Text>
            {s.waitingFor ? (
              <Alert
                type="info"
                showIcon
                title={t('catalog.review.waiting', { mine: t(s.label), other: t(s.waitingFor) })}
                data-testid="review-waiting"
              />
            ) : (
              <Flex gap={8} wrap>
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  disabled={timelineLoading}
                  onClick={() => {
                    act.reset();
                    setOpen({ step: s, decision: 'approve' });
                  }}
                  data-testid="review-approve"
                >
                  {t('catalog.review.approve')}
                </Button>
                <Button
                  danger
                  icon={<RollbackOutlined />}
                  disabled={timelineLoading}
                  onClick={() => {
                    act.reset();
                    setOpen({ step: s, decision: 'send_back' });
                  }}
                  data-testid="review-send-back"
                >
                  {t('catalog.review.sendBack')}
                </Button>
              </Flex>
            )}
          </div>
        ))}
      </Flex>
      <ReviewModal
        decision={open?.decision ?? null}
        stageLabel={open ? t(open.step.label) : ''}
        pending={act.isPending}
        error={act.error}
        onOk={confirm}
        onCancel={() => setOpen(null)}
      />
    </Card>
  );
}
