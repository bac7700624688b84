import type { PublicProof } from '@pfc/contracts';
import { Typography } from 'antd';
import { useT } from '../../../../app/prefs';
import { verdictStyle } from '../../search/components/verdict';
import { VerdictTag } from '../../search/components/VerdictTag';

/** The one-sentence answer, big and first, then what to do about it. */
export function AnswerBanner({ proof }: { proof: PublicProof }) {
  const t = useT();
  const style = verdictStyle(proof.answer.verdict);
  return (
    <section
      aria-label={t('proof.answerTitle')}
      className="pfc-proof-answer"
      style={{
        background: style.background,
        borderInlineStart: `6px solid ${style.color}`,
        borderRadius: 8,
        padding: '16px 18px',
        marginBottom: 16,
      }}
    >
      <VerdictTag verdict={proof.answer.verdict} />
      <p
        data-testid="proof-answer"
        style={{ color: style.color, fontSize: '1.45em', fontWeight: 600, lineHeight: 1.45, margin: '10px 0 0' }}
      >
        {proof.answer.sentence}
      </p>
      <Typography.Title level={3} style={{ fontSize: '1.1em', margin: '16px 0 4px' }}>
        {t('proof.whatToDo')}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: '1.1em', marginBottom: 0 }} data-testid="proof-what-to-do">
        {proof.answer.whatToDo}
      </Typography.Paragraph>
    </section>
  );
}
