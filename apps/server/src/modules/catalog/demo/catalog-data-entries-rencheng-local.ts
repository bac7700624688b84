/**
 * Proof entries of 任城区 (370811) outside public security and civil affairs: the human-resources
 * and administrative-approval bureaus, 古槐街道 and its 太白楼社区 (seed 002 §三.2: townships
 * guide the villages and communities through their own clean-up).
 */
import {
  type DemoProofEntry,
  assist,
  assisted,
  cancel,
  commit,
  law,
  localRegulation,
  normative,
  online,
  regulation,
  retain,
  share,
} from './catalog-data-build';

const RESIDENT_PENSION = '370811-RS-001';
const HARD_TO_EMPLOY = '370811-RS-002';
const SOLE_TRADER = '370811-SP-001';
const SMALL_RESTAURANT = '370811-SP-002';
const OLD_AGE_ALLOWANCE = '370811001-JD-001';
const TEMPORARY_RELIEF = '370811001-JD-002';
const DAY_CARE = '370811001001-SQ-001';

const EMPLOYMENT_ACT = (article: string) => law('《中华人民共和国就业促进法》', article);
const ASSISTANCE_ACT = (article: string) => regulation('《社会救助暂行办法》', article);
const SMALL_FOOD_ACT = (article: string) => localRegulation('《山东省食品小作坊小餐饮和食品摊点管理条例》', article);

