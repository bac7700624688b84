import type { Role, UnitKind } from '@pfc/contracts';

/**
 * The demo city: 济宁市 (370800, 山东省), the city of seed 004. Province, city and county codes are
 * the real GB/T 2260 codes; township and community codes below them are illustrative.
 */
export const DEMO_REGIONS: Array<{ code: string; name: string; parentCode: string | null }> = [
  { code: '370000', name: '山东省', parentCode: null },
  { code: '370800', name: '济宁市', parentCode: '370000' },
  { code: '370811', name: '任城区', parentCode: '370800' },
  { code: '370812', name: '兖州区', parentCode: '370800' },
  { code: '370826', name: '微山县', parentCode: '370800' },
  { code: '370827', name: '鱼台县', parentCode: '370800' },
  { code: '370828', name: '金乡县', parentCode: '370800' },
  { code: '370829', name: '嘉祥县', parentCode: '370800' },
  { code: '370830', name: '汶上县', parentCode: '370800' },
  { code: '370831', name: '泗水县', parentCode: '370800' },
  { code: '370832', name: '梁山县', parentCode: '370800' },
  { code: '370881', name: '曲阜市', parentCode: '370800' },
  { code: '370883', name: '邹城市', parentCode: '370800' },
  { code: '370811001', name: '古槐街道', parentCode: '370811' },
  { code: '370811002', name: '济阳街道', parentCode: '370811' },
  { code: '370881001', name: '鲁城街道', parentCode: '370881' },
  { code: '370883001', name: '钢山街道', parentCode: '370883' },
  { code: '370811001001', name: '古槐街道太白楼社区', parentCode: '370811001' },
  { code: '370881001001', name: '鲁城街道孔府社区', parentCode: '370881001' },
];

export interface DemoUnit {
  key: string;
  name: string;
  kind: UnitKind;
  regionCode: string;
  leaderName?: string;
  leaderTitle?: string;
  liaisonName?: string;
  liaisonPhone?: string;
}

