import { isValidCreditCode, UNIT_KIND_NAMES, type UnitCreate, type UnitView } from '@pfc/contracts';
import { App, Col, Form, Input, Row, Select, Switch } from 'antd';
import { useEffect, useRef } from 'react';
import { unitKindLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';
import { fieldErrors, newIdempotencyKey } from '../../../../app/request';
import { FormDrawer } from '../../../../components/FormDrawer';
import { RegionSelect } from '../../../../components/RegionSelect';
import { useSaveUnit } from '../queries';

type Values = UnitCreate & { archived?: boolean };

const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** Create or edit a unit, including its responsible leader and liaison (负责领导、联络员). */
export function UnitFormDrawer({ open, unit, onClose }: { open: boolean; unit: UnitView | null; onClose: () => void }) {
  const { t, lang } = usePrefs();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveUnit();
  const idempotencyKey = useRef('');

  useEffect(() => {
    if (!open) return;
    idempotencyKey.current = newIdempotencyKey();
    save.reset();
    form.resetFields();
    if (unit) form.setFieldsValue({ ...unit });
  }, [open, unit]);

  const onFinish = async (v: Values) => {
    const body = {
      name: v.name.trim(),
      kind: v.kind,
      regionCode: v.regionCode,
      creditCode: blankToNull(v.creditCode)?.toUpperCase() ?? null,
      leaderName: blankToNull(v.leaderName),
      leaderTitle: blankToNull(v.leaderTitle),
      liaisonName: blankToNull(v.liaisonName),
      liaisonPhone: blankToNull(v.liaisonPhone),
      ...(unit ? { archived: !!v.archived } : {}),
    };
    try {
      await save.mutateAsync({ id: unit?.id, body, idempotencyKey: idempotencyKey.current });
      void message.success(unit ? t('common.saved') : t('units.created', { name: body.name }));
      onClose();
    } catch (err) {
      form.setFields(fieldErrors(err) as never);
    }
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={unit ? t('units.editTitle', { name: unit.name }) : t('units.createTitle')}
      width={640}
      form={form}
      mutation={save}
      submitTestId="unit-form-submit"
      errorTestId="unit-form-error"
    >
      <Form<Values>
        name="unit"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid="unit-form"
        scrollToFirstError
      >
        <Form.Item
          label={t('units.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('units.nameRequired') }, { max: 100 }]}
        >
          <Input maxLength={100} data-testid="unit-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('units.kind')}
              name="kind"
              rules={[{ required: true, message: t('units.kindRequired') }]}
            >
              <Select
                options={UNIT_KIND_NAMES.map((k) => ({ value: k, label: unitKindLabel(k, lang) }))}
                data-testid="unit-kind"
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('common.region')}
              name="regionCode"
              rules={[{ required: true, message: t('common.regionRequired') }]}
            >
              <RegionSelect data-testid="unit-region" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={t('units.creditCode')}
          name="creditCode"
          rules={[
            {
              validator: (_, v: string | null | undefined) =>
                !v || !v.trim() || isValidCreditCode(v)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.creditCode'))),
            },
          ]}
        >
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('units.leaderName')} name="leaderName" rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('units.leaderTitle')} name="leaderTitle" rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('units.liaisonName')} name="liaisonName" rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('units.liaisonPhone')}
              name="liaisonPhone"
              rules={[{ pattern: /^[\d\s+()-]{5,30}$/, message: t('validation.phone') }]}
            >
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
        {unit && (
          <Form.Item label={t('units.archive')} name="archived" valuePropName="checked" extra={t('units.archiveHint')}>
            <Switch />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
