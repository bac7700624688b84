import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { BASIS_RANKS, type BasisRank } from '@pfc/contracts';
import { Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { enumLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';
import { FlaggedBlock } from './findings';

const RANKS = Object.keys(BASIS_RANKS) as BasisRank[];

/** 设定依据: instrument, article and rank of each legal basis (rule 1 of the 七个一律 reads the ranks). */
export function LegalBasisSection({ readOnly }: { readOnly: boolean }) {
  const { t, lang } = usePrefs();
  return (
    <Card title={t('catalog.entry.legalBasis')} size="small" style={{ marginBottom: 16 }}>
      <FlaggedBlock field="legalBasis">
        <Form.List name="legalBasis">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12} data-testid="entry-legal-basis">
              {fields.length === 0 && (
                <Typography.Text type="secondary">{t('catalog.entry.noLegalBasis')}</Typography.Text>
              )}
              {fields.map((field, index) => {
                const label = t('catalog.entry.basisN', { n: index + 1 });
                return (
                  <div
                    key={field.key}
                    data-testid={`basis-${index}`}
                    style={{ borderBottom: '1px dashed #f0f0f0', paddingBottom: 4 }}
                  >
                    <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
                      <Typography.Text strong>{label}</Typography.Text>
                      {!readOnly && (
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          onClick={() => remove(field.name)}
                          aria-label={t('common.deleteOf', { item: label })}
                        >
                          {t('common.delete')}
                        </Button>
                      )}
                    </Flex>
                    <Row gutter={12}>
                      <Col xs={24} md={11}>
                        <Form.Item
                          label={t('catalog.entry.basisInstrument')}
                          name={[field.name, 'instrument']}
                          rules={[
                            { required: true, whitespace: true, message: t('catalog.entry.basisInstrumentRequired') },
                            { max: 200 },
                          ]}
                        >
                          <Input
                            maxLength={200}
                            placeholder={t('catalog.entry.basisInstrumentPlaceholder')}
                            data-testid={`basis-${index}-instrument`}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item
                          label={t('catalog.entry.basisArticle')}
                          name={[field.name, 'article']}
                          rules={[{ max: 100 }]}
                        >
                          <Input
                            maxLength={100}
                            placeholder={t('catalog.entry.basisArticlePlaceholder')}
                            data-testid={`basis-${index}-article`}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={7}>
                        <Form.Item
                          label={t('catalog.entry.basisRank')}
                          name={[field.name, 'rank']}
                          rules={[{ required: true, message: t('catalog.entry.basisRankRequired') }]}
                        >
                          <Select
                            options={RANKS.map((r) => ({ value: r, label: enumLabel(BASIS_RANKS, r, lang) }))}
                            popupMatchSelectWidth={false}
                            data-testid={`basis-${index}-rank`}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  </div>
                );
              })}
              {!readOnly && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ instrument: '', article: '' })}
                  disabled={fields.length >= 20}
                  data-testid="basis-add"
                >
                  {t('catalog.entry.addBasis')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </FlaggedBlock>
    </Card>
  );
}
