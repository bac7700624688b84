/**
 * A synthetic province-wide catalogue for the search benchmark, shaped like a real one: thousands
 * of distinct proof names whose frequencies fall off like Zipf's law (无犯罪记录证明 and 居住证明 are
 * registered by many units of many counties; most names by a handful), each entry with its
 * county's unit, real service items, laws and a content line about what it proves. The head of the
 * distribution is real names (common proofs, then the demo city's entries with their real texts);
 * the long tail is combinations of issuer, person, subject and form (村（居）委会出具的 · 家庭成员 ·
 * 收入情况 · 证明). Deterministic for a given size.
 */
import type { LegalBasis, PublishedEntry } from '@pfc/contracts';
import { DEMO_PROOF_ENTRIES, DEMO_SERVICE_ITEMS } from '../apps/server/src/modules/catalog';

type Snapshot = Omit<PublishedEntry, 'entryId' | 'lists' | 'source'>;
type Rank = LegalBasis['rank'];

interface Template {
  name: string;
  aliases: string[];
  content: string;
  issuer: string;
  basis: LegalBasis[];
  items: string[];
  departments: string[];
}

/** Families of proofs: who registers them, for which service items, under which laws, about what. */
interface Family {
  departments: string[];
  issuers: string[];
  items: string[];
  laws: Array<[string, Rank]>;
  subjects: string[];
}

