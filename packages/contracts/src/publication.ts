import { type Static, Type } from '@sinclair/typebox';
import { Name, Timestamp } from './common';
import { ListVersionView } from './catalog';
import { RegionCode } from './org';

/** 承接: an upper-level region whose published lists apply in this region too. */
export const AdoptionView = Type.Object({
  regionCode: RegionCode,
  regionName: Type.String({ description: '被承接的上级区划名称' }),
  documentNumber: Type.String({ description: '承接文件文号（可为空）' }),
  adoptedAt: Timestamp,
  latestVersion: Type.Union([ListVersionView, Type.Null()], {
    description: '被承接区划现行的最新版本；尚未公布清单时为空',
  }),
});
export type AdoptionView = Static<typeof AdoptionView>;

/** An upper-level region that has published lists and so can be adopted. */
export const AdoptionCandidate = Type.Object({
  regionCode: RegionCode,
  regionName: Type.String({ description: '上级区划名称' }),
  latestVersion: ListVersionView,
});
export type AdoptionCandidate = Static<typeof AdoptionCandidate>;

export const RegionAdoptionsView = Type.Object({
  regionCode: RegionCode,
  adoptions: Type.Array(AdoptionView, { description: '本区划目前承接的上级清单，近者在前' }),
  candidates: Type.Array(AdoptionCandidate, { description: '已公布清单、可供承接的上级区划，近者在前' }),
});
export type RegionAdoptionsView = Static<typeof RegionAdoptionsView>;

export const AdoptionBody = Type.Object(
  {
    adoptsRegionCode: RegionCode,
    documentNumber: Name(100, '承接文件文号（可为空）', 0),
  },
  { additionalProperties: false },
);
export type AdoptionBody = Static<typeof AdoptionBody>;
