import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginBody, MetaView } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/prefs';
import { secondFactorPending } from '../../../app/access';
import { ApiError, api, errorMessage } from '../../../app/request';
import { safeRedirect, useSession } from '../../../app/session';
import { CodeStep } from '../../../components/second-factor/CodeStep';
import { Enrolment } from '../../../components/second-factor/Enrolment';

/** Sign-in for staff and applicants; goes back to the page that asked for it. */
export default function LoginPage() {
  const t = useT();
  const { signIn, adoptSession, signOut, session, access } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // The embedded database is for trying the platform out: name the demo accounts there only.
  const meta = useQuery({
    queryKey: ['meta'],
    queryFn: () => api.get<MetaView>('/meta'),
    staleTime: Infinity,
  });

  if (access.signedIn && !submitting) return <Navigate to={redirect} replace />;

  // Password given, second factor pending (also after a reload): the code step, or enrolment first.
  if (session && secondFactorPending(session)) {
    const finish = (view: typeof session) => {
      adoptSession(view);
      navigate(redirect, { replace: true });
    };
    return (
      <main style={{ display: 'flex', justifyContent: 'center', padding: '48px 16px' }}>
        <Card style={{ width: '100%', maxWidth: 440 }}>
          <Typography.Title level={2} style={{ marginTop: 0, fontSize: '1.6em' }}>
            {session.secondFactor.enrolled ? t('mfa.codeTitle') : t('mfa.enrolTitle')}
          </Typography.Title>
          <Typography.Paragraph>
            {session.user.displayName}（{session.user.username}）
          </Typography.Paragraph>
          {session.secondFactor.enrolled ? (
            <CodeStep onDone={finish} />
          ) : (
            <Enrolment required={session.secondFactor.required} onDone={finish} />
          )}
          <Button type="link" block onClick={() => void signOut()} style={{ marginTop: 8 }} data-testid="mfa-sign-out">
            {t('mfa.signOut')}
          </Button>
        </Card>
      </main>
    );
  }

  const onFinish = async (values: LoginBody) => {
    setSubmitting(true);
    setError(null);
    try {
      const view = await signIn(values);
      if (!secondFactorPending(view)) navigate(redirect, { replace: true });
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setSubmitting(false);
    }
  };

  const locked =
    error instanceof ApiError && (error.code === 'AUTH_TOO_MANY_ATTEMPTS' || error.code === 'AUTH_DISABLED');
  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '48px 16px' }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={2} style={{ marginTop: 0, fontSize: '1.6em' }}>
          {t('auth.loginTitle')}
        </Typography.Title>
        {params.get('expired') === '1' && !error && (
          <Alert type="info" showIcon title={t('auth.expired')} style={{ marginBottom: 16 }} />
        )}
        {error && (
          <Alert
            type={locked ? 'warning' : 'error'}
            showIcon
            title={errorMessage(error)}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form<LoginBody>
          name="login"
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
          data-testid="login-form"
        >
          <Form.Item
            label={t('auth.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
              size="large"
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item
            label={t('auth.password')}
            name="password"
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              size="large"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="login-submit">
            {t('auth.login')}
          </Button>
        </Form>
        {meta.data?.database === 'pglite' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
            {t('auth.demoHint')}
          </Typography.Paragraph>
        )}
      </Card>
    </main>
  );
}