const FAMILIES: Family[] = [
  {
    departments: ['公安局'],
    issuers: ['户籍所在地公安派出所', '居住地公安派出所'],
    items: [
      '居民户口迁移登记',
      '普通护照签发',
      '居住证签发',
      '机动车驾驶证申领',
      '出生户口登记',
      '户口登记项目变更更正',
      '保安员证核发',
    ],
    laws: [
      ['《中华人民共和国户口登记条例》', 'administrative_regulation'],
      ['《居住证暂行条例》', 'administrative_regulation'],
      ['《中华人民共和国出境入境管理法》', 'law'],
    ],
    subjects: [
      '无犯罪记录',
      '户籍',
      '亲属关系',
      '户口迁移',
      '准予迁入',
      '暂住',
      '身份',
      '曾用名',
      '同一人',
      '户口注销',
      '出生日期',
      '监护关系',
      '实际居住',
    ],
  },
  {
    departments: ['民政局'],
    issuers: ['村（居）民委员会', '乡镇人民政府（街道办事处）'],
    items: [
      '最低生活保障审核确认',
      '临时救助审批',
      '特困人员认定',
      '高龄津贴申领',
      '内地居民结婚登记',
      '收养登记',
      '丧葬补助金领取',
      '社会团体成立登记',
      '孤儿基本生活费发放',
    ],
    laws: [
      ['《社会救助暂行办法》', 'administrative_regulation'],
      ['《婚姻登记条例》', 'administrative_regulation'],
      ['《山东省社会救助办法》', 'rule'],
      ['《最低生活保障审核确认办法》', 'normative_document'],
    ],
    subjects: [
      '婚姻状况',
      '最低生活保障家庭',
      '特困人员',
      '低收入家庭',
      '家庭经济困难',
      '孤儿',
      '事实无人抚养儿童',
      '收养关系',
      '无子女',
      '赡养关系',
      '抚养关系',
      '财产状况',
      '生存',
      '死亡',
      '火化',
      '年龄',
    ],
  },
  {
    departments: ['人力资源和社会保障局'],
    issuers: ['用人单位', '原工作单位', '公共就业服务机构'],
    items: [
      '失业保险金申领',
      '就业困难人员认定',
      '企业职工基本养老保险待遇核定',
      '工伤认定',
      '职业技能等级认定',
      '社会保险登记',
      '灵活就业人员社保补贴申领',
      '城乡居民基本养老保险待遇申领',
    ],
    laws: [
      ['《中华人民共和国社会保险法》', 'law'],
      ['《工伤保险条例》', 'administrative_regulation'],
      ['《失业保险条例》', 'administrative_regulation'],
      ['《中华人民共和国就业促进法》', 'law'],
    ],
    subjects: [
      '收入',
      '工资收入',
      '在职',
      '劳动关系',
      '工作年限',
      '工作经历',
      '离职',
      '失业',
      '就业困难',
      '零就业家庭',
      '灵活就业',
      '社会保险缴费',
      '养老保险待遇领取',
      '视同缴费年限',
      '特殊工种工作经历',
      '退休',
      '丧失劳动能力',
    ],
  },
  {
    departments: ['卫生健康委员会', '医疗保障局'],
    issuers: ['医疗机构', '妇幼保健院', '乡镇卫生院'],
    items: [
      '生育登记',
      '独生子女父母奖励',
      '计划生育特别扶助',
      '医疗救助',
      '异地就医备案',
      '生育津贴申领',
      '医师执业注册',
      '护士执业注册',
      '公共场所卫生许可',
    ],
    laws: [
      ['《中华人民共和国母婴保健法》', 'law'],
      ['《山东省人口与计划生育条例》', 'local_regulation'],
      ['《中华人民共和国基本医疗卫生与健康促进法》', 'law'],
      ['《医疗保障基金使用监督管理条例》', 'administrative_regulation'],
    ],
    subjects: [
      '出生医学',
      '死亡医学',
      '健康',
      '体检',
      '预防接种',
      '计划生育',
      '独生子女',
      '生育',
      '节育手术',
      '医疗费用支出',
      '疾病诊断',
      '转诊转院',
      '婚前医学检查',
      '残疾诊断',
    ],
  },
  {
    departments: ['教育局'],
    issuers: ['学校', '教育行政部门'],
    items: ['教师资格认定', '义务教育阶段随迁子女入学', '学籍转接', '普通高中国家助学金资格认定', '中等职业学校免学费'],
    laws: [
      ['《中华人民共和国教育法》', 'law'],
      ['《教师资格条例》', 'administrative_regulation'],
      ['《中华人民共和国义务教育法》', 'law'],
    ],
    subjects: ['学历', '学籍', '在读', '毕业', '连续就读', '普通话水平', '思想品德', '入学居住', '监护人务工就业'],
  },
  {
    departments: ['住房和城乡建设局', '自然资源和规划局'],
    issuers: ['不动产登记机构', '村（居）民委员会', '房屋产权人'],
    items: [
      '公共租赁住房保障资格审核',
      '不动产转移登记',
      '建筑工程施工许可证核发',
      '建设工程规划许可证核发',
      '农村宅基地审批',
      '住房公积金提取',
      '商品房预售许可',
    ],
    laws: [
      ['《不动产登记暂行条例》', 'administrative_regulation'],
      ['《中华人民共和国城乡规划法》', 'law'],
      ['《中华人民共和国建筑法》', 'law'],
      ['《公共租赁住房管理办法》', 'rule'],
    ],
    subjects: [
      '房屋权属',
      '无房',
      '住房情况',
      '房屋产权',
      '土地使用权',
      '宅基地使用',
      '房屋租赁',
      '竣工验收合格',
      '合法稳定住所',
      '建设资金落实',
      '土地被征收',
      '房屋安全鉴定',
    ],
  },
  {
    departments: ['市场监督管理局', '行政审批服务局'],
    issuers: ['住所产权人或出租人', '企业', '市场主体'],
    items: [
      '企业设立登记',
      '个体工商户设立登记',
      '食品经营许可',
      '小餐饮经营许可',
      '药品零售企业许可',
      '娱乐场所经营许可',
      '旅馆业特种行业许可证核发',
    ],
    laws: [
      ['《中华人民共和国市场主体登记管理条例》', 'administrative_regulation'],
      ['《中华人民共和国食品安全法》', 'law'],
      ['《中华人民共和国药品管理法》', 'law'],
      ['《娱乐场所管理条例》', 'administrative_regulation'],
    ],
    subjects: [
      '经营场所使用',
      '住所使用',
      '企业法人资格',
      '法定代表人任职资格',
      '股权',
      '注册资本',
      '食品安全管理人员培训合格',
      '营业场所和仓库使用',
      '质量负责人工作经历',
      '个体经营',
    ],
  },
  {
    departments: ['税务局'],
    issuers: ['税务机关'],
    items: ['不动产转移登记', '契税申报', '个人所得税汇算', '出口退税备案'],
    laws: [
      ['《中华人民共和国税收征收管理法》', 'law'],
      ['《中华人民共和国契税法》', 'law'],
    ],
    subjects: ['纳税', '完税', '契税完税', '欠税', '税收缴纳', '住房套数'],
  },
  {
    departments: ['农业农村局'],
    issuers: ['乡镇农业综合服务中心', '村民委员会'],
    items: ['农药经营许可', '种子生产经营许可', '动物防疫条件合格证核发', '土地承包经营权流转备案', '渔业船舶登记'],
    laws: [
      ['《农药管理条例》', 'administrative_regulation'],
      ['《中华人民共和国种子法》', 'law'],
      ['《中华人民共和国动物防疫法》', 'law'],
      ['《中华人民共和国农村土地承包法》', 'law'],
    ],
    subjects: [
      '农药经营人员专业能力',
      '种子生产经营',
      '动物防疫条件',
      '检疫',
      '产地',
      '土地承包经营权',
      '林权',
      '渔业船舶',
    ],
  },
  {
    departments: ['退役军人事务局', '残疾人联合会'],
    issuers: ['原部队', '县级残疾人联合会', '村（居）民委员会'],
    items: [
      '退役军人优待证申领',
      '残疾退役军人残疾等级评定',
      '困难残疾人生活补贴申请',
      '重度残疾人护理补贴申请',
      '烈士褒扬金发放',
    ],
    laws: [
      ['《中华人民共和国退役军人保障法》', 'law'],
      ['《军人抚恤优待条例》', 'administrative_regulation'],
      ['《山东省实施〈中华人民共和国残疾人保障法〉办法》', 'local_regulation'],
    ],
    subjects: [
      '退役军人身份',
      '服役',
      '退出现役',
      '伤残等级',
      '烈士遗属',
      '残疾',
      '残疾等级',
      '重度残疾人护理需求',
      '党员身份',
    ],
  },
  {
    departments: ['司法局', '应急管理局', '生态环境局', '交通运输局'],
    issuers: ['有关主管部门', '第三方检测机构', '用人单位'],
    items: [
      '法律援助申请',
      '律师执业许可',
      '危险化学品经营许可',
      '排污许可',
      '道路运输经营许可',
      '出租汽车驾驶员从业资格',
    ],
    laws: [
      ['《法律援助法》', 'law'],
      ['《中华人民共和国律师法》', 'law'],
      ['《安全生产许可证条例》', 'administrative_regulation'],
      ['《中华人民共和国道路运输条例》', 'administrative_regulation'],
    ],
    subjects: [
      '法律援助经济困难',
      '品行良好',
      '安全生产条件',
      '消防安全检查合格',
      '环境影响评价',
      '驾驶经历',
      '道路运输车辆',
      '从业资格',
      '无违法犯罪记录',
    ],
  },
];

