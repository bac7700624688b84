import { saveDay } from '../platform/calendar/arrangements';
import { APPLICATION_CASES } from './authz-cases-applications';
import { publishLists, submitComment } from '../modules/catalog';
import type { Platform } from '../platform/context';
import {
  insertEntry,
  insertServiceItem,
  sampleWorkbook,
  serviceItemInput,
  serviceItemOf,
  validEntry,
} from './catalog-fixtures';
import { adjustmentRequests, listVersionEntries } from '../modules/catalog/tables';
import { createSynonyms } from '../modules/search';
import { createStaff } from '../modules/org';
import { FIXTURE_PASSWORD, type OrgFixture, newResidentId, rootCtx, wideGrants } from './fixtures';
import { principalUsername, setEnrolment } from './second-factor-fixtures';

/**
 * How the object relates to the caller: none (no object), own, same (city A, the caller's), other
 * (city B), or wider: a staff member or grant inside the caller's city that reaches beyond it (a
 * province-wide grant, a platform-wide one), which only a platform-wide administrator may touch.
 */
export type Relation = 'none' | 'own' | 'same' | 'other' | 'wider';
export interface MatrixRequest {
  url: string;
  body?: unknown;
  /** A file upload: sent as it is with this content type instead of JSON. */
  raw?: { payload: Buffer; contentType: string };
}
export type Prepared = Record<string, string>;
export interface RouteCase {
  /** How to call the route for each relation of caller to object that applies to it. */
  relations: Partial<
    Record<Relation, (fx: OrgFixture, n: number, prepared: Prepared) => MatrixRequest | MatrixRequest[]>
  >;
  /** The call ends the session (sign-out): use a session of its own. */
  freshSession?: boolean;
  /** Puts the object in place before each call (e.g. an entry in the stage the route acts on). */
  before?: (platform: Platform, fx: OrgFixture, relation: Relation, principal: string) => Promise<Prepared | void>;
}

/** A fresh entry of the "same" (city A) or "other" (city B) unit in a given workflow stage. */
const entryIn = (status: string) => async (platform: Platform, fx: OrgFixture, relation: Relation) => {
  const row = await insertEntry(platform, relation === 'other' ? fx.unitB : fx.unitA, status);
  return { entryId: row.id };
};
const onRegion = (path: string, body: unknown) => ({
  same: (fx: OrgFixture) => ({ url: `/api/v1/catalog/regions/${fx.cityA}${path}`, body }),
  other: (fx: OrgFixture) => ({ url: `/api/v1/catalog/regions/${fx.cityB}${path}`, body }),
});
/** A published version to read (made once per database). */
const versions = new Map<string, string>();
const aVersion = async (platform: Platform, fx: OrgFixture) => {
  let id = versions.get(platform.database.location + fx.cityA);
  if (!id) {
    await insertEntry(platform, fx.unitA2, 'approved');
    id = (
      await publishLists(rootCtx(platform), fx.cityA, {
        documentNumber: '济政字〔2026〕9号',
        effectiveDate: '2026-12-01',
      })
    ).id;
    versions.set(platform.database.location + fx.cityA, id);
  }
  return { versionId: id };
};
/** An adjustment request of the same or other city in a given state. */
const adjustmentIn =
  (status: 'submitted' | 'approved' | 'published') =>
  async (platform: Platform, fx: OrgFixture, relation: Relation) => {
    const unitId = relation === 'other' ? fx.unitB : fx.unitA;
    const itemId = await serviceItemOf(platform, unitId);
    const [row] = await platform.database.db
      .insert(adjustmentRequests)
      .values({
        regionCode: relation === 'other' ? fx.cityB : fx.cityA,
        unitId,
        kind: 'add',
        proposed: validEntry(`调整${Math.random()}证明`, { serviceItemIds: [itemId] }),
        reason: '测试',
        status,
        filingDue: status === 'published' ? '2026-12-10' : null,
      })
      .returning();
    return { adjustmentId: row!.id };
  };
