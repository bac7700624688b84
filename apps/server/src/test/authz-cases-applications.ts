import { eq } from 'drizzle-orm';
import type { ApplicationStatus, LetterText } from '@pfc/contracts';
import { publishLists } from '../modules/catalog';
import { effectiveEntries } from '../modules/catalog';
import { letterCanonical, pathOf } from '../modules/applications';
import { applicationFiles, applicationProofs, applications, commitmentLetters } from '../modules/applications/tables';
import { unitById } from '../platform/directory';
import { users } from '../platform/auth/tables';
import { proofEntryItems } from '../modules/catalog/tables';
import type { Platform } from '../platform/context';
import { PDF, SCAN } from './application-fixtures';
import type { Prepared, Relation, RouteCase } from './authz-cases';
import { insertEntry } from './catalog-fixtures';
import { type OrgFixture, rootCtx } from './fixtures';

/** A published commitment entry with its service item in city A (same) and city B (other), once per database. */
const published = new Map<string, Prepared>();
async function publishedItems(platform: Platform, fx: OrgFixture): Promise<Prepared> {
  const key = platform.database.location;
  if (!published.has(key)) {
    const prepared: Prepared = {};
    for (const [side, unitId, region] of [
      ['A', fx.unitA, fx.cityA],
      ['B', fx.unitB, fx.cityB],
    ] as const) {
      const entry = await insertEntry(platform, unitId, 'approved');
      await publishLists(rootCtx(platform), region, {
        documentNumber: `测政发〔2026〕${side}号`,
        effectiveDate: '2026-01-01',
      });
      const [link] = await platform.database.db
        .select()
        .from(proofEntryItems)
        .where(eq(proofEntryItems.entryId, entry.id));
      prepared[`item${side}`] = link!.serviceItemId;
      prepared[`entry${side}`] = entry.id;
    }
    published.set(key, prepared);
  }
  return { ...published.get(key)! };
}

async function applicantIdOf(platform: Platform, username: string): Promise<string> {
  const [row] = await platform.database.db
    .select({ id: users.applicantId })
    .from(users)
    .where(eq(users.username, username));
  return row!.id!;
}

async function userIdOf(platform: Platform, username: string): Promise<string> {
  const [row] = await platform.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row!.id;
}

const TEXT: LetterText = {
  title: '证明事项告知承诺书',
  notice: [{ label: '办理事项', text: '测试' }],
  pledge: ['本人承诺'],
  pins: {
    template: 'test',
    listVersionId: '00000000-0000-4000-8000-000000000000',
    listVersion: '测试',
    legalBasis: '无',
  },
};
let seq = 0;

/**
 * An application in a given status, as the calling principal would legitimately meet it: for
 * "same", the fixture applicant's, handled by unit A, made at unit A's counter when the caller is
 * its window clerk and through unit A's grid worker otherwise; for "other", the other applicant's
 * own, made online and handled by city B.
 */
