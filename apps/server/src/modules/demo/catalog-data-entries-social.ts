/** Proof entries of 济宁市民政局 and 济宁市人力资源和社会保障局. */
import {
  type DemoProofEntry,
  assist,
  cancel,
  commit,
  law,
  localRegulation,
  mustSubmit,
  online,
  onSite,
  regulation,
  retain,
  share,
} from './catalog-data-build';

const SOCIAL_GROUP = '370800-MZ-001';
const PRIVATE_NON_ENTERPRISE = '370800-MZ-002';
const CROSS_BORDER_MARRIAGE = '370800-MZ-003';
const UNEMPLOYMENT_BENEFIT = '370800-RS-001';
const WORK_INJURY = '370800-RS-002';
const SURVIVOR_BENEFIT = '370800-RS-003';
const PENSION = '370800-RS-004';

const GROUPS_ACT = (article: string) => regulation('《社会团体登记管理条例》', article);
const NON_ENTERPRISE_ACT = (article: string) => regulation('《民办非企业单位登记管理暂行条例》', article);
const MARRIAGE_ACT = (article: string) => regulation('《婚姻登记条例》', article);
const INSURANCE_ACT = (article: string) => law('《中华人民共和国社会保险法》', article);
const INJURY_ACT = (article: string) => regulation('《工伤保险条例》', article);
const PROPERTY_REGISTRY = share('不动产登记信息（自然资源部门共享）');

