import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { ApplicantCreate, ApplicantListQuery, ApplicantView } from '@pfc/contracts';
import {
  isMainlandMobile,
  maskPhone,
  maskResidentId,
  normalizeIdentifier,
  validateCreditCode,
  validateResidentId,
} from '@pfc/contracts';
import { scopeFor } from '../../platform/access/actor';
import { transact } from '../../platform/audit/transaction';
import { hashNewPassword } from '../../platform/auth/service';
import { users } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { blankToNull, containsPattern, pageParams } from '../../platform/http/input';
import { OrgErrors } from './errors';
import { presentApplicant } from './present';
import { regionCodesOf, regionCodesSql } from '../../platform/directory';
import { applicants } from './tables';

const ID_REASONS: Record<string, string> = {
  length: '应为 18 位',
  format: '前 17 位应为数字，末位为数字或 X',
  birthdate: '出生日期不存在',
  region: '地址码不正确',
  checksum: '校验码不符（请核对是否有输错的数字）',
};

/** Validates and returns the canonical identifier, or throws the matching 400. */
export function checkIdentifier(kind: 'natural' | 'legal', raw: string): string {
  const result = kind === 'natural' ? validateResidentId(raw) : validateCreditCode(raw);
  if (result.ok) return result.value;
  throw new AppError(kind === 'natural' ? E.INVALID_RESIDENT_ID : E.INVALID_CREDIT_CODE, {
    reason: ID_REASONS[result.reason] ?? result.reason,
  });
}

function checkPhone(raw: string | null | undefined): string | null {
  if (raw === undefined || raw === null || raw.trim() === '') return null;
  const phone = normalizeIdentifier(raw).replace(/-/g, '');
  if (!isMainlandMobile(phone) && !/^0\d{9,11}$/.test(phone)) throw new AppError(OrgErrors.PHONE_INVALID);
  return phone;
}

/**
 * Natural persons' ID numbers are masked; a legal person's credit code is public, except for
 * individual businesses (个体工商户, codes starting 92), which identify a person.
 */
export function maskIdentifier(kind: 'natural' | 'legal', identifier: string): string {
  if (kind === 'natural' || identifier.startsWith('92')) return maskResidentId(identifier);
  return identifier;
}

/** Blind index purpose string: changing it would orphan every existing index value. */
const IDENTIFIER_INDEX = 'applicant.identifier';

export async function createApplicant(ctx: Ctx, input: ApplicantCreate): Promise<ApplicantView> {
  const identifier = checkIdentifier(input.kind, input.identifier);
  const phone = checkPhone(input.phone);
  if (!!input.username !== !!input.password) throw new AppError(OrgErrors.CREDENTIALS_INCOMPLETE);
  const passwordHash = input.password ? await hashNewPassword(ctx, input.password) : undefined;
  const { crypto } = ctx;
  return transact(ctx, async (tx, audit) => {
    const inserted = await tx
      .insert(applicants)
      .values({
        kind: input.kind,
        name: input.name.trim(),
        identifierEnc: crypto.encrypt(identifier, IDENTIFIER_INDEX),
        identifierIndex: crypto.blindIndex(identifier, IDENTIFIER_INDEX),
        identifierMasked: maskIdentifier(input.kind, identifier),
        phoneEnc: phone ? crypto.encrypt(phone, 'applicant.phone') : null,
        phoneMasked: phone ? maskPhone(phone) : null,
        legalRepresentative: blankToNull(input.legalRepresentative),
        regionCode: input.regionCode ?? null,
      })
      .onConflictDoNothing()
      .returning();
    const row = inserted[0];
    if (!row) throw new AppError(OrgErrors.APPLICANT_EXISTS);
    if (input.username && passwordHash) {
      const username = input.username.toLowerCase();
      const created = await tx
        .insert(users)
        .values({ username, displayName: row.name, kind: 'applicant', applicantId: row.id, passwordHash })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (created.length === 0) throw new AppError(OrgErrors.USERNAME_TAKEN, { username });
    }
    audit.record({
      action: 'org.applicant.created',
      targetType: 'applicant',
      targetId: row.id,
      after: { kind: row.kind, name: row.name, identifier: row.identifierMasked },
    });
    return presentApplicant(row);
  });
}

export async function listApplicants(ctx: Ctx, query: ApplicantListQuery) {
  const { page, pageSize, offset } = pageParams(query);
  const db = ctx.database.db;
  // Grid workers hold no browsing scope: they find an applicant by the full ID number only.
  const codes = await regionCodesOf(db, scopeFor(ctx.actor, ['admin', 'window_clerk', 'credit_officer']));
  let identifierIndex: string | undefined;
  if (query.identifier)
    identifierIndex = ctx.crypto.blindIndex(normalizeIdentifier(query.identifier), IDENTIFIER_INDEX);
  // A clerk at the counter finds anyone by the full ID number; browsing stays within their regions.
  const conditions: Array<SQL | undefined> = [
    identifierIndex ? undefined : regionCodesSql(codes, applicants.regionCode),
    query.q ? ilike(applicants.name, containsPattern(query.q)) : undefined,
    identifierIndex ? eq(applicants.identifierIndex, identifierIndex) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db.select().from(applicants).where(where).orderBy(desc(applicants.createdAt)).limit(pageSize).offset(offset),
    db.select({ n: count() }).from(applicants).where(where),
  ]);
  return { items: rows.map(presentApplicant), total: total?.n ?? 0, page, pageSize };
}

/** An applicant reads only their own record (SPEC §2.9). */
export async function myApplicant(ctx: Ctx): Promise<ApplicantView> {
  const id = ctx.actor?.applicantId;
  const [row] = id ? await ctx.database.db.select().from(applicants).where(eq(applicants.id, id)).limit(1) : [];
  if (!row) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'applicant' : '申请人' });
  return presentApplicant(row);
}
