import { CopyOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { useT } from '../../app/prefs';

/** The recovery codes, shown once after enrolment, with copy and print. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const text = codes.join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t('mfa.copied'));
    } catch {
      // Plain-http intranet pages have no clipboard API: the codes stay selectable on screen.
      void message.info(text);
    }
  };
  return (
    <div data-testid="recovery-codes">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('mfa.recoveryTitle')}
      </Typography.Title>
      <Alert type="warning" showIcon title={t('mfa.recoveryShownOnce')} style={{ marginBottom: 16 }} />
      <ol
        className="pfc-recovery-codes"
        style={{
          columns: 2,
          columnGap: 24,
          fontFamily: 'monospace',
          fontSize: 16,
          paddingInlineStart: 28,
          margin: '0 0 16px',
        }}
      >
        {codes.map((c) => (
          <li key={c} style={{ padding: '2px 0' }}>
            <Typography.Text style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 16 }}>
              {c}
            </Typography.Text>
          </li>
        ))}
      </ol>
      <Flex gap={8} wrap>
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('mfa.copy')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('mfa.print')}
        </Button>
        <Button type="primary" onClick={onDone} data-testid="recovery-done">
          {t('mfa.saved')}
        </Button>
      </Flex>
    </div>
  );
}
