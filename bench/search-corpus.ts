/**
 * A synthetic province-wide catalogue for the search benchmark: real proof names, aliases, units,
 * laws and service items combined, so that the posting lists look like a real catalogue's (many
 * entries share 证明, 关系, 家庭; a few are rare). Deterministic for a given size.
 */
import type { PublishedEntry } from '@pfc/contracts';

type Snapshot = Omit<PublishedEntry, 'entryId' | 'lists' | 'source'>;

const PROOFS: Array<[string, string[]]> = [
  ['无犯罪记录证明', ['无犯罪证明', '良民证']],
  ['婚姻状况证明', ['结婚证明', '单身证明']],
  ['亲属关系证明', ['家庭关系证明']],
  ['居住证明', ['居住情况证明']],
  ['户籍证明', ['户口证明']],
  ['收入证明', ['工资证明']],
  ['最低生活保障家庭证明', ['低保证明']],
  ['出生医学证明', ['出生证']],
  ['死亡医学证明', ['死亡证明']],
  ['健康证明', ['体检证明']],
  ['无房证明', ['住房情况证明']],
  ['在职证明', ['工作证明']],
  ['学历证明', ['毕业证明']],
  ['失业登记证明', ['失业证明']],
  ['残疾等级证明', ['残疾证明']],
  ['独生子女证明', ['独生子女证']],
  ['特困人员供养证明', ['五保证明']],
  ['火化证明', ['火化证']],
  ['房屋权属证明', ['房产证明']],
  ['经营场所使用证明', ['场地证明']],
  ['安全生产条件证明', []],
  ['环境影响评价证明', ['环评证明']],
  ['纳税情况证明', ['完税证明']],
  ['社会保险缴费证明', ['社保证明']],
  ['医疗费用支出证明', []],
  ['子女入学居住证明', ['入学证明']],
  ['退役军人身份证明', ['退伍证明']],
  ['党员身份证明', []],
  ['养老保险待遇领取证明', ['养老金证明']],
  ['计划生育情况证明', ['计生证明']],
];
const PREFIXES = ['', '', '', '申请人', '家庭成员', '法定代表人', '拟任负责人', '配偶', '子女', '监护人'];
const COUNTIES = ['历下', '市中', '槐荫', '天桥', '历城', '长清', '章丘', '济阳', '莱芜', '钢城', '平阴', '商河', '任城', '兖州', '曲阜', '邹城', '微山', '鱼台', '金乡', '嘉祥', '汶上', '泗水', '梁山', '东平'];
const DEPARTMENTS = ['公安局', '民政局', '人力资源和社会保障局', '卫生健康委员会', '教育局', '住房和城乡建设局', '自然资源和规划局', '市场监督管理局', '税务局', '退役军人事务局', '医疗保障局', '生态环境局', '应急管理局', '司法局', '残疾人联合会'];
const LAWS: Array<[string, PublishedEntry['legalBasis'][number]['rank']]> = [
  ['《中华人民共和国行政许可法》', 'law'],
  ['《中华人民共和国社会保险法》', 'law'],
  ['《中华人民共和国教育法》', 'law'],
  ['《中华人民共和国户口登记条例》', 'administrative_regulation'],
  ['《社会救助暂行办法》', 'administrative_regulation'],
  ['《婚姻登记条例》', 'administrative_regulation'],
  ['《山东省社会救助办法》', 'rule'],
  ['《山东省实施〈中华人民共和国残疾人保障法〉办法》', 'local_regulation'],
  ['《最低生活保障审核确认办法》', 'normative_document'],
  ['《山东省人口与计划生育条例》', 'local_regulation'],
];
const ITEM_KINDS = ['最低生活保障审核确认', '临时救助申请', '教师资格认定', '婚姻登记', '户口迁移', '医疗救助', '公租房申请', '残疾人两项补贴', '高龄津贴发放', '就业困难人员认定', '养老保险待遇核定', '城乡居民医保参保登记', '营业执照办理', '食品经营许可', '建筑工程施工许可', '入学报名', '退役军人优待证申领', '特困人员认定', '丧葬补助金领取', '出入境证件办理'];
const FACTS = ['申请人的身份及家庭成员情况', '申请人在本地的实际居住情况', '申请人近一年的收入情况', '申请人是否存在犯罪记录', '申请人与相关人员的亲属关系', '申请人的婚姻登记情况', '申请人的健康状况'];
const REASONS = ['没有法律法规依据', '可通过数据共享获取', '申请人可书面承诺', '能被其他材料涵盖', '开具单位无法调查核实'];

/** A tiny deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function syntheticEntries(size: number, seed = 42): Array<{ entryId: string; lists: string[]; snapshot: Snapshot }> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const out: Array<{ entryId: string; lists: string[]; snapshot: Snapshot }> = [];
  for (let i = 0; i < size; i++) {
    const [base, aliases] = pick(PROOFS);
    const county = pick(COUNTIES);
    const department = pick(DEPARTMENTS);
    const unitName = `${county}区${department}`;
    const cancel = rand() < 0.4;
    const [instrument, rank] = pick(LAWS);
    const method = pick(['commitment', 'commitment', 'data_sharing', 'assistance', 'must_submit'] as const);
    const items = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ id: uuidFrom(rand), name: `${county}区${pick(ITEM_KINDS)}`, code: `37${String(i).padStart(6, '0')}` }));
    out.push({
      entryId: uuidFrom(rand),
      lists: cancel ? ['cancelled'] : method === 'commitment' ? ['retained', 'commitment'] : ['retained'],
      snapshot: {
        name: `${pick(PREFIXES)}${base}`,
        aliases,
        content: `证明${pick(FACTS)}，用于办理${items[0]!.name}。`,
        issuingUnitName: `${county}区${pick(DEPARTMENTS)}`,
        legalBasis: [{ instrument, article: `第${1 + Math.floor(rand() * 80)}条`, rank }],
        disposition: cancel ? 'cancel' : 'retain',
        cancelRule: cancel ? 1 + Math.floor(rand() * 7) : null,
        cancelReason: cancel ? pick(REASONS) : '',
        substitutes: cancel ? [] : [{ method, note: method === 'data_sharing' ? '省大数据平台共享数据' : '' }],
        mustSubmitReason: method === 'must_submit' && !cancel ? '法律规定须提交原件' : '',
        commitmentExcluded: false,
        exclusionCategory: null,
        disclosure: false,
        verificationPlan: null,
        remarks: '',
        unitId: uuidFrom(rand),
        unitName,
        serviceItems: items,
      },
    });
  }
  return out;
}

/** The fixed query set: exact names, colloquial questions, synonyms, traditional characters, service items. */
export const BENCH_QUERIES = [
  '无犯罪记录证明',
  '开无犯罪证明',
  '结婚要什么证明',
  '户口证明还要开吗',
  '低保',
  '居住证明',
  '無犯罪記錄證明',
  '出生证',
  '亲属关系证明怎么开',
  '收入证明',
  '教师资格认定',
  '社保',
  '独生子女',
  '健康证明',
  '残疾',
  '任城区民政局',
];