const applicationIn =
  (status: ApplicationStatus, letter: 'unsigned' | 'signed' = 'unsigned') =>
  async (platform: Platform, fx: OrgFixture, relation: Relation, principal: string): Promise<Prepared> => {
    const other = relation === 'other';
    const unitId = other ? fx.unitB : fx.unitA;
    const unit = await unitById(platform.database.db, unitId);
    const applicantId = await applicantIdOf(platform, other ? fx.otherApplicantUser : fx.applicantUser);
    const channel = other ? 'online' : principal === 'window_clerk' ? 'counter' : 'proxy';
    const createdBy = await userIdOf(
      platform,
      other ? fx.otherApplicantUser : channel === 'counter' ? fx.users.window_clerk : fx.users.grid_worker,
    );
    const n = ++seq;
    const [app] = await platform.database.db
      .insert(applications)
      .values({
        number: `BJTEST${n}`,
        status,
        regionCode: unit!.regionCode,
        serviceItemId: unitId,
        serviceItemName: '测试事项',
        legalTimeLimitDays: 20,
        unitId,
        applicantId,
        channel,
        createdBy,
        createdByName: '测试',
        decisionNote: status === 'correction' ? '补正' : '',
      })
      .returning();
    const entryId = crypto.randomUUID();
    const submitEntryId = crypto.randomUUID();
    const [file] = await platform.database.db
      .insert(applicationFiles)
      .values({
        applicationId: app!.id,
        filename: 'p.pdf',
        contentType: 'application/pdf',
        size: PDF.length,
        sm3: 'x',
        content: PDF,
        uploadedBy: createdBy,
      })
      .returning();
    await platform.database.db.insert(applicationProofs).values([
      {
        applicationId: app!.id,
        entryId,
        position: 0,
        name: '承诺的证明',
        path: 'commitment',
        choice: 'commitment',
        verificationPlan: { method: 'online', timeLimitDays: 5, samplingShare: 1 },
      },
      {
        applicationId: app!.id,
        entryId: submitEntryId,
        position: 1,
        name: '提交的证明',
        path: 'submit',
        choice: 'submit',
        fileId: file!.id,
      },
    ]);
    const sm3 = platform.crypto.sm3Hex(letterCanonical(TEXT));
    const signedAt = new Date();
    const [l] = await platform.database.db
      .insert(commitmentLetters)
      .values({
        number: `CNTEST${n}X`,
        applicationId: app!.id,
        entryId,
        applicantId,
        regionCode: unit!.regionCode,
        proofName: '承诺的证明',
        text: TEXT,
        sm3,
        disclosure: false,
        status: letter,
        ...(letter === 'signed'
          ? { signMethod: 'electronic' as const, signedAt, signedPayload: '{}', signature: '00', keyId: 'test' }
          : {}),
      })
      .returning();
    return { appId: app!.id, letterId: l!.id, letterNumber: l!.number, sm3, entryId, submitEntryId, fileId: file!.id };
  };

const onApp = (path: (p: Prepared) => string, body?: unknown) => ({
  same: (_fx: OrgFixture, _n: number, p: Prepared) => ({ url: `/api/v1/applications/${p.appId}${path(p)}`, body }),
  other: (_fx: OrgFixture, _n: number, p: Prepared) => ({ url: `/api/v1/applications/${p.appId}${path(p)}`, body }),
});

