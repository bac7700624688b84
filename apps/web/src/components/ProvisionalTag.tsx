import { Tag, Tooltip } from 'antd';
import { useT } from '../app/prefs';

/**
 * 「暂定」 beside a deadline counted over a year whose holiday notice is not entered yet: the law's
 * holidays are counted, the notice's 调休 cannot be, and the date is recounted once it is entered.
 */
export function ProvisionalTag({ testId = 'deadline-provisional' }: { testId?: string }) {
  const t = useT();
  return (
    <Tooltip title={t('deadline.provisionalTip')}>
      <Tag
        color="gold"
        data-testid={testId}
        tabIndex={0}
        style={{ marginInlineStart: 6, marginInlineEnd: 0, cursor: 'help' }}
      >
        {t('deadline.provisional')}
      </Tag>
    </Tooltip>
  );
}
