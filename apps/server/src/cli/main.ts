import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../config';
import { isEmptyDatabase, openDatabase, preparePlatform } from '../bootstrap';
import { DataDirLockedError } from '../db/lock';
import { AppError, formatMessage } from '../platform/http/errors';
import { loadDemo } from '../demo';
import { verifyChains } from '../platform/audit/verify';
import { DeadlineCalendar, OFFICIAL_HOLIDAY_YEARS, type Deadline } from '../platform/calendar';
import {
  addWorkingDays,
  calendarStatus,
  PROVISIONAL_HORIZON_YEARS,
  shanghaiToday,
  workingDaysBetween,
} from '../platform/calendar/service';
import { type CliArgs, type CliCommand, CliError } from '../platform/cli';
import type { Platform } from '../platform/context';
import { MODULES } from '../modules';
import { createBootstrapAdmin } from './admin';

class UsageError extends Error {}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function withPlatform<T>(config: Config, fn: (platform: Platform) => Promise<T>): Promise<T> {
  const database = await openDatabase(config, 'cli');
  try {
    return await fn(await preparePlatform(config, database));
  } finally {
    await database.close();
  }
}

/** Calendar commands read the admin-edited calendar from the database when one exists. */
function useBuiltinCalendar(config: Config, args: string[]): boolean {
  if (args.includes('--builtin')) return true;
  if (config.databaseUrl) return false;
  return !fs.existsSync(path.join(config.dataDir, 'PG_VERSION'));
}

/** The shipped notices, and the law's provisional holidays after them (as the server counts). */
function builtinCalendar(): DeadlineCalendar {
  const officialYears = OFFICIAL_HOLIDAY_YEARS.map((y) => y.year);
  const thisYear = Number(shanghaiToday(new Date()).slice(0, 4));
  return new DeadlineCalendar({
    officialYears,
    days: OFFICIAL_HOLIDAY_YEARS.flatMap((y) => y.days),
    provisionalThrough: Math.max(thisYear, ...officialYears) + PROVISIONAL_HORIZON_YEARS,
  });
}

function showDeadline(due: Deadline): string {
  return due.provisional ? `${due.date}（暂定：涉及未录入正式安排的年份，未含调休 / provisional）` : due.date;
}

async function calendarCommand(config: Config, args: string[]): Promise<number> {
  const [sub, a, b] = args.filter((x) => !x.startsWith('--'));
  const builtin = useBuiltinCalendar(config, args);
  if (builtin && !args.includes('--builtin')) {
    console.error('（尚无数据库，使用随附的官方节假日数据 / no database yet: using the shipped official calendar）');
  }
  if (sub === 'add-working-days' || sub === 'between') {
    if (!a || !b) throw new UsageError();
    if (sub === 'add-working-days') {
      const n = Number(b);
      if (!Number.isInteger(n) || n < 0) throw new UsageError();
      console.log(
        showDeadline(
          builtin ? builtinCalendar().addWorkingDays(a, n) : await withPlatform(config, (p) => addWorkingDays(p, a, n)),
        ),
      );
    } else {
      console.log(
        builtin
          ? builtinCalendar().workingDaysBetween(a, b)
          : await withPlatform(config, (p) => workingDaysBetween(p, a, b)),
      );
    }
    return 0;
  }
  if (sub === 'status') {
    const status = await withPlatform(config, (p) => calendarStatus(p));
    console.log(`已有年份 / covered: ${status.coveredYears.join(', ')}`);
    console.log(status.warning ?? '未来 60 天内的期限都可以计算 / all deadlines in the next 60 days can be computed');
    return status.missingYears.length > 0 ? 2 : 0;
  }
  throw new UsageError();
}

async function auditCommand(config: Config, args: string[]): Promise<number> {
  if (args[0] !== 'verify') throw new UsageError();
  return withPlatform(config, async (p) => {
    const report = await verifyChains(p.database.db, p.crypto);
    if (report.ok) {
      console.log(`审计链完好 / audit chain intact: ${report.events} events in ${report.chains} chains`);
      return 0;
    }
    console.error(
      `审计链被篡改 / audit chain broken: ${report.problemCount} problems in ${report.events} events, ${report.chains} chains`,
    );
    for (const p of report.problems)
      console.error(`  chain ${p.chainId} seq ${p.seq} event ${p.eventId ?? '-'}: ${p.reasons.join(', ')}`);
    if (report.problems.length < report.problemCount)
      console.error(`  … ${report.problemCount - report.problems.length} more not listed`);
    return 3;
  });
}

async function adminCommand(config: Config, args: string[]): Promise<number> {
  const username = flag(args, '--username');
  const password = flag(args, '--password');
  if (args[0] !== 'create' || !username || !password) throw new UsageError();
  return withPlatform(config, async (p) => {
    await createBootstrapAdmin(p, username, password, flag(args, '--name') ?? '系统管理员');
    console.log(`已创建全平台管理员 ${username} / administrator created`);
    return 0;
  });
}

