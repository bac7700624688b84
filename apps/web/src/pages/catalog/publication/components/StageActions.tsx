import { Alert, Button, DatePicker, Flex, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useStage } from '../queries';

interface PublishValues {
  documentNumber: string;
  effectiveDate: Dayjs;
}

/** 结束征求意见 / 领导小组审定 / 公布, each showing how many entries it moved. */
export function StageActions({ code }: { code: string }) {
  const t = useT();
  const stage = useStage(code);
  const [comment, setComment] = useState('');
  const [result, setResult] = useState<{ stage: string; text: string } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [form] = Form.useForm<PublishValues>();
  const error = stage.close.error ?? stage.approve.error ?? (publishing ? null : stage.publish.error);
  const reset = () => {
    setResult(null);
    stage.close.reset();
    stage.approve.reset();
    stage.publish.reset();
  };
  const move = (name: 'close' | 'approve') => {
    reset();
    stage[name].mutate(comment, { onSuccess: (r) => setResult({ stage: name, text: t('pub.moved', { n: r.moved }) }) });
  };
  const onPublish = (v: PublishValues) =>
    stage.publish.mutate(
      { documentNumber: v.documentNumber.trim(), effectiveDate: v.effectiveDate.format('YYYY-MM-DD') },
      {
        onSuccess: (r) => {
          setPublishing(false);
          setResult({ stage: 'publish', text: t('pub.published', { version: r.versionNo, n: r.entries }) });
        },
      },
    );
  return (
    <div data-testid="stage-actions">
      {result && (
        <Alert
          type="success"
          showIcon
          title={result.text}
          style={{ marginBottom: 16 }}
          data-testid="stage-result"
          data-stage={result.stage}
        />
      )}
      <ErrorAlert error={error} data-testid="stage-error" />
      <Input.TextArea
        rows={2}
        maxLength={2000}
        placeholder={t('pub.comment')}
        aria-label={t('pub.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        style={{ marginBottom: 12 }}
        data-testid="stage-comment"
      />
      <Flex gap={8} wrap>
        <Button onClick={() => move('close')} loading={stage.close.isPending} data-testid="stage-close">
          {t('pub.closeConsultation')}
        </Button>
        <Button onClick={() => move('approve')} loading={stage.approve.isPending} data-testid="stage-approve">
          {t('pub.approve')}
        </Button>
        <Button
          type="primary"
          onClick={() => {
            reset();
            setPublishing(true);
          }}
          data-testid="stage-publish"
        >
          {t('pub.publish')}
        </Button>
      </Flex>
      <Modal
        open={publishing}
        title={t('pub.publishTitle')}
        onCancel={() => setPublishing(false)}
        onOk={() => form.submit()}
        okText={t('pub.publish')}
        okButtonProps={{
          loading: stage.publish.isPending,
          ...({ 'data-testid': 'publish-confirm' } as Record<string, string>),
        }}
        destroyOnHidden
      >
        <ErrorAlert error={stage.publish.error} data-testid="publish-error" />
        <Form<PublishValues> form={form} layout="vertical" onFinish={onPublish} data-testid="publish-form">
          <Form.Item
            name="documentNumber"
            label={t('pub.documentNumber')}
            rules={[{ required: true, whitespace: true, message: t('pub.documentNumberRequired') }]}
          >
            <Input
              maxLength={100}
              placeholder={t('pub.documentNumberPlaceholder')}
              data-testid="publish-document-number"
            />
          </Form.Item>
          <Form.Item
            name="effectiveDate"
            label={t('pub.effectiveDate')}
            rules={[{ required: true, message: t('pub.effectiveDateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="publish-effective-date" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
