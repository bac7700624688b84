import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useT } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';
import { useVerifyAudit } from '../queries';

/** 校验审计链: recomputes every hash chain on the server and reports the first break. */
export function VerifyPanel() {
  const t = useT();
  const verify = useVerifyAudit();
  const r = verify.data;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Button icon={<SafetyCertificateOutlined />} onClick={() => verify.mutate()} loading={verify.isPending} data-testid="audit-verify">
          {t('audit.verify')}
        </Button>
      </div>
      <div aria-live="polite">
        {verify.isError && <Alert type="error" showIcon title={errorMessage(verify.error)} />}
        {r && r.ok && (
          <Alert type="success" showIcon title={t('audit.verifyOk', { chains: r.chains, events: r.events })} data-testid="audit-verify-result" />
        )}
        {r && !r.ok && (
          <Alert
            type="error"
            showIcon
            data-testid="audit-verify-result"
            title={t('audit.verifyBroken', { chains: r.chains, events: r.events })}
            description={
              r.firstProblem &&
              t('audit.firstProblem', { chain: r.firstProblem.chainId, seq: r.firstProblem.seq, event: r.firstProblem.eventId ?? '—', reason: r.firstProblem.reason })
            }
          />
        )}
      </div>
    </Flex>
  );
}