const FORMS: Array<[string, number]> = [
  ['证明', 12],
  ['情况证明', 3],
  ['证明材料', 1],
  ['证明书', 1],
  ['登记证明', 0.5],
  ['登记表', 0.5],
  ['审批表', 0.3],
  ['确认书', 0.3],
  ['鉴定书', 0.3],
  ['报告', 0.3],
  ['核查表', 0.2],
  ['说明', 0.3],
  ['证', 0.3],
];
const PERSONS: Array<[string, number]> = [
  ['', 12],
  ['申请人', 1.5],
  ['家庭成员', 1],
  ['本人', 0.4],
  ['配偶', 0.5],
  ['子女', 0.5],
  ['父母', 0.4],
  ['法定代表人', 0.5],
  ['监护人', 0.3],
  ['共同生活家庭成员', 0.3],
  ['拟任负责人', 0.3],
  ['从业人员', 0.3],
];
const ISSUED_BY: Array<[string, number]> = [
  ['', 14],
  ['村（居）委会出具的', 0.6],
  ['用人单位出具的', 0.4],
  ['户籍所在地', 0.4],
  ['居住地', 0.3],
  ['派出所出具的', 0.3],
  ['医疗机构出具的', 0.3],
  ['原单位', 0.2],
];

/** Common proofs people ask about, with the names people use for them. */
const COMMON: Array<[string, string[]]> = [
  ['无犯罪记录证明', ['无犯罪证明', '良民证']],
  ['居住证明', ['居住情况证明']],
  ['婚姻状况证明', ['结婚证明', '单身证明']],
  ['亲属关系证明', ['家庭关系证明']],
  ['户籍证明', ['户口证明']],
  ['收入证明', ['工资证明']],
  ['健康证明', ['体检证明']],
  ['在职证明', ['工作证明']],
  ['最低生活保障家庭证明', ['低保证明']],
  ['出生医学证明', ['出生证']],
  ['死亡证明', ['死亡医学证明']],
  ['无房证明', ['住房情况证明']],
  ['学历证明', ['毕业证明']],
  ['经营场所使用证明', ['场地证明']],
  ['残疾等级证明', ['残疾证明']],
  ['家庭经济困难证明', ['贫困证明']],
  ['失业登记证明', ['失业证明']],
  ['独生子女证明', ['独生子女证']],
  ['房屋权属证明', ['房产证明']],
  ['社会保险缴费证明', ['社保证明']],
  ['纳税情况证明', ['完税证明']],
  ['特困人员供养证明', ['五保证明']],
  ['火化证明', ['火化证']],
  ['医疗费用支出证明', []],
  ['退役军人身份证明', ['退伍证明']],
  ['计划生育情况证明', ['计生证明']],
  ['养老保险待遇领取证明', ['养老金证明']],
  ['安全生产条件证明', []],
  ['环境影响评价证明', ['环评证明']],
  ['党员身份证明', []],
];

