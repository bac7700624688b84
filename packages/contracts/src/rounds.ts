import { type Static, Type } from '@sinclair/typebox';
import { IsoDate, Name, Timestamp, Uuid } from './common';
import { RegionCode } from './org';

/** The stages of a clean-up round that carry a due date (seed 002 §三: each step has a deadline). */
export const ROUND_STAGES = [
  'registration',
  'unit_review',
  'joint_review',
  'consultation',
  'approval',
  'publication',
] as const;
export type RoundStage = (typeof ROUND_STAGES)[number];

export const RoundDueDates = Type.Object(
  Object.fromEntries(ROUND_STAGES.map((s) => [s, IsoDate])) as Record<RoundStage, typeof IsoDate>,
  {
    additionalProperties: false,
    description:
      'registration 登记 · unit_review 内部审核 · joint_review 合法性政策性审查 · consultation 征求意见 · approval 审定 · publication 公布',
  },
);
export type RoundDueDates = Static<typeof RoundDueDates>;

export const RoundOpen = Type.Object(
  { regionCode: RegionCode, title: Name(100, '名称'), dueDates: RoundDueDates },
  { additionalProperties: false },
);
export type RoundOpen = Static<typeof RoundOpen>;

/** 清理轮次 */
export const RoundView = Type.Object({
  id: Uuid,
  regionCode: RegionCode,
  title: Type.String(),
  stage: Type.String(),
  dueDates: Type.Record(Type.String(), IsoDate),
  createdAt: Timestamp,
});
export type RoundView = Static<typeof RoundView>;
export const RoundList = Type.Array(RoundView);

export const RoundsQuery = Type.Object({ regionCode: RegionCode }, { additionalProperties: false });
export type RoundsQuery = Static<typeof RoundsQuery>;

/** A proof entry past its stage's due date, on the dashboard of its unit (or region). */
export const OverdueEntryView = Type.Object({
  entryId: Uuid,
  name: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  roundTitle: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  stage: Type.String(),
  due: IsoDate,
});
export type OverdueEntryView = Static<typeof OverdueEntryView>;
export const OverdueEntryList = Type.Array(OverdueEntryView);
