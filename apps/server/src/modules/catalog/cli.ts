import fs from 'node:fs';
import { type CliArgs, type CliCommand, CliError, cliCtx } from '../../platform/cli';
import type { Platform } from '../../platform/context';
import { unitsNamed } from '../../platform/directory';
import { exportUnitInventory, exportVersion } from './import-export/export';
import { type ImportProblem, importInventory } from './import-export/import';
import { importPublished } from './import-export/import-published';

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

/** `catalog import`: a unit's attachment-4 workbook (all rows, or with --partial the rows without problems). */
async function importUnitInventory(platform: Platform, a: CliArgs): Promise<number | null> {
  const unit = a.flag('--unit');
  if (!a.operand || !unit) return null;
  const report = await importInventory(
    cliCtx(platform),
    await resolveUnit(platform, unit),
    fs.readFileSync(a.operand),
    {
      partial: a.has('--partial'),
    },
  );
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

/** `catalog import-published`: a list published before the platform, as a region's next version. */
async function importPublishedList(platform: Platform, a: CliArgs): Promise<number | null> {
  const region = a.flag('--region');
  const documentNumber = a.flag('--doc-number');
  const effectiveDate = a.flag('--date');
  if (!a.operand || !region || !documentNumber || !effectiveDate) return null;
  const result = await importPublished(cliCtx(platform), region, fs.readFileSync(a.operand), {
    documentNumber,
    effectiveDate,
  });
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

/** `catalog export`: a unit's inventory, or one list of a published version, as a workbook. */
async function exportWorkbook(platform: Platform, a: CliArgs): Promise<number | null> {
  const out = a.flag('--out');
  const unit = a.flag('--unit');
  const version = a.flag('--version');
  if (!out || (!unit && !version)) return null;
  const list = a.flag('--list') as 'retained' | 'cancelled' | 'commitment' | undefined;
  if (version && !UUID.test(version))
    throw new CliError('版本编号应为 UUID（见 /api/v1/public/lists/<区划代码>/versions）');
  const ctx = cliCtx(platform);
  const file = unit
    ? await exportUnitInventory(ctx, await resolveUnit(platform, unit))
    : await exportVersion(ctx, version!, list);
  fs.writeFileSync(out, file.body);
  console.log(`已导出到 ${out}`);
  return 0;
}

/** The attachment-4 workbook in and out from the command line: `npm run cli -- catalog …`. */
export const catalogCli: CliCommand = {
  command: 'catalog',
  subcommands: {
    import: {
      args: 'FILE.xlsx --unit UNIT_ID [--partial]',
      summary: '导入单位证明材料汇总表（附件4）',
      run: importUnitInventory,
    },
    'import-published': {
      args: 'FILE.xlsx --region CODE --doc-number "…" --date YYYY-MM-DD',
      summary: '导入平台启用前已公布的清单',
      run: importPublishedList,
    },
    export: {
      args: '--unit UNIT_ID --out FILE.xlsx | --version VERSION_ID [--list retained|cancelled|commitment] --out FILE.xlsx',
      run: exportWorkbook,
    },
  },
};
