import type { Config } from '../config';
import type { Database, Tx } from '../db/client';
import type { Audit } from './audit/transaction';
import type { ProvisionalDeadlines } from './calendar/deadlines';
import type { Actor } from './access/actor';
import type { CryptoProvider } from './crypto';
import type { Lang } from './http/errors';

/** What the platform gives every use case: built once at start-up. */
export interface Platform {
  config: Config;
  database: Database;
  crypto: CryptoProvider;
  /** The clock every deadline and timestamp uses; tests replace it. */
  now: () => Date;
  /** Every module's stored working-day deadlines (from the module list), recounted when the calendar changes. */
  provisionalDeadlines: readonly ProvisionalDeadlines[];
}

/** One request (or one CLI command, or one job run): who acts, and how to answer them. */
export interface Ctx extends Platform {
  actor: Actor | null;
  requestId: string;
  lang: Lang;
  ip: string | null;
  /** Set while a use case runs inside an enclosing transaction (e.g. an idempotent request). */
  enclosing?: { tx: Tx; audit: Audit };
}

export function systemCtx(platform: Platform, requestId: string): Ctx {
  return { ...platform, actor: null, requestId, lang: 'zh', ip: null };
}

/**
 * A program acting as a platform-wide administrator (the command line, the demo loader): it goes
 * through the use cases like a person would, and the audit trail names it.
 */
export function programAdminCtx(
  platform: Platform,
  requestId: string,
  who: { userId: string; username: string; displayName: string },
): Ctx {
  const actor: Actor = {
    ...who,
    kind: 'staff',
    unitId: null,
    applicantId: null,
    grants: [{ role: 'admin', unitId: null, regionCode: null }],
    sessionId: '',
  };
  return { ...systemCtx(platform, requestId), actor };
}
