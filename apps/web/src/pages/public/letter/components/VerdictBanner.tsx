import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, MinusCircleFilled } from '@ant-design/icons';
import type { LetterCheck } from '@pfc/contracts';
import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../../app/format';
import { useT } from '../../../../app/prefs';
import type { MessageKey } from '../../../../locales/zh-CN';

const STYLE: Record<LetterCheck['verdict'], { color: string; background: string; icon: ReactNode; label: MessageKey }> =
  {
    genuine: { color: '#237804', background: '#f6ffed', icon: <CheckCircleFilled />, label: 'verify.genuine' },
    withdrawn: { color: '#ad4e00', background: '#fff7e6', icon: <MinusCircleFilled />, label: 'verify.withdrawn' },
    altered: { color: '#a8071a', background: '#fff1f0', icon: <CloseCircleFilled />, label: 'verify.altered' },
    unsigned: { color: '#595959', background: '#fafafa', icon: <ExclamationCircleFilled />, label: 'verify.unsigned' },
  };

/** The answer first and big — 真实有效 / 已撤回 / 与存档不一致 — then what the platform holds (masked). */
export function VerdictBanner({ check }: { check: LetterCheck }) {
  const t = useT();
  const style = STYLE[check.verdict];
  return (
    <section
      aria-live="polite"
      data-testid="verify-result"
      data-verdict={check.verdict}
      style={{
        background: style.background,
        borderInlineStart: `6px solid ${style.color}`,
        borderRadius: 8,
        padding: '16px 18px',
      }}
    >
      <p
        style={{ color: style.color, fontSize: '1.8em', fontWeight: 700, margin: 0, lineHeight: 1.3 }}
        data-testid="verify-verdict"
      >
        {style.icon} {t(style.label)}
      </p>
      {check.message && (
        <Typography.Paragraph style={{ fontSize: '1.05em', margin: '8px 0 12px' }} data-testid="verify-message">
          {check.message}
        </Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'number',
            label: t('verify.number'),
            children: <span style={{ wordBreak: 'break-all' }}>{check.number}</span>,
          },
          { key: 'applicant', label: t('verify.applicant'), children: check.applicant },
          { key: 'item', label: t('verify.serviceItem'), children: check.serviceItemName },
          { key: 'proof', label: t('verify.proof'), children: check.proofName },
          { key: 'unit', label: t('verify.unit'), children: check.unitName },
          {
            key: 'signed',
            label: t('verify.signedAt'),
            children: check.signedAt
              ? `${formatDateTime(check.signedAt)}${check.signMethod ? ` · ${t(check.signMethod === 'paper' ? 'verify.methodPaper' : 'verify.methodElectronic')}` : ''}`
              : '—',
          },
          {
            key: 'sm3',
            label: t('verify.digest'),
            children: (
              <Typography.Text code style={{ wordBreak: 'break-all', fontSize: '0.85em' }}>
                {check.sm3}
              </Typography.Text>
            ),
          },
          {
            key: 'sig',
            label: t('verify.signature'),
            children: (
              <Typography.Text type={check.signatureValid ? 'success' : 'danger'} data-testid="verify-signature">
                {t(check.signatureValid ? 'verify.signatureValid' : 'verify.signatureInvalid')}
              </Typography.Text>
            ),
          },
        ]}
      />
    </section>
  );
}
