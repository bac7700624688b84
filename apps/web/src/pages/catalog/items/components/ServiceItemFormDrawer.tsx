import { SERVICE_ITEM_KINDS, type ServiceItemInput, type ServiceItemKind, type ServiceItemView } from '@pfc/contracts';
import { App, Col, Divider, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useEffect, useRef } from 'react';
import { enumLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';
import { fieldErrors, newIdempotencyKey } from '../../../../app/request';
import { useSession } from '../../../../app/session';
import { FormDrawer } from '../../../../components/FormDrawer';
import { UnitSelect } from '../../../../components/UnitSelect';
import { ownCatalogUnit } from '../../shared/units';
import { useSaveServiceItem } from '../queries';
import { GuideListField } from './GuideListField';

const KINDS = Object.keys(SERVICE_ITEM_KINDS) as ServiceItemKind[];

const blankGuide: ServiceItemInput['guide'] = {
  conditions: '',
  materials: [],
  steps: [],
  legalTimeLimitDays: 20,
  commitmentChoice: '',
  withdrawal: '',
};

/** Create or edit a service item and its service guide (办事指南); read-only for those who may not edit. */
export function ServiceItemFormDrawer({
  open,
  item,
  readOnly,
  onClose,
}: {
  open: boolean;
  item: ServiceItemView | null;
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t, lang } = usePrefs();
  const { message } = App.useApp();
  const { session } = useSession();
  const [form] = Form.useForm<ServiceItemInput>();
  const save = useSaveServiceItem();
  const idempotencyKey = useRef('');
  const ownUnit = ownCatalogUnit(session);

  useEffect(() => {
    if (!open) return;
    idempotencyKey.current = newIdempotencyKey();
    save.reset();
    form.resetFields();
    if (item)
      form.setFieldsValue({
        code: item.code,
        name: item.name,
        kind: item.kind,
        unitId: item.unitId,
        applicationBased: item.applicationBased,
        guide: item.guide,
      });
    else form.setFieldsValue({ unitId: ownUnit?.id, applicationBased: true, guide: blankGuide });
  }, [open, item]);

  const onFinish = async (v: ServiceItemInput) => {
    const trim = (s: string | undefined) => (s ?? '').trim();
    const body: ServiceItemInput = {
      code: v.code.trim(),
      name: v.name.trim(),
      kind: v.kind,
      unitId: v.unitId,
      applicationBased: !!v.applicationBased,
      guide: {
        conditions: trim(v.guide.conditions),
        materials: (v.guide.materials ?? []).map(trim).filter(Boolean),
        steps: (v.guide.steps ?? []).map(trim).filter(Boolean),
        legalTimeLimitDays: v.guide.legalTimeLimitDays ?? 0,
        commitmentChoice: trim(v.guide.commitmentChoice),
        withdrawal: trim(v.guide.withdrawal),
      },
    };
    try {
      await save.mutateAsync({ id: item?.id, body, idempotencyKey: idempotencyKey.current });
      void message.success(item ? t('common.saved') : t('catalog.items.created', { name: body.name }));
      onClose();
    } catch (err) {
      form.setFields(fieldErrors(err) as never);
    }
  };

  const known = [...(item ? [{ id: item.unitId, name: item.unitName }] : []), ...(ownUnit ? [ownUnit] : [])];
  const title = !item
    ? t('catalog.items.createTitle')
    : readOnly
      ? item.name
      : t('catalog.items.editTitle', { name: item.name });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={title}
      width={720}
      form={form}
      mutation={save}
      readOnly={readOnly}
      submitTestId="item-form-submit"
      errorTestId="item-form-error"
    >
      <Form<ServiceItemInput>
        name="service-item"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={readOnly}
        data-testid="item-form"
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item
              label={t('catalog.items.code')}
              name="code"
              extra={t('catalog.items.codeHint')}
              rules={[
                { required: true, whitespace: true, message: t('catalog.items.codeRequired') },
                { pattern: /^[A-Za-z0-9_.-]+$/, message: t('catalog.items.codeRule') },
                { max: 60 },
              ]}
            >
              <Input maxLength={60} data-testid="item-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              label={t('catalog.items.name')}
              name="name"
              rules={[{ required: true, whitespace: true, message: t('catalog.items.nameRequired') }, { max: 200 }]}
            >
              <Input maxLength={200} data-testid="item-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              label={t('catalog.items.kind')}
              name="kind"
              rules={[{ required: true, message: t('catalog.items.kindRequired') }]}
            >
              <Select
                options={KINDS.map((k) => ({ value: k, label: enumLabel(SERVICE_ITEM_KINDS, k, lang) }))}
                data-testid="item-kind"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              label={t('catalog.items.unit')}
              name="unitId"
              rules={[{ required: true, message: t('common.unitRequired') }]}
            >
              <UnitSelect known={known} data-testid="item-unit" />
            </Form.Item>
          </Col>
          <Col xs={12} md={10}>
            <Form.Item label={t('catalog.items.applicationBased')} name="applicationBased" valuePropName="checked">
              <Switch data-testid="item-application-based" />
            </Form.Item>
          </Col>
          <Col xs={12} md={14}>
            <Form.Item
              label={t('catalog.items.timeLimitLabel')}
              name={['guide', 'legalTimeLimitDays']}
              rules={[{ required: true, message: t('catalog.items.timeLimitRequired') }]}
            >
              <InputNumber
                min={0}
                max={365}
                precision={0}
                suffix={t('catalog.items.days')}
                style={{ width: 160, maxWidth: '100%' }}
                data-testid="item-time-limit"
              />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('catalog.items.guide')}</Divider>
        <Form.Item label={t('catalog.items.conditions')} name={['guide', 'conditions']} rules={[{ max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid="item-conditions" />
        </Form.Item>
        <GuideListField
          name="materials"
          label={t('catalog.items.materials')}
          addLabel={t('catalog.items.addMaterial')}
          itemLabel={(n) => t('catalog.items.materialN', { n })}
          max={100}
          readOnly={readOnly}
          testId="item-materials"
        />
        <GuideListField
          name="steps"
          label={t('catalog.items.steps')}
          addLabel={t('catalog.items.addStep')}
          itemLabel={(n) => t('catalog.items.stepN', { n })}
          max={50}
          readOnly={readOnly}
          testId="item-steps"
        />
        <Form.Item
          label={t('catalog.items.commitmentChoice')}
          name={['guide', 'commitmentChoice']}
          extra={t('catalog.items.commitmentChoiceHint')}
          rules={[{ max: 2000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          label={t('catalog.items.withdrawal')}
          name={['guide', 'withdrawal']}
          extra={t('catalog.items.withdrawalHint')}
          rules={[{ max: 2000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
