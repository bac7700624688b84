import type { PublicProof } from '@pfc/contracts';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../../app/prefs';
import { verdictStyle } from './verdict';
import { VerdictTag } from './VerdictTag';

/** One answer in the result list: what the proof is called, the verdict and where it was decided. */
export function ResultCard({ proof, region }: { proof: PublicProof; region: string | undefined }) {
  const t = useT();
  const href = region ? `/proofs/${proof.entryId}?region=${region}` : `/proofs/${proof.entryId}`;
  const style = verdictStyle(proof.answer.verdict);
  return (
    <Card size="small" data-testid="search-result" style={{ borderInlineStart: `4px solid ${style.color}` }}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Link to={href} data-testid="search-result-link" style={{ fontSize: '1.15em', fontWeight: 600, minWidth: 0 }}>
          {proof.name}
        </Link>
        <VerdictTag verdict={proof.answer.verdict} />
      </Flex>
      <Typography.Paragraph style={{ margin: '8px 0', color: style.color }} data-testid="search-result-sentence">
        {proof.answer.sentence}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.92em' }}>
        {t('search.unit')}：{proof.unitName}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.92em' }}>
        {t('search.source')}：
        {t('search.sourceText', { documentNumber: proof.source.documentNumber, date: proof.source.effectiveDate })}
      </Typography.Text>
      <Link to={href} style={{ display: 'inline-block', marginTop: 8 }}>
        {t('search.open')}
      </Link>
    </Card>
  );
}