const onAdjustment = (path: string, body: unknown) => ({
  same: (_fx: OrgFixture, _n: number, p: Prepared) => ({
    url: `/api/v1/catalog/adjustments/${p.adjustmentId}${path}`,
    body,
  }),
  other: (_fx: OrgFixture, _n: number, p: Prepared) => ({
    url: `/api/v1/catalog/adjustments/${p.adjustmentId}${path}`,
    body,
  }),
});
const xlsx = (p: Prepared) => ({
  payload: Buffer.from(p.workbook!, 'base64'),
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});
const onEntry = (path: string, body: unknown) => ({
  same: (_fx: OrgFixture, _n: number, p: Prepared) => ({ url: `/api/v1/catalog/entries/${p.entryId}${path}`, body }),
  other: (_fx: OrgFixture, _n: number, p: Prepared) => ({ url: `/api/v1/catalog/entries/${p.entryId}${path}`, body }),
});

const ROUND_DATES = {
  registration: '2026-09-25',
  unit_review: '2026-09-30',
  joint_review: '2026-10-25',
  consultation: '2026-10-30',
  approval: '2026-11-05',
  publication: '2026-11-10',
};
const none = (url: string, body?: unknown) => ({ none: () => ({ url, body }) });

/**
 * One entry per API route ("METHOD /path" as registered). The authz-matrix test fails when a route
 * has no entry here, so every new route must say how to call it for each relation.
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/v1/meta': { relations: none('/api/v1/meta') },
  'POST /api/v1/auth/login': {
    relations: none('/api/v1/auth/login', { username: 'm-staff-a', password: FIXTURE_PASSWORD }),
  },
  'POST /api/v1/auth/logout': { relations: none('/api/v1/auth/logout', {}), freshSession: true },
  'GET /api/v1/auth/session': { relations: { own: () => ({ url: '/api/v1/auth/session' }) } },
  'POST /api/v1/auth/password': {
    relations: {
      own: () => ({
        url: '/api/v1/auth/password',
        body: { currentPassword: FIXTURE_PASSWORD, newPassword: FIXTURE_PASSWORD },
      }),
    },
  },

  // The second factor (off in this suite: every session is full). Passing it rotates the session
  // token, so those calls use a session of their own.
  'POST /api/v1/auth/login/second-factor': {
    relations: { own: (_fx, _n, p) => ({ url: '/api/v1/auth/login/second-factor', body: { code: p.code } }) },
    before: async (platform, fx, _relation, principal) =>
      setEnrolment(platform, principalUsername(fx, principal), 'confirmed'),
    freshSession: true,
  },
  'GET /api/v1/auth/second-factor': { relations: { own: () => ({ url: '/api/v1/auth/second-factor' }) } },
  'POST /api/v1/auth/second-factor/enrolment': {
    relations: { own: () => ({ url: '/api/v1/auth/second-factor/enrolment', body: {} }) },
    before: async (platform, fx, _relation, principal) =>
      void (await setEnrolment(platform, principalUsername(fx, principal), 'none')),
  },
  'POST /api/v1/auth/second-factor/enrolment/confirm': {
    relations: {
      own: (_fx, _n, p) => ({ url: '/api/v1/auth/second-factor/enrolment/confirm', body: { code: p.code } }),
    },
    before: async (platform, fx, _relation, principal) =>
      setEnrolment(platform, principalUsername(fx, principal), 'pending'),
    freshSession: true,
  },
  'POST /api/v1/auth/second-factor/disable': {
    relations: { own: (_fx, _n, p) => ({ url: '/api/v1/auth/second-factor/disable', body: { code: p.code } }) },
    before: async (platform, fx, _relation, principal) =>
      setEnrolment(platform, principalUsername(fx, principal), 'confirmed'),
  },

  'GET /api/v1/regions': { relations: none('/api/v1/regions') },
  'POST /api/v1/regions': {
    relations: {
      same: (fx, n) => ({
        url: '/api/v1/regions',
        body: { code: `3708${String(50 + (n % 49)).padStart(2, '0')}`, name: `新区${n}`, parentCode: fx.cityA },
      }),
      other: (fx, n) => ({
        url: '/api/v1/regions',
        body: { code: `3713${String(50 + (n % 49)).padStart(2, '0')}`, name: `新区${n}`, parentCode: fx.cityB },
      }),
    },
  },
  'PATCH /api/v1/regions/:code': {
    relations: {
      same: (fx, n) => ({ url: `/api/v1/regions/${fx.countyA}`, body: { name: `任城区${n}` } }),
      other: (fx, n) => ({ url: `/api/v1/regions/${fx.countyB}`, body: { name: `兰山区${n}` } }),
    },
  },

  'GET /api/v1/units': { relations: none('/api/v1/units') },
  'GET /api/v1/units/:id': {
    relations: {
      same: (fx) => ({ url: `/api/v1/units/${fx.unitA}` }),
      other: (fx) => ({ url: `/api/v1/units/${fx.unitB}` }),
    },
  },
  'POST /api/v1/units': {
    relations: {
      same: (fx, n) => ({
        url: '/api/v1/units',
        body: { name: `矩阵单位${n}`, kind: 'department', regionCode: fx.cityA },
      }),
      other: (fx, n) => ({
        url: '/api/v1/units',
        body: { name: `矩阵单位${n}`, kind: 'department', regionCode: fx.cityB },
      }),
    },
  },
  'PATCH /api/v1/units/:id': {
    relations: {
      same: (fx, n) => ({ url: `/api/v1/units/${fx.unitA}`, body: { liaisonName: `联络员${n}` } }),
      other: (fx, n) => ({ url: `/api/v1/units/${fx.unitB}`, body: { liaisonName: `联络员${n}` } }),
    },
  },

  'GET /api/v1/staff': { relations: none('/api/v1/staff') },
  'POST /api/v1/staff': {
    relations: {
      same: (fx, n) => ({
        url: '/api/v1/staff',
        body: {
          username: `mx-${n}`,
          displayName: '新人',
          unitId: fx.unitA2,
          password: FIXTURE_PASSWORD,
          grants: [{ role: 'verifier', unitId: fx.unitA2 }],
        },
      }),
      other: (fx, n) => ({
        url: '/api/v1/staff',
        body: {
          username: `mx-${n}`,
          displayName: '新人',
          unitId: fx.unitB,
          password: FIXTURE_PASSWORD,
          grants: [{ role: 'verifier', unitId: fx.unitB }],
        },
      }),
      // At home in city A, but holding a grant that reaches wider: province, platform, another city's unit.
      wider: (fx, n) =>
        [
          { role: 'legal_reviewer', regionCode: '370000' },
          { role: 'admin' },
          { role: 'verifier', unitId: fx.unitB },
        ].map((grant, i) => ({
          url: '/api/v1/staff',
          body: {
            username: `mw-${n}-${i}`,
            displayName: '新人',
            unitId: fx.unitA2,
            password: FIXTURE_PASSWORD,
            grants: [{ role: 'verifier', unitId: fx.unitA2 }, grant],
          },
        })),
    },
  },
  'POST /api/v1/staff/:id/second-factor/reset': {
    relations: {
      same: (fx) => ({ url: `/api/v1/staff/${fx.staffA}/second-factor/reset`, body: {} }),
      other: (fx) => ({ url: `/api/v1/staff/${fx.staffB}/second-factor/reset`, body: {} }),
    },
  },
  'PATCH /api/v1/staff/:id': {
    relations: {
      same: (fx, n) => ({ url: `/api/v1/staff/${fx.staffA}`, body: { displayName: `甲${n}` } }),
      other: (fx, n) => ({ url: `/api/v1/staff/${fx.staffB}`, body: { displayName: `乙${n}` } }),
      // Every kind of edit of a member reaching wider, and widening a member of city A.
      wider: (fx, n, p) => [
        ...[
          { password: FIXTURE_PASSWORD },
          { disabled: true },
          { disabled: false },
          { unlock: true },
          { displayName: `丙${n}` },
          { grants: wideGrants(fx.unitA2) },
        ].map((body) => ({
          url: `/api/v1/staff/${fx.staffWide}`,
          body,
        })),
        ...[
          { role: 'legal_reviewer', regionCode: '370000' },
          { role: 'admin' },
          { role: 'verifier', unitId: fx.unitB },
        ].map((grant) => ({
          url: `/api/v1/staff/${p.staffId}`,
          body: { grants: [{ role: 'verifier', unitId: fx.unitA2 }, grant] },
        })),
      ],
    },
    // A member of city A of one's own to widen (a fresh one each time: a granted call leaves them wider).
    before: async (platform, fx, relation) => {
      if (relation !== 'wider') return;
      const username = `mt-${Math.random().toString(36).slice(2, 10)}`;
      const staff = await createStaff(rootCtx(platform), {
        username,
        displayName: '丁',
        unitId: fx.unitA2,
        password: FIXTURE_PASSWORD,
        grants: [{ role: 'verifier', unitId: fx.unitA2 }],
      });
      return { staffId: staff.id };
    },
  },

  'GET /api/v1/applicants': { relations: none('/api/v1/applicants') },
  'POST /api/v1/applicants': {
    relations: {
      none: (_fx, n) => ({
        url: '/api/v1/applicants',
        body: { kind: 'natural', name: `申请人${n}`, identifier: newResidentId() },
      }),
    },
  },
  'GET /api/v1/applicants/me': { relations: { own: () => ({ url: '/api/v1/applicants/me' }) } },

  'GET /api/v1/calendar/status': { relations: none('/api/v1/calendar/status') },
  'GET /api/v1/calendar/years/:year': { relations: none('/api/v1/calendar/years/2026') },
  'PUT /api/v1/calendar/years/:year': {
    relations: none('/api/v1/calendar/years/2031', { source: '测试年度', days: [] }),
  },
  'PUT /api/v1/calendar/days/:date': {
    relations: none('/api/v1/calendar/days/2026-12-26', { kind: 'holiday', name: '测试' }),
  },
  'DELETE /api/v1/calendar/days/:date': {
    relations: { none: () => ({ url: '/api/v1/calendar/days/2026-12-27' }) },
    before: async (platform) => void (await saveDay(rootCtx(platform), '2026-12-27', 'holiday', '测试')),
  },
  'GET /api/v1/calendar/add-working-days': {
    relations: none('/api/v1/calendar/add-working-days?from=2026-09-30&days=3'),
  },

  'GET /api/v1/catalog/service-items': { relations: none('/api/v1/catalog/service-items') },
  'GET /api/v1/catalog/service-items/:id': {
    relations: {
      same: (_fx, _n, p) => ({ url: `/api/v1/catalog/service-items/${p.itemId}` }),
      other: (_fx, _n, p) => ({ url: `/api/v1/catalog/service-items/${p.itemId}` }),
    },
    before: async (platform, fx, relation) => ({
      itemId: (await insertServiceItem(platform, relation === 'other' ? fx.unitB : fx.unitA, `GET-${Math.random()}`))
        .id,
    }),
  },
  'POST /api/v1/catalog/service-items': {
    relations: {
      same: (fx, n) => ({ url: '/api/v1/catalog/service-items', body: serviceItemInput(fx.unitA, `MX-${n}`) }),
      other: (fx, n) => ({ url: '/api/v1/catalog/service-items', body: serviceItemInput(fx.unitB, `MX-${n}`) }),
    },
  },
  'PUT /api/v1/catalog/service-items/:id': {
    relations: {
      same: (fx, n, p) => ({
        url: `/api/v1/catalog/service-items/${p.itemId}`,
        body: serviceItemInput(fx.unitA, `UP-${n}`),
      }),
      other: (fx, n, p) => ({
        url: `/api/v1/catalog/service-items/${p.itemId}`,
        body: serviceItemInput(fx.unitB, `UP-${n}`),
      }),
    },
    before: async (platform, fx, relation) => ({
      itemId: (await insertServiceItem(platform, relation === 'other' ? fx.unitB : fx.unitA, `PUT-${Math.random()}`))
        .id,
    }),
  },
  'GET /api/v1/catalog/entries': { relations: none('/api/v1/catalog/entries') },
  'GET /api/v1/catalog/entries/:id': { relations: onEntry('', undefined), before: entryIn('draft') },
  'GET /api/v1/catalog/entries/:id/timeline': { relations: onEntry('/timeline', undefined), before: entryIn('draft') },
  'POST /api/v1/catalog/entries': {
    relations: {
      same: (fx, n) => ({
        url: '/api/v1/catalog/entries',
        body: { unitId: fx.unitA, entry: validEntry(`矩阵证明${n}`) },
      }),
      other: (fx, n) => ({
        url: '/api/v1/catalog/entries',
        body: { unitId: fx.unitB, entry: validEntry(`矩阵证明${n}`) },
      }),
    },
  },
  'PUT /api/v1/catalog/entries/:id': {
    relations: {
      same: (_fx, n, p) => ({
        url: `/api/v1/catalog/entries/${p.entryId}`,
        body: { version: 1, entry: validEntry(`改名证明${n}`) },
      }),
      other: (_fx, n, p) => ({
        url: `/api/v1/catalog/entries/${p.entryId}`,
        body: { version: 1, entry: validEntry(`改名证明${n}`) },
      }),
    },
    before: entryIn('draft'),
  },
  'POST /api/v1/catalog/entries/check': {
    relations: none('/api/v1/catalog/entries/check', validEntry('无犯罪记录证明')),
  },
  'POST /api/v1/catalog/entries/:id/submit': { relations: onEntry('/submit', {}), before: entryIn('draft') },
  'POST /api/v1/catalog/entries/:id/withdraw': { relations: onEntry('/withdraw', {}), before: entryIn('draft') },
  'POST /api/v1/catalog/entries/:id/unit-review': {
    relations: onEntry('/unit-review', { decision: 'approve' }),
    before: entryIn('unit_review'),
  },
  'POST /api/v1/catalog/entries/:id/legal-review': {
    relations: onEntry('/legal-review', { decision: 'approve' }),
    before: entryIn('joint_review'),
  },
  'POST /api/v1/catalog/entries/:id/policy-review': {
    relations: onEntry('/policy-review', { decision: 'approve' }),
    before: entryIn('joint_review'),
  },

  'POST /api/v1/catalog/regions/:code/close-consultation': { relations: onRegion('/close-consultation', {}) },
  'POST /api/v1/catalog/regions/:code/approve': { relations: onRegion('/approve', {}) },
  'POST /api/v1/catalog/regions/:code/publish': {
    relations: onRegion('/publish', { documentNumber: '济政字〔2026〕1号', effectiveDate: '2026-12-01' }),
    before: entryIn('approved'),
  },
  'POST /api/v1/catalog/regions/:code/adoptions': {
    relations: onRegion('/adoptions', { adoptsRegionCode: '370000', documentNumber: '' }),
  },
  'GET /api/v1/catalog/regions/:code/adoptions': { relations: onRegion('/adoptions', undefined) },
  'GET /api/v1/public/lists/:code/versions': { relations: none('/api/v1/public/lists/370800/versions') },
  'GET /api/v1/public/lists/:code/effective': {
    relations: none('/api/v1/public/lists/370800/effective?list=retained'),
  },
  'GET /api/v1/public/lists/versions/:id': {
    relations: { none: (_fx, _n, p) => ({ url: `/api/v1/public/lists/versions/${p.versionId}` }) },
    before: aVersion,
  },
  'GET /api/v1/public/lists/versions/:id/diff': {
    relations: {
      none: (_fx, _n, p) => ({ url: `/api/v1/public/lists/versions/${p.versionId}/diff?against=${p.versionId}` }),
    },
    before: aVersion,
  },

  'GET /api/v1/public/proofs': { relations: none('/api/v1/public/proofs?q=%E8%AF%81%E6%98%8E&region=370800') },
  'GET /api/v1/public/proofs/suggest': { relations: none('/api/v1/public/proofs/suggest?q=%E8%AF%81%E6%98%8E') },
  'GET /api/v1/public/proofs/:id': {
    relations: { none: (_fx, _n, p) => ({ url: `/api/v1/public/proofs/${p.entryId}` }) },
    before: async (platform, fx) => {
      await aVersion(platform, fx);
      const [row] = await platform.database.db
        .select({ entryId: listVersionEntries.entryId })
        .from(listVersionEntries)
        .limit(1);
      return { entryId: row!.entryId };
    },
  },
  'GET /api/v1/public/regions': { relations: none('/api/v1/public/regions') },
  'GET /api/v1/public/qa': { relations: none('/api/v1/public/qa?q=%E6%89%BF%E8%AF%BA') },
  'GET /api/v1/search/synonyms': { relations: none('/api/v1/search/synonyms') },
  'POST /api/v1/search/synonyms': {
    relations: {
      none: (_fx, n) => ({ url: '/api/v1/search/synonyms', body: { terms: [`俗称甲${n}`, `俗称乙${n}`] } }),
    },
  },
  'PUT /api/v1/search/synonyms/:id': {
    relations: {
      none: (_fx, n, p) => ({
        url: `/api/v1/search/synonyms/${p.synonymId}`,
        body: { terms: [`俗称丙${n}`, `俗称丁${n}`] },
      }),
    },
    before: async (platform) => ({
      synonymId: (await createSynonyms(rootCtx(platform), { terms: [`改前${Math.random()}`, '改前乙'] })).id,
    }),
  },
  'DELETE /api/v1/search/synonyms/:id': {
    relations: { none: (_fx, _n, p) => ({ url: `/api/v1/search/synonyms/${p.synonymId}` }) },
    before: async (platform) => ({
      synonymId: (await createSynonyms(rootCtx(platform), { terms: [`删前${Math.random()}`, '删前乙'] })).id,
    }),
  },
  'GET /api/v1/public/consultations/:code': { relations: none('/api/v1/public/consultations/370800') },
  'POST /api/v1/public/consultations/:code/comments': {
    relations: {
      none: (fx) => ({
        url: `/api/v1/public/consultations/${fx.cityA}/comments`,
        body: { body: '建议取消此证明', authorName: '王小明' },
      }),
    },
    before: entryIn('consultation'),
  },
  'GET /api/v1/catalog/regions/:code/comments': { relations: onRegion('/comments', undefined) },
  'POST /api/v1/catalog/comments/:id/moderate': {
    relations: {
      same: (_fx, _n, p) => ({
        url: `/api/v1/catalog/comments/${p.commentId}/moderate`,
        body: { decision: 'publish', reply: '感谢您的意见' },
      }),
      other: (_fx, _n, p) => ({
        url: `/api/v1/catalog/comments/${p.commentId}/moderate`,
        body: { decision: 'publish', reply: '感谢您的意见' },
      }),
    },
    before: async (platform, fx, relation) => {
      const region = relation === 'other' ? fx.cityB : fx.cityA;
      await insertEntry(platform, relation === 'other' ? fx.unitB : fx.unitA, 'consultation');
      return { commentId: (await submitComment(rootCtx(platform), region, { body: '一条意见' })).id };
    },
  },

  'GET /api/v1/catalog/adjustments': { relations: none('/api/v1/catalog/adjustments') },
  'GET /api/v1/catalog/adjustments/overdue-filings': { relations: none('/api/v1/catalog/adjustments/overdue-filings') },
  'POST /api/v1/catalog/adjustments': {
    relations: {
      same: (fx, n, p) => ({
        url: '/api/v1/catalog/adjustments',
        body: {
          unitId: fx.unitA,
          kind: 'add',
          entry: validEntry(`调整证明${n}`, { serviceItemIds: [p.itemId!] }),
          reason: '新设依据',
        },
      }),
      other: (fx, n, p) => ({
        url: '/api/v1/catalog/adjustments',
        body: {
          unitId: fx.unitB,
          kind: 'add',
          entry: validEntry(`调整证明${n}`, { serviceItemIds: [p.itemId!] }),
          reason: '新设依据',
        },
      }),
    },
    before: async (platform, fx, relation) => ({
      itemId: await serviceItemOf(platform, relation === 'other' ? fx.unitB : fx.unitA),
    }),
  },
  'POST /api/v1/catalog/adjustments/:id/review': {
    relations: onAdjustment('/review', { decision: 'approve', comment: '同意' }),
    before: adjustmentIn('submitted'),
  },
  'POST /api/v1/catalog/adjustments/:id/filing': {
    relations: onAdjustment('/filing', { filingDocument: '鲁司备〔2026〕3号' }),
    before: adjustmentIn('published'),
  },
  'POST /api/v1/catalog/regions/:code/publish-adjustments': {
    relations: onRegion('/publish-adjustments', { documentNumber: '济政字〔2026〕30号', effectiveDate: '2026-12-01' }),
    before: adjustmentIn('approved'),
  },

  'POST /api/v1/catalog/rounds': {
    relations: {
      same: (fx, n) => ({
        url: '/api/v1/catalog/rounds',
        body: { regionCode: fx.cityA, title: `第${n}轮清理`, dueDates: ROUND_DATES },
      }),
      other: (fx, n) => ({
        url: '/api/v1/catalog/rounds',
        body: { regionCode: fx.cityB, title: `第${n}轮清理`, dueDates: ROUND_DATES },
      }),
    },
  },
  'GET /api/v1/catalog/rounds': { relations: none('/api/v1/catalog/rounds?regionCode=370800') },
  'GET /api/v1/catalog/overdue': { relations: none('/api/v1/catalog/overdue') },

  'POST /api/v1/catalog/units/:unitId/inventory/import': {
    relations: {
      same: (fx, _n, p) => ({ url: `/api/v1/catalog/units/${fx.unitA}/inventory/import`, raw: xlsx(p) }),
      other: (fx, _n, p) => ({ url: `/api/v1/catalog/units/${fx.unitB}/inventory/import`, raw: xlsx(p) }),
    },
    before: async () => ({ workbook: (await sampleWorkbook('inventory')).toString('base64') }),
  },
  'POST /api/v1/catalog/regions/:code/published/import': {
    relations: {
      same: (fx, n, p) => ({
        url: `/api/v1/catalog/regions/${fx.cityA}/published/import?documentNumber=${encodeURIComponent(`济政发〔2021〕${n}号`)}&effectiveDate=2021-06-08`,
        raw: xlsx(p),
      }),
      other: (fx, n, p) => ({
        url: `/api/v1/catalog/regions/${fx.cityB}/published/import?documentNumber=${encodeURIComponent(`临政发〔2021〕${n}号`)}&effectiveDate=2021-06-08`,
        raw: xlsx(p),
      }),
    },
    before: async () => ({ workbook: (await sampleWorkbook('published')).toString('base64') }),
  },
  'GET /api/v1/catalog/units/:unitId/inventory/export': {
    relations: {
      same: (fx) => ({ url: `/api/v1/catalog/units/${fx.unitA}/inventory/export` }),
      other: (fx) => ({ url: `/api/v1/catalog/units/${fx.unitB}/inventory/export` }),
    },
  },
  'GET /api/v1/public/lists/versions/:id/pdf': {
    relations: { none: (_fx, _n, p) => ({ url: `/api/v1/public/lists/versions/${p.versionId}/pdf?list=retained` }) },
    before: aVersion,
  },
  'GET /api/v1/public/lists/versions/:id/export': {
    relations: { none: (_fx, _n, p) => ({ url: `/api/v1/public/lists/versions/${p.versionId}/export?list=retained` }) },
    before: aVersion,
  },

  'GET /api/v1/audit/events': { relations: none('/api/v1/audit/events') },
  'POST /api/v1/audit/verify': { relations: none('/api/v1/audit/verify', {}) },
  'GET /api/v1/admin/dashboard': { relations: none('/api/v1/admin/dashboard') },
  ...APPLICATION_CASES,
};
