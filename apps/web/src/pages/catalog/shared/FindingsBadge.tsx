import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import type { RuleFinding } from '@pfc/contracts';
import { Flex, Tag, Tooltip } from 'antd';
import { useT } from '../../../app/prefs';

/** Counts of the rule check's errors (red) and warnings (orange); a green tick when there are none. */
export function FindingsBadge({ findings }: { findings: readonly RuleFinding[] }) {
  const t = useT();
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length === 0) {
    return (
      <Tag
        color="success"
        icon={<CheckCircleOutlined />}
        data-testid="findings-badge"
        data-errors={0}
        data-warnings={0}
      >
        {t('catalog.findings.none')}
      </Tag>
    );
  }
  return (
    <Tooltip title={findings.map((f) => f.message).join('\n')} styles={{ container: { whiteSpace: 'pre-line' } }}>
      <Flex gap={4} wrap={false} data-testid="findings-badge" data-errors={errors} data-warnings={warnings}>
        {errors > 0 && (
          <Tag
            color="error"
            icon={<CloseCircleOutlined />}
            style={{ marginInlineEnd: 0 }}
            aria-label={t('catalog.findings.errorsAria', { n: errors })}
          >
            {errors}
          </Tag>
        )}
        {warnings > 0 && (
          <Tag
            color="warning"
            icon={<ExclamationCircleOutlined />}
            style={{ marginInlineEnd: 0 }}
            aria-label={t('catalog.findings.warningsAria', { n: warnings })}
          >
            {warnings}
          </Tag>
        )}
      </Flex>
    </Tooltip>
  );
}
