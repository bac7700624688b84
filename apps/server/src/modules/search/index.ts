/** Public search of the published lists. Other modules use only what is exported here. */
import type { Module } from '../../platform/module';
import { SEARCH_POLICIES } from './policy';
import { searchRoutes } from './routes';
import { startSearch } from './setup';

export { SearchService, SEARCH_CHANNEL } from './service';
export { searchRoutes } from './routes';
export { verdictOf, answerFor } from './answer';
export { SEARCH_POLICIES } from './policy';
export { createSynonyms } from './synonyms';

/** Search in the module list: its index starts before the routes that answer from it. */
export const searchModule: Module = {
  name: 'search',
  policies: SEARCH_POLICIES,
  setup: startSearch,
  routes: (api) => searchRoutes(api, api.searchIndex),
};
