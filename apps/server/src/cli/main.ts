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
import type { Platform } from '../platform/context';
import { createBootstrapAdmin } from './admin';
import { CliError, catalogCommand } from './catalog';

const USAGE = `用法 / usage: npm run cli -- <command>
  migrate                                   执行数据库迁移 / apply migrations
  demo                                      向空数据库载入济宁市演示数据 / load the demo city
  audit verify                              校验审计哈希链（完好时退出码 0）/ verify the audit chain
  calendar add-working-days DATE N          DATE 之后第 N 个工作日（起算日不计入）
  calendar between A B                      A（不含）到 B（含）之间的工作日数
  calendar status                           工作日历覆盖的年份与缺失提醒
  catalog import FILE.xlsx --unit UNIT_ID [--partial]
                                            导入单位证明材料汇总表（附件4）
  catalog import-published FILE.xlsx --region CODE --doc-number "…" --date YYYY-MM-DD
                                            导入平台启用前已公布的清单
  catalog export --unit UNIT_ID --out FILE.xlsx | --version VERSION_ID [--list retained|cancelled|commitment] --out FILE.xlsx
  admin create --username U --password P [--name 姓名]
                                            创建全平台管理员（首次部署）/ first administrator
选项 / options: --builtin  日历命令只用随附的官方数据，不打开数据库`;

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

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'migrate':
      await withPlatform(config, async () => console.log('数据库已是最新 / migrations applied'));
      return 0;
    case 'demo':
      return withPlatform(config, async (p) => {
        if (!(await isEmptyDatabase(p.database))) {
          console.error('数据库不是空的，未载入演示数据 / the database is not empty; demo not loaded');
          return 1;
        }
        await loadDemo(p);
        console.log('演示数据已载入 / demo city loaded');
        return 0;
      });
    case 'audit': {
      if (rest[0] !== 'verify') throw new UsageError();
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
    case 'calendar':
      return calendarCommand(config, rest);
    case 'catalog': {
      const code = await withPlatform(config, (p) =>
        catalogCommand(p, {
          sub: rest[0],
          file: rest[1]?.startsWith('--') ? undefined : rest[1],
          flag: (n) => flag(rest, n),
          has: (n) => rest.includes(n),
        }),
      );
      if (code === null) throw new UsageError();
      return code;
    }
    case 'admin': {
      const username = flag(rest, '--username');
      const password = flag(rest, '--password');
      if (rest[0] !== 'create' || !username || !password) throw new UsageError();
      return withPlatform(config, async (p) => {
        await createBootstrapAdmin(p, username, password, flag(rest, '--name') ?? '系统管理员');
        console.log(`已创建全平台管理员 ${username} / administrator created`);
        return 0;
      });
    }
    default:
      throw new UsageError();
  }
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
