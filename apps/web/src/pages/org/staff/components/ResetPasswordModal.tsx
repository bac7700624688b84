import type { StaffView } from '@pfc/contracts';
import { App, Form, Modal } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { NewPasswordField } from '../../../../components/NewPasswordField';
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
      <ErrorAlert error={update.error} />
      <Form name="reset-password" form={form} layout="vertical">
        <NewPasswordField name="password" extra={t('staff.resetPasswordHint')} />
      </Form>
    </Modal>
  );
}
