import { registerProvisionalDeadlines } from './platform/calendar/deadlines';
import { applicationDeadlines } from './modules/applications';
import { adjustmentDeadlines } from './modules/catalog';
import { verificationDeadlines } from './modules/verification';

/**
 * Every module that stores a working-day deadline registers its recount with the calendar here (a
 * new module adds one line): when an administrator enters an official year, its provisional
 * deadlines are counted again. Called by preparePlatform, so servers, workers, the CLI and tests
 * all have the same list.
 */
export function registerModuleDeadlines(): void {
  for (const owner of [applicationDeadlines, adjustmentDeadlines, verificationDeadlines])
    registerProvisionalDeadlines(owner);
}
