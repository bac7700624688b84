import { Alert, Button, Card, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { ProvisionalTag } from '../../../../components/ProvisionalTag';
import { usePublishAdjustments } from '../queries';

interface Values {
  documentNumber: string;
  effectiveDate: Dayjs;
}

/** 公布已同意的调整: a new version of the region's lists, with the filing deadline it starts. */
export function PublishCard({ code }: { code: string }) {
  const t = useT();
  const publish = usePublishAdjustments(code);
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<{ text: string; provisional: boolean } | null>(null);
  const onFinish = (v: Values) => {
    setResult(null);
    publish.mutate(
      { documentNumber: v.documentNumber.trim(), effectiveDate: v.effectiveDate.format('YYYY-MM-DD') },
      {
        onSuccess: (r) => {
          setResult({
            text: t('adj.published', { version: r.versionNo, n: r.entries, due: r.filingDue }),
            provisional: r.filingDueProvisional,
          });
          form.resetFields();
        },
      },
    );
  };
  return (
    <Card title={t('adj.publishTitle')} style={{ marginBottom: 16 }} data-testid="adjustment-publish">
      {result && (
        <Alert
          type="success"
          showIcon
          title={
            <>
              {result.text}
              {result.provisional && <ProvisionalTag testId="adjustment-published-provisional" />}
            </>
          }
          style={{ marginBottom: 16 }}
          data-testid="adjustment-published"
        />
      )}
      <ErrorAlert error={publish.error} data-testid="adjustment-publish-error" />
      <Form<Values> form={form} layout="inline" onFinish={onFinish} style={{ rowGap: 8 }}>
        <Form.Item
          name="documentNumber"
          label={t('pub.documentNumber')}
          rules={[{ required: true, whitespace: true, message: t('pub.documentNumberRequired') }]}
        >
          <Input
            maxLength={100}
            placeholder={t('pub.documentNumberPlaceholder')}
            style={{ width: 240, maxWidth: '100%' }}
            data-testid="adjustment-document-number"
          />
        </Form.Item>
        <Form.Item
          name="effectiveDate"
          label={t('pub.effectiveDate')}
          rules={[{ required: true, message: t('pub.effectiveDateRequired') }]}
        >
          <DatePicker data-testid="adjustment-effective-date" />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={publish.isPending}
            data-testid="adjustment-publish-submit"
          >
            {t('adj.publishSubmit')}
          </Button>
        </Form.Item>
      </Form>
      <div style={{ marginTop: 8, color: 'var(--ant-color-text-secondary)' }}>{t('adj.publishHint')}</div>
    </Card>
  );
}
