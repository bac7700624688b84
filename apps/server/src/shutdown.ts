/**
 * A clean stop, whatever a supervisor signals: SIGTERM or SIGINT to this process, to npm (which
 * forwards it), or to the whole process group (so the same signal can arrive twice). The first
 * signal starts one stop; later ones change nothing. Things close in the reverse order they
 * opened (HTTP drains first, the database closes last and releases PGlite's folder lock), and the
 * whole stop is bounded: past the grace period the process exits with code 1 whatever is left.
 */

/** What closing one thing reported: 'forced' when it had to cut work short (the exit code says so). */
export type CloseResult = void | 'forced';

export interface ShutdownOptions {
  /** Until the configuration is read (see `graceMs`): 10 s. */
  graceMs?: number;
  log?: (message: string) => void;
  exit?: (code: number) => void;
}

export class Shutdown {
  private readonly closers: Array<{ name: string; close: () => Promise<CloseResult> }> = [];
  private startup: Promise<unknown> = Promise.resolve();
  private stopping: Promise<void> | undefined;
  private readonly log: (message: string) => void;
  private readonly exit: (code: number) => void;
  /** How long a stop may take before the process exits anyway; set from the configuration once read. */
  graceMs: number;

  constructor(options: ShutdownOptions = {}) {
    this.graceMs = options.graceMs ?? 10_000;
    this.log = options.log ?? ((m) => console.log(m));
    this.exit = options.exit ?? ((code) => process.exit(code));
  }

  /** Installed before anything opens, so a signal during start-up still closes what did open. */
  listen(signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): this {
    for (const signal of signals) process.on(signal, () => void this.stop(signal));
    return this;
  }

  /** Closed on stop in reverse order of registration. */
  onStop(name: string, close: () => Promise<CloseResult>): void {
    this.closers.push({ name, close });
  }

  /** A stop waits for start-up to settle (an interrupted migration would leave less to trust). */
  whileStarting(startup: Promise<unknown>): void {
    this.startup = startup;
  }

  get requested(): boolean {
    return this.stopping !== undefined;
  }

  /** `failed`: a start-up that failed also closes what it opened, then exits with code 1. */
  stop(reason: string, failed = false): Promise<void> {
    if (this.stopping) return this.stopping;
    if (!failed) this.log(`\n${reason}: 正在关闭… / shutting down…`);
    const force = setTimeout(() => {
      this.log(
        `关闭超时（${Math.round(this.graceMs / 1000)} 秒），强制退出 / not stopped within the grace period: exiting anyway`,
      );
      this.exit(1);
    }, this.graceMs);
    this.stopping = (async () => {
      let code = failed ? 1 : 0;
      await this.startup.catch(() => {});
      for (const { name, close } of [...this.closers].reverse()) {
        try {
          if ((await close()) === 'forced') code = 1;
        } catch (err) {
          code = 1;
          this.log(`关闭 ${name} 失败 / closing ${name} failed: ${String((err as Error)?.message ?? err)}`);
        }
      }
      clearTimeout(force);
      this.exit(code);
    })();
    return this.stopping;
  }
}

/** The part of a Fastify app a drain needs. */
export interface Closable {
  close(): PromiseLike<unknown>;
  server: { closeAllConnections(): void };
}

/**
 * Stops accepting connections and waits for requests in flight; those still open after `drainMs`
 * are cut, so the steps after (job worker, database) still run well inside the grace period.
 */
export async function drainHttp(app: Closable, drainMs: number): Promise<CloseResult> {
  let cut = false;
  const timer = setTimeout(() => {
    cut = true;
    app.server.closeAllConnections();
  }, drainMs);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
  return cut ? 'forced' : undefined;
}