const COUNTIES = [
  '历下区',
  '市中区',
  '槐荫区',
  '天桥区',
  '历城区',
  '长清区',
  '章丘区',
  '济阳区',
  '莱芜区',
  '钢城区',
  '平阴县',
  '商河县',
  '任城区',
  '兖州区',
  '曲阜市',
  '邹城市',
  '微山县',
  '鱼台县',
  '金乡县',
  '嘉祥县',
  '汶上县',
  '泗水县',
  '梁山县',
  '黄岛区',
  '即墨区',
  '胶州市',
  '平度市',
  '莱西市',
  '张店区',
  '临淄区',
  '博山区',
  '周村区',
  '桓台县',
  '高青县',
  '沂源县',
  '滕州市',
  '东营区',
  '垦利区',
  '广饶县',
  '芝罘区',
  '福山区',
  '龙口市',
  '莱阳市',
  '莱州市',
  '招远市',
  '蓬莱区',
  '海阳市',
  '潍城区',
  '寒亭区',
  '青州市',
  '诸城市',
  '寿光市',
  '安丘市',
  '高密市',
  '昌邑市',
  '临朐县',
  '昌乐县',
  '泰山区',
  '岱岳区',
  '新泰市',
  '肥城市',
  '宁阳县',
  '东平县',
  '环翠区',
  '文登区',
  '荣成市',
  '乳山市',
  '东港区',
  '岚山区',
  '五莲县',
  '莒县',
  '兰山区',
  '罗庄区',
  '河东区',
  '沂南县',
  '郯城县',
  '沂水县',
  '兰陵县',
  '费县',
  '平邑县',
  '莒南县',
  '蒙阴县',
  '临沭县',
  '德城区',
  '陵城区',
  '禹城市',
  '乐陵市',
  '临邑县',
  '平原县',
  '夏津县',
  '武城县',
  '齐河县',
  '东昌府区',
  '临清市',
  '阳谷县',
  '莘县',
  '茌平区',
  '东阿县',
  '冠县',
  '高唐县',
  '滨城区',
  '沾化区',
  '惠民县',
  '阳信县',
  '无棣县',
  '博兴县',
  '邹平市',
  '牡丹区',
  '定陶区',
  '曹县',
  '单县',
  '成武县',
  '巨野县',
  '郓城县',
  '鄄城县',
  '东明县',
];
const FACT_OF = (subject: string) => [
  `申请人的${subject}情况`,
  `${subject}的有关事实`,
  `申请人及其家庭成员的${subject}情况`,
];

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
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(rand() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function weighted<T>(rand: () => number, list: ReadonlyArray<[T, number]>): T {
  const total = list.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [value, w] of list) if ((r -= w) < 0) return value;
  return list[list.length - 1]![0];
}

/** Distinct names in the catalogue; at 100k entries about half of them occur. */
const DISTINCT_NAMES = 12_000;
/** Zipf exponent of name frequencies. */
const ZIPF = 0.8;

