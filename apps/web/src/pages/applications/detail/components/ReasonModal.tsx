import { Alert, Form, Input, Modal } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';

/** A confirm dialog that asks for a reason (补正要求, 不予办理理由, 中途退出的原因 …). */
export function ReasonModal({
  open,
  title,
  explanation,
  label,
  required,
  okText,
  danger = false,
  pending,
  error,
  onSubmit,
  onClose,
  testId,
}: {
  open: boolean;
  title: string;
  explanation?: ReactNode;
  label: string;
  required: boolean;
  okText: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
  testId: string;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open]);
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{
        danger,
        loading: pending,
        ...({ 'data-testid': `${testId}-confirm` } as Record<string, string>),
      }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid={testId}>
        {explanation && <Alert type="warning" showIcon title={explanation} style={{ marginBottom: 16 }} />}
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={(v) => onSubmit((v.reason ?? '').trim())}>
          <Form.Item
            name="reason"
            label={label}
            rules={required ? [{ required: true, whitespace: true, message: t('applications.reasonRequired') }] : []}
          >
            <Input.TextArea rows={4} maxLength={1000} showCount data-testid={`${testId}-reason`} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
