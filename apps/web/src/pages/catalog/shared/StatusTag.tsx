import { Tag } from 'antd';
import { useT } from '../../../app/prefs';
import { isEntryStatus, STATUS_COLORS, statusKey } from './status';

/** The clean-up stage of a proof entry as a coloured tag, in the UI language. */
export function StatusTag({ status }: { status: string }) {
  const t = useT();
  if (!isEntryStatus(status)) return <Tag>{status}</Tag>;
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="entry-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(statusKey(status))}
    </Tag>
  );
}
