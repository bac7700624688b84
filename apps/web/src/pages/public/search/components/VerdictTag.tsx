import { VERDICTS } from '@pfc/contracts';
import { Tag } from 'antd';
import { enumLabel } from '../../../../app/labels';
import { usePrefs } from '../../../../app/prefs';
import { verdictStyle } from './verdict';

export function VerdictTag({ verdict }: { verdict: string }) {
  const { lang } = usePrefs();
  return (
    <Tag
      color={verdictStyle(verdict).tag}
      data-testid="verdict-tag"
      style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
    >
      {enumLabel(VERDICTS, verdict, lang)}
    </Tag>
  );
}
