import type { AuditVerifyView } from '@pfc/contracts';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useT } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';
import { useVerifyAudit } from '../queries';

/** Every place that does not fit, the first 20 shown (the server lists up to 1,000). */
function ProblemList({ report }: { report: AuditVerifyView }) {
  const t = useT();
  const shown = report.problems.slice(0, 20);
  return (
    <div>
      <div>{t('audit.problemCount', { count: report.problemCount })}</div>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {shown.map((p) => (
          <li key={`${p.chainId}-${p.seq}-${p.eventId ?? 'head'}`}>
            {t('audit.problem', {
              chain: p.chainId,
              seq: p.seq,
              event: p.eventId ?? '—',
              reason: p.reasons.join(', '),
            })}
          </li>
        ))}
      </ul>
      {report.problemCount > shown.length && (
        <div>{t('audit.moreProblems', { count: report.problemCount - shown.length })}</div>
      )}
    </div>
  );
}

/** 校验审计链: recomputes every hash chain on the server and lists every break. */
export function VerifyPanel() {
  const t = useT();
  const verify = useVerifyAudit();
  const r = verify.data;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Button
          icon={<SafetyCertificateOutlined />}
          onClick={() => verify.mutate()}
          loading={verify.isPending}
          data-testid="audit-verify"
        >
          {t('audit.verify')}
        </Button>
      </div>
      <div aria-live="polite">
        {verify.isError && <Alert type="error" showIcon title={errorMessage(verify.error)} />}
        {r && r.ok && (
          <Alert
            type="success"
            showIcon
            title={t('audit.verifyOk', { chains: r.chains, events: r.events })}
            data-testid="audit-verify-result"
          />
        )}
        {r && !r.ok && (
          <Alert
            type="error"
            showIcon
            data-testid="audit-verify-result"
            title={t('audit.verifyBroken', { chains: r.chains, events: r.events })}
            description={<ProblemList report={r} />}
          />
        )}
      </div>
    </Flex>
  );
}
