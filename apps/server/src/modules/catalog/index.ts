/** The catalogue. Other modules use only what is exported here. */
export { latestVersions, adoptions, publishedEntriesOf, latestVersionsWith, type LatestVersion } from './published';
export { adoptionChain } from './publication';
