import { ROLE_NAMES, type Role } from '@pfc/contracts';

/**
 * Who may call each API route: the declarative policy tables (RELIABILITY rule 1). The platform's
 * own routes are below; each module keeps its routes' policies in its `policy.ts`, and the module
 * list (apps/server/src/modules.ts) joins them into one table. Every route under /api/v1 names one
 * key; a route without one fails at start-up and in the authz-matrix test.
 *
 * `allow` is checked before the handler runs (403 when it fails). `scope` says how the use case
 * narrows objects afterwards; objects outside the scope answer 404 (no existence oracle).
 */
export interface Policy {
  allow: 'anyone' | 'signed_in' | 'staff' | 'applicant' | readonly Role[];
  scope: 'none' | 'own' | 'unit' | 'region';
  /** Applicants (signed in as themselves) are allowed too, besides the roles in `allow`. */
  applicants?: boolean;
  /** Only a platform-wide grant of an allowed role will do (national data such as the calendar). */
  platformWide?: boolean;
  /** A half-signed-in session (password only, second factor pending) may call it: the code step. */
  secondFactorStep?: boolean;
  description: string;
}

/** A module's (or the platform's) policies, by route key. */
export type Policies = Readonly<Record<string, Policy>>;

/** The platform's own routes: meta, sign-in and second factor, calendar, audit. */
export const PLATFORM_POLICIES = {
  'public.meta': { allow: 'anyone', scope: 'none', description: '平台基本信息' },
  'auth.login': { allow: 'anyone', scope: 'none', description: '登录' },
  'auth.logout': { allow: 'anyone', scope: 'none', secondFactorStep: true, description: '退出登录' },
  'auth.session': { allow: 'signed_in', scope: 'own', secondFactorStep: true, description: '查看当前会话' },
  'auth.second_factor.verify': {
    allow: 'staff',
    scope: 'own',
    secondFactorStep: true,
    description: '登录第二步：输入动态验证码或恢复码',
  },
  'auth.second_factor.status': {
    allow: 'staff',
    scope: 'own',
    secondFactorStep: true,
    description: '查看本人第二因素状态',
  },
  'auth.second_factor.enrol': {
    allow: 'staff',
    scope: 'own',
    secondFactorStep: true,
    description: '绑定动态验证码（生成密钥、确认）',
  },
  'auth.second_factor.disable': { allow: 'staff', scope: 'own', description: '停用本人动态验证码（仅非必须角色）' },
  'auth.password': { allow: 'signed_in', scope: 'own', description: '修改本人密码' },

  'calendar.status': { allow: 'staff', scope: 'none', description: '工作日历覆盖情况' },
  'calendar.years.get': { allow: 'staff', scope: 'none', description: '查看某年节假日安排' },
  'calendar.years.create': {
    allow: ['admin'],
    scope: 'none',
    platformWide: true,
    description: '新增年度节假日安排（仅全平台管理员）',
  },
  'calendar.days.upsert': {
    allow: ['admin'],
    scope: 'none',
    platformWide: true,
    description: '修改某日安排（仅全平台管理员）',
  },
  'calendar.days.delete': {
    allow: ['admin'],
    scope: 'none',
    platformWide: true,
    description: '删除某日安排（仅全平台管理员）',
  },
  'calendar.add': { allow: 'anyone', scope: 'none', description: '按工作日推算期限' },

  'audit.list': { allow: ['admin'], scope: 'none', platformWide: true, description: '查看审计日志' },
  'audit.verify': { allow: ['admin'], scope: 'none', platformWide: true, description: '校验审计链' },
} as const satisfies Record<string, Policy>;

type PlatformPolicies = typeof PLATFORM_POLICIES;

/**
 * Every policy key of the app, so that a route's `config.policy` is checked when it compiles (a typo
 * fails typecheck). Each module adds its table by declaration merging in its policy.ts, the way
 * Fastify's plugins extend Fastify's types:
 *
 *     type CatalogPolicies = typeof CATALOG_POLICIES;
 *     declare module '../../platform/access/policies' {
 *       interface PolicyRegistry extends CatalogPolicies {}
 *     }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the keys
export interface PolicyRegistry extends PlatformPolicies {}

export type PolicyKey = keyof PolicyRegistry & string;

/** Joins the platform's and the modules' tables into the one the access hooks read; a key may appear once. */
export function policyTable(tables: readonly Policies[]): ReadonlyMap<string, Policy> {
  const all = new Map<string, Policy>();
  for (const table of tables)
    for (const [key, policy] of Object.entries(table)) {
      if (all.has(key)) throw new Error(`policy ${key} is declared twice`);
      all.set(key, policy);
    }
  return all;
}

/**
 * The roles a policy admits ('staff': every role; 'anyone', 'signed_in', 'applicant': none), so a
 * use case scopes what it reads by the same roles the route admits instead of restating them.
 */
export function rolesOf(policy: Policy): readonly Role[] {
  if (policy.allow === 'staff') return ROLE_NAMES;
  return typeof policy.allow === 'string' ? [] : policy.allow;
}
