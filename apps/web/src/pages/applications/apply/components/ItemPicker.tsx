import { SwapOutlined } from '@ant-design/icons';
import type { ApplicableItem } from '@pfc/contracts';
import { Button, Card, Empty, Flex, Input, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../../app/prefs';

/** How many items show before the visitor narrows the list by typing. */
const SHOWN = 30;

function ItemRow({ item, onPick }: { item: ApplicableItem; onPick: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      onClick={onPick}
      data-testid="apply-item"
      data-id={item.id}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'start',
        background: '#fff',
        border: '1px solid #e8e8e8',
        borderRadius: 8,
        padding: '10px 12px',
        cursor: 'pointer',
        font: 'inherit',
        color: 'inherit',
      }}
    >
      <div style={{ minWidth: 0 }}>
        <Typography.Text strong style={{ display: 'block', wordBreak: 'break-word' }} data-testid="apply-item-name">
          {item.name}
        </Typography.Text>
        <Flex gap={6} wrap align="center" style={{ marginTop: 4 }}>
          <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
            {item.unitName}
          </Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{t('apply.proofCount', { count: item.proofs })}</Tag>
          {item.commitmentProofs > 0 && (
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {t('apply.commitmentCount', { count: item.commitmentProofs })}
            </Tag>
          )}
        </Flex>
      </div>
    </button>
  );
}

/** The service items in force in the region, narrowed as one types; collapses to the chosen one. */
export function ItemPicker({
  items,
  loading,
  value,
  onChange,
}: {
  items: ApplicableItem[] | undefined;
  loading: boolean;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const chosen = items?.find((i) => i.id === value);
  const matching = useMemo(() => {
    const words = filter.trim().toLowerCase();
    const list = items ?? [];
    return words ? list.filter((i) => `${i.name} ${i.code} ${i.unitName}`.toLowerCase().includes(words)) : list;
  }, [items, filter]);

  if (chosen) {
    return (
      <Card size="small" data-testid="apply-item-chosen">
        <Flex gap={8} align="flex-start" justify="space-between" wrap>
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Text strong style={{ display: 'block', wordBreak: 'break-word' }}>
              {chosen.name}
            </Typography.Text>
            <Typography.Text type="secondary">{chosen.unitName}</Typography.Text>
          </div>
          <Button icon={<SwapOutlined />} onClick={() => onChange(undefined)} data-testid="apply-item-change">
            {t('apply.changeItem')}
          </Button>
        </Flex>
      </Card>
    );
  }
  return (
    <div data-testid="apply-items">
      <Input.Search
        allowClear
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={t('apply.itemFilter')}
        aria-label={t('apply.itemFilter')}
        style={{ marginBottom: 12 }}
        data-testid="apply-item-filter"
      />
      {loading && <Skeleton active />}
      {!loading && matching.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('apply.noItems')} />
      )}
      <Flex vertical gap={8}>
        {matching.slice(0, SHOWN).map((item) => (
          <ItemRow key={item.id} item={item} onPick={() => onChange(item.id)} />
        ))}
      </Flex>
      {matching.length > SHOWN && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('apply.moreItems', { count: matching.length - SHOWN })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