const city = '370800';
export const DEMO_UNITS: DemoUnit[] = [
  { key: 'leadership', name: '中共济宁市委全面依法治市委员会办公室', kind: 'leadership_office', regionCode: city, leaderName: '周立新', leaderTitle: '主任', liaisonName: '韩雪', liaisonPhone: '0537-2341001' },
  { key: 'justice', name: '济宁市司法局', kind: 'justice_bureau', regionCode: city, leaderName: '孙建国', leaderTitle: '局长', liaisonName: '李明', liaisonPhone: '0537-2341002' },
  { key: 'service', name: '济宁市行政审批服务局', kind: 'service_center', regionCode: city, leaderName: '王海燕', leaderTitle: '局长', liaisonName: '赵倩', liaisonPhone: '0537-2341003' },
  { key: 'ndrc', name: '济宁市发展和改革委员会', kind: 'credit_office', regionCode: city, leaderName: '刘志强', leaderTitle: '主任', liaisonName: '钱磊', liaisonPhone: '0537-2341004' },
  { key: 'discipline', name: '济宁市纪委监委', kind: 'discipline_inspection', regionCode: city, leaderName: '陈刚', leaderTitle: '书记', liaisonName: '吴静', liaisonPhone: '0537-2341005' },
  { key: 'police', name: '济宁市公安局', kind: 'department', regionCode: city, leaderName: '马骏', leaderTitle: '局长', liaisonName: '郑浩', liaisonPhone: '0537-2341006' },
  { key: 'civil', name: '济宁市民政局', kind: 'department', regionCode: city, leaderName: '杨丽', leaderTitle: '局长', liaisonName: '冯晓', liaisonPhone: '0537-2341007' },
  { key: 'hrss', name: '济宁市人力资源和社会保障局', kind: 'department', regionCode: city, leaderName: '何平', leaderTitle: '局长', liaisonName: '许诺', liaisonPhone: '0537-2341008' },
  { key: 'land', name: '济宁市自然资源和规划局', kind: 'department', regionCode: city, leaderName: '高山', leaderTitle: '局长', liaisonName: '罗兰', liaisonPhone: '0537-2341009' },
  { key: 'housing', name: '济宁市住房和城乡建设局', kind: 'department', regionCode: city, leaderName: '林峰', leaderTitle: '局长', liaisonName: '梁田', liaisonPhone: '0537-2341010' },
  { key: 'health', name: '济宁市卫生健康委员会', kind: 'department', regionCode: city, leaderName: '宋佳', leaderTitle: '主任', liaisonName: '唐宁', liaisonPhone: '0537-2341011' },
  { key: 'market', name: '济宁市市场监督管理局', kind: 'department', regionCode: city, leaderName: '董明', leaderTitle: '局长', liaisonName: '萧瑶', liaisonPhone: '0537-2341012' },
  { key: 'education', name: '济宁市教育局', kind: 'department', regionCode: city, leaderName: '袁博', leaderTitle: '局长', liaisonName: '邓超', liaisonPhone: '0537-2341013' },
  { key: 'medical', name: '济宁市医疗保障局', kind: 'department', regionCode: city, leaderName: '曹阳', leaderTitle: '局长', liaisonName: '彭程', liaisonPhone: '0537-2341014' },
  { key: 'veterans', name: '济宁市退役军人事务局', kind: 'department', regionCode: city, leaderName: '蒋伟', leaderTitle: '局长', liaisonName: '蔡琳', liaisonPhone: '0537-2341015' },
  { key: 'power', name: '国网山东省电力公司济宁供电公司', kind: 'public_service', regionCode: city, leaderName: '贾军', leaderTitle: '总经理', liaisonName: '丁一', liaisonPhone: '0537-2341016' },
  { key: 'water', name: '济宁市水务集团有限公司', kind: 'public_service', regionCode: city, leaderName: '魏东', leaderTitle: '董事长', liaisonName: '薛梅', liaisonPhone: '0537-2341017' },
  { key: 'gas', name: '济宁华润燃气有限公司', kind: 'public_service', regionCode: city, leaderName: '叶青', leaderTitle: '总经理', liaisonName: '阎红', liaisonPhone: '0537-2341018' },
  { key: 'rc-justice', name: '任城区司法局', kind: 'justice_bureau', regionCode: '370811', leaderName: '余涛', leaderTitle: '局长', liaisonName: '潘越', liaisonPhone: '0537-2211001' },
  { key: 'rc-service', name: '任城区行政审批服务局', kind: 'service_center', regionCode: '370811', leaderName: '杜鹃', leaderTitle: '局长', liaisonName: '戴安', liaisonPhone: '0537-2211002' },
  { key: 'rc-police', name: '济宁市公安局任城分局', kind: 'department', regionCode: '370811', leaderName: '夏雨', leaderTitle: '局长', liaisonName: '钟声', liaisonPhone: '0537-2211003' },
  { key: 'rc-civil', name: '任城区民政局', kind: 'department', regionCode: '370811', leaderName: '汪洋', leaderTitle: '局长', liaisonName: '田甜', liaisonPhone: '0537-2211004' },
  { key: 'rc-hrss', name: '任城区人力资源和社会保障局', kind: 'department', regionCode: '370811', leaderName: '任重', leaderTitle: '局长', liaisonName: '姜华', liaisonPhone: '0537-2211005' },
  { key: 'rc-guhuai', name: '任城区古槐街道办事处', kind: 'township', regionCode: '370811001', leaderName: '范伟', leaderTitle: '主任', liaisonName: '方圆', liaisonPhone: '0537-2211006' },
  { key: 'rc-taibai', name: '古槐街道太白楼社区居民委员会', kind: 'village', regionCode: '370811001001', leaderName: '石磊', leaderTitle: '主任', liaisonName: '金晶', liaisonPhone: '0537-2211007' },
  { key: 'qf-justice', name: '曲阜市司法局', kind: 'justice_bureau', regionCode: '370881', leaderName: '孔祥', leaderTitle: '局长', liaisonName: '颜回', liaisonPhone: '0537-4411001' },
  { key: 'qf-service', name: '曲阜市行政审批服务局', kind: 'service_center', regionCode: '370881', leaderName: '曾静', leaderTitle: '局长', liaisonName: '孟轲', liaisonPhone: '0537-4411002' },
  { key: 'qf-police', name: '曲阜市公安局', kind: 'department', regionCode: '370881', leaderName: '仲由', leaderTitle: '局长', liaisonName: '端木', liaisonPhone: '0537-4411003' },
  { key: 'qf-civil', name: '曲阜市民政局', kind: 'department', regionCode: '370881', leaderName: '冉求', leaderTitle: '局长', liaisonName: '卜商', liaisonPhone: '0537-4411004' },
  { key: 'qf-lucheng', name: '曲阜市鲁城街道办事处', kind: 'township', regionCode: '370881001', leaderName: '言偃', leaderTitle: '主任', liaisonName: '宰予', liaisonPhone: '0537-4411005' },
  { key: 'zc-justice', name: '邹城市司法局', kind: 'justice_bureau', regionCode: '370883', leaderName: '万章', leaderTitle: '局长', liaisonName: '公孙', liaisonPhone: '0537-5211001' },
  { key: 'zc-service', name: '邹城市行政审批服务局', kind: 'service_center', regionCode: '370883', leaderName: '乐正', leaderTitle: '局长', liaisonName: '屋庐', liaisonPhone: '0537-5211002' },
  { key: 'zc-police', name: '邹城市公安局', kind: 'department', regionCode: '370883', leaderName: '陈臻', leaderTitle: '局长', liaisonName: '徐辟', liaisonPhone: '0537-5211003' },
  { key: 'zc-hrss', name: '邹城市人力资源和社会保障局', kind: 'department', regionCode: '370883', leaderName: '咸丘', leaderTitle: '局长', liaisonName: '彭更', liaisonPhone: '0537-5211004' },
  { key: 'zc-gangshan', name: '邹城市钢山街道办事处', kind: 'township', regionCode: '370883001', leaderName: '高子', leaderTitle: '主任', liaisonName: '浩生', liaisonPhone: '0537-5211005' },
];

