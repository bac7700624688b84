import type { SynonymGroupInput, SynonymGroupView } from '@pfc/contracts';
import { App, Form, Input, Select } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../../../app/prefs';
import { fieldErrors, newIdempotencyKey } from '../../../../app/request';
import { FormDrawer } from '../../../../components/FormDrawer';
import { useSaveSynonyms } from '../queries';

interface Values {
  terms: string[];
  note?: string;
}

/** Add or change one synonym group: phrases typed as tags (Enter, comma or 、 separates them). */
export function SynonymDrawer({
  open,
  group,
  onClose,
}: {
  open: boolean;
  group: SynonymGroupView | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveSynonyms();
  const idempotencyKey = useRef('');

  useEffect(() => {
    if (!open) return;
    idempotencyKey.current = newIdempotencyKey();
    save.reset();
    form.resetFields();
    if (group) form.setFieldsValue({ terms: group.terms, note: group.note });
  }, [open, group]);

  const onFinish = async (v: Values) => {
    const body: SynonymGroupInput = {
      terms: v.terms.map((s) => s.trim()).filter(Boolean),
      note: (v.note ?? '').trim(),
    };
    try {
      await save.mutateAsync({ id: group?.id, body, idempotencyKey: idempotencyKey.current });
      void message.success(group ? t('synonyms.saved') : t('synonyms.created'));
      onClose();
    } catch (err) {
      form.setFields(fieldErrors(err) as never);
    }
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={group ? t('synonyms.editTitle') : t('synonyms.createTitle')}
      width={520}
      form={form}
      mutation={save}
      submitTestId="synonyms-form-submit"
      errorTestId="synonyms-form-error"
    >
      <Form name="synonym-group" form={form} layout="vertical" onFinish={onFinish} data-testid="synonyms-form">
        <Form.Item
          label={t('synonyms.terms')}
          name="terms"
          extra={t('synonyms.termsHint')}
          rules={[
            {
              validator: async (_, value: string[] | undefined) => {
                const terms = (value ?? []).map((s) => s.trim()).filter(Boolean);
                if (terms.length < 2) throw new Error(t('synonyms.termsTooFew'));
                if (terms.length > 20) throw new Error(t('synonyms.termsTooMany'));
                if (terms.some((s) => s.length > 30)) throw new Error(t('synonyms.termTooLong'));
              },
            },
          ]}
        >
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、', ';', '；']}
            placeholder={t('synonyms.termsPlaceholder')}
            data-testid="synonyms-terms"
          />
        </Form.Item>
        <Form.Item label={t('synonyms.note')} name="note" extra={t('synonyms.noteHint')} rules={[{ max: 200 }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
