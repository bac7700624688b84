import { and, count, desc, eq, inArray, isNotNull, like } from 'drizzle-orm';
import { type DisclosedCommitment, type LetterCheck, maskPersonName, regionPrefix } from '@pfc/contracts';
import { type PlatformSigner, platformSigner } from '../../platform/crypto/platform-key';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { pageParams } from '../../platform/http/input';
import { unitNameSql } from '../../platform/directory';
import { type ApplicantSummary, applicantSummaries, applicantSummary } from '../org';
import { canonicalJson } from '../../platform/audit/canonical';
import type { CryptoProvider } from '../../platform/crypto';
import { applications, commitmentLetters } from './tables';

/** A natural person's name is partly hidden everywhere public; an organisation's name is public. */
const publicName = (a: { kind: 'natural' | 'legal'; name: string }) =>
  a.kind === 'natural' ? maskPersonName(a.name) : a.name;

const MESSAGES = {
  genuine: {
    zh: '该告知承诺书真实有效，内容与平台存档一致。',
    en: 'The letter is genuine and matches the platform record.',
  },
  withdrawn: {
    zh: '该告知承诺书真实，但申请人已在决定前撤回承诺（中途退出），不再有效。',
    en: 'The letter is genuine but was withdrawn before the decision.',
  },
  altered: {
    zh: '与平台存档不一致：该文本或签名已被改动，请勿采信，并向办理部门核实。',
    en: 'Does not match the platform record: do not rely on it.',
  },
  unsigned: { zh: '该告知承诺书尚未签署。', en: 'The letter has not been signed yet.' },
} as const;

export interface LetterRecord {
  number: string;
  applicantId: string;
  text: unknown;
  sm3: string;
  status: 'unsigned' | 'signed' | 'withdrawn';
  signedAt: Date | null;
  signedPayload: string | null;
  signature: string | null;
  keyId: string | null;
}

/**
 * Whether a stored letter is what was signed: its text hashes to its digest, the signed payload
 * names this letter and this digest, and the platform's SM2 signature over the payload verifies.
 * Pure (the commitment-integrity suite mutates records and expects every change caught).
 */
export function letterVerdict(l: LetterRecord, signer: PlatformSigner, crypto: CryptoProvider, claimedSm3?: string) {
  const textIntact = crypto.sm3Hex(canonicalJson(l.text)) === l.sm3;
  let signatureValid = false;
  if (l.signedPayload && l.signature && l.keyId) {
    let signed: { number?: string; textSm3?: string; applicantId?: string } = {};
    try {
      signed = JSON.parse(l.signedPayload) as typeof signed;
    } catch {
      signed = {};
    }
    signatureValid =
      signed.number === l.number &&
      signed.textSm3 === l.sm3 &&
      signed.applicantId === l.applicantId &&
      signer.verify(l.signedPayload, l.signature, l.keyId);
  }
  const claimedDiffers = !!claimedSm3 && claimedSm3.toLowerCase() !== l.sm3;
  const verdict: LetterCheck['verdict'] =
    !textIntact ||
    claimedDiffers ||
    (l.status !== 'unsigned' && !!l.signedAt && !signatureValid) ||
    (l.status === 'signed' && !signatureValid)
      ? 'altered'
      : l.status === 'unsigned'
        ? 'unsigned'
        : l.status === 'withdrawn'
          ? 'withdrawn'
          : 'genuine';
  return { verdict, signatureValid };
}

/**
 * 告知承诺书核验: recomputes the text digest and verifies the platform's SM2 signature over what
 * was signed; a digest printed on a paper copy can be compared too.
 */
export async function checkLetter(ctx: Ctx, number: string, claimedSm3?: string): Promise<LetterCheck> {
  const [row] = await ctx.database.db
    .select({
      l: commitmentLetters,
      serviceItemName: applications.serviceItemName,
      unitName: unitNameSql(applications.unitId),
    })
    .from(commitmentLetters)
    .innerJoin(applications, eq(applications.id, commitmentLetters.applicationId))
    .where(eq(commitmentLetters.number, number));
  const applicant = row ? await applicantSummary(ctx.database.db, row.l.applicantId) : undefined;
  // An unsigned draft is nobody's commitment yet: it is not answered for.
  if (!row || !applicant || row.l.status === 'unsigned')
    throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'letter' : '告知承诺书' });
  const l = row.l;
  const { verdict, signatureValid } = letterVerdict(l, platformSigner(ctx.config, ctx.crypto), ctx.crypto, claimedSm3);
  return {
    number: l.number,
    verdict,
    message: MESSAGES[verdict][ctx.lang],
    applicant: publicName(applicant),
    serviceItemName: row.serviceItemName,
    proofName: l.proofName,
    unitName: row.unitName,
    signedAt: l.signedAt?.toISOString() ?? null,
    signMethod: l.signMethod ?? null,
    sm3: l.sm3,
    signatureValid,
  };
}

/** 承诺公示 (seed 004 §7): signed letters of entries marked for disclosure, personal data masked. */
export async function disclosedCommitments(ctx: Ctx, query: { region?: string; page?: number; pageSize?: number }) {
  const { page, pageSize, offset } = pageParams(query);
  const where = and(
    eq(commitmentLetters.disclosure, true),
    eq(commitmentLetters.status, 'signed'),
    isNotNull(commitmentLetters.signedAt),
    // Published once the application is before the office, not while it is a draft or after a rejection.
    inArray(applications.status, ['submitted', 'correction', 'accepted', 'approved']),
    query.region ? like(commitmentLetters.regionCode, `${regionPrefix(query.region)}%`) : undefined,
  );
  const db = ctx.database.db;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        l: commitmentLetters,
        serviceItemName: applications.serviceItemName,
        unitName: unitNameSql(applications.unitId),
      })
      .from(commitmentLetters)
      .innerJoin(applications, eq(applications.id, commitmentLetters.applicationId))
      .where(where)
      .orderBy(desc(commitmentLetters.signedAt))
      .limit(pageSize)
      .offset(offset),
    db
      .select({ n: count() })
      .from(commitmentLetters)
      .innerJoin(applications, eq(applications.id, commitmentLetters.applicationId))
      .where(where),
  ]);
  const applicants = await applicantSummaries(
    db,
    rows.map((r) => r.l.applicantId),
  );
  const items: DisclosedCommitment[] = rows.flatMap((r) => {
    const applicant = applicants.get(r.l.applicantId);
    return applicant ? [disclosed(r, applicant)] : [];
  });
  return { items, total: total?.n ?? 0, page, pageSize };
}

function disclosed(
  r: { l: typeof commitmentLetters.$inferSelect; serviceItemName: string; unitName: string },
  applicant: ApplicantSummary,
): DisclosedCommitment {
  return {
    number: r.l.number,
    applicant: publicName(applicant),
    identifierMasked: applicant.identifierMasked,
    serviceItemName: r.serviceItemName,
    proofName: r.l.proofName,
    unitName: r.unitName,
    regionCode: r.l.regionCode,
    pledge: r.l.text.pledge,
    signedAt: r.l.signedAt!.toISOString(),
    status: r.l.status,
  };
}