/** One line of the usage text: what to type, and what it does (beside it when there is room, else below). */
interface UsageLine {
  readonly words: string;
  readonly summary?: string;
}

/** A command word: its lines of the usage text, and how it runs the words after it. */
interface Command {
  readonly command: string;
  readonly usage: readonly UsageLine[];
  readonly run: (config: Config, args: string[]) => Promise<number>;
}

/** The platform's own commands; each module adds its word through `cli` in its index.ts. */
const PLATFORM_COMMANDS: readonly Command[] = [
  {
    command: 'migrate',
    usage: [{ words: 'migrate', summary: '执行数据库迁移 / apply migrations' }],
    run: (config) =>
      withPlatform(config, async () => {
        console.log('数据库已是最新 / migrations applied');
        return 0;
      }),
  },
  {
    command: 'demo',
    usage: [{ words: 'demo', summary: '向空数据库载入济宁市演示数据 / load the demo city' }],
    run: (config) =>
      withPlatform(config, async (p) => {
        if (!(await isEmptyDatabase(p.database))) {
          console.error('数据库不是空的，未载入演示数据 / the database is not empty; demo not loaded');
          return 1;
        }
        await loadDemo(p);
        console.log('演示数据已载入 / demo city loaded');
        return 0;
      }),
  },
  {
    command: 'audit',
    usage: [{ words: 'audit verify', summary: '校验审计哈希链（完好时退出码 0）/ verify the audit chain' }],
    run: auditCommand,
  },
  {
    command: 'calendar',
    usage: [
      { words: 'calendar add-working-days DATE N', summary: 'DATE 之后第 N 个工作日（起算日不计入）' },
      { words: 'calendar between A B', summary: 'A（不含）到 B（含）之间的工作日数' },
      { words: 'calendar status', summary: '工作日历覆盖的年份与缺失提醒' },
    ],
    run: calendarCommand,
  },
  {
    command: 'admin',
    usage: [
      {
        words: 'admin create --username U --password P [--name 姓名]',
        summary: '创建全平台管理员（首次部署）/ first administrator',
      },
    ],
    run: adminCommand,
  },
];

/** The words after a module's sub-command, as its handler reads them. */
function cliArgs(args: string[]): CliArgs {
  return {
    operand: args[0]?.startsWith('--') ? undefined : args[0],
    flag: (name) => flag(args, name),
    has: (name) => args.includes(name),
  };
}

/** A module's command word: its sub-commands run on an open database; a null exit code is a usage error. */
function moduleCommand(cli: CliCommand): Command {
  return {
    command: cli.command,
    usage: Object.entries(cli.subcommands).map(([sub, s]) => ({
      words: `${cli.command} ${sub} ${s.args}`,
      summary: s.summary,
    })),
    run: async (config, [sub, ...args]) => {
      const subcommand = sub !== undefined && Object.hasOwn(cli.subcommands, sub) ? cli.subcommands[sub] : undefined;
      if (!subcommand) throw new UsageError();
      const code = await withPlatform(config, (p) => subcommand.run(p, cliArgs(args)));
      if (code === null) throw new UsageError();
      return code;
    },
  };
}

/** Every command by its word; a word claimed twice (platform or module) fails at start-up. */
function commandTable(commands: readonly Command[]): ReadonlyMap<string, Command> {
  const table = new Map<string, Command>();
  for (const c of commands) {
    if (table.has(c.command)) throw new Error(`command word ${c.command} is claimed twice`);
    table.set(c.command, c);
  }
  return table;
}

const COMMANDS = commandTable([...PLATFORM_COMMANDS, ...MODULES.flatMap((m) => (m.cli ? [moduleCommand(m.cli)] : []))]);

/** Where the usage text's summaries start. */
const SUMMARY_COLUMN = 44;

function usageLine({ words, summary }: UsageLine): string {
  const line = `  ${words}`;
  if (!summary) return line;
  return line.length < SUMMARY_COLUMN
    ? `${line.padEnd(SUMMARY_COLUMN)}${summary}`
    : `${line}\n${' '.repeat(SUMMARY_COLUMN)}${summary}`;
}

const USAGE = [
  '用法 / usage: npm run cli -- <command>',
  ...[...COMMANDS.values()].flatMap((c) => c.usage.map(usageLine)),
  '选项 / options: --builtin  日历命令只用随附的官方数据，不打开数据库',
].join('\n');

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const found = command === undefined ? undefined : COMMANDS.get(command);
  if (!found) throw new UsageError();
  return found.run(loadConfig(), rest);
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(USAGE);
      process.exit(64);
    }
    const message =
      err instanceof AppError
        ? formatMessage(err.code, 'zh', err.params)
        : err instanceof CliError
          ? err.message
          : err instanceof DataDirLockedError || err instanceof RangeError
            ? err.message
            : err instanceof Error
              ? `${err.name}: ${err.message}`
              : String(err);
    console.error(`失败 / failed: ${message}`);
    process.exit(1);
  },
);
