import type { SessionView } from '@pfc/contracts';
import { Alert, Button, Flex, Form, QRCode, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/prefs';
import { ErrorAlert } from '../ErrorAlert';
import { CodeInput } from './CodeInput';
import { useConfirmEnrolment, useStartEnrolment } from './queries';
import { RecoveryCodes } from './RecoveryCodes';

/**
 * Setting up an authenticator: a fresh secret as QR code (antd's own QRCode, no extra library) and
 * as text, confirmed with the first code; then the recovery codes, shown once.
 */
export function Enrolment({ required, onDone }: { required?: boolean; onDone: (session: SessionView) => void }) {
  const t = useT();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [finished, setFinished] = useState<{ codes: string[]; session: SessionView } | null>(null);

  if (finished) return <RecoveryCodes codes={finished.codes} onDone={() => onDone(finished.session)} />;
  const enrolment = start.data;
  return (
    <div data-testid="mfa-enrol">
      {required && <Alert type="info" showIcon title={t('mfa.enrolRequired')} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">{t('mfa.enrolIntro')}</Typography.Paragraph>
      <Steps
        direction="vertical"
        size="small"
        current={enrolment ? 2 : 0}
        items={[{ title: t('mfa.step1') }, { title: t('mfa.step2') }, { title: t('mfa.step3') }]}
        style={{ marginBottom: 16 }}
      />
      <ErrorAlert error={start.error ?? confirm.error} data-testid="mfa-enrol-error" />
      {!enrolment ? (
        <Button
          type="primary"
          size="large"
          block
          loading={start.isPending}
          onClick={() => start.mutate()}
          data-testid="mfa-start"
        >
          {t('mfa.start')}
        </Button>
      ) : (
        <>
          <Flex vertical align="center" gap={8} style={{ marginBottom: 16 }}>
            <QRCode
              value={enrolment.otpauthUri}
              size={184}
              bordered={false}
              aria-label={t('mfa.qrAlt')}
              data-testid="mfa-qr"
            />
            <Typography.Text type="secondary">{t('mfa.secret')}</Typography.Text>
            <Typography.Text
              copyable
              code
              style={{ wordBreak: 'break-all', textAlign: 'center', fontSize: 15 }}
              data-testid="mfa-secret"
            >
              {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            </Typography.Text>
          </Flex>
          <Form<{ code: string }>
            layout="vertical"
            requiredMark={false}
            onFinish={({ code }) =>
              confirm.mutate(code, {
                onSuccess: (res) => setFinished({ codes: res.recoveryCodes, session: res.session }),
              })
            }
          >
            <Form.Item
              label={t('mfa.code')}
              name="code"
              rules={[{ required: true, len: 6, message: t('mfa.codeRequired') }]}
            >
              <CodeInput data-testid="mfa-enrol-code" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={confirm.isPending}
              data-testid="mfa-confirm"
            >
              {t('mfa.confirm')}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}
