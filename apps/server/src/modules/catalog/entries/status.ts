/**
 * The clean-up workflow of one proof entry (seed 002 §三): register → unit review → legality and
 * policy review → public consultation → leadership approval → publication. Pure: who may move an
 * entry where, and nothing else.
 */
import type { EntryStatus } from '@pfc/contracts';

export type { EntryStatus };

export type EntryAction =
  | 'submit'
  | 'unit_approve'
  | 'unit_send_back'
  | 'review_partial'
  | 'review_complete'
  | 'review_send_back'
  | 'close_consultation'
  | 'leadership_approve'
  | 'leadership_send_back'
  | 'publish'
  | 'withdraw';

export const TRANSITIONS: Record<EntryAction, { from: readonly EntryStatus[]; to: EntryStatus }> = {
  /** 事项梳理员 proposes the disposition (附件4) to the unit head. */
  submit: { from: ['draft', 'sent_back'], to: 'unit_review' },
  /** 单位负责人 passes it on to the Justice Bureau and the service centre. */
  unit_approve: { from: ['unit_review'], to: 'joint_review' },
  unit_send_back: { from: ['unit_review'], to: 'sent_back' },
  /** One of the two reviews approved; the entry waits for the other. */
  review_partial: { from: ['joint_review'], to: 'joint_review' },
  /** Both legality (司法局) and policy (政务服务中心) reviews approved. */
  review_complete: { from: ['joint_review'], to: 'consultation' },
  review_send_back: { from: ['joint_review'], to: 'sent_back' },
  close_consultation: { from: ['consultation'], to: 'approval' },
  /** 领导小组 approves the lists. */
  leadership_approve: { from: ['approval'], to: 'approved' },
  leadership_send_back: { from: ['approval'], to: 'sent_back' },
  publish: { from: ['approved'], to: 'published' },
  withdraw: { from: ['draft', 'sent_back'], to: 'withdrawn' },
};

export function canTransition(status: string, action: EntryAction): boolean {
  return (TRANSITIONS[action].from as readonly string[]).includes(status);
}

/** Entries whose content can still be edited by their unit. */
export const EDITABLE: readonly EntryStatus[] = ['draft', 'sent_back'];

export const STATUS_LABELS: Record<EntryStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  unit_review: { zh: '单位内部审核', en: 'Unit review' },
  joint_review: { zh: '合法性及政策性审查', en: 'Legality and policy review' },
  sent_back: { zh: '退回修改', en: 'Sent back' },
  consultation: { zh: '征求意见', en: 'Public consultation' },
  approval: { zh: '领导小组审定', en: 'Leadership approval' },
  approved: { zh: '已审定待公布', en: 'Approved' },
  published: { zh: '已公布', en: 'Published' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};