export interface DemoStaff {
  username: string;
  displayName: string;
  unit: string;
  label: string;
  grants: Array<{ role: Role; unit?: string; regionCode?: string | null }>;
}

/** One demo user per role, plus a district administrator to show region scoping. */
export const DEMO_STAFF: DemoStaff[] = [
  { username: 'admin', displayName: '系统管理员', unit: 'service', label: '系统管理员（全平台）', grants: [{ role: 'admin', regionCode: null }] },
  { username: 'rcadmin', displayName: '任城区管理员', unit: 'rc-service', label: '系统管理员（任城区）', grants: [{ role: 'admin', regionCode: '370811' }] },
  { username: 'catalog', displayName: '冯晓', unit: 'civil', label: '事项梳理员（市民政局）', grants: [{ role: 'catalog_officer', unit: 'civil' }] },
  { username: 'unithead', displayName: '杨丽', unit: 'civil', label: '单位负责人（市民政局）', grants: [{ role: 'unit_head', unit: 'civil' }] },
  { username: 'legal', displayName: '李明', unit: 'justice', label: '合法性审查员（市司法局）', grants: [{ role: 'legal_reviewer', regionCode: '370800' }] },
  { username: 'policy', displayName: '赵倩', unit: 'service', label: '政策审查员（市行政审批服务局）', grants: [{ role: 'policy_reviewer', regionCode: '370800' }] },
  { username: 'leader', displayName: '韩雪', unit: 'leadership', label: '领导小组办公室（市依法治市办）', grants: [{ role: 'leadership_office', regionCode: '370800' }] },
  { username: 'clerk', displayName: '戴安', unit: 'rc-service', label: '窗口人员（任城区行政审批服务局）', grants: [{ role: 'window_clerk', unit: 'rc-service' }] },
  { username: 'verifier', displayName: '许诺', unit: 'civil', label: '核查人员（市民政局）', grants: [{ role: 'verifier', unit: 'civil' }] },
  { username: 'credit', displayName: '钱磊', unit: 'ndrc', label: '信用管理员（市发改委）', grants: [{ role: 'credit_officer', regionCode: '370800' }] },
  { username: 'complaint', displayName: '吴静', unit: 'justice', label: '投诉处理员（市司法局）', grants: [{ role: 'complaint_handler', regionCode: '370800' }] },
  { username: 'assessor', displayName: '孙悦', unit: 'justice', label: '考核人员（市司法局）', grants: [{ role: 'assessor', regionCode: '370800' }] },
  { username: 'grid', displayName: '金晶', unit: 'rc-taibai', label: '网格员（太白楼社区）', grants: [{ role: 'grid_worker', unit: 'rc-taibai' }] },
];

export interface DemoApplicant {
  username: string;
  kind: 'natural' | 'legal';
  name: string;
  /** First 17 characters; the check character is computed (GB 11643 / GB 32100). */
  identifierBody: string;
  phone: string;
  regionCode: string;
  legalRepresentative?: string;
  label: string;
}

export const DEMO_APPLICANTS: DemoApplicant[] = [
  { username: 'zhangsan', kind: 'natural', name: '张三', identifierBody: '37081119850312003', phone: '13853712345', regionCode: '370811', label: '申请人（自然人 张三）' },
  { username: 'lisi', kind: 'natural', name: '李四', identifierBody: '37088119920704102', phone: '13953754321', regionCode: '370881', label: '申请人（自然人 李四）' },
  { username: 'wangfang', kind: 'natural', name: '王芳', identifierBody: '37088319780921204', phone: '15853798765', regionCode: '370883', label: '申请人（自然人 王芳）' },
  { username: 'company', kind: 'legal', name: '济宁鲁泰商贸有限公司', identifierBody: '91370800MA3C4D5E6', phone: '05372345678', regionCode: '370811', legalRepresentative: '赵德', label: '申请人（法人 济宁鲁泰商贸有限公司）' },
];
