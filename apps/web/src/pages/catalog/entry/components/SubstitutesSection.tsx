import { PlusOutlined } from '@ant-design/icons';
import { SUBSTITUTE_METHODS, type SubstituteMethod } from '@pfc/contracts';
import { Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { enumLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';
import { ListItemControls } from '../../../../components/ListItemControls';
import type { EntryFormValues } from '../form';
import { FlaggedBlock } from './findings';

const METHODS = Object.keys(SUBSTITUTE_METHODS) as SubstituteMethod[];

/**
 * 替代方式 of a retained proof, in order of preference (commitment, then data sharing, then
 * departmental assistance), or 仍需提交 with a written reason.
 */
export function SubstitutesSection({ readOnly }: { readOnly: boolean }) {
  const { t, lang } = usePrefs();
  const substitutes = Form.useWatch<EntryFormValues['substitutes']>('substitutes');
  const mustSubmit = (substitutes ?? []).some((s) => s?.method === 'must_submit');
  return (
    <Card title={t('catalog.entry.substitutes')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('catalog.entry.substitutesHint')}</Typography.Paragraph>
      <FlaggedBlock field="substitutes">
        <Form.List name="substitutes">
          {(fields, { add, remove, move }) => (
            <Flex vertical gap={8} data-testid="entry-substitutes">
              {fields.length === 0 && (
                <Typography.Text type="secondary">{t('catalog.entry.noSubstitutes')}</Typography.Text>
              )}
              {fields.map((field, index) => {
                const label = t('catalog.entry.substituteN', { n: index + 1 });
                return (
                  <Row key={field.key} gutter={8} align="top" data-testid={`substitute-${index}`}>
                    <Col flex="32px">
                      <Typography.Text strong style={{ lineHeight: '32px' }}>
                        {index + 1}.
                      </Typography.Text>
                    </Col>
                    <Col xs={20} md={7}>
                      <Form.Item
                        name={[field.name, 'method']}
                        rules={[{ required: true, message: t('catalog.entry.substituteRequired') }]}
                        style={{ marginBottom: 8 }}
                      >
                        <Select
                          aria-label={label}
                          options={METHODS.map((m) => ({ value: m, label: enumLabel(SUBSTITUTE_METHODS, m, lang) }))}
                          placeholder={t('catalog.entry.substituteMethod')}
                          data-testid={`substitute-${index}-method`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={{ span: 22, offset: 2 }} md={{ span: 10, offset: 0 }}>
                      <Form.Item name={[field.name, 'note']} rules={[{ max: 500 }]} style={{ marginBottom: 8 }}>
                        <Input
                          maxLength={500}
                          placeholder={t('catalog.entry.substituteNote')}
                          aria-label={t('catalog.entry.substituteNoteOf', { n: index + 1 })}
                        />
                      </Form.Item>
                    </Col>
                    {!readOnly && (
                      <Col
                        xs={{ span: 22, offset: 2 }}
                        md={{ span: 4, offset: 0 }}
                        style={{ paddingTop: 4, marginBottom: 8 }}
                      >
                        <ListItemControls
                          index={index}
                          count={fields.length}
                          move={move}
                          remove={remove}
                          label={label}
                          testId={`substitute-${index}`}
                        />
                      </Col>
                    )}
                  </Row>
                );
              })}
              {!readOnly && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({})}
                  disabled={fields.length >= 4}
                  data-testid="substitute-add"
                >
                  {t('catalog.entry.addSubstitute')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </FlaggedBlock>
      {mustSubmit && (
        <FlaggedBlock field="mustSubmitReason">
          <Form.Item
            label={t('catalog.entry.mustSubmitReason')}
            name="mustSubmitReason"
            extra={t('catalog.entry.mustSubmitReasonHint')}
            rules={[{ max: 1000 }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={1000}
              data-testid="entry-must-submit-reason"
            />
          </Form.Item>
        </FlaggedBlock>
      )}
    </Card>
  );
}
