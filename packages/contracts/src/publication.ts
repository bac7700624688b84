import { type Static, Type } from '@sinclair/typebox';
import { IsoDate, Name, Timestamp, Uuid } from './common';
import { ListName, ListVersionView, PublishedEntry, PublishedMeta } from './catalog';
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

/** The body of a region-wide step (close the consultation, approve). */
export const StageComment = Type.Object(
  { comment: Type.Optional(Type.String({ maxLength: 2000, description: '说明' })) },
  { additionalProperties: false },
);
export type StageComment = Static<typeof StageComment>;

export const StageMoved = Type.Object({ moved: Type.Integer({ description: '本次流转的证明事项数' }) });
export type StageMoved = Static<typeof StageMoved>;

export const PublishListsBody = Type.Object(
  { documentNumber: PublishedMeta.properties.documentNumber, effectiveDate: IsoDate },
  { additionalProperties: false },
);
export type PublishListsBody = Static<typeof PublishListsBody>;

export const ListsPublished = Type.Object({ id: Uuid, versionNo: Type.Integer(), entries: Type.Integer() });
export type ListsPublished = Static<typeof ListsPublished>;

export const VersionWithEntriesView = Type.Object({ version: ListVersionView, entries: Type.Array(PublishedEntry) });
export type VersionWithEntriesView = Static<typeof VersionWithEntriesView>;

export const VersionDiffQuery = Type.Object({ against: Uuid }, { additionalProperties: false });
export type VersionDiffQuery = Static<typeof VersionDiffQuery>;

/** Which list of a version to read; all three when left out. */
export const ListQuery = Type.Object({ list: Type.Optional(ListName) }, { additionalProperties: false });
export type ListQuery = Static<typeof ListQuery>;

/** The PDF is one list at a time. */
export const OneListQuery = Type.Object({ list: ListName }, { additionalProperties: false });
export type OneListQuery = Static<typeof OneListQuery>;

export const EffectiveListsView = Type.Object({
  regionCode: RegionCode,
  chain: Type.Array(RegionCode),
  entries: Type.Array(PublishedEntry),
});
export type EffectiveListsView = Static<typeof EffectiveListsView>;
