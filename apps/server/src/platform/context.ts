import type { Config } from '../config';
import type { Database } from '../db/client';
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
}

/** One request (or one CLI command, or one job run): who acts, and how to answer them. */
export interface Ctx extends Platform {
  actor: Actor | null;
  requestId: string;
  lang: Lang;
  ip: string | null;
}

export function systemCtx(platform: Platform, requestId: string): Ctx {
  return { ...platform, actor: null, requestId, lang: 'zh', ip: null };
}
