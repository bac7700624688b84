import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../app/prefs';

/** The shortest password the server accepts (minLength of every password field in @pfc/contracts). */
export const PASSWORD_MIN_LENGTH = 10;

/** A required new password of at least PASSWORD_MIN_LENGTH characters; the browser may offer to generate one. */
export function NewPasswordField({ name, label, extra }: { name: string; label?: ReactNode; extra?: ReactNode }) {
  const t = useT();
  return (
    <Form.Item
      label={label ?? t('password.new')}
      name={name}
      extra={extra ?? t('password.rule')}
      rules={[
        { required: true, message: t('password.newRequired') },
        { min: PASSWORD_MIN_LENGTH, message: t('password.rule') },
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
