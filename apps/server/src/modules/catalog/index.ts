/** The catalogue. Other modules use only what is exported here. */
import type { Module } from '../../platform/module';
import type { App } from '../../platform/http/schemas';
import { adjustmentRoutes } from './adjustment/routes';
import { filingOverdue } from './adjustment/adjustments';
import { adjustmentDeadlines } from './adjustment/deadlines';
import { catalogCli } from './cli';
import { consultationRoutes } from './consultation/routes';
import { loadCatalogDemo } from './demo';
import { excelRoutes } from './import-export/routes';
import { CATALOG_POLICIES } from './policy';
import { publicationRoutes } from './publication/routes';
import { roundRoutes } from './rounds/routes';
import { catalogRoutes } from './entries/routes';

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
} from './publication/published';
export { effectiveEntries, effectiveEntriesForItem } from './publication/versions';
export { adoptionChain, publishLists } from './publication/publication';
export { submitComment } from './consultation/consultation';
export { type ExportRow, exportInventory } from './excel';
export { adjustmentDeadlines } from './adjustment/deadlines';
export { CATALOG_POLICIES } from './policy';
export { DEMO_PROOF_ENTRIES, DEMO_SERVICE_ITEMS } from './demo/catalog-data';

/** Every catalogue route: items and entries, publication, consultation, adjustment, rounds, Excel. */
async function catalogPlugin(api: App): Promise<void> {
  await catalogRoutes(api);
  await publicationRoutes(api);
  await consultationRoutes(api);
  await adjustmentRoutes(api);
  await roundRoutes(api);
  await excelRoutes(api);
}

/** The catalogue in the module list. */
export const catalogModule: Module = {
  name: 'catalog',
  policies: CATALOG_POLICIES,
  routes: catalogPlugin,
  jobs: { 'catalog.filing_overdue': filingOverdue },
  deadlines: adjustmentDeadlines,
  demo: loadCatalogDemo,
  cli: catalogCli,
};
