import { type Ctx, type Platform, programAdminCtx } from './context';

/** A failure the command line prints as it is (no stack, no error name), with exit code 1. */
export class CliError extends Error {}

/** The words after a sub-command (`npm run cli -- catalog import FILE --unit X`), as its handler reads them. */
export interface CliArgs {
  /** The first word when it is not an option (e.g. the file to import). */
  readonly operand: string | undefined;
  /** The word after an option (`--unit X` → 'X'), or undefined when the option is missing. */
  flag(name: string): string | undefined;
  /** Whether an option is given (`--partial`). */
  has(name: string): boolean;
}

/** One sub-command under a module's command word. */
export interface CliSubcommand {
  /** Its arguments as the usage text shows them, e.g. 'FILE.xlsx --unit UNIT_ID [--partial]'. */
  readonly args: string;
  /** What it does in a few words (the usage text prints it beside or under the arguments). */
  readonly summary?: string;
  /** Runs it on an open database: the exit code, or null when the arguments do not fit (usage, exit 64). */
  readonly run: (platform: Platform, args: CliArgs) => Promise<number | null>;
}

/** A module's part of the command line: one command word, its sub-commands by name. */
export interface CliCommand {
  /** e.g. 'catalog': `npm run cli -- catalog …`. A word claimed twice fails at start-up. */
  readonly command: string;
  readonly subcommands: Readonly<Record<string, CliSubcommand>>;
}

/** The command line acts as a platform administrator, recorded as such in the audit trail. */
export function cliCtx(platform: Platform): Ctx {
  return programAdminCtx(platform, `cli-${process.pid}`, {
    userId: '00000000-0000-0000-0000-00000000c11a',
    username: 'cli',
    displayName: '命令行',
  });
}