export const RENCHENG_LOCAL_ENTRIES: DemoProofEntry[] = [
  cancel('rc-hrss', [RESIDENT_PENSION], {
    name: '未领取其他养老待遇证明',
    aliases: ['未享受养老待遇证明', '养老待遇证明'],
    content: '申请人未领取职工基本养老保险等国家规定的基本养老保障待遇',
    issuer: '参保地社会保险经办机构',
    rule: 5,
    reason: '通过全国社会保险公共服务平台和全民参保数据库比对，无需申请人到其他经办机构开具。',
  }),
  cancel('rc-hrss', [RESIDENT_PENSION], {
    name: '生存证明',
    aliases: ['健在证明', '活着证明', '领取资格认证证明'],
    content: '待遇领取人仍然生存',
    issuer: '居住地社区居民委员会',
    basis: [normative('《人力资源社会保障部办公厅关于全面推行社会保险待遇资格认证工作的通知》', '第二条')],
    rule: 5,
    reason: '通过公安户籍、卫健死亡、民政殡葬等数据比对和“刷脸”认证完成领取资格认证，不再要求开具生存证明。',
  }),
  cancel('rc-hrss', [RESIDENT_PENSION], {
    name: '户籍证明',
    aliases: ['户口证明', '户籍所在地证明'],
    content: '申请人具有本区户籍',
    issuer: '户籍所在地公安派出所',
    rule: 2,
    reason: '申请人持有的户口簿、居民身份证已能证明户籍。',
  }),
  retain('rc-hrss', [HARD_TO_EMPLOY], {
    name: '零就业家庭证明',
    aliases: ['家庭成员无人就业证明', '零就业证明'],
    content: '申请人家庭中法定劳动年龄内有劳动能力的成员均处于失业状态',
    issuer: '户籍所在地街道办事处',
    basis: [EMPLOYMENT_ACT('第五十二条')],
    substitutes: [commit(), share('社会保险参保信息、就业失业登记信息、市场主体登记信息')],
    plan: online(10, 1),
  }),
  retain('rc-hrss', [HARD_TO_EMPLOY], {
    name: '土地被征收证明',
    aliases: ['失地农民证明', '征地证明'],
    content: '申请人因土地被征收失去全部或大部分承包土地',
    issuer: '区自然资源部门或街道办事处',
    basis: [EMPLOYMENT_ACT('第五十二条')],
    substitutes: [
      commit(),
      share('自然资源部门征地报批及被征地农民名单信息'),
      assist('名单中无记录的，向征地实施单位协查'),
    ],
    plan: assisted(15, 1),
  }),
  cancel('rc-hrss', [HARD_TO_EMPLOY], {
    name: '灵活就业证明',
    aliases: ['灵活就业从业证明', '打零工证明'],
    content: '申请人以灵活方式就业',
    issuer: '居住地社区居民委员会',
    rule: 3,
    reason: '灵活就业情况由申请人书面承诺，社区无法核实零散用工，以灵活就业人员社保登记和缴费信息为准。',
  }),
  // 任城区行政审批服务局
  retain('rc-service', [SOLE_TRADER], {
    name: '经营场所使用证明',
    aliases: ['住所证明', '租房证明', '场所证明'],
    content: '经营者对经营场所拥有合法使用权',
    issuer: '场所产权人或出租人',
    basis: [regulation('《中华人民共和国市场主体登记管理条例》', '第十六条第一款第三项')],
    substitutes: [commit('填写经营场所申报承诺书'), share('不动产登记信息')],
    plan: online(10, 0.2),
  }),
  cancel('rc-service', [SOLE_TRADER], {
    name: '经营者户籍证明',
    aliases: ['户口证明', '户籍证明'],
    content: '经营者的户籍所在地',
    issuer: '户籍所在地公安派出所',
    rule: 2,
    reason: '个体工商户登记不受户籍限制，经营者身份以居民身份证核验。',
  }),
  retain('rc-service', [SMALL_RESTAURANT], {
    name: '从业人员健康证明',
    aliases: ['健康证', '小餐饮健康证', '食品健康证'],
    content: '小餐饮从业人员经健康检查，未患有有碍食品安全的疾病',
    issuer: '取得资质的健康体检机构',
    basis: [law('《中华人民共和国食品安全法》', '第四十五条'), SMALL_FOOD_ACT('第二十四条')],
    substitutes: [share('山东省从业人员健康证明电子证照库')],
    exclusion: 'health_and_life',
  }),
  cancel('rc-service', [SMALL_RESTAURANT], {
    name: '周边居民无异议证明',
    aliases: ['邻居同意证明', '邻里意见证明', '相邻权人同意书'],
    content: '小餐饮经营场所周边居民对开办小餐饮无异议',
    issuer: '所在地社区居民委员会',
    rule: 1,
    reason: '没有法律法规依据；油烟、噪声扰民问题通过许可条件和事后监管解决。',
  }),
  retain('rc-service', [SMALL_RESTAURANT], {
    name: '油烟净化设施安装证明',
    aliases: ['油烟净化器证明', '油烟检测证明'],
    content: '排放油烟的小餐饮已安装油烟净化设施',
    issuer: '油烟净化设施安装单位',
    basis: [law('《中华人民共和国大气污染防治法》', '第八十一条')],
    substitutes: [assist('由济宁市生态环境局任城区分局现场核查')],
    exclusion: 'ecological',
  }),
  // 任城区古槐街道办事处
  cancel('rc-guhuai', [OLD_AGE_ALLOWANCE], {
    name: '年龄证明',
    aliases: ['出生日期证明', '岁数证明'],
    content: '申请人年满80周岁',
    issuer: '户籍所在地公安派出所',
    rule: 2,
    reason: '申请人的居民身份证、户口簿已载明出生日期。',
  }),
  cancel('rc-guhuai', [OLD_AGE_ALLOWANCE], {
    name: '生存证明',
    aliases: ['健在证明', '活着证明'],
    content: '高龄津贴领取人仍然生存',
    issuer: '社区居民委员会',
    rule: 5,
    reason: '通过公安户籍注销、殡葬火化数据比对发现死亡人员，及时停发津贴。',
  }),
  cancel('rc-guhuai', [TEMPORARY_RELIEF], {
    name: '家庭困难证明',
    aliases: ['贫困证明', '困难证明', '特困证明'],
    content: '申请家庭基本生活出现严重困难',
    issuer: '社区居民委员会',
    rule: 3,
    reason: '困难情况由申请人书面说明并承诺，街道通过入户调查和经济状况核对认定。',
  }),
  retain('rc-guhuai', [TEMPORARY_RELIEF], {
    name: '医疗费用支出证明',
    aliases: ['住院费用清单', '医疗费票据证明', '看病花费证明'],
    content: '家庭成员因突发重大疾病发生的个人负担医疗费用',
    issuer: '就诊医疗机构',
    basis: [ASSISTANCE_ACT('第四十七条')],
    substitutes: [commit(), share('医保结算系统个人自付费用信息')],
    plan: online(10, 1),
  }),
  retain('rc-guhuai', [TEMPORARY_RELIEF], {
    name: '意外事件证明',
    aliases: ['事故证明', '火灾证明', '交通事故证明'],
    content: '申请家庭遭遇火灾、交通事故等意外事件',
    issuer: '消防救援机构或公安交通管理部门',
    basis: [ASSISTANCE_ACT('第四十七条')],
    substitutes: [commit(), assist('向消防救援大队、公安交警大队发函协查')],
    plan: assisted(15, 1),
  }),
  // 古槐街道太白楼社区居民委员会
  cancel('rc-taibai', [DAY_CARE], {
    name: '健康证明',
    aliases: ['体检证明', '身体健康证明'],
    content: '入托老年人生活能够自理、无传染性疾病',
    issuer: '社区卫生服务中心',
    rule: 3,
    reason: '老年人身体状况由本人或家属书面说明，社区卫生服务中心家庭医生签约信息可供参考，不再另开证明。',
  }),
  cancel('rc-taibai', [DAY_CARE], {
    name: '子女赡养情况证明',
    aliases: ['子女证明', '赡养证明'],
    content: '老年人子女的赡养情况',
    issuer: '子女所在单位',
    rule: 1,
    reason: '没有法律法规依据，与日间照料服务没有必然联系。',
  }),
  cancel('rc-taibai', [], {
    name: '无违法犯罪记录证明',
    aliases: ['无犯罪证明', '良民证'],
    content: '社区公益性岗位应聘人员无违法犯罪记录',
    issuer: '户籍所在地公安派出所',
    rule: 5,
    reason: '确需核查的，由街道人力资源和社会保障所通过公安部门统一查询，社区不再要求应聘人员自行开具。',
  }),
  cancel('rc-taibai', [], {
    name: '居住证明',
    aliases: ['住址证明', '居住情况证明'],
    content: '居民在本社区居住',
    issuer: '太白楼社区居民委员会',
    rule: 7,
    reason: '社区开展的各项服务不再要求居民另行提供居住证明，该证明不在任城区保留清单内。',
    remarks: '征求意见阶段群众反映的“清单外证明”，补充列入取消清单。',
  }),
];