export const SOCIAL_ENTRIES: DemoProofEntry[] = [
  retain('civil', [SOCIAL_GROUP], {
    name: '社会团体住所使用权证明', aliases: ['场所使用权证明', '办公场所证明', '住所证明'],
    content: '拟成立的社会团体对其住所拥有合法使用权',
    issuer: '住所产权人或出租人', basis: [GROUPS_ACT('第十一条第三项')],
    substitutes: [commit(), PROPERTY_REGISTRY],
    plan: online(10, 0.3), disclosure: true,
  }),
  retain('civil', [SOCIAL_GROUP], {
    name: '社会团体活动资金验资报告', aliases: ['验资报告', '活动资金证明'],
    content: '拟成立的社会团体有符合规定数额的合法活动资金',
    issuer: '会计师事务所', basis: [GROUPS_ACT('第十一条第三项')],
    substitutes: [commit('以银行出具的资金存款回单代替验资报告，并书面承诺资金来源合法')],
    plan: onSite(20, 0.2),
  }),
  retain('civil', [SOCIAL_GROUP], {
    name: '拟任负责人无犯罪记录证明', aliases: ['负责人无犯罪证明', '良民证', '无刑事处罚证明'],
    content: '社会团体发起人、拟任负责人未受过剥夺政治权利的刑事处罚',
    issuer: '户籍所在地公安机关', basis: [GROUPS_ACT('第十三条第三项')],
    substitutes: [commit(), share('公安机关违法犯罪记录查询接口')],
    plan: online(10, 1),
  }),
  cancel('civil', [SOCIAL_GROUP], {
    name: '拟任负责人退（离）休证明', aliases: ['退休证明', '离休证明'],
    content: '拟任负责人为退（离）休人员',
    issuer: '拟任负责人原工作单位',
    rule: 4, reason: '领导干部在社会团体兼职已须提交干部管理部门的审批意见，该意见已涵盖任职身份信息。',
  }),
  retain('civil', [PRIVATE_NON_ENTERPRISE], {
    name: '民办非企业单位场所使用权证明', aliases: ['场所使用权证明', '办学（服务）场所证明'],
    content: '拟成立的民办非企业单位对其业务活动场所拥有合法使用权',
    issuer: '场所产权人或出租人', basis: [NON_ENTERPRISE_ACT('第九条第三项')],
    substitutes: [commit(), PROPERTY_REGISTRY],
    plan: online(10, 0.3),
  }),
  retain('civil', [PRIVATE_NON_ENTERPRISE], {
    name: '开办资金验资报告', aliases: ['验资报告', '开办资金证明'],
    content: '拟成立的民办非企业单位开办资金已足额到位',
    issuer: '会计师事务所', basis: [NON_ENTERPRISE_ACT('第九条第四项')],
    substitutes: [commit('以银行出具的资金存款回单代替验资报告，并书面承诺资金来源合法')],
    plan: onSite(20, 0.2),
  }),
  cancel('civil', [PRIVATE_NON_ENTERPRISE], {
    name: '从业人员资格证明', aliases: ['教师资格证明', '执业资格证明'],
    content: '民办非企业单位的从业人员具有相应资格',
    issuer: '从业人员资格发证机关',
    rule: 2, reason: '从业人员持有的教师资格证、执业证书等证照本身即可证明其资格。',
  }),
  cancel('civil', [PRIVATE_NON_ENTERPRISE], {
    name: '举办者无不良信用记录证明', aliases: ['信用证明', '无失信证明'],
    content: '民办非企业单位举办者未被列入失信惩戒对象名单',
    issuer: '市发展和改革委员会（社会信用体系建设牵头部门）',
    rule: 5, reason: '登记机关通过“信用中国（山东济宁）”和公共信用信息平台直接查询举办者信用记录。',
  }),
  retain('civil', [CROSS_BORDER_MARRIAGE], {
    name: '港澳台居民无配偶声明书', aliases: ['单身声明', '未婚声明公证', '无配偶声明书'],
    content: '香港、澳门、台湾居民本人无配偶，且与对方当事人没有直系血亲和三代以内旁系血亲关系，并经居住地公证机构公证',
    issuer: '申请人居住地公证机构', basis: [MARRIAGE_ACT('第五条第二款')],
    substitutes: [mustSubmit()],
    mustSubmitReason: '行政法规明确规定须出具经居住地公证机构公证的声明，港澳台地区婚姻状况信息目前无法与内地共享或协查。',
    exclusion: 'law_requires',
  }),
  retain('civil', [CROSS_BORDER_MARRIAGE], {
    name: '华侨无配偶证明', aliases: ['单身证明', '未婚证明', '婚姻状况证明'],
    content: '华侨本人无配偶，且与对方当事人没有直系血亲和三代以内旁系血亲关系',
    issuer: '居住国公证机构或有权机关（经中国驻该国使领馆认证）或中国驻该国使领馆', basis: [MARRIAGE_ACT('第五条第三款')],
    substitutes: [mustSubmit()],
    mustSubmitReason: '涉及境外婚姻状况，行政法规规定须经使领馆认证，登记机关无法通过承诺或数据共享核实境外事实。',
    exclusion: 'foreign_affairs',
  }),
  cancel('civil', [CROSS_BORDER_MARRIAGE], {
    name: '内地居民常住户口所在地证明', aliases: ['户籍证明', '户口证明'],
    content: '内地居民一方的常住户口在本市',
    issuer: '户籍所在地公安派出所',
    rule: 2, reason: '申请人出具的户口簿已记载常住户口所在地。',
  }),
  cancel('civil', [CROSS_BORDER_MARRIAGE], {
    name: '婚前医学检查证明', aliases: ['婚检证明', '婚前检查证明'],
    content: '结婚当事人已进行婚前医学检查',
    issuer: '婚前医学检查机构', basis: [law('《中华人民共和国母婴保健法》', '第十二条')],
    rule: 7, reason: '《婚姻登记条例》未将婚前医学检查证明列为登记材料，该证明不在本市保留清单内；婚前医学检查实行自愿原则，登记窗口免费提供婚检指引。',
  }),
  // 市人力资源和社会保障局
  retain('hrss', [UNEMPLOYMENT_BENEFIT], {
    name: '终止或者解除劳动关系证明', aliases: ['离职证明', '解除劳动合同证明', '辞退证明'],
    content: '申请人与原用人单位已终止或者解除劳动关系及其原因',
    issuer: '原用人单位', basis: [INSURANCE_ACT('第五十条'), regulation('《失业保险条例》', '第十六条')],
    substitutes: [commit(), share('用人单位社会保险减员登记及失业人员名单备案信息')],
    plan: online(10, 1),
  }),
  retain('hrss', [UNEMPLOYMENT_BENEFIT], {
    name: '失业登记证明', aliases: ['失业证', '就业失业登记证明'],
    content: '申请人已在公共就业服务机构办理失业登记',
    issuer: '公共就业服务机构', basis: [INSURANCE_ACT('第五十条第三款')],
    substitutes: [share('人社一体化信息平台就业失业登记信息，经办机构直接查询')],
    remarks: '法律规定凭失业登记证明申领，但登记信息在人社系统内部共享，申请人无需提交。',
  }),
  cancel('hrss', [UNEMPLOYMENT_BENEFIT], {
    name: '非本人意愿中断就业证明', aliases: ['非自愿失业证明', '失业原因证明'],
    content: '申请人失业并非出于本人意愿',
    issuer: '原用人单位', basis: [regulation('《失业保险条例》', '第十四条')],
    rule: 4, reason: '终止或者解除劳动关系证明（或承诺）已载明中断就业原因，可以涵盖本证明。',
  }),
  cancel('hrss', [UNEMPLOYMENT_BENEFIT], {
    name: '社保缴费证明', aliases: ['失业保险缴费证明', '参保证明', '社保缴费记录'],
    content: '申请人失业前已缴纳失业保险费满一年',
    issuer: '社会保险经办机构',
    rule: 5, reason: '缴费记录由经办机构在社会保险信息系统中直接查询，不得要求申请人到本系统另一窗口打印。',
  }),
  retain('hrss', [WORK_INJURY], {
    name: '劳动关系证明材料', aliases: ['劳动合同', '事实劳动关系证明', '工作证明'],
    content: '受伤害职工与用人单位存在劳动关系（包括事实劳动关系）',
    issuer: '用人单位', basis: [INJURY_ACT('第十八条第一款第二项')],
    substitutes: [share('社会保险参保登记和工资发放信息'), assist('向用人单位、劳动保障监察机构调查核实')],
    exclusion: 'law_requires',
    remarks: '工伤认定涉及用人单位利益，劳动关系有争议的须先经劳动人事争议仲裁确认。',
  }),
  retain('hrss', [WORK_INJURY], {
    name: '医疗诊断证明书', aliases: ['诊断证明', '病历证明', '职业病诊断证明书'],
    content: '受伤害职工的伤情或职业病诊断结论',
    issuer: '首诊医疗机构或职业病诊断机构', basis: [INJURY_ACT('第十八条第一款第三项')],
    substitutes: [mustSubmit()],
    mustSubmitReason: '诊断证明是判断伤情与事故因果关系的核心证据，医疗机构诊断信息尚未接入共享平台，且认定结论涉及用人单位权益，须提交原件以备调查核实。',
    exclusion: 'health_and_life',
  }),
  retain('hrss', [WORK_INJURY], {
    name: '道路交通事故认定书', aliases: ['交通事故责任认定书', '事故责任认定', '交警事故认定'],
    content: '职工在上下班途中受到非本人主要责任的交通事故伤害',
    issuer: '公安机关交通管理部门', basis: [INJURY_ACT('第十四条第六项')],
    substitutes: [share('公安交通管理部门事故处理信息'), assist('系统无记录的，向事故处理交警大队发函协查')],
    exclusion: 'law_requires',
  }),
  cancel('hrss', [WORK_INJURY], {
    name: '事故目击证人证明', aliases: ['证人证明', '证人证言证明'],
    content: '事故发生的时间、地点和经过有他人目睹',
    issuer: '事故发生地村（居）民委员会',
    rule: 6, reason: '村（居）民委员会不掌握事故经过，无法调查核实；事故经过由工伤认定机构调查取证。',
  }),
  retain('hrss', [SURVIVOR_BENEFIT], {
    name: '死亡证明', aliases: ['居民死亡医学证明书', '死亡医学证明', '火化证明'],
    content: '参保人员已经死亡及死亡时间、死亡原因（因病或非因工）',
    issuer: '医疗卫生机构或公安机关', basis: [INSURANCE_ACT('第十七条')],
    substitutes: [commit(), share('公安户籍注销信息、卫生健康部门出生死亡信息和殡葬火化信息')],
    plan: online(5, 1),
  }),
  cancel('hrss', [SURVIVOR_BENEFIT], {
    name: '供养直系亲属关系证明', aliases: ['亲属关系证明', '直系亲属证明'],
    content: '申领人是死亡参保人员的供养直系亲属',
    issuer: '户籍所在地公安派出所',
    rule: 2, reason: '申领人持有的户口簿、结婚证、出生医学证明等已能证明亲属关系，经办机构也可通过人口信息核验。',
  }),
  retain('hrss', [SURVIVOR_BENEFIT], {
    name: '供养直系亲属无生活来源证明', aliases: ['无收入证明', '无生活来源证明', '供养亲属证明'],
    content: '领取抚恤金的供养直系亲属无劳动能力、无生活来源',
    issuer: '供养直系亲属户籍所在地街道办事处或乡镇人民政府', basis: [INSURANCE_ACT('第十七条')],
    substitutes: [commit(), share('居民家庭经济状况核对平台信息')],
    plan: online(10, 1),
  }),
  retain('hrss', [PENSION], {
    name: '独生子女证明', aliases: ['独生子女父母光荣证证明', '独生子女证'],
    content: '退休职工只生育一个子女，符合享受一次性养老补助的条件',
    issuer: '户籍所在地县级卫生健康部门', basis: [localRegulation('《山东省人口与计划生育条例》', '第二十八条')],
    substitutes: [commit(), share('山东省人口健康信息平台生育登记信息')],
    plan: online(10, 0.2),
    remarks: '条款号待市司法局合法性审查时核对现行文本。',
  }),
  retain('hrss', [PENSION], {
    name: '视同缴费年限原始记录证明', aliases: ['工龄证明', '参加工作时间证明', '视同缴费证明'],
    content: '国有企业、事业单位职工参加基本养老保险前的连续工龄（视同缴费年限）',
    issuer: '人事档案保管单位', basis: [INSURANCE_ACT('第十三条第一款')],
    substitutes: [mustSubmit()],
    mustSubmitReason: '视同缴费年限只能以招工、转正、调动等原始档案记载为据，关系养老保险基金安全，事后补录的证明不予认可，须由档案保管单位移交原始档案。',
  }),
  retain('hrss', [PENSION], {
    name: '特殊工种工作经历证明', aliases: ['特殊工种证明', '有毒有害工种证明', '工作经历证明'],
    content: '申请提前退休的职工从事井下、高空、高温、特别繁重体力劳动或其他有害身体健康的工作达到规定年限',
    issuer: '原用人单位', basis: [regulation('《国务院关于工人退休、退职的暂行办法》', '第一条第二项')],
    substitutes: [assist('由人社部门审核本人人事档案中的原始招工、工种记录')],
    exclusion: 'law_requires',
    remarks: '提前退休事关养老保险基金安全，不适用告知承诺，以档案原始记录为准。',
  }),
];
