import { CANCEL_RULES } from '@pfc/contracts';
import { Card, Form, Input, Radio, Space } from 'antd';
import { usePrefs } from '../../../../app/prefs';
import type { EntryFormValues } from '../form';
import { FlaggedBlock } from './findings';

const RULE_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;

/** 处理意见: retain or cancel; a cancellation names which of the seven always-cancel rules applies and why. */
export function DispositionSection() {
  const { t, lang } = usePrefs();
  const disposition = Form.useWatch<EntryFormValues['disposition']>('disposition');
  return (
    <Card title={t('catalog.entry.disposition')} size="small" style={{ marginBottom: 16 }}>
      <FlaggedBlock field="disposition">
        <Form.Item label={t('catalog.entry.dispositionProposal')} name="disposition" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'retain', label: t('catalog.disposition.retain') },
              { value: 'cancel', label: t('catalog.disposition.cancel') },
            ]}
            data-testid="entry-disposition"
          />
        </Form.Item>
      </FlaggedBlock>
      {disposition === 'cancel' && (
        <>
          <FlaggedBlock field="cancelRule">
            <Form.Item
              label={t('catalog.entry.cancelRule')}
              name="cancelRule"
              extra={t('catalog.entry.cancelRuleHint')}
            >
              <Radio.Group data-testid="entry-cancel-rule">
                <Space orientation="vertical">
                  {RULE_NUMBERS.map((n) => (
                    <Radio key={n} value={n}>
                      {t('catalog.entry.ruleN', { n })}
                      {lang === 'en' ? CANCEL_RULES[n].en : CANCEL_RULES[n].zh}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
          </FlaggedBlock>
          <FlaggedBlock field="cancelReason">
            <Form.Item label={t('catalog.entry.cancelReason')} name="cancelReason" rules={[{ max: 1000 }]}>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={1000}
                data-testid="entry-cancel-reason"
              />
            </Form.Item>
          </FlaggedBlock>
        </>
      )}
    </Card>
  );
}
