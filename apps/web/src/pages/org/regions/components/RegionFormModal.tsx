import { regionPrefix } from '@pfc/contracts';
import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../../../app/prefs';
import { fieldErrors } from '../../../../app/request';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { RegionNode } from '../../../../components/regions';
import { useCreateRegion, useRenameRegion } from '../queries';

export type RegionDialog =
  | { mode: 'create'; parent: RegionNode | null }
  | { mode: 'rename'; region: RegionNode }
  | null;

/** Digits a child code has below a parent of this level (GB/T 2260 and the 9/12-digit extensions). */
const CHILD_LENGTH: Record<number, number> = { 1: 6, 2: 6, 3: 9, 4: 12 };

export function RegionFormModal({
  dialog,
  onClose,
  onCreated,
}: {
  dialog: RegionDialog;
  onClose: () => void;
  onCreated: (parentCode: string | null) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ code: string; name: string }>();
  const create = useCreateRegion();
  const rename = useRenameRegion();
  const mutation = dialog?.mode === 'rename' ? rename : create;

  useEffect(() => {
    if (!dialog) return;
    create.reset();
    rename.reset();
    form.resetFields();
    if (dialog.mode === 'rename') form.setFieldsValue({ name: dialog.region.name, code: dialog.region.code });
    else if (dialog.parent) form.setFieldsValue({ code: regionPrefix(dialog.parent.code) });
  }, [dialog]);

  const parent = dialog?.mode === 'create' ? dialog.parent : null;
  const childLength = parent ? CHILD_LENGTH[parent.level] : 6;

  const submit = async () => {
    const values = await form.validateFields();
    try {
      if (dialog?.mode === 'rename') await rename.mutateAsync({ code: dialog.region.code, name: values.name.trim() });
      else {
        await create.mutateAsync({
          code: values.code.trim(),
          name: values.name.trim(),
          parentCode: parent?.code ?? null,
        });
        onCreated(parent?.code ?? null);
      }
      onClose();
    } catch (err) {
      form.setFields(fieldErrors(err) as never);
    }
  };

  const title =
    dialog?.mode === 'rename'
      ? t('regions.renameTitle', { name: dialog.region.name })
      : parent
        ? t('regions.addChildTitle', { name: parent.name })
        : t('regions.addProvince');

  return (
    <Modal
      open={!!dialog}
      title={title}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      okText={t('common.save')}
    >
      <ErrorAlert error={mutation.error} />
      <Form name="region" form={form} layout="vertical" data-testid="region-form">
        <Form.Item
          label={t('regions.code')}
          name="code"
          extra={
            dialog?.mode === 'create'
              ? t('regions.codeHint', { length: childLength ?? 6, prefix: parent ? regionPrefix(parent.code) : '' })
              : undefined
          }
          rules={[
            { required: true, message: t('regions.codeRequired') },
            {
              validator: (_, value: string | undefined) => {
                if (dialog?.mode !== 'create' || !value) return Promise.resolve();
                const v = value.trim();
                const ok =
                  new RegExp(`^\\d{${childLength}}$`).test(v) &&
                  (!parent || (v.startsWith(regionPrefix(parent.code)) && v !== parent.code));
                return ok
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('regions.codeInvalid', { length: childLength ?? 6 })));
              },
            },
          ]}
        >
          <Input disabled={dialog?.mode === 'rename'} inputMode="numeric" maxLength={12} />
        </Form.Item>
        <Form.Item
          label={t('regions.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('regions.nameRequired') }, { max: 64 }]}
        >
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
