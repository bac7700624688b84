import { Alert, type ButtonProps, Form, Input, Modal } from 'antd';
import { useT } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';

/** 通过 / 退回 with a comment; sending back must say why (the server refuses it otherwise). */
export function ReviewModal({
  decision,
  stageLabel,
  pending,
  error,
  onOk,
  onCancel,
}: {
  decision: 'approve' | 'send_back' | null;
  stageLabel: string;
  pending: boolean;
  error: unknown;
  onOk: (comment: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ comment: string }>();
  const sendBack = decision === 'send_back';
  return (
    <Modal
      open={decision !== null}
      title={
        sendBack
          ? t('catalog.review.sendBackTitle', { stage: stageLabel })
          : t('catalog.review.approveTitle', { stage: stageLabel })
      }
      okText={sendBack ? t('catalog.review.sendBack') : t('catalog.review.approve')}
      okButtonProps={{ danger: sendBack, loading: pending, 'data-testid': 'review-confirm' } as ButtonProps}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <div data-testid="review-modal">
        {error ? (
          <Alert
            type="error"
            showIcon
            title={errorMessage(error)}
            style={{ marginBottom: 12 }}
            data-testid="review-error"
          />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          name="review"
          preserve={false}
          onFinish={(v) => onOk((v.comment ?? '').trim())}
        >
          <Form.Item
            label={sendBack ? t('catalog.review.reason') : t('catalog.review.comment')}
            name="comment"
            rules={
              sendBack
                ? [
                    { required: true, whitespace: true, message: t('catalog.review.reasonRequired') },
                    { min: 2, message: t('catalog.review.reasonRequired') },
                    { max: 2000 },
                  ]
                : [{ max: 2000 }]
            }
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} data-testid="review-comment" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
