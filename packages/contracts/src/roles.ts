/**
 * Staff roles. A grant binds a role to one unit, or to a region and everything below it.
 * The Chinese label is what users see.
 */
export const ROLES = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  catalog_officer: { zh: '事项梳理员', en: 'Catalogue officer' },
  unit_head: { zh: '单位负责人', en: 'Unit head' },
  legal_reviewer: { zh: '合法性审查员（司法局）', en: 'Legal reviewer (Justice Bureau)' },
  policy_reviewer: { zh: '政策审查员（政务服务中心）', en: 'Policy reviewer (service centre)' },
  leadership_office: { zh: '领导小组办公室', en: 'Leadership group office' },
  window_clerk: { zh: '窗口人员', en: 'Window clerk' },
  verifier: { zh: '核查人员', en: 'Verifier' },
  credit_officer: { zh: '信用管理员', en: 'Credit officer' },
  complaint_handler: { zh: '投诉处理员', en: 'Complaint handler' },
  assessor: { zh: '考核人员', en: 'Assessor' },
  grid_worker: { zh: '网格员', en: 'Grid worker' },
} as const;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];

/** 单位类型 (SPEC §2.1). */
export const UNIT_KINDS = {
  department: { zh: '政府部门', en: 'Government department' },
  public_service: { zh: '公共服务企业（水电气、有线电视、银行、保险等）', en: 'Public-service company' },
  township: { zh: '乡镇（街道）', en: 'Township / street' },
  village: { zh: '村（社区）', en: 'Village / community' },
  justice_bureau: { zh: '司法局', en: 'Justice Bureau' },
  service_center: { zh: '政务服务中心（行政审批服务局）', en: 'Government service centre' },
  credit_office: { zh: '信用办（发展改革委）', en: 'Credit office' },
  leadership_office: { zh: '领导小组办公室（依法治市办）', en: 'Leadership group office' },
  discipline_inspection: { zh: '纪委监委', en: 'Discipline inspection' },
} as const;
export type UnitKind = keyof typeof UNIT_KINDS;
export const UNIT_KIND_NAMES = Object.keys(UNIT_KINDS) as UnitKind[];

export const REGION_LEVELS = {
  1: { zh: '省', en: 'Province' },
  2: { zh: '市', en: 'City' },
  3: { zh: '县（区）', en: 'County / district' },
  4: { zh: '乡镇（街道）', en: 'Township / street' },
  5: { zh: '村（社区）', en: 'Village / community' },
} as const;

/**
 * The prefix every code below a region starts with: 370000 → "37", 370800 → "3708",
 * 370811 → "370811"; 9-digit township and 12-digit village codes are their own prefix.
 */
export function regionPrefix(code: string): string {
  if (code.length === 6) {
    if (code.endsWith('0000')) return code.slice(0, 2);
    if (code.endsWith('00')) return code.slice(0, 4);
  }
  return code;
}

export function regionContains(ancestor: string, code: string): boolean {
  return code.startsWith(regionPrefix(ancestor));
}

/**
 * Roles that must pass a second factor (TOTP) at sign-in: 等保2.0 level 3 asks for two
 * authentication techniques for administrators, and reviewers and credit officers decide what
 * binds applicants. Other staff may enrol if they wish; applicants sign in with a password.
 */
export const SECOND_FACTOR_ROLES = [
  'admin',
  'legal_reviewer',
  'policy_reviewer',
  'credit_officer',
] as const satisfies readonly Role[];
