import type { AdjustmentView } from '@pfc/contracts';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../../../app/prefs';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useAdjustmentActions } from '../queries';

/** 登记备案: records the document or receipt of the upward filing of a published adjustment. */
export function FilingModal({ adjustment, onClose }: { adjustment: AdjustmentView | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { filing } = useAdjustmentActions();
  const [form] = Form.useForm<{ filingDocument: string }>();
  const onFinish = (v: { filingDocument: string }) =>
    adjustment &&
    filing.mutate(
      { id: adjustment.id, filingDocument: v.filingDocument.trim() },
      {
        onSuccess: () => {
          void message.success(t('adj.filingSaved'));
          onClose();
        },
      },
    );
  return (
    <Modal
      open={!!adjustment}
      title={t('adj.filingTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: filing.isPending, ...({ 'data-testid': 'filing-confirm' } as Record<string, string>) }}
      destroyOnHidden
      afterOpenChange={(o) => !o && filing.reset()}
    >
      <ErrorAlert error={filing.error} data-testid="filing-error" />
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="filingDocument"
          label={t('adj.filingDocument')}
          rules={[{ required: true, whitespace: true, message: t('adj.filingRequired') }]}
        >
          <Input maxLength={200} data-testid="filing-document" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
