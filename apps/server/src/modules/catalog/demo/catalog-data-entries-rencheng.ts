/** Proof entries of 任城区 (370811): the public-security branch and the civil-affairs bureau. */
import {
  type DemoProofEntry,
  assist,
  assisted,
  cancel,
  commit,
  law,
  normative,
  online,
  onSite,
  regulation,
  retain,
  share,
} from './catalog-data-build';

const HOUSEHOLD_MOVE = '370811-GA-001';
const BIRTH_DEATH = '370811-GA-002';
const RESIDENCE_PERMIT = '370811-GA-003';
const SUBSISTENCE = '370811-MZ-001';
const EXTREME_POVERTY = '370811-MZ-002';
const MARRIAGE = '370811-MZ-003';

const HOUSEHOLD_ACT = (article: string) => law('《中华人民共和国户口登记条例》', article);
const RESIDENCE_ACT = (article: string) => regulation('《居住证暂行条例》', article);
const ASSISTANCE_ACT = (article: string) => regulation('《社会救助暂行办法》', article);
const ECONOMIC_CHECK =
  '由区民政局通过居民家庭经济状况核对平台核对户籍、社保、不动产、车辆、存款等信息（《社会救助暂行办法》第五十八条）';

export const RENCHENG_ENTRIES: DemoProofEntry[] = [
  cancel('rc-police', [HOUSEHOLD_MOVE], {
    name: '亲属关系证明',
    aliases: ['投靠关系证明', '父母子女关系证明', '亲属证明'],
    content: '投靠人与被投靠人之间的亲属关系',
    issuer: '户籍所在地公安派出所或村（居）民委员会',
    rule: 5,
    reason: '亲属关系通过全国人口信息系统和出生、婚姻登记信息核验，不再要求申请人往返开具。',
  }),
  cancel('rc-police', [HOUSEHOLD_MOVE], {
    name: '房屋产权证明',
    aliases: ['房产证明', '住房证明', '合法稳定住所证明'],
    content: '被投靠人在本区拥有合法稳定住所',
    issuer: '区不动产登记中心',
    rule: 5,
    reason: '住所信息通过不动产登记信息共享核验。',
  }),
  cancel('rc-police', [HOUSEHOLD_MOVE], {
    name: '婚姻状况证明',
    aliases: ['结婚证明', '夫妻关系证明', '婚姻关系证明'],
    content: '夫妻投靠的申请人与被投靠人存在婚姻关系',
    issuer: '婚姻登记机关',
    rule: 5,
    reason: '婚姻关系通过民政部门婚姻登记信息共享核验，申请人也可出示结婚证。',
  }),
  retain('rc-police', [BIRTH_DEATH], {
    name: '出生医学证明',
    aliases: ['出生证', '出生证明', '新生儿出生证明'],
    content: '新生儿的出生时间、地点和父母信息',
    issuer: '助产医疗机构',
    basis: [HOUSEHOLD_ACT('第七条'), law('《中华人民共和国母婴保健法》', '第二十三条')],
    substitutes: [share('山东省电子出生医学证明数据（卫生健康部门共享）')],
    exclusion: 'public_safety',
    remarks: '出生登记是公民身份的起点，不适用告知承诺；无电子数据的（境外出生等）仍需提交纸质证明。',
  }),
  cancel('rc-police', [BIRTH_DEATH], {
    name: '亲子鉴定证明',
    aliases: ['亲子鉴定报告', 'DNA鉴定证明'],
    content: '非婚生育子女与父亲之间的亲子关系',
    issuer: '司法鉴定机构',
    rule: 4,
    reason:
      '出生医学证明已载明父母信息，非婚生育子女可凭出生医学证明随父或随母登记，仅在出生医学证明无父亲信息且要求随父登记时另行调查。',
  }),
  retain('rc-police', [BIRTH_DEATH], {
    name: '死亡证明',
    aliases: ['居民死亡医学证明书', '死亡医学证明', '火化证明'],
    content: '公民已经死亡及死亡时间',
    issuer: '医疗卫生机构或公安机关',
    basis: [HOUSEHOLD_ACT('第八条')],
    substitutes: [commit(), share('卫生健康部门死亡医学证明信息、殡葬火化信息')],
    plan: online(5, 1),
  }),
  retain('rc-police', [RESIDENCE_PERMIT], {
    name: '合法稳定住所证明',
    aliases: ['居住地址证明', '租房合同', '住宿证明'],
    content: '申请人在本区有合法稳定住所',
    issuer: '房屋出租人、用人单位或就读学校',
    basis: [RESIDENCE_ACT('第九条第二款')],
    substitutes: [commit(), share('出租房屋登记信息、不动产登记信息')],
    plan: online(10, 0.3),
  }),
  retain('rc-police', [RESIDENCE_PERMIT], {
    name: '合法稳定就业证明',
    aliases: ['就业证明', '劳动合同', '在职证明'],
    content: '申请人在本区有合法稳定就业',
    issuer: '用人单位',
    basis: [RESIDENCE_ACT('第九条第二款')],
    substitutes: [commit(), share('社会保险参保信息、市场主体登记信息')],
    plan: online(10, 0.3),
  }),
  retain('rc-police', [RESIDENCE_PERMIT], {
    name: '连续就读证明',
    aliases: ['在读证明', '就读证明', '学籍证明'],
    content: '申请人在本区学校连续就读',
    issuer: '就读学校',
    basis: [RESIDENCE_ACT('第九条第二款')],
    substitutes: [commit(), share('教育部门学籍管理系统在籍信息')],
    plan: online(10, 0.3),
  }),
  // 任城区民政局
  cancel('rc-civil', [SUBSISTENCE], {
    name: '收入证明',
    aliases: ['工资收入证明', '家庭收入证明', '低收入证明'],
    content: '申请家庭成员的工资性收入、经营性收入等',
    issuer: '家庭成员所在单位',
    basis: [ASSISTANCE_ACT('第十一条')],
    rule: 5,
    reason: ECONOMIC_CHECK,
  }),
  cancel('rc-civil', [SUBSISTENCE], {
    name: '无房证明',
    aliases: ['住房证明', '名下无房证明', '房产查询证明'],
    content: '申请家庭无住房或仅有一套住房',
    issuer: '区不动产登记中心',
    rule: 5,
    reason: ECONOMIC_CHECK,
  }),
  cancel('rc-civil', [SUBSISTENCE], {
    name: '无业证明',
    aliases: ['失业证明', '待业证明', '无工作证明'],
    content: '申请家庭成员无工作、无固定收入',
    issuer: '户籍所在地社区居民委员会',
    rule: 6,
    reason: '社区居民委员会无法调查核实居民是否就业；就业状况通过社保参保、失业登记信息核对。',
  }),
  retain('rc-civil', [SUBSISTENCE], {
    name: '重病患者疾病诊断证明',
    aliases: ['大病证明', '诊断证明', '病历证明'],
    content: '申请家庭成员患有重特大疾病，需要分类施保',
    issuer: '二级以上医疗机构',
    basis: [ASSISTANCE_ACT('第十二条第二款')],
    substitutes: [share('医保部门门诊慢特病、住院结算信息'), assist('无结算信息的，向就诊医疗机构发函协查')],
    exclusion: 'health_and_life',
  }),
  cancel('rc-civil', [SUBSISTENCE], {
    name: '共同生活家庭成员关系证明',
    aliases: ['家庭关系证明', '家庭成员证明', '亲属关系证明'],
    content: '申请人与共同生活家庭成员之间的关系',
    issuer: '户籍所在地社区居民委员会',
    rule: 2,
    reason: '申请人已提交的户口簿、结婚证可以证明家庭成员关系，不得重复要求开具证明。',
  }),
  cancel('rc-civil', [SUBSISTENCE], {
    name: '残疾等级证明',
    aliases: ['残疾证明', '残疾鉴定证明'],
    content: '申请家庭成员的残疾类别和等级',
    issuer: '区残疾人联合会',
    rule: 2,
    reason: '申请人持有的第二代残疾人证已载明残疾类别和等级，残疾人证信息也可在线核验。',
  }),
  retain('rc-civil', [EXTREME_POVERTY], {
    name: '丧失劳动能力证明',
    aliases: ['无劳动能力证明', '劳动能力鉴定证明'],
    content: '申请人无劳动能力',
    issuer: '区残疾人联合会或劳动能力鉴定委员会',
    basis: [ASSISTANCE_ACT('第十四条')],
    substitutes: [commit(), share('残疾人证信息（残联共享）'), assist('向劳动能力鉴定委员会协查鉴定结论')],
    plan: assisted(15, 1),
  }),
  retain('rc-civil', [EXTREME_POVERTY], {
    name: '父母死亡或失踪证明',
    aliases: ['父母双亡证明', '失踪证明', '孤儿证明'],
    content: '申请特困供养的未成年人父母均已死亡或者被宣告失踪',
    issuer: '公安机关或人民法院',
    basis: [ASSISTANCE_ACT('第十四条')],
    substitutes: [commit(), share('公安户籍注销信息、民政儿童福利信息系统')],
    plan: online(10, 1),
  }),
  retain('rc-civil', [EXTREME_POVERTY], {
    name: '法定赡养义务人无赡养能力证明',
    aliases: ['子女无赡养能力证明', '赡养人困难证明'],
    content: '申请人的法定赡养、抚养、扶养义务人无履行义务能力',
    issuer: '义务人户籍所在地街道办事处或乡镇人民政府',
    basis: [ASSISTANCE_ACT('第十四条')],
    substitutes: [commit(), assist('委托义务人户籍地民政部门核对经济状况')],
    plan: onSite(20, 1),
  }),
  cancel('rc-civil', [MARRIAGE], {
    name: '婚姻状况证明',
    aliases: ['单身证明', '未婚证明', '无配偶证明'],
    content: '结婚登记当事人本人无配偶',
    issuer: '户籍所在地村（居）民委员会或单位',
    basis: [regulation('《婚姻登记条例》', '第五条')],
    rule: 3,
    reason: '《婚姻登记条例》规定由当事人签署本人无配偶的声明，登记机关同时查询全国婚姻登记信息系统。',
  }),
  cancel('rc-civil', [MARRIAGE], {
    name: '异地婚姻登记户籍证明',
    aliases: ['户口证明', '户籍证明'],
    content: '当事人一方常住户口不在本区时的户籍情况',
    issuer: '户籍所在地公安派出所',
    basis: [normative('《国务院关于同意在辽宁等地区开展内地居民婚姻登记“跨省通办”试点的批复》', '第二条')],
    rule: 1,
    reason:
      '没有法律法规依据；山东省为婚姻登记“跨省通办”试点地区，一方在本区有居住证的即可凭居住证办理，无需户籍证明。',
  }),
];
