/**
 * Sends a workbook to one of the catalogue's Excel importers and checks what every answer must
 * satisfy, whatever the file: no 5xx, either a report (problems by row number, in Chinese) or the
 * one error shape, and nothing written unless the import went through.
 */
import { expect } from 'vitest';
import { auditEvents } from '../platform/audit/tables';
import type { Platform } from '../platform/context';
import { listVersions, proofEntries } from '../modules/catalog/tables';
import type { Client } from './harness';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CJK = /[\u4e00-\u9fff]/;

export interface Problem {
  rowNumber: number;
  column?: string;
  message: string;
}
export interface InventoryReport {
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  locked: number;
  problems: Problem[];
  imported: boolean;
}
export interface PublishedReport {
  versionId: string | null;
  versionNo: number | null;
  imported: number;
  problems: Problem[];
  alreadyImported: boolean;
}
export interface ApiError {
  code: string;
  message: string;
}
/** Exactly one of report / error is set. */
export interface Outcome<R> {
  status: number;
  report?: R;
  error?: ApiError;
}
export interface SendOptions {
  contentType?: string | null;
  lang?: 'en';
}

interface Counts {
  entries: number;
  versions: number;
  audit: number;
}

export async function counts(platform: Platform): Promise<Counts> {
  const { db } = platform.database;
  return {
    entries: await db.$count(proofEntries),
    versions: await db.$count(listVersions),
    audit: await db.$count(auditEvents),
  };
}

const UNCHANGED: Counts = { entries: 0, versions: 0, audit: 0 };

function expectProblems(problems: Problem[]): void {
  for (const p of problems) {
    expect(Object.keys(p).every((k) => ['rowNumber', 'column', 'message'].includes(k))).toBe(true);
    expect(Number.isInteger(p.rowNumber) && p.rowNumber >= 1, `row number ${p.rowNumber}`).toBe(true);
    expect(p.message).toMatch(CJK);
    // A report quotes the offending text, but never a whole 100k-character cell.
    expect(p.message.length, p.message.slice(0, 80)).toBeLessThanOrEqual(400);
  }
  expect(problems.map((p) => p.rowNumber)).toEqual(problems.map((p) => p.rowNumber).sort((a, b) => a - b));
}

function expectErrorShape(body: unknown, lang: 'zh' | 'en'): ApiError {
  expect(body).toEqual({
    error: {
      code: expect.stringMatching(/^[A-Z][A-Z0-9_]+$/),
      message: expect.any(String),
      requestId: expect.any(String),
      ...((body as { error?: { details?: unknown } }).error?.details === undefined
        ? {}
        : { details: expect.any(Array) }),
    },
  });
  const error = (body as { error: ApiError }).error;
  if (lang === 'zh') expect(error.message).toMatch(CJK);
  // Column names stay Chinese in English messages (they are the header texts to look for).
  else expect(error.message).toMatch(/^[A-Z][a-z]/);
  return { code: error.code, message: error.message };
}

/** Both importers behind one signed-in client, each call checked as the module comment says. */
export function importProbe(platform: Platform, client: Client) {
  async function send(url: string, body: Buffer | undefined, options: SendOptions) {
    const headers: Record<string, string> = {};
    if (options.contentType !== null) headers['content-type'] = options.contentType ?? XLSX;
    if (options.lang) headers['accept-language'] = options.lang;
    const before = await counts(platform);
    const res = await client.request('POST', url, undefined, headers, body);
    const after = await counts(platform);
    expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
    const delta = {
      entries: after.entries - before.entries,
      versions: after.versions - before.versions,
      audit: after.audit - before.audit,
    };
    if (res.statusCode === 200) return { status: 200, body: res.json() as unknown, delta };
    expect(delta, 'a refused upload writes nothing').toEqual(UNCHANGED);
    return { status: res.statusCode, error: expectErrorShape(res.json(), options.lang ?? 'zh'), delta };
  }

  return {
    async inventory(
      url: string,
      body: Buffer | undefined,
      options: SendOptions = {},
    ): Promise<Outcome<InventoryReport>> {
      const { status, body: json, error, delta } = await send(url, body, options);
      if (error) return { status, error };
      const report = json as InventoryReport;
      expect(Object.keys(report).sort()).toEqual([
        'created',
        'imported',
        'locked',
        'problems',
        'totalRows',
        'unchanged',
        'updated',
      ]);
      expectProblems(report.problems);
      const badRows = new Set(report.problems.map((p) => p.rowNumber)).size;
      // Imported: every row is counted once, as good (in one of four ways) or bad. Refused: for a reason.
      if (report.imported)
        expect(report.created + report.updated + report.unchanged + report.locked + badRows).toBe(report.totalRows);
      else expect(badRows).toBeGreaterThan(0);
      expect(delta).toEqual(report.imported ? { entries: report.created, versions: 0, audit: 1 } : UNCHANGED);
      return { status, report };
    },
    async published(
      url: string,
      body: Buffer | undefined,
      options: SendOptions = {},
    ): Promise<Outcome<PublishedReport>> {
      const { status, body: json, error, delta } = await send(url, body, options);
      if (error) return { status, error };
      const report = json as PublishedReport;
      expectProblems(report.problems);
      const wrote = report.versionId !== null && !report.alreadyImported;
      if (wrote) expect(delta).toMatchObject({ versions: 1 });
      if (wrote) expect(delta.audit).toBeGreaterThanOrEqual(1);
      else expect(delta).toEqual(UNCHANGED);
      return { status, report };
    },
  };
}
