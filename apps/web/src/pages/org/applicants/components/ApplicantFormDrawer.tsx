import type { ApplicantCreate } from '@pfc/contracts';
import { normalizeIdentifier } from '@pfc/contracts';
import { App, Divider, Form, Input, Radio, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../../../app/prefs';
import { fieldErrors, newIdempotencyKey } from '../../../../app/request';
import { FormDrawer } from '../../../../components/FormDrawer';
import { PASSWORD_MIN_LENGTH } from '../../../../components/NewPasswordField';
import { RegionSelect } from '../../../../components/RegionSelect';
import { useCreateApplicant } from '../queries';
import { identifierValidator, phoneValidator } from '../validation';

type Values = Omit<ApplicantCreate, 'regionCode'> & { regionCode?: string };

const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : undefined);

/** 登记申请人: natural person (resident ID) or legal person (unified social credit code). */
export function ApplicantFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'natural';
  const create = useCreateApplicant();
  const idempotencyKey = useRef('');

  useEffect(() => {
    if (!open) return;
    idempotencyKey.current = newIdempotencyKey();
    create.reset();
    form.resetFields();
  }, [open]);

  const onFinish = async (v: Values) => {
    const username = blank(v.username);
    const body: ApplicantCreate = {
      kind: v.kind,
      name: v.name.trim(),
      identifier: normalizeIdentifier(v.identifier),
      phone: blank(v.phone) ?? null,
      legalRepresentative: v.kind === 'legal' ? (blank(v.legalRepresentative) ?? null) : null,
      regionCode: v.regionCode ?? null,
      ...(username ? { username, password: v.password } : {}),
    };
    try {
      const created = await create.mutateAsync({ body, idempotencyKey: idempotencyKey.current });
      void message.success(t('applicants.created', { name: created.name }));
      onClose();
    } catch (err) {
      form.setFields(fieldErrors(err) as never);
    }
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('applicants.createTitle')}
      width={560}
      form={form}
      mutation={create}
      submitTestId="applicant-form-submit"
    >
      <Form<Values>
        name="applicant"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ kind: 'natural' }}
        data-testid="applicant-form"
        scrollToFirstError
      >
        <Form.Item label={t('applicants.kind')} name="kind" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'natural', label: t('applicants.kindNatural') },
              { value: 'legal', label: t('applicants.kindLegal') },
            ]}
            onChange={() => form.setFields([{ name: 'identifier', errors: [] }])}
          />
        </Form.Item>
        <Form.Item
          label={t(kind === 'legal' ? 'applicants.nameLegal' : 'applicants.nameNatural')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('applicants.nameRequired') }, { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t(kind === 'legal' ? 'applicants.creditCode' : 'applicants.residentId')}
          name="identifier"
          dependencies={['kind']}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: t('applicants.identifierRequired') },
            { validator: identifierValidator(t, kind) },
          ]}
        >
          <Input maxLength={40} autoComplete="off" data-testid="applicant-identifier" />
        </Form.Item>
        <Form.Item
          label={t('applicants.phone')}
          name="phone"
          rules={[
            { validator: (r, v) => phoneValidator(r, v).catch(() => Promise.reject(new Error(t('validation.phone')))) },
          ]}
        >
          <Input maxLength={30} inputMode="tel" autoComplete="off" />
        </Form.Item>
        {kind === 'legal' && (
          <Form.Item label={t('applicants.legalRepresentative')} name="legalRepresentative" rules={[{ max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
        )}
        <Form.Item label={t('common.region')} name="regionCode">
          <RegionSelect allowClear />
        </Form.Item>
        <Divider />
        <Typography.Paragraph type="secondary">{t('applicants.accountHint')}</Typography.Paragraph>
        <Form.Item
          label={t('auth.username')}
          name="username"
          rules={[{ pattern: /^[a-zA-Z0-9_.-]{3,64}$/, message: t('staff.usernameRule') }]}
        >
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          label={t('staff.initialPassword')}
          name="password"
          dependencies={['username']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, v: string | undefined) => {
                const username = blank(getFieldValue('username') as string | undefined);
                if (username && (!v || v.length < PASSWORD_MIN_LENGTH)) throw new Error(t('password.rule'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