/** Name templates, most frequent first: common proofs, the demo city's real entries, then combinations. */
function templates(rand: () => number): Template[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const familyOf = (name: string) => FAMILIES.find((f) => f.subjects.some((s) => name.includes(s))) ?? pick(FAMILIES);
  const fromFamily = (f: Family, name: string, aliases: string[], subject: string): Template => {
    const [instrument, rank] = pick(f.laws);
    return {
      name,
      aliases,
      content: `证明${pick(FACT_OF(subject))}`,
      issuer: pick(f.issuers),
      basis: [{ instrument, article: `第${1 + Math.floor(rand() * 60)}条`, rank }],
      items: f.items,
      departments: f.departments,
    };
  };
  const out: Template[] = COMMON.map(([name, aliases]) =>
    fromFamily(familyOf(name), name, aliases, name.replace(/(情况)?证明$/u, '')),
  );
  const seen = new Set(out.map((t) => t.name));

  const itemName = new Map(DEMO_SERVICE_ITEMS.map((i) => [i.code, i.name]));
  const demo: Template[] = [];
  for (const d of DEMO_PROOF_ENTRIES) {
    if (seen.has(d.entry.name)) continue;
    seen.add(d.entry.name);
    const f = familyOf(d.entry.name);
    demo.push({
      name: d.entry.name,
      aliases: d.entry.aliases,
      content: d.entry.content,
      issuer: d.entry.issuingUnitName,
      basis: d.entry.legalBasis,
      items: d.items.map((code) => itemName.get(code)).filter((n): n is string => !!n),
      departments: f.departments,
    });
  }
  const combos: Template[] = [];
  for (
    let tries = 0;
    combos.length + demo.length + out.length < DISTINCT_NAMES && tries < DISTINCT_NAMES * 40;
    tries++
  ) {
    const f = pick(FAMILIES);
    // Within a family the first subjects are the common ones.
    const subject = f.subjects[Math.floor(f.subjects.length * rand() ** 1.6)]!;
    const name = `${weighted(rand, ISSUED_BY)}${weighted(rand, PERSONS)}${subject}${weighted(rand, FORMS)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    // Some entries carry the plain name as an alias (村（居）委会出具的收入证明 → 收入证明).
    const plain = `${subject}证明`;
    combos.push(fromFamily(f, name, plain !== name && rand() < 0.3 ? [plain] : [], subject));
  }
  // The demo city's entries are real but not the most common: they mix into the first combinations.
  const middle = [...demo, ...combos.slice(0, demo.length * 4)].sort(() => rand() - 0.5);
  return [...out, ...middle, ...combos.slice(demo.length * 4)];
}

/** Cumulative Zipf weights over `n` ranks, for sampling a rank by binary search. */
function zipfTable(n: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1) ** ZIPF;
  for (let r = 0; r < n; r++) cumulative[r]! /= sum;
  return cumulative;
}

function sampleRank(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function syntheticEntries(
  size: number,
  seed = 42,
): Array<{ entryId: string; lists: string[]; snapshot: Snapshot }> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pool = templates(rand);
  const zipf = zipfTable(pool.length);
  const out: Array<{ entryId: string; lists: string[]; snapshot: Snapshot }> = [];
  for (let i = 0; i < size; i++) {
    const t = pool[sampleRank(zipf, rand())]!;
    const county = pick(COUNTIES);
    const unitName = `${county}${pick(t.departments)}`;
    const cancel = rand() < 0.4;
    const method = pick(['commitment', 'commitment', 'data_sharing', 'assistance', 'must_submit'] as const);
    const itemNames = t.items.length > 0 ? t.items : FAMILIES[0]!.items;
    const items = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
      id: uuidFrom(rand),
      name: pick(itemNames),
      code: `37${String(i).padStart(8, '0')}`,
    }));
    out.push({
      entryId: uuidFrom(rand),
      lists: cancel ? ['cancelled'] : method === 'commitment' ? ['retained', 'commitment'] : ['retained'],
      snapshot: {
        name: t.name,
        aliases: t.aliases,
        content: t.content,
        issuingUnitName: /(派出所|委员会|街道办事处|联合会|机关|中心)$/u.test(t.issuer)
          ? `${county}${t.issuer}`
          : t.issuer,
        legalBasis: t.basis,
        disposition: cancel ? 'cancel' : 'retain',
        cancelRule: cancel ? 1 + Math.floor(rand() * 7) : null,
        cancelReason: cancel
          ? pick([
              '没有法律法规依据',
              '可通过数据共享获取',
              '申请人可书面承诺',
              '能被其他材料涵盖',
              '开具单位无法调查核实',
            ])
          : '',
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

/** The fixed query set: what people type — exact names, colloquial questions, synonyms, traditional characters, service items, a unit. */
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
  '残疾证明怎么开',
  '孩子上学要居住证明吗',
  '办营业执照要什么证明',
  '死亡证明',
  '村委会开的困难证明',
  '任城区民政局',
];