export const APPLICATION_CASES: Record<string, RouteCase> = {
  'GET /api/v1/applications/service-items': {
    relations: { none: (fx) => ({ url: `/api/v1/applications/service-items?region=${fx.cityA}` }) },
  },
  'GET /api/v1/applications/service-items/:id/proofs': {
    relations: {
      same: (fx, _n, p) => ({
        url: `/api/v1/applications/service-items/${p.itemA}/proofs?region=${fx.cityA}&applicantId=${p.applicantId}`,
      }),
    },
    before: async (platform, fx) => ({
      ...(await publishedItems(platform, fx)),
      applicantId: await applicantIdOf(platform, fx.applicantUser),
    }),
  },
  'POST /api/v1/applications': {
    relations: {
      same: (fx, _n, p) => ({
        url: '/api/v1/applications',
        body: {
          regionCode: fx.cityA,
          serviceItemId: p.itemA,
          applicantId: p.applicantId,
          choices: JSON.parse(p.choices!),
        },
      }),
    },
    before: async (platform, fx) => {
      const items = await publishedItems(platform, fx);
      // Every commitment proof of the item needs a choice: commit to one, submit the others.
      const { entries } = await effectiveEntries(rootCtx(platform), fx.cityA);
      const needing = entries.filter(
        (e) => e.serviceItems.some((i) => i.id === items.itemA) && pathOf(e) === 'commitment',
      );
      const choices = needing.map((e) => ({
        entryId: e.entryId,
        choice: e.entryId === items.entryA ? 'commitment' : 'submit',
      }));
      return {
        ...items,
        applicantId: await applicantIdOf(platform, fx.applicantUser),
        choices: JSON.stringify(choices),
      };
    },
  },
  'GET /api/v1/applications': { relations: { none: () => ({ url: '/api/v1/applications' }) } },
  'GET /api/v1/applications/:id': { relations: onApp(() => ''), before: applicationIn('submitted') },
  'POST /api/v1/applications/:id/letters/:letterId/sign': {
    relations: {
      same: (_fx, _n, p) => ({
        url: `/api/v1/applications/${p.appId}/letters/${p.letterId}/sign`,
        body: { sm3: p.sm3 },
      }),
      other: (_fx, _n, p) => ({
        url: `/api/v1/applications/${p.appId}/letters/${p.letterId}/sign`,
        body: { sm3: p.sm3 },
      }),
    },
    before: applicationIn('draft'),
  },
  'POST /api/v1/applications/:id/proofs/:entryId/withdraw-commitment': {
    relations: onApp((p) => `/proofs/${p.entryId}/withdraw-commitment`, { reason: '改为提交证明' }),
    before: applicationIn('submitted', 'signed'),
  },
  'POST /api/v1/applications/:id/submit': {
    relations: onApp(() => '/submit'),
    before: applicationIn('draft', 'signed'),
  },
  'POST /api/v1/applications/:id/accept': {
    relations: onApp(() => '/accept'),
    before: applicationIn('submitted', 'signed'),
  },
  'POST /api/v1/applications/:id/request-correction': {
    relations: onApp(() => '/request-correction', { reason: '请补正' }),
    before: applicationIn('submitted', 'signed'),
  },
  'POST /api/v1/applications/:id/decide': {
    relations: onApp(() => '/decide', { decision: 'reject', reason: '不符合条件' }),
    before: applicationIn('accepted', 'signed'),
  },
  'GET /api/v1/applications/:id/letters/:letterId/pdf': {
    relations: onApp((p) => `/letters/${p.letterId}/pdf`),
    before: applicationIn('draft'),
  },
  'GET /api/v1/applications/:id/notices/:kind/pdf': {
    relations: onApp(() => '/notices/correction/pdf'),
    before: applicationIn('correction', 'signed'),
  },
  'GET /api/v1/applications/:id/files/:fileId': {
    relations: onApp((p) => `/files/${p.fileId}`),
    before: applicationIn('submitted'),
  },
  'PUT /api/v1/applications/:id/proofs/:entryId/file': {
    relations: {
      same: (_fx, _n, p) => ({
        url: `/api/v1/applications/${p.appId}/proofs/${p.submitEntryId}/file`,
        raw: { payload: PDF, contentType: 'application/pdf' },
      }),
      other: (_fx, _n, p) => ({
        url: `/api/v1/applications/${p.appId}/proofs/${p.submitEntryId}/file`,
        raw: { payload: PDF, contentType: 'application/pdf' },
      }),
    },
    before: applicationIn('draft'),
  },
  'PUT /api/v1/applications/:id/letters/:letterId/scan': {
    relations: {
      same: (_fx, _n, p) => ({
        url: `/api/v1/applications/${p.appId}/letters/${p.letterId}/scan`,
        raw: { payload: SCAN, contentType: 'application/pdf' },
      }),
      other: (_fx, _n, p) => ({
        url: `/api/v1/applications/${p.appId}/letters/${p.letterId}/scan`,
        raw: { payload: SCAN, contentType: 'application/pdf' },
      }),
    },
    before: applicationIn('draft'),
  },
  'GET /api/v1/public/letters/:number': {
    relations: { none: (_fx, _n, p) => ({ url: `/api/v1/public/letters/${p.letterNumber}` }) },
    before: applicationIn('submitted', 'signed'),
  },
  'GET /api/v1/public/commitments': { relations: { none: () => ({ url: '/api/v1/public/commitments' }) } },
  'GET /api/v1/credit/applicants/:applicantId': {
    relations: {
      same: (_fx, _n, p) => ({ url: `/api/v1/credit/applicants/${p.same}` }),
      other: (_fx, _n, p) => ({ url: `/api/v1/credit/applicants/${p.other}` }),
    },
    before: async (platform, fx) => ({
      same: await applicantIdOf(platform, fx.applicantUser),
      other: await applicantIdOf(platform, fx.otherApplicantUser),
    }),
  },
  'PUT /api/v1/credit/applicants/:applicantId': {
    relations: {
      same: (_fx, _n, p) => ({
        url: `/api/v1/credit/applicants/${p.same}`,
        body: { status: 'good', repaired: false, note: '' },
      }),
      other: (_fx, _n, p) => ({
        url: `/api/v1/credit/applicants/${p.other}`,
        body: { status: 'good', repaired: false, note: '' },
      }),
    },
    before: async (platform, fx) => ({
      same: await applicantIdOf(platform, fx.applicantUser),
      other: await applicantIdOf(platform, fx.otherApplicantUser),
    }),
  },
};
