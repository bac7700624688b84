import { ENTRY_STATUSES, type EntryStatus, type EntryTimelineItem } from '@pfc/contracts';
import type { MessageKey } from '../../../locales/zh-CN';

export { ENTRY_STATUSES, type EntryStatus };

/** Stages in which the unit can still change the entry. */
export const EDITABLE_STATUSES: readonly string[] = ['draft', 'sent_back'];

export const STATUS_COLORS: Record<EntryStatus, string> = {
  draft: 'default',
  unit_review: 'geekblue',
  joint_review: 'blue',
  sent_back: 'volcano',
  consultation: 'purple',
  approval: 'gold',
  approved: 'cyan',
  published: 'success',
  withdrawn: 'default',
};

export const isEntryStatus = (s: string): s is EntryStatus => (ENTRY_STATUSES as readonly string[]).includes(s);

export const statusKey = (s: EntryStatus): MessageKey => `catalog.status.${s}`;

/**
 * Which of the two joint reviews approved since the entry last entered joint review (the server
 * counts approvals after the latest unit approval the same way).
 */
export function jointReviewProgress(timeline: readonly EntryTimelineItem[]): { legal: boolean; policy: boolean } {
  let legal = false;
  let policy = false;
  for (const item of timeline) {
    if (item.stage === 'unit' && item.decision === 'approve') {
      legal = false;
      policy = false;
    }
    if (item.stage === 'legal' && item.decision === 'approve') legal = true;
    if (item.stage === 'policy' && item.decision === 'approve') policy = true;
  }
  return { legal, policy };
}
