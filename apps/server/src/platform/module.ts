import type { Policies } from './access/policies';
import type { CliCommand } from './cli';
import type { ProvisionalDeadlines } from './calendar/deadlines';
import type { Ctx, Platform } from './context';
import type { App } from './http/schemas';
import type { JobHandlers } from './jobs';

/**
 * Options of buildApp. A module that needs one of its own adds it by declaration merging (search:
 * `searchCache`), so the platform names no module.
 */
export interface AppOptions {
  logger?: boolean;
}

/** What the demo steps share: the loader's context and what earlier steps made. */
export interface DemoContext {
  /** A platform-wide administrator ('demo-loader'), so every step goes through the use cases. */
  ctx: Ctx;
  /** Demo units by their key in the demo data: org's step fills it, later steps read it. */
  units: Map<string, string>;
  /** The id of a demo unit made by an earlier step (throws if there is none). */
  unitId(key: string): string;
}

/**
 * One domain module as the app sees it. The module list (apps/server/src/modules.ts) names every
 * module once; the app, the job worker, the calendar's recount, the CLI and the demo loader walk it,
 * so adding a module is adding one line there.
 */
export interface Module {
  /** e.g. 'catalog': the first segment of its policy keys and audit actions. */
  readonly name: string;
  /** Who may call each of its routes (its policy.ts). */
  readonly policies: Policies;
  /**
   * Prepares what the module's routes need before any route is registered, on the root app (search:
   * starts its index, decorates `app.searchIndex` and stops it on close).
   */
  readonly setup?: (app: App, platform: Platform, options: AppOptions) => Promise<void>;
  /** Registers its routes under /api/v1. */
  readonly routes?: (api: App, platform: Platform) => Promise<void>;
  /** The durable job kinds it runs, by name. */
  readonly jobs?: JobHandlers;
  /** Its stored working-day deadlines, recounted when the calendar changes. */
  readonly deadlines?: ProvisionalDeadlines;
  /** Its part of the demo city, run in list order. */
  readonly demo?: (demo: DemoContext) => Promise<void>;
  /** Its command word and sub-commands on the command line (`npm run cli -- <command> <sub> …`). */
  readonly cli?: CliCommand;
}
