import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SecondFactorCodeBody } from '@pfc/contracts';
import { App, Button, Card, Descriptions, Form, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../app/format';
import { useT } from '../../../app/prefs';
import { api } from '../../../app/request';
import { SESSION_KEY, useSession } from '../../../app/session';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { CodeInput } from '../../../components/second-factor/CodeInput';
import { Enrolment } from '../../../components/second-factor/Enrolment';
import { useSecondFactorStatus } from '../../../components/second-factor/queries';

/** 动态验证码 of the signed-in staff member: status, enrolment, and turning it off where the role allows. */
export default function SecondFactorPage() {
  const t = useT();
  const { message } = App.useApp();
  const { adoptSession } = useSession();
  const client = useQueryClient();
  const status = useSecondFactorStatus();
  const [enrolling, setEnrolling] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const disable = useMutation({
    mutationFn: (body: SecondFactorCodeBody) => api.post('/auth/second-factor/disable', body),
    onSuccess: () => {
      setDisabling(false);
      void message.success(t('mfa.disabled'));
      void client.invalidateQueries({ queryKey: ['second-factor'] });
      void client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const s = status.data;
  return (
    <>
      <PageHeader title={t('mfa.statusTitle')} />
      <Card style={{ maxWidth: 560 }} loading={status.isPending}>
        <ErrorAlert error={status.error} />
        {s && !enrolling && (
          <>
            <Descriptions column={1} size="small" style={{ marginBottom: 16 }} data-testid="mfa-status">
              <Descriptions.Item label={t('common.status')}>
                <Tag color={s.enrolled ? 'green' : 'default'}>
                  {s.enrolled ? t('mfa.enrolled') : t('mfa.notEnrolled')}
                </Tag>
                <Tag color={s.required ? 'blue' : 'default'}>
                  {s.required ? t('mfa.requiredTag') : t('mfa.optionalTag')}
                </Tag>
              </Descriptions.Item>
              {s.enrolled && (
                <Descriptions.Item label={t('mfa.enrolledAt')}>{formatDateTime(s.enrolledAt)}</Descriptions.Item>
              )}
              {s.enrolled && <Descriptions.Item label={t('mfa.recoveryLeft')}>{s.recoveryCodesLeft}</Descriptions.Item>}
            </Descriptions>
            {!s.required && !s.enrolled && (
              <Typography.Paragraph type="secondary">{t('mfa.optionalIntro')}</Typography.Paragraph>
            )}
            {s.enrolled && (
              <Typography.Paragraph type="secondary">
                {s.required ? t('mfa.changePhone') : t('mfa.changePhoneOptional')}
              </Typography.Paragraph>
            )}
            {!s.enrolled && (
              <Button type="primary" onClick={() => setEnrolling(true)} data-testid="mfa-enrol-open">
                {t('mfa.enrolTitle')}
              </Button>
            )}
            {s.enrolled && !s.required && (
              <Button danger onClick={() => setDisabling(true)} data-testid="mfa-disable-open">
                {t('mfa.disable')}
              </Button>
            )}
          </>
        )}
        {enrolling && (
          <>
            <Enrolment
              onDone={(session) => {
                adoptSession(session);
                setEnrolling(false);
                void message.success(t('mfa.enrolledDone'));
                void client.invalidateQueries({ queryKey: ['second-factor'] });
              }}
            />
            {/* Not bound yet: leaving changes nothing, so the way back is always open. */}
            <Button block style={{ marginTop: 12 }} onClick={() => setEnrolling(false)} data-testid="mfa-enrol-cancel">
              {t('common.cancel')}
            </Button>
          </>
        )}
      </Card>
      <Modal
        open={disabling}
        title={t('mfa.disable')}
        footer={null}
        onCancel={() => setDisabling(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('mfa.disableHint')}</Typography.Paragraph>
        <ErrorAlert error={disable.error} />
        <Form<{ code: string }>
          layout="vertical"
          requiredMark={false}
          onFinish={({ code }) => disable.mutate({ code })}
        >
          <Form.Item
            label={t('mfa.code')}
            name="code"
            rules={[{ required: true, len: 6, message: t('mfa.codeRequired') }]}
          >
            <CodeInput autoFocus />
          </Form.Item>
          <Button
            danger
            type="primary"
            htmlType="submit"
            block
            loading={disable.isPending}
            data-testid="mfa-disable-submit"
          >
            {t('mfa.disable')}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
