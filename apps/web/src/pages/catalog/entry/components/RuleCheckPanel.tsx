import { AimOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { RuleFinding } from '@pfc/contracts';
import { Alert, Button, Card, Flex, Spin, Tag, Typography } from 'antd';
import { useT } from '../../../../app/prefs';
import { errorMessage } from '../../../../app/request';
import { findingAnchor, sortFindings } from './findings';

/**
 * The rule check (七个一律 and the attachment-4 rules): while editing, re-run on the server as the
 * officer types; for reviewers, the findings of the saved entry. Errors first.
 */
export function RuleCheckPanel({
  findings,
  checking,
  error,
  live,
}: {
  findings: readonly RuleFinding[];
  checking: boolean;
  error: unknown;
  /** Checking the unsaved form (true) or showing the saved entry's findings. */
  live: boolean;
}) {
  const t = useT();
  const sorted = sortFindings(findings);
  const errors = sorted.filter((f) => f.level === 'error').length;
  const warnings = sorted.length - errors;
  const jump = (field: string | null) => {
    if (!field) return;
    const el = document.getElementById(findingAnchor(field));
    el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    el?.querySelector<HTMLElement>('input, textarea, [tabindex="0"]')?.focus({ preventScroll: true });
  };
  return (
    <Card
      size="small"
      title={
        <Flex align="center" gap={8}>
          <SafetyCertificateOutlined />
          {t('catalog.check.title')}
        </Flex>
      }
      extra={
        checking ? (
          <Spin size="small" aria-label={t('catalog.check.checking')} />
        ) : live ? (
          <Typography.Text type="secondary">{t('catalog.check.live')}</Typography.Text>
        ) : null
      }
      style={{ marginBottom: 16 }}
      id="entry-rule-check"
      data-testid="rule-check"
      data-errors={errors}
      data-warnings={warnings}
      aria-busy={checking}
    >
      <div aria-live="polite">
        {error ? (
          <Alert type="warning" showIcon title={t('catalog.check.failed')} description={errorMessage(error)} />
        ) : errors > 0 ? (
          <Alert
            type="error"
            showIcon
            title={
              warnings > 0
                ? t('catalog.check.summaryErrorsWarnings', { errors, warnings })
                : t('catalog.check.summaryErrors', { errors })
            }
            data-testid="rule-check-summary"
          />
        ) : warnings > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('catalog.check.summaryWarnings', { warnings })}
            data-testid="rule-check-summary"
          />
        ) : (
          <Alert
            type="success"
            showIcon
            title={live ? t('catalog.check.clean') : t('catalog.check.cleanSaved')}
            data-testid="rule-check-summary"
          />
        )}
      </div>
      {sorted.length > 0 && (
        <ul className="pfc-findings">
          {sorted.map((f) => (
            <li key={f.code} data-testid="finding" data-code={f.code} data-level={f.level}>
              <Flex gap={4} wrap align="center" style={{ marginBottom: 4 }}>
                <Tag color={f.level === 'error' ? 'error' : 'warning'} style={{ marginInlineEnd: 0 }}>
                  {f.level === 'error' ? t('catalog.check.error') : t('catalog.check.warning')}
                </Tag>
                {f.rule !== null && (
                  <Tag style={{ marginInlineEnd: 0 }}>{t('catalog.check.ruleTag', { n: f.rule })}</Tag>
                )}
                {f.field && (
                  <Button
                    type="link"
                    size="small"
                    icon={<AimOutlined />}
                    onClick={() => jump(f.field)}
                    style={{ paddingInline: 4, marginInlineStart: 'auto' }}
                  >
                    {t('catalog.check.locate')}
                  </Button>
                )}
              </Flex>
              <Typography.Text>{f.message}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
