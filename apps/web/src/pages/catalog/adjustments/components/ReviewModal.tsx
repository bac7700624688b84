import type { AdjustmentView } from '@pfc/contracts';
import { App, Button, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useAdjustmentActions } from '../queries';

/** 司法局: 同意 / 不同意 an adjustment request, with a comment (required when refusing). */
export function ReviewModal({ adjustment, onClose }: { adjustment: AdjustmentView | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { review } = useAdjustmentActions();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const decide = (decision: 'approve' | 'reject') => {
    if (!adjustment) return;
    if (decision === 'reject' && !comment.trim()) return setMissing(true);
    review.mutate(
      { id: adjustment.id, decision, comment: comment.trim() },
      {
        onSuccess: () => {
          void message.success(t('adj.reviewed'));
          setComment('');
          onClose();
        },
      },
    );
  };
  const name = adjustment ? (adjustment.proposed?.name ?? t(`adj.kind.${adjustment.kind}`)) : '';
  return (
    <Modal
      open={!!adjustment}
      title={t('adj.reviewTitle', { name })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      afterOpenChange={(o) => !o && review.reset()}
    >
      <ErrorAlert error={review.error} data-testid="review-error" />
      {adjustment && (
        <p style={{ whiteSpace: 'pre-wrap' }}>
          {t('adj.reason')}：{adjustment.reason}
        </p>
      )}
      <Input.TextArea
        rows={3}
        maxLength={2000}
        value={comment}
        onChange={(e) => {
          setComment(e.target.value);
          setMissing(false);
        }}
        placeholder={t('adj.commentPlaceholder')}
        aria-label={t('adj.reviewComment')}
        status={missing ? 'error' : undefined}
        data-testid="review-comment"
      />
      {missing && <div className="ant-form-item-explain-error">{t('adj.rejectNeedsComment')}</div>}
      <Flex gap={8} justify="flex-end" style={{ marginTop: 16 }}>
        <Button danger onClick={() => decide('reject')} loading={review.isPending} data-testid="review-reject">
          {t('adj.reject')}
        </Button>
        <Button
          type="primary"
          onClick={() => decide('approve')}
          loading={review.isPending}
          data-testid="review-approve"
        >
          {t('adj.approve')}
        </Button>
      </Flex>
    </Modal>
  );
}
