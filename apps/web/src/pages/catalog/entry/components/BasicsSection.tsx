import { Card, Form, Input, Select, Typography } from 'antd';
import { useT } from '../../../../app/prefs';
import { UnitSelect } from '../../../../components/UnitSelect';
import { ServiceItemSelect } from '../../shared/ServiceItemSelect';
import { FlaggedBlock } from './findings';

/** 证明名称、别名、证明内容、所需事项、开具单位 (附件4, first columns). */
export function BasicsSection({
  isNew,
  unitName,
  knownUnits,
}: {
  isNew: boolean;
  unitName?: string;
  knownUnits: Array<{ id: string; name: string }>;
}) {
  const t = useT();
  return (
    <Card title={t('catalog.entry.sectionBasics')} size="small" style={{ marginBottom: 16 }}>
      {isNew ? (
        <Form.Item
          label={t('catalog.entry.unit')}
          name="unitId"
          rules={[{ required: true, message: t('common.unitRequired') }]}
          extra={t('catalog.entry.unitHint')}
        >
          <UnitSelect known={knownUnits} data-testid="entry-unit" />
        </Form.Item>
      ) : (
        <Form.Item label={t('catalog.entry.unit')}>
          <Typography.Text data-testid="entry-unit-name">{unitName}</Typography.Text>
        </Form.Item>
      )}
      <FlaggedBlock field="name">
        <Form.Item
          label={t('catalog.entry.name')}
          name="name"
          extra={t('catalog.entry.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('catalog.entry.nameRequired') }, { max: 100 }]}
        >
          <Input maxLength={100} data-testid="entry-name" />
        </Form.Item>
      </FlaggedBlock>
      <FlaggedBlock field="aliases">
        <Form.Item label={t('catalog.entry.aliases')} name="aliases" extra={t('catalog.entry.aliasesHint')}>
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、', ';', '；']}
            maxCount={20}
            placeholder={t('catalog.entry.aliasesPlaceholder')}
            data-testid="entry-aliases"
          />
        </Form.Item>
      </FlaggedBlock>
      <FlaggedBlock field="content">
        <Form.Item
          label={t('catalog.entry.content')}
          name="content"
          extra={t('catalog.entry.contentHint')}
          rules={[{ max: 1000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="entry-content" />
        </Form.Item>
      </FlaggedBlock>
      <FlaggedBlock field="serviceItemIds">
        <Form.Item
          label={t('catalog.entry.serviceItems')}
          name="serviceItemIds"
          extra={t('catalog.entry.serviceItemsHint')}
        >
          <ServiceItemSelect data-testid="entry-service-items" />
        </Form.Item>
      </FlaggedBlock>
      <FlaggedBlock field="issuingUnitName">
        <Form.Item
          label={t('catalog.entry.issuingUnit')}
          name="issuingUnitName"
          extra={t('catalog.entry.issuingUnitHint')}
          rules={[{ required: true, whitespace: true, message: t('catalog.entry.issuingUnitRequired') }, { max: 100 }]}
        >
          <Input maxLength={100} data-testid="entry-issuing-unit" />
        </Form.Item>
      </FlaggedBlock>
    </Card>
  );
}
