import { EyeOutlined } from '@ant-design/icons';
import type { ProofOption } from '@pfc/contracts';
import { Alert, Card, Checkbox, Flex, Radio, Typography } from 'antd';
import { useT } from '../../../../app/prefs';
import { PathTag } from '../../shared/labels';

export interface ChoiceState {
  choice?: 'commitment' | 'submit';
  consent: boolean;
}

/** Why a proof's choice cannot be sent yet, or null when it is complete. */
export type ChoiceProblem = 'choose' | 'consent' | null;

export function choiceProblem(proof: ProofOption, state: ChoiceState | undefined): ChoiceProblem {
  if (proof.path !== 'commitment') return null;
  if (!state?.choice) return 'choose';
  if (state.choice === 'commitment' && proof.disclosure && !state.consent) return 'consent';
  return null;
}

/**
 * One proof of the item: its path as a coloured tag with the one-sentence note; for a proof that
 * a commitment can replace, the choice. Where the signed letter would be published, the notice
 * comes before the choice, so nobody learns it after signing.
 */
export function ProofChoiceCard({
  proof,
  eligible,
  state,
  onChange,
  showProblem,
}: {
  proof: ProofOption;
  eligible: boolean;
  state: ChoiceState | undefined;
  onChange: (next: ChoiceState) => void;
  showProblem: boolean;
}) {
  const t = useT();
  const current: ChoiceState = state ?? { consent: false };
  const problem = showProblem ? choiceProblem(proof, state) : null;
  const choosable = proof.path === 'commitment';
  return (
    <Card
      size="small"
      data-testid="apply-proof"
      data-entry={proof.entryId}
      data-path={proof.path}
      style={problem ? { borderColor: '#ff4d4f' } : undefined}
    >
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center" justify="space-between">
          <Typography.Text strong style={{ wordBreak: 'break-word' }}>
            {proof.name}
          </Typography.Text>
          <PathTag path={proof.path} />
        </Flex>
        <Typography.Text data-testid="apply-proof-note">{proof.note}</Typography.Text>
        {proof.content && (
          <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
            {t('apply.proofContent')}：{proof.content}
          </Typography.Text>
        )}
        {choosable && eligible && proof.disclosure && (
          <Alert
            type="info"
            showIcon
            icon={<EyeOutlined />}
            title={t('apply.disclosureNotice')}
            data-testid="apply-disclosure-notice"
          />
        )}
        {choosable && (
          <Radio.Group
            value={current.choice}
            onChange={(e) => onChange({ ...current, choice: e.target.value as ChoiceState['choice'] })}
            aria-label={t('apply.chooseFor', { name: proof.name })}
            data-testid="apply-choice"
          >
            <Flex vertical gap={6}>
              <Radio value="commitment" disabled={!eligible} data-testid="apply-choice-commitment">
                {t('apply.choiceCommitment')}
              </Radio>
              <Radio value="submit" data-testid="apply-choice-submit">
                {t('apply.choiceSubmit')}
              </Radio>
            </Flex>
          </Radio.Group>
        )}
        {choosable && eligible && proof.disclosure && current.choice === 'commitment' && (
          <Checkbox
            checked={current.consent}
            onChange={(e) => onChange({ ...current, consent: e.target.checked })}
            data-testid="apply-consent"
          >
            {t('apply.consent')}
          </Checkbox>
        )}
        {problem && (
          <Typography.Text type="danger" role="alert" data-testid="apply-proof-problem">
            {t(problem === 'choose' ? 'apply.problemChoose' : 'apply.problemConsent')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
