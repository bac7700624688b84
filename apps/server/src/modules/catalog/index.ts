/** The catalogue. Other modules use only what is exported here. */
export {
  latestVersions,
  adoptions,
  publishedEntryPages,
  latestVersionsWith,
  type LatestVersion,
  publishedChangesSince,
  publishedEntriesIn,
  type PublishedRow,
  serviceItemFacts,
} from './published';
export { effectiveEntries, effectiveEntriesForItem } from './versions';
export { adoptionChain } from './publication';
export { adjustmentDeadlines } from './adjustment-deadlines';
