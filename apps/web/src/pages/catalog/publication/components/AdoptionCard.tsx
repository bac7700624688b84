import type { AdoptionCandidate } from '@pfc/contracts';
import { Alert, Button, Card, Empty, Form, Input, List, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../../app/format';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useAdopt, useAdoptions } from '../queries';

interface Values {
  adoptsRegionCode: string;
  documentNumber: string;
}

const wrap = { whiteSpace: 'normal', overflowWrap: 'anywhere' } as const;

/** 承接上级清单: the upper-level lists that apply in the region, and adopting one under a document. */
export function AdoptionCard({ code }: { code: string }) {
  const t = useT();
  const adoptions = useAdoptions(code);
  const adopt = useAdopt(code);
  const [form] = Form.useForm<Values>();
  const [pending, setPending] = useState<{ values: Values; candidate: AdoptionCandidate } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const data = adoptions.data;
  const adopted = new Set(data?.adoptions.map((a) => a.regionCode));
  const candidates = data?.candidates ?? [];

  const onFinish = (values: Values) => {
    const candidate = candidates.find((c) => c.regionCode === values.adoptsRegionCode);
    if (!candidate) return;
    setDone(null);
    adopt.reset();
    setPending({ values: { ...values, documentNumber: values.documentNumber.trim() }, candidate });
  };
  const confirm = () => {
    if (!pending) return;
    adopt.mutate(pending.values, {
      onSuccess: () => {
        setDone(t('catalog.adoption.done', { name: pending.candidate.regionName }));
        form.resetFields();
      },
      onSettled: () => setPending(null),
    });
  };

  return (
    <Card title={t('catalog.adoption.title')} data-testid="adoption-card" loading={adoptions.isLoading}>
      <Typography.Paragraph type="secondary">{t('catalog.adoption.hint')}</Typography.Paragraph>
      <ErrorAlert error={adoptions.error} />
      {done && (
        <Alert type="success" showIcon title={done} style={{ marginBottom: 16 }} data-testid="adoption-result" />
      )}
      <ErrorAlert error={adopt.error} data-testid="adoption-error" />
      {data && data.adoptions.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('catalog.adoption.none')}
          data-testid="adoptions-empty"
        />
      )}
      {data && data.adoptions.length > 0 && (
        <List
          size="small"
          dataSource={data.adoptions}
          style={{ marginBottom: 16 }}
          data-testid="adoptions"
          renderItem={(a) => (
            <List.Item key={a.regionCode} data-testid="adoption-row" data-region={a.regionCode}>
              <List.Item.Meta
                title={<span style={wrap}>{`${a.regionName}（${a.regionCode}）`}</span>}
                description={
                  <div style={wrap}>
                    <div>
                      {a.latestVersion
                        ? t('catalog.adoption.version', {
                            n: a.latestVersion.versionNo,
                            documentNumber: a.latestVersion.documentNumber,
                            effectiveDate: a.latestVersion.effectiveDate,
                          })
                        : t('catalog.adoption.noVersion')}
                    </div>
                    <div>
                      {t('catalog.adoption.adoptedUnder', {
                        documentNumber: a.documentNumber || t('catalog.adoption.noDocument'),
                        date: formatDateTime(a.adoptedAt).slice(0, 10),
                      })}
                    </div>
                  </div>
                }
              />
            </List.Item>
          )}
        />
      )}
      {data && candidates.length === 0 && (
        <Alert type="info" showIcon title={t('catalog.adoption.noCandidates')} data-testid="adoption-no-candidates" />
      )}
      {candidates.length > 0 && (
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} data-testid="adoption-form">
          <Form.Item
            name="adoptsRegionCode"
            label={t('catalog.adoption.region')}
            rules={[{ required: true, message: t('catalog.adoption.regionRequired') }]}
          >
            <Select
              options={candidates.map((c) => ({
                value: c.regionCode,
                label:
                  t('catalog.adoption.candidate', {
                    name: c.regionName,
                    n: c.latestVersion.versionNo,
                    documentNumber: c.latestVersion.documentNumber,
                  }) + (adopted.has(c.regionCode) ? t('catalog.adoption.alreadyAdopted') : ''),
              }))}
              data-testid="adoption-region"
            />
          </Form.Item>
          <Form.Item
            name="documentNumber"
            label={t('catalog.adoption.documentNumber')}
            rules={[{ required: true, whitespace: true, message: t('catalog.adoption.documentNumberRequired') }]}
          >
            <Input
              maxLength={100}
              placeholder={t('catalog.adoption.documentNumberPlaceholder')}
              data-testid="adoption-document-number"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="adoption-submit">
            {t('catalog.adoption.submit')}
          </Button>
        </Form>
      )}
      <Modal
        open={!!pending}
        title={t('catalog.adoption.confirmTitle')}
        onCancel={() => setPending(null)}
        onOk={confirm}
        okText={t('catalog.adoption.submit')}
        okButtonProps={{
          loading: adopt.isPending,
          ...({ 'data-testid': 'adoption-confirm' } as Record<string, string>),
        }}
        destroyOnHidden
      >
        {pending && (
          <Typography.Paragraph style={wrap} data-testid="adoption-confirm-text">
            {t('catalog.adoption.confirmText', {
              name: pending.candidate.regionName,
              n: pending.candidate.latestVersion.versionNo,
              documentNumber: pending.values.documentNumber,
            })}
          </Typography.Paragraph>
        )}
      </Modal>
    </Card>
  );
}
