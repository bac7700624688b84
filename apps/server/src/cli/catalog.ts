import fs from 'node:fs';
import { unitsNamed } from '../platform/directory';
import {
  exportUnitInventory,
  exportVersion,
  type ImportProblem,
  importInventory,
  importPublished,
} from '../modules/catalog';
import type { Actor } from '../platform/access/actor';
import { type Ctx, type Platform, systemCtx } from '../platform/context';

/** The command line acts as a platform administrator, recorded as such in the audit trail. */
function cliCtx(platform: Platform): Ctx {
  const actor: Actor = {
    userId: '00000000-0000-0000-0000-00000000c11a',
    username: 'cli',
    displayName: '命令行',
    kind: 'staff',
    unitId: null,
    applicantId: null,
    grants: [{ role: 'admin', unitId: null, regionCode: null }],
    sessionId: '',
  };
  return { ...systemCtx(platform, `cli-${process.pid}`), actor };
}

function printProblems(problems: ImportProblem[]): void {
  for (const p of problems) console.error(`  第 ${p.rowNumber} 行${p.column ? `（${p.column}）` : ''}：${p.message}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `--unit` takes the unit's id or its exact name (names are unique within a region). */
async function resolveUnit(platform: Platform, value: string): Promise<string> {
  if (UUID.test(value)) return value;
  const found = await unitsNamed(platform.database.db, value.trim());
  if (found.length === 1) return found[0]!.id;
  throw new CliError(
    found.length === 0 ? `没有名为“${value}”的单位` : `有 ${found.length} 个单位名为“${value}”，请改用单位编号（UUID）`,
  );
}

export class CliError extends Error {}

export interface CatalogArgs {
  sub: string | undefined;
  file: string | undefined;
  flag: (name: string) => string | undefined;
  has: (name: string) => boolean;
}

/** `catalog import | import-published | export`; returns the exit code, or null for a usage error. */
export async function catalogCommand(platform: Platform, a: CatalogArgs): Promise<number | null> {
  const ctx = cliCtx(platform);
  if (a.sub === 'import') {
    const unit = a.flag('--unit');
    if (!a.file || !unit) return null;
    const report = await importInventory(ctx, await resolveUnit(platform, unit), fs.readFileSync(a.file), {
      partial: a.has('--partial'),
    });
    console.log(
      `读取 ${report.totalRows} 行：新增 ${report.created}，更新 ${report.updated}，未变 ${report.unchanged}，审核中未改 ${report.locked}`,
    );
    if (report.problems.length > 0) {
      console.error(
        `有 ${report.problems.length} 处问题${report.imported ? '（已跳过这些行）' : '，未导入任何数据（加 --partial 只导入没有问题的行）'}：`,
      );
      printProblems(report.problems);
    }
    return report.imported ? 0 : 2;
  }
  if (a.sub === 'import-published') {
    const region = a.flag('--region');
    const documentNumber = a.flag('--doc-number');
    const effectiveDate = a.flag('--date');
    if (!a.file || !region || !documentNumber || !effectiveDate) return null;
    const result = await importPublished(ctx, region, fs.readFileSync(a.file), { documentNumber, effectiveDate });
    if (result.alreadyImported) {
      console.log(`该文件（${documentNumber}）已导入过，为第 ${result.versionNo} 版，未作改动`);
      return 0;
    }
    if (result.problems.length > 0) {
      console.error(`有 ${result.problems.length} 处问题，未导入：`);
      printProblems(result.problems);
      return 2;
    }
    console.log(
      `已导入 ${result.imported} 项，生成 ${region} 第 ${result.versionNo} 版清单（${documentNumber}，${effectiveDate} 起施行）`,
    );
    return 0;
  }
  if (a.sub === 'export') {
    const out = a.flag('--out');
    const unit = a.flag('--unit');
    const version = a.flag('--version');
    if (!out || (!unit && !version)) return null;
    const list = a.flag('--list') as 'retained' | 'cancelled' | 'commitment' | undefined;
    if (version && !UUID.test(version))
      throw new CliError('版本编号应为 UUID（见 /api/v1/public/lists/<区划代码>/versions）');
    const file = unit
      ? await exportUnitInventory(ctx, await resolveUnit(platform, unit))
      : await exportVersion(ctx, version!, list);
    fs.writeFileSync(out, file.body);
    console.log(`已导出到 ${out}`);
    return 0;
  }
  return null;
}
