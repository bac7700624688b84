import {
  EXCLUSION_CATEGORIES,
  type ExclusionCategory,
  VERIFICATION_METHODS,
  type VerificationMethod,
} from '@pfc/contracts';
import { Card, Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { enumLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';
import type { EntryFormValues } from '../form';
import { FlaggedBlock } from './findings';

const CATEGORIES = Object.keys(EXCLUSION_CATEGORIES) as ExclusionCategory[];
const VERIFY = Object.keys(VERIFICATION_METHODS) as VerificationMethod[];

/** Whether commitment is excluded (and why), public disclosure of commitment letters, and the verification plan. */
export function CommitmentSection() {
  const { t, lang } = usePrefs();
  const excluded = Form.useWatch<EntryFormValues['commitmentExcluded']>('commitmentExcluded');
  const hasPlan = Form.useWatch<EntryFormValues['hasPlan']>('hasPlan');
  return (
    <Card title={t('catalog.entry.sectionCommitment')} size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FlaggedBlock field="commitmentExcluded">
            <Form.Item
              label={t('catalog.entry.commitmentExcluded')}
              name="commitmentExcluded"
              valuePropName="checked"
              extra={t('catalog.entry.commitmentExcludedHint')}
            >
              <Switch data-testid="entry-commitment-excluded" />
            </Form.Item>
          </FlaggedBlock>
        </Col>
        {excluded && (
          <Col xs={24} md={12}>
            <FlaggedBlock field="exclusionCategory">
              <Form.Item label={t('catalog.entry.exclusionCategory')} name="exclusionCategory">
                <Select
                  allowClear
                  options={CATEGORIES.map((c) => ({ value: c, label: enumLabel(EXCLUSION_CATEGORIES, c, lang) }))}
                  popupMatchSelectWidth={false}
                  data-testid="entry-exclusion-category"
                />
              </Form.Item>
            </FlaggedBlock>
          </Col>
        )}
      </Row>
      <FlaggedBlock field="disclosure">
        <Form.Item
          label={t('catalog.entry.disclosure')}
          name="disclosure"
          valuePropName="checked"
          extra={t('catalog.entry.disclosureHint')}
        >
          <Switch data-testid="entry-disclosure" />
        </Form.Item>
      </FlaggedBlock>
      <FlaggedBlock field="verificationPlan">
        <Form.Item
          label={t('catalog.entry.verificationPlan')}
          name="hasPlan"
          valuePropName="checked"
          style={{ marginBottom: hasPlan ? 12 : undefined }}
        >
          <Switch data-testid="entry-has-plan" />
        </Form.Item>
        {hasPlan && (
          <Row gutter={12}>
            <Col xs={24} md={10}>
              <Form.Item
                label={t('catalog.entry.verificationMethod')}
                name={['plan', 'method']}
                rules={[{ required: true, message: t('catalog.entry.verificationMethodRequired') }]}
              >
                <Select
                  options={VERIFY.map((m) => ({ value: m, label: enumLabel(VERIFICATION_METHODS, m, lang) }))}
                  popupMatchSelectWidth={false}
                  data-testid="plan-method"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item
                label={t('catalog.entry.verificationDays')}
                name={['plan', 'timeLimitDays']}
                rules={[{ required: true, message: t('catalog.entry.verificationDaysRequired') }]}
              >
                <InputNumber
                  min={0}
                  max={365}
                  precision={0}
                  suffix={t('catalog.items.days')}
                  style={{ width: '100%' }}
                  data-testid="plan-days"
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item
                label={t('catalog.entry.samplingShare')}
                name={['plan', 'samplingPercent']}
                rules={[{ required: true, message: t('catalog.entry.samplingShareRequired') }]}
              >
                <InputNumber
                  min={0}
                  max={100}
                  precision={1}
                  suffix="%"
                  style={{ width: '100%' }}
                  data-testid="plan-share"
                />
              </Form.Item>
            </Col>
          </Row>
        )}
      </FlaggedBlock>
    </Card>
  );
}
