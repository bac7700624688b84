import { CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { RuleFinding } from '@pfc/contracts';
import { Flex, Typography } from 'antd';
import { createContext, type ReactNode, useContext } from 'react';

const FindingsContext = createContext<readonly RuleFinding[]>([]);

export function FindingsProvider({ findings, children }: { findings: readonly RuleFinding[]; children: ReactNode }) {
  return <FindingsContext.Provider value={findings}>{children}</FindingsContext.Provider>;
}

/** Errors first, then warnings; within a level the rule table's order (the server's) is kept. */
export function sortFindings(findings: readonly RuleFinding[]): RuleFinding[] {
  return [...findings.filter((f) => f.level === 'error'), ...findings.filter((f) => f.level === 'warning')];
}

/** The findings that point at one field of the form, and the colour that field should take. */
export function useFieldFindings(field: string): { findings: RuleFinding[]; status: 'error' | 'warning' | undefined } {
  const all = useContext(FindingsContext);
  const findings = sortFindings(all.filter((f) => f.field === field));
  const status = findings.length === 0 ? undefined : findings[0]?.level;
  return { findings, status };
}

/** DOM id of the block a field's findings are shown in, for the panel's 定位 links. */
export const findingAnchor = (field: string) => `entry-field-${field}`;

/** The rule-check messages about one field, right under it. */
export function FieldFindings({ field }: { field: string }) {
  const { findings } = useFieldFindings(field);
  if (findings.length === 0) return null;
  return (
    <Flex
      vertical
      gap={2}
      style={{ marginTop: 4 }}
      data-testid={`field-findings-${field}`}
      data-level={findings[0]?.level}
    >
      {findings.map((f) => (
        <Typography.Text key={f.code} type={f.level === 'error' ? 'danger' : 'warning'} style={{ fontSize: '0.92em' }}>
          {f.level === 'error' ? <CloseCircleFilled /> : <ExclamationCircleFilled />} {f.message}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/**
 * A block of the form (a list such as 设定依据) outlined in red or orange while the rule check has
 * something to say about it.
 */
export function FlaggedBlock({ field, children }: { field: string; children: ReactNode }) {
  const { status } = useFieldFindings(field);
  return (
    <div
      id={findingAnchor(field)}
      className={status ? `pfc-flag pfc-flag-${status}` : undefined}
      data-testid={`field-${field}`}
      data-flag={status ?? 'none'}
    >
      {children}
      <FieldFindings field={field} />
    </div>
  );
}
