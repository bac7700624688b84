import type { DraftEntryView } from '@pfc/contracts';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { newIdempotencyKey } from '../../../../app/request';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useSubmitComment } from '../queries';

interface Values {
  entryId?: string;
  missingProofName?: string;
  body: string;
  authorName?: string;
  contact?: string;
}

const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** 我要提意见: about one draft entry, a proof missing from the lists, or in general. */
export function CommentForm({ code, entries }: { code: string; entries: DraftEntryView[] }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
  const [sent, setSent] = useState(false);
  const submit = useSubmitComment(code);
  const onFinish = (v: Values) => {
    const input = {
      entryId: v.entryId ?? null,
      missingProofName: orNull(v.missingProofName),
      body: v.body.trim(),
      authorName: orNull(v.authorName),
      contact: orNull(v.contact),
    };
    submit.mutate(
      { input, idempotencyKey },
      {
        onSuccess: () => {
          setSent(true);
          form.resetFields();
          setKey(newIdempotencyKey());
        },
      },
    );
  };
  return (
    <Card title={t('consult.formTitle')} data-testid="comment-form-card">
      {sent && (
        <Alert
          type="success"
          showIcon
          title={t('consult.submitted')}
          style={{ marginBottom: 16 }}
          data-testid="comment-sent"
        />
      )}
      <ErrorAlert error={submit.error} data-testid="comment-error" />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={() => setSent(false)}
        data-testid="comment-form"
      >
        <Form.Item name="entryId" label={t('consult.entry')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('consult.entryPlaceholder')}
            options={entries.map((e) => ({ value: e.id, label: e.name }))}
            data-testid="comment-entry"
          />
        </Form.Item>
        <Form.Item name="missingProofName" label={t('consult.missing')}>
          <Input maxLength={100} placeholder={t('consult.missingPlaceholder')} data-testid="comment-missing" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('consult.body')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('consult.bodyRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="comment-body" />
        </Form.Item>
        <Form.Item name="authorName" label={t('consult.authorName')}>
          <Input maxLength={50} data-testid="comment-author" />
        </Form.Item>
        <Form.Item
          name="contact"
          label={t('consult.contact')}
          extra={<Typography.Text type="secondary">{t('consult.contactNote')}</Typography.Text>}
        >
          <Input maxLength={50} autoComplete="tel" data-testid="comment-contact" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending} block data-testid="comment-submit">
          {t('consult.submit')}
        </Button>
      </Form>
    </Card>
  );
}
