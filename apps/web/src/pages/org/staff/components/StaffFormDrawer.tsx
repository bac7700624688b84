import type { StaffView } from '@pfc/contracts';
import { Alert, App, Form, Input, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../../../app/prefs';
import { fieldErrors, newIdempotencyKey } from '../../../../app/request';
import { useSession } from '../../../../app/session';
import { FormDrawer } from '../../../../components/FormDrawer';
import { NewPasswordField } from '../../../../components/NewPasswordField';
import { UnitSelect } from '../../../../components/UnitSelect';
import { useCreateStaff, useUpdateStaff } from '../queries';
import { type GrantRow, GrantsEditor, grantInputsOf, grantRowsOf } from './GrantsEditor';

interface Values {
  username: string;
  displayName: string;
  unitId: string;
  password: string;
  grants: GrantRow[];
}

/** Create a staff account with its grants, or edit name and grants of an existing one. */
export function StaffFormDrawer({
  open,
  staff,
  onClose,
}: {
  open: boolean;
  staff: StaffView | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { access } = useSession();
  const [form] = Form.useForm<Values>();
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const mutation = staff ? update : create;
  const idempotencyKey = useRef('');

  const known = useMemo(() => {
    const list: Array<{ id: string; name: string }> = [];
    if (staff?.unitId && staff.unitName) list.push({ id: staff.unitId, name: staff.unitName });
    for (const g of staff?.grants ?? []) if (g.unitId && g.unitName) list.push({ id: g.unitId, name: g.unitName });
    return list;
  }, [staff]);

  useEffect(() => {
    if (!open) return;
    idempotencyKey.current = newIdempotencyKey();
    create.reset();
    update.reset();
    form.resetFields();
    if (staff) form.setFieldsValue({ displayName: staff.displayName, grants: grantRowsOf(staff.grants) });
    else form.setFieldsValue({ grants: [{ scope: 'unit' }] });
  }, [open, staff]);

  const onFinish = async (v: Values) => {
    const grants = grantInputsOf(v.grants);
    try {
      if (staff) await update.mutateAsync({ id: staff.id, body: { displayName: v.displayName.trim(), grants } });
      else {
        const body = {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          unitId: v.unitId,
          password: v.password,
          grants,
        };
        await create.mutateAsync({ body, idempotencyKey: idempotencyKey.current });
      }
      void message.success(t('common.saved'));
      onClose();
    } catch (err) {
      form.setFields(fieldErrors(err) as never);
    }
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={staff ? t('staff.editTitle', { name: staff.displayName }) : t('staff.createTitle')}
      width={640}
      form={form}
      mutation={mutation}
      submitTestId="staff-form-submit"
    >
      {staff && <Alert type="info" showIcon title={t('staff.grantsChangeNote')} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="staff"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid="staff-form"
        scrollToFirstError
      >
        {!staff && (
          <Form.Item
            label={t('auth.username')}
            name="username"
            extra={t('staff.usernameRule')}
            rules={[
              { required: true, message: t('auth.usernameRequired') },
              { pattern: /^[a-zA-Z0-9_.-]{3,64}$/, message: t('staff.usernameRule') },
            ]}
          >
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
        )}
        <Form.Item
          label={t('staff.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('staff.displayNameRequired') }, { max: 50 }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        {staff ? (
          <Form.Item label={t('staff.unit')}>
            <Typography.Text>{staff.unitName ?? '—'}</Typography.Text>
          </Form.Item>
        ) : (
          <>
            <Form.Item
              label={t('staff.unit')}
              name="unitId"
              rules={[{ required: true, message: t('common.unitRequired') }]}
            >
              <UnitSelect />
            </Form.Item>
            <NewPasswordField name="password" label={t('staff.initialPassword')} />
          </>
        )}
        <Typography.Title level={5}>{t('staff.grants')}</Typography.Title>
        <GrantsEditor known={known} allowPlatform={access.isPlatformAdmin} />
      </Form>
    </FormDrawer>
  );
}
