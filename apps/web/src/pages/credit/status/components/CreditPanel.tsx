import { CREDIT_STATUSES, type CreditStatus, type CreditStatusInput, type ApplicantView } from '@pfc/contracts';
import { Alert, App, Button, Card, Descriptions, Form, Input, Radio, Skeleton, Switch, Tag } from 'antd';
import { useEffect } from 'react';
import { formatDateTime } from '../../../../app/format';
import { enumLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useCreditStatus, useSaveCreditStatus } from '../queries';

const COLORS: Record<CreditStatus, string> = { good: 'green', false_commitment: 'red', serious_bad_credit: 'red' };

/** One applicant's credit status, what it means for 告知承诺, and the form to change it. */
export function CreditPanel({ applicant }: { applicant: ApplicantView }) {
  const { t, lang } = usePrefs();
  const { message } = App.useApp();
  const credit = useCreditStatus(applicant.id);
  const save = useSaveCreditStatus();
  const [form] = Form.useForm<CreditStatusInput>();
  const status = Form.useWatch('status', form);
  const view = credit.data;

  useEffect(() => {
    save.reset();
    if (view) form.setFieldsValue({ status: view.status, repaired: view.repaired, note: view.note });
  }, [view, applicant.id]);

  return (
    <Card title={`${applicant.name}（${applicant.identifierMasked}）`} data-testid="credit-panel">
      <ErrorAlert error={credit.error} />
      {credit.isLoading && <Skeleton active />}
      {view && (
        <>
          <Alert
            type={view.eligibility.eligible ? 'success' : 'error'}
            showIcon
            style={{ marginBottom: 16 }}
            title={t(view.eligibility.eligible ? 'credit.eligible' : 'credit.ineligible')}
            description={view.eligibility.reason ?? undefined}
            data-testid="credit-eligibility"
            data-eligible={view.eligibility.eligible ? 'true' : 'false'}
          />
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'status',
                label: t('credit.status'),
                children: (
                  <Tag color={COLORS[view.status]} data-testid="credit-status">
                    {enumLabel(CREDIT_STATUSES, view.status, lang)}
                  </Tag>
                ),
              },
              { key: 'repaired', label: t('credit.repaired'), children: t(view.repaired ? 'common.yes' : 'common.no') },
              { key: 'updated', label: t('common.updatedAt'), children: formatDateTime(view.updatedAt) },
              {
                key: 'note',
                label: t('credit.note'),
                children: <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{view.note || '—'}</span>,
              },
            ]}
          />
          <Form<CreditStatusInput>
            form={form}
            layout="vertical"
            data-testid="credit-form"
            onFinish={(v) =>
              save.mutate(
                {
                  applicantId: applicant.id,
                  body: {
                    status: v.status,
                    repaired: v.status === 'good' ? false : !!v.repaired,
                    note: (v.note ?? '').trim(),
                  },
                },
                { onSuccess: () => void message.success(t('common.saved')) },
              )
            }
          >
            <Form.Item name="status" label={t('credit.setStatus')} rules={[{ required: true }]}>
              <Radio.Group>
                {(Object.keys(CREDIT_STATUSES) as CreditStatus[]).map((s) => (
                  <Radio
                    key={s}
                    value={s}
                    style={{ display: 'flex', marginBottom: 6 }}
                    data-testid={`credit-status-${s}`}
                  >
                    {enumLabel(CREDIT_STATUSES, s, lang)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            {status && status !== 'good' && (
              <Form.Item
                name="repaired"
                label={t('credit.repaired')}
                valuePropName="checked"
                extra={t('credit.repairedHint')}
              >
                <Switch data-testid="credit-repaired" />
              </Form.Item>
            )}
            <Form.Item
              name="note"
              label={t('credit.note')}
              rules={
                status && status !== 'good'
                  ? [{ required: true, whitespace: true, message: t('credit.noteRequired') }]
                  : []
              }
            >
              <Input.TextArea
                rows={3}
                maxLength={1000}
                showCount
                placeholder={t('credit.notePlaceholder')}
                data-testid="credit-note"
              />
            </Form.Item>
            <ErrorAlert error={save.error} />
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="credit-save">
              {t('common.save')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
