/** Public search of the published lists. Other modules use only what is exported here. */
export { SearchService, SEARCH_CHANNEL } from './service';
export { searchRoutes } from './routes';
export { verdictOf, answerFor } from './answer';
