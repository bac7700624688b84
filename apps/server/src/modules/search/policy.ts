import type { Policies } from '../../platform/access/policies';

/** Who may call each search route. */
export const SEARCH_POLICIES = {
  'public.search': { allow: 'anyone', scope: 'none', description: '查询已公布的证明事项、地区与实务问答（公众）' },
  'search.synonyms.list': { allow: ['admin'], scope: 'none', description: '查看查询用同义词' },
  'search.synonyms.manage': {
    allow: ['admin'],
    scope: 'none',
    platformWide: true,
    description: '维护查询用同义词（仅全平台管理员：同义词全平台通用）',
  },
} as const satisfies Policies;

type SearchPolicies = typeof SEARCH_POLICIES;
declare module '../../platform/access/policies' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the keys
  interface PolicyRegistry extends SearchPolicies {}
}
