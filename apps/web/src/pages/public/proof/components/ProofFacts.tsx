import { BASIS_RANKS, type PublicProof, SUBSTITUTE_METHODS } from '@pfc/contracts';
import { Card, Descriptions, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import { enumLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';

const LIST_KEYS = {
  retained: 'proof.list.retained',
  cancelled: 'proof.list.cancelled',
  commitment: 'proof.list.commitment',
} as const;

function Lines({ items, testId }: { items: ReactNode[]; testId?: string }) {
  if (items.length === 0) return <>—</>;
  if (items.length === 1) return <span data-testid={testId}>{items[0]}</span>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid={testId}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ol>
  );
}

/** Substitutes, legal basis, service items, units and the deciding document of one entry. */
/** `regionCode` is where the visitor asked; the entry may come from an upper level's adopted lists. */
export function ProofFacts({
  proof,
  regionCode,
  regionName,
}: {
  proof: PublicProof;
  regionCode: string;
  regionName: string;
}) {
  const { t, lang } = usePrefs();
  const mobile = !Grid.useBreakpoint().md;
  const substitutes = proof.substitutes.map(
    (s) => `${enumLabel(SUBSTITUTE_METHODS, s.method, lang)}${s.note ? `：${s.note}` : ''}`,
  );
  const basis = proof.legalBasis.map((b) => (
    <>
      {b.instrument} {b.article}
      <Typography.Text type="secondary">（{enumLabel(BASIS_RANKS, b.rank, lang)}）</Typography.Text>
    </>
  ));
  const items = [
    {
      key: 'subs',
      label: t('proof.substitutes'),
      children: proof.substitutes.length ? (
        <Lines items={substitutes} testId="proof-substitutes" />
      ) : (
        t('proof.noSubstitutes')
      ),
    },
    ...(proof.cancelReason ? [{ key: 'cancel', label: t('proof.cancelReason'), children: proof.cancelReason }] : []),
    ...(proof.mustSubmitReason
      ? [{ key: 'must', label: t('proof.mustSubmitReason'), children: proof.mustSubmitReason }]
      : []),
    {
      key: 'basis',
      label: t('proof.basis'),
      children: basis.length ? <Lines items={basis} testId="proof-basis" /> : t('proof.basisNone'),
    },
    { key: 'content', label: t('proof.content'), children: proof.content || '—' },
    ...(proof.aliases.length
      ? [{ key: 'aliases', label: t('proof.aliases'), children: proof.aliases.join('、') }]
      : []),
    {
      key: 'items',
      label: t('proof.serviceItems'),
      children: <Lines items={proof.serviceItems.map((i) => `${i.name}（${i.code}）`)} testId="proof-service-items" />,
    },
    { key: 'unit', label: t('proof.unit'), children: proof.unitName },
    { key: 'issuing', label: t('proof.issuingUnit'), children: proof.issuingUnitName || '—' },
    {
      key: 'lists',
      label: t('proof.lists'),
      children:
        proof.lists.map((l) => (l in LIST_KEYS ? t(LIST_KEYS[l as keyof typeof LIST_KEYS]) : l)).join('、') || '—',
    },
    {
      key: 'decided',
      label: t('proof.decidedBy'),
      children: (
        <span data-testid="proof-document">
          {t('proof.decidedByText', { documentNumber: proof.source.documentNumber, date: proof.source.effectiveDate })}
        </span>
      ),
    },
    {
      key: 'region',
      label: t('proof.region'),
      children: t(regionCode === proof.source.regionCode ? 'proof.regionText' : 'proof.regionAdopted', {
        region: regionName,
        source: proof.source.regionName,
        n: proof.source.versionNo,
      }),
    },
  ];
  return (
    <Card size="small" title={t('proof.details')}>
      <Descriptions
        size="small"
        column={1}
        bordered={!mobile}
        layout={mobile ? 'vertical' : 'horizontal'}
        items={items}
        styles={{ label: mobile ? { fontWeight: 600 } : { width: '28%' } }}
      />
    </Card>
  );
}
