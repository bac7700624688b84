import type { StaffView } from '@pfc/contracts';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';
import { useUpdateStaff } from '../queries';

/** An administrator sets a new password; the person's open sessions end. */
export function ResetPasswordModal({ staff, onClose }: { staff: StaffView | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const update = useUpdateStaff();

  useEffect(() => {
    if (staff) {
      update.reset();
      form.resetFields();
    }
  }, [staff]);

  const submit = async () => {
    const { password } = await form.validateFields();
    if (!staff) return;
    await update.mutateAsync({ id: staff.id, body: { password } });
    void message.success(t('staff.passwordReset', { name: staff.displayName }));
    onClose();
  };

  return (
    <Modal
      open={!!staff}
      title={t('staff.resetPasswordTitle', { name: staff?.displayName ?? '' })}
      onOk={() => submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={update.isPending}
      okText={t('common.save')}
      destroyOnHidden
    >
      {update.isError && <Alert type="error" showIcon title={errorMessage(update.error)} style={{ marginBottom: 16 }} />}
      <Form name="reset-password" form={form} layout="vertical">
        <Form.Item
          label={t('password.new')}
          name="password"
          extra={t('staff.resetPasswordHint')}
          rules={[
            { required: true, message: t('password.newRequired') },
            { min: 10, message: t('password.rule') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
