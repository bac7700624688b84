import type { SessionView } from '@pfc/contracts';
import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/prefs';
import { ErrorAlert } from '../ErrorAlert';
import { CodeInput } from './CodeInput';
import { useVerifySecondFactor } from './queries';

/** The second step of sign-in: the authenticator's code, or one of the recovery codes. */
export function CodeStep({ onDone }: { onDone: (session: SessionView) => void }) {
  const t = useT();
  const verify = useVerifySecondFactor();
  const [recovery, setRecovery] = useState(false);
  const [form] = Form.useForm<{ code?: string; recoveryCode?: string }>();
  return (
    <div data-testid="mfa-code-step">
      <Typography.Paragraph type="secondary">
        {recovery ? t('mfa.recoveryHint') : t('mfa.codeHint')}
      </Typography.Paragraph>
      <ErrorAlert error={verify.error} data-testid="mfa-error" />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) =>
          verify.mutate(recovery ? { recoveryCode: values.recoveryCode } : { code: values.code }, {
            onSuccess: onDone,
            onError: () => form.resetFields(),
          })
        }
      >
        {recovery ? (
          <Form.Item
            label={t('mfa.recoveryCode')}
            name="recoveryCode"
            rules={[{ required: true, whitespace: true, message: t('mfa.recoveryRequired') }]}
          >
            <Input
              size="large"
              autoComplete="off"
              autoFocus
              placeholder="xxxxx-xxxxx"
              data-testid="mfa-recovery-input"
            />
          </Form.Item>
        ) : (
          <Form.Item
            label={t('mfa.code')}
            name="code"
            rules={[{ required: true, len: 6, message: t('mfa.codeRequired') }]}
          >
            <CodeInput autoFocus data-testid="mfa-code-input" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" size="large" block loading={verify.isPending} data-testid="mfa-submit">
          {t('mfa.verify')}
        </Button>
      </Form>
      <Button
        type="link"
        block
        style={{ marginTop: 8 }}
        onClick={() => {
          setRecovery(!recovery);
          verify.reset();
        }}
        data-testid="mfa-toggle-recovery"
      >
        {recovery ? t('mfa.useCode') : t('mfa.useRecovery')}
      </Button>
    </div>
  );
}
