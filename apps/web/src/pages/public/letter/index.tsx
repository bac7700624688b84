import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Result, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/prefs';
import { ApiError, errorMessage } from '../../../app/request';
import { VerdictBanner } from './components/VerdictBanner';
import { useLetterCheck } from './queries';

interface Values {
  number: string;
  sm3?: string;
}

/** Numbers are capitals and digits; people copy them with spaces, dashes or in lower case. */
const normalizeNumber = (v: string) => v.replace(/[\s-]/g, '').toUpperCase();

/**
 * 告知承诺书核验 (/letters/verify and /letters/:number): anyone holding a letter — an office that
 * received it, the applicant, a third party — checks it against the platform's record. The number
 * (and the digest, when typed) live in the URL, so a QR code on the paper can point here.
 */
export default function LetterVerifyPage() {
  const t = useT();
  const navigate = useNavigate();
  const number = normalizeNumber(useParams().number ?? '');
  const [params] = useSearchParams();
  const sm3 = params.get('sm3')?.trim().toLowerCase() || undefined;
  const [form] = Form.useForm<Values>();
  const check = useLetterCheck(number, sm3);
  const notFound = check.error instanceof ApiError && check.error.status === 404;

  useEffect(() => {
    form.setFieldsValue({ number, sm3: sm3 ?? '' });
  }, [number, sm3]);

  const onFinish = (v: Values) => {
    const digest = v.sm3?.trim().toLowerCase();
    navigate(`/letters/${encodeURIComponent(normalizeNumber(v.number))}${digest ? `?sm3=${digest}` : ''}`);
  };

  return (
    <main className="pfc-section" style={{ maxWidth: 760 }} data-testid="verify-page">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        <SafetyCertificateOutlined /> {t('verify.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('verify.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="number"
            label={t('verify.number')}
            rules={[
              { required: true, whitespace: true, message: t('verify.numberRequired') },
              {
                validator: async (_, v?: string) =>
                  !v || /^[A-Z0-9]{8,40}$/.test(normalizeNumber(v))
                    ? undefined
                    : Promise.reject(new Error(t('verify.numberInvalid'))),
              },
            ]}
          >
            <Input
              size="large"
              placeholder={t('verify.numberPlaceholder')}
              autoComplete="off"
              data-testid="verify-number"
            />
          </Form.Item>
          <Form.Item
            name="sm3"
            label={t('verify.digestOptional')}
            extra={t('verify.digestHint')}
            rules={[{ pattern: /^\s*[0-9a-fA-F]{64}\s*$/, message: t('verify.digestInvalid') }]}
          >
            <Input placeholder={t('verify.digestPlaceholder')} autoComplete="off" data-testid="verify-sm3" />
          </Form.Item>
          <Button
            type="primary"
            size="large"
            htmlType="submit"
            block
            icon={<SafetyCertificateOutlined />}
            data-testid="verify-submit"
          >
            {t('verify.submit')}
          </Button>
        </Form>
      </Card>
      {number && check.isLoading && <Skeleton active />}
      {notFound && (
        <Result
          status="warning"
          title={t('verify.notFound')}
          subTitle={t('verify.notFoundHint')}
          data-testid="verify-not-found"
        />
      )}
      {check.error && !notFound && <Alert type="error" showIcon title={errorMessage(check.error)} />}
      {check.data && <VerdictBanner check={check.data} />}
    </main>
  );
}
