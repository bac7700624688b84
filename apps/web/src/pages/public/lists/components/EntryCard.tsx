import { BASIS_RANKS, type ListName, type PublishedEntry, SUBSTITUTE_METHODS } from '@pfc/contracts';
import { Card, Descriptions, Typography } from 'antd';
import { enumLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';

/** One published proof: a card, readable on a phone. */
export function EntryCard({ entry, list }: { entry: PublishedEntry; list: ListName }) {
  const { t, lang } = usePrefs();
  const items = [
    { key: 'unit', label: t('lists.unit'), children: entry.unitName },
    list === 'cancelled'
      ? { key: 'reason', label: t('lists.cancelReason'), children: entry.cancelReason || '—' }
      : {
          key: 'basis',
          label: t('lists.basis'),
          children:
            entry.legalBasis
              .map((b) => `${b.instrument} ${b.article}（${enumLabel(BASIS_RANKS, b.rank, lang)}）`)
              .join('；') || '—',
        },
    {
      key: 'subs',
      label: t('lists.substitutes'),
      children:
        entry.substitutes
          .map((s) => enumLabel(SUBSTITUTE_METHODS, s.method, lang) + (s.note ? `：${s.note}` : ''))
          .join('；') || '—',
    },
    { key: 'items', label: t('lists.serviceItems'), children: entry.serviceItems.map((i) => i.name).join('、') || '—' },
    // Only the effective (承接) view says where an entry comes from.
    ...(entry.source
      ? [
          {
            key: 'source',
            label: t('lists.effective.source'),
            children: t('lists.effective.sourceText', {
              name: entry.source.regionName,
              n: entry.source.versionNo,
              documentNumber: entry.source.documentNumber,
            }),
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      data-testid="list-entry"
      title={
        <Typography.Text strong style={{ whiteSpace: 'normal' }}>
          {entry.name}
        </Typography.Text>
      }
    >
      <Descriptions size="small" column={1} items={items} />
    </Card>
  );
}
