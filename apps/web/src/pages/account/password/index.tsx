import type { ChangePasswordBody } from '@pfc/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input } from 'antd';
import { useT } from '../../../app/prefs';
import { ApiError, api, fieldErrors } from '../../../app/request';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { NewPasswordField } from '../../../components/NewPasswordField';
import { PageHeader } from '../../../components/PageHeader';

type Values = ChangePasswordBody & { confirm: string };

const isWrongCurrent = (err: unknown) => err instanceof ApiError && err.code === 'PASSWORD_INCORRECT';

/** 修改密码 for every signed-in user. */
export default function PasswordPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: (body: ChangePasswordBody) => api.post('/auth/password', body),
    onSuccess: () => {
      form.resetFields();
      void message.success(t('password.changed'));
    },
    onError: (err) => {
      // The server answers a wrong current password with the sign-in error: point at the field instead.
      if (isWrongCurrent(err)) {
        form.setFields([{ name: 'currentPassword', errors: [t('password.wrongCurrent')] }]);
      } else form.setFields(fieldErrors(err) as never);
    },
  });
  return (
    <>
      <PageHeader title={t('menu.password')} />
      <Card style={{ maxWidth: 520 }}>
        <ErrorAlert error={isWrongCurrent(change.error) ? null : change.error} />
        <Form<Values>
          name="password"
          form={form}
          layout="vertical"
          onFinish={({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword })}
        >
          <Form.Item
            label={t('password.current')}
            name="currentPassword"
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <NewPasswordField name="newPassword" />
          <Form.Item
            label={t('password.confirm')}
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
