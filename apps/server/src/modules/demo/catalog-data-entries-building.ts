/**
 * Proof entries of 济宁市自然资源和规划局, 济宁市住房和城乡建设局 and the water, power and gas
 * companies (公共服务企业 are in scope of the clean-up, seed 002 问答九).
 */
import {
  type DemoProofEntry,
  assist,
  assisted,
  cancel,
  commit,
  law,
  mustSubmit,
  online,
  onSite,
  regulation,
  retain,
  rule,
  share,
} from './catalog-data-build';

const PLANNING_PERMIT = '370800-ZR-001';
const TRANSFER = '370800-ZR-002';
const INHERITANCE = '370800-ZR-003';
const CONSTRUCTION_PERMIT = '370800-ZJ-001';
const PUBLIC_RENTAL = '370800-ZJ-002';
const PRESALE = '370800-ZJ-003';
const POWER = '370800-GD-001';
const WATER = '370800-GS-001';
const GAS = '370800-RQ-001';

const REGISTRY_ACT = (article: string) => regulation('《不动产登记暂行条例》', article);
const PROPERTY_REGISTRY = share('不动产登记信息（市自然资源和规划局共享）');

export const BUILDING_ENTRIES: DemoProofEntry[] = [
  retain('land', [PLANNING_PERMIT], {
    name: '使用土地的有关证明文件', aliases: ['土地使用证明', '用地证明', '土地权属证明'],
    content: '建设单位已依法取得建设项目用地的使用权',
    issuer: '市自然资源和规划局（不动产登记机构）', basis: [law('《中华人民共和国城乡规划法》', '第四十条')],
    substitutes: [commit(), PROPERTY_REGISTRY],
    plan: online(5, 1),
  }),
  retain('land', [TRANSFER], {
    name: '婚姻状况证明', aliases: ['单身证明', '未婚证明', '婚姻关系证明', '离婚证明'],
    content: '出卖人、赠与人的婚姻状况，用于确定不动产是否属于夫妻共同财产',
    issuer: '婚姻登记机关', basis: [REGISTRY_ACT('第十六条第一款第三项')],
    substitutes: [commit(), share('民政部门婚姻登记信息')],
    plan: online(5, 1),
  }),
  cancel('land', [TRANSFER], {
    name: '住房套数查询证明', aliases: ['购房资格证明', '家庭住房情况证明', '无房证明'],
    content: '购房人家庭在本市拥有住房的套数',
    issuer: '市自然资源和规划局（不动产登记机构）',
    rule: 5, reason: '住房套数由不动产登记信息系统直接查询，不再要求购房人到登记机构另行开具。',
  }),
  retain('land', [TRANSFER, INHERITANCE], {
    name: '契税完税证明', aliases: ['完税证明', '纳税证明', '税票'],
    content: '不动产转移涉及的契税已缴纳或依法减免',
    issuer: '国家税务总局济宁市税务局', basis: [law('《中华人民共和国契税法》', '第十一条')],
    substitutes: [share('税务部门实时推送的完税、减免税信息（“一窗受理、并行办理”）')],
    exclusion: 'law_requires',
    remarks: '契税法规定登记机构查验完税凭证或有关信息，未缴纳的不予登记，不适用告知承诺。',
  }),
  retain('land', [INHERITANCE], {
    name: '被继承人死亡证明', aliases: ['死亡证明', '死亡医学证明', '户口注销证明'],
    content: '被继承人已经死亡及死亡时间',
    issuer: '医疗卫生机构或公安机关', basis: [REGISTRY_ACT('第十六条第一款第三项')],
    substitutes: [commit(), share('公安户籍注销信息、卫生健康部门死亡信息和殡葬火化信息')],
    plan: online(5, 1),
  }),
  retain('land', [INHERITANCE], {
    name: '继承人与被继承人亲属关系证明', aliases: ['亲属关系证明', '继承人关系证明', '家庭关系证明'],
    content: '申请人是被继承人的全部法定继承人',
    issuer: '户籍所在地公安派出所或村（居）民委员会', basis: [REGISTRY_ACT('第十六条第一款第三项')],
    substitutes: [commit(), share('公安人口信息、民政婚姻登记信息'), assist('人口信息无法显示的，向被继承人原户籍地公安机关发函协查')],
    plan: assisted(15),
    remarks: '继承登记须公示15个工作日，公示期间可发现遗漏的继承人。',
  }),
  retain('land', [TRANSFER, INHERITANCE], {
    name: '不动产测绘报告', aliases: ['房屋测绘报告', '面积测量报告', '界址测绘证明'],
    content: '不动产的界址、空间界限和面积',
    issuer: '具有不动产测绘资质的测绘单位', basis: [REGISTRY_ACT('第十六条第一款第四项')],
    substitutes: [mustSubmit()],
    mustSubmitReason: '测绘成果是不动产登记簿记载界址和面积的技术依据，须由具备资质的测绘单位实测出具，无法以承诺或数据共享代替；已有测绘成果入库的不再提交。',
  }),
  // 市住房和城乡建设局
  cancel('housing', [CONSTRUCTION_PERMIT], {
    name: '建设资金已经落实证明', aliases: ['资金到位证明', '银行资金证明', '资金证明'],
    content: '建设单位的建设资金已经落实',
    issuer: '建设单位开户银行', basis: [law('《中华人民共和国建筑法》', '第八条')],
    rule: 3, reason: '建筑法已将“建设资金已经落实”修改为“有满足施工需要的资金安排”，由建设单位书面承诺，不再提交银行资金证明。',
  }),
  retain('housing', [CONSTRUCTION_PERMIT], {
    name: '施工图设计文件审查合格证明', aliases: ['施工图审查合格书', '图审合格证明'],
    content: '施工图设计文件已经审查合格',
    issuer: '施工图审查机构', basis: [regulation('《建设工程质量管理条例》', '第十一条')],
    substitutes: [share('山东省施工图联合审查系统审查结果，推送至工程建设项目审批管理系统')],
    exclusion: 'public_safety',
  }),
  retain('housing', [CONSTRUCTION_PERMIT, PRESALE], {
    name: '建设工程规划许可证明', aliases: ['规划许可证', '工程规划许可证明', '规划证'],
    content: '建设工程已经取得建设工程规划许可',
    issuer: '市自然资源和规划局', basis: [law('《中华人民共和国建筑法》', '第八条第一款第二项'), law('《中华人民共和国城市房地产管理法》', '第四十五条第一款第二项')],
    substitutes: [commit(), share('工程建设项目审批管理系统规划许可电子证照')],
    plan: online(5, 1),
  }),
  retain('housing', [CONSTRUCTION_PERMIT], {
    name: '中标通知书', aliases: ['施工中标通知书', '确定施工企业证明', '施工合同备案证明'],
    content: '建设单位已经依法确定建筑施工企业',
    issuer: '建设单位（经公共资源交易中心备案）', basis: [law('《中华人民共和国建筑法》', '第八条第一款第四项')],
    substitutes: [commit(), share('济宁市公共资源交易平台中标结果信息')],
    plan: online(5, 1),
  }),
  retain('housing', [CONSTRUCTION_PERMIT], {
    name: '用地批准手续证明', aliases: ['用地批准文件', '土地证明'],
    content: '建筑工程已经办理用地批准手续',
    issuer: '市自然资源和规划局', basis: [law('《中华人民共和国建筑法》', '第八条第一款第一项')],
    substitutes: [commit(), PROPERTY_REGISTRY],
    plan: online(5, 1),
  }),
  cancel('housing', [CONSTRUCTION_PERMIT], {
    name: '施工企业安全生产许可证明', aliases: ['安全生产许可证明', '施工资质证明'],
    content: '施工企业取得安全生产许可证',
    issuer: '山东省住房和城乡建设厅',
    rule: 2, reason: '施工企业持有的安全生产许可证（电子证照）本身即可证明，审批系统在线调用。',
  }),
  cancel('housing', [PUBLIC_RENTAL], {
    name: '家庭收入证明', aliases: ['收入证明', '工资证明', '低收入证明'],
    content: '申请家庭成员的收入状况',
    issuer: '申请人所在单位或户籍所在地居民委员会', basis: [rule('《公共租赁住房管理办法》', '第七条')],
    rule: 1, reason: '设定依据仅为部门规章，没有法律法规规定；家庭收入由民政部门居民家庭经济状况核对平台核对，申请人书面承诺如实申报。',
  }),
  cancel('housing', [PUBLIC_RENTAL], {
    name: '无房证明', aliases: ['住房困难证明', '名下无房证明', '家庭住房情况证明'],
    content: '申请家庭在本市无自有住房或住房面积低于标准',
    issuer: '市自然资源和规划局（不动产登记机构）',
    rule: 5, reason: '申请家庭住房情况由住建部门通过不动产登记信息共享直接查询。',
  }),
  cancel('housing', [PUBLIC_RENTAL], {
    name: '在职证明', aliases: ['工作证明', '劳动合同证明', '就业证明'],
    content: '新就业无房职工、外来务工人员在本市稳定就业',
    issuer: '申请人所在单位',
    rule: 1, reason: '无法律法规依据；稳定就业情况通过社会保险参保信息核查，并由申请人书面承诺。',
  }),
  retain('housing', [PRESALE], {
    name: '商品房预售工程投资进度证明', aliases: ['投资达到25%证明', '工程形象进度证明', '投资进度证明'],
    content: '投入开发建设的资金达到工程建设总投资的25%以上，并已确定施工进度和竣工交付日期',
    issuer: '监理单位或建设单位', basis: [law('《中华人民共和国城市房地产管理法》', '第四十五条第一款第三项')],
    substitutes: [commit()],
    plan: onSite(10, 1), disclosure: true,
    remarks: '承诺书在济宁市房地产市场监管平台随预售许可一并公示，接受购房人监督。',
  }),
  retain('housing', [PRESALE], {
    name: '土地使用权出让金缴纳证明', aliases: ['出让金缴纳证明', '土地出让金票据', '土地款缴纳证明'],
    content: '开发企业已交付全部土地使用权出让金',
    issuer: '市自然资源和规划局', basis: [law('《中华人民共和国城市房地产管理法》', '第四十五条第一款第一项')],
    substitutes: [commit(), share('自然资源部门土地出让合同履行和出让金缴纳信息')],
    plan: online(5, 1),
  }),
  // 国网山东省电力公司济宁供电公司
  cancel('power', [POWER], {
    name: '用电地址房屋产权证明', aliases: ['房产证明', '产权证明', '房屋所有权证明'],
    content: '申请人对用电地址房屋拥有所有权或合法使用权',
    issuer: '市自然资源和规划局（不动产登记机构）',
    rule: 5, reason: '通过“刷脸办电”和不动产登记信息共享核验用电地址权属，租户以租赁信息和书面承诺代替。',
  }),
  cancel('power', [POWER], {
    name: '业主同意租户用电证明', aliases: ['房东同意证明', '业主证明'],
    content: '房屋业主同意承租人以自己名义办理用电',
    issuer: '房屋业主',
    rule: 1, reason: '没有法律法规依据，属于企业自设要求；承租人可凭租赁合同信息和书面承诺办理。',
  }),
  cancel('power', [POWER], {
    name: '用电工程项目批准文件', aliases: ['项目核准文件', '项目备案证明', '立项批复'],
    content: '高压新装、增容用户的用电工程项目已经核准或备案',
    issuer: '投资主管部门',
    rule: 5, reason: '项目核准、备案信息通过投资项目在线审批监管平台共享，营业厅在线查询。',
  }),
  retain('power', [POWER], {
    name: '受电工程施工单位承装（修、试）电力设施许可证明', aliases: ['承装证明', '电力施工资质证明', '承装修试许可证明'],
    content: '承担用户受电工程施工的单位持有承装（修、试）电力设施许可证',
    issuer: '国家能源局山东监管办公室', basis: [regulation('《电力供应与使用条例》', '第三十七条')],
    substitutes: [commit(), share('国家能源局资质和信用信息系统许可信息')],
    plan: online(5, 1),
  }),
  // 济宁市水务集团有限公司
  cancel('water', [WATER], {
    name: '用水地址房屋产权证明', aliases: ['房产证明', '产权证明'],
    content: '申请人对用水地址房屋拥有所有权或合法使用权',
    issuer: '市自然资源和规划局（不动产登记机构）',
    rule: 5, reason: '通过“水电气暖联办”平台共享不动产登记信息核验，无需提交。',
  }),
  cancel('water', [WATER], {
    name: '建设工程规划许可证明', aliases: ['规划许可证明', '规划证'],
    content: '非居民新建项目已取得建设工程规划许可',
    issuer: '市自然资源和规划局', basis: [law('《中华人民共和国城乡规划法》', '第四十条')],
    rule: 5, reason: '规划许可信息由工程建设项目审批管理系统推送至水务集团，联合报装时自动获取。',
  }),
  cancel('water', [WATER], {
    name: '户外供水管道验收合格证明', aliases: ['管道验收证明', '验收合格证明'],
    content: '用户自行建设的户外供水管道及附属设施验收合格',
    issuer: '济宁市水务集团有限公司', basis: [regulation('《城市供水条例》', '第二十八条')],
    rule: 5, reason: '验收由本企业自行组织，结果在企业内部流转，不得要求用户到本企业其他部门开具证明。',
  }),
  retain('water', [WATER], {
    name: '自建供水设施水质检测报告', aliases: ['水质检测报告', '水质化验证明'],
    content: '申请与公共供水管网连接的自建设施供水水质符合生活饮用水卫生标准',
    issuer: '具备资质的水质检测机构', basis: [regulation('《城市供水条例》', '第三十二条')],
    substitutes: [mustSubmit()],
    mustSubmitReason: '自建设施与公共供水管网连接直接关系供水安全，一旦水质不合格将污染公共管网，须提交具备资质机构出具的检测报告。',
    exclusion: 'health_and_life',
  }),
  // 济宁华润燃气有限公司
  cancel('gas', [GAS], {
    name: '用气地址房屋产权证明', aliases: ['房产证明', '产权证明'],
    content: '申请人对用气地址房屋拥有所有权或合法使用权',
    issuer: '市自然资源和规划局（不动产登记机构）',
    rule: 5, reason: '通过“水电气暖联办”平台共享不动产登记信息核验。',
  }),
  cancel('gas', [GAS], {
    name: '房东同意租户开户证明', aliases: ['业主同意证明', '房东证明'],
    content: '房屋业主同意承租人办理燃气开户',
    issuer: '房屋业主',
    rule: 1, reason: '没有法律法规依据，属于企业自设要求，承租人可凭租赁信息和书面承诺开户。',
  }),
  retain('gas', [GAS], {
    name: '非居民用气场所消防安全检查合格证明', aliases: ['消防验收证明', '消防检查合格证明', '消防证明'],
    content: '餐饮等非居民用户的用气场所经消防安全检查合格',
    issuer: '济宁市消防救援支队', basis: [law('《中华人民共和国消防法》', '第十五条')],
    substitutes: [share('消防监督管理系统检查结果'), assist('系统无记录的，向辖区消防救援大队发函协查')],
    exclusion: 'public_safety',
  }),
  retain('gas', [GAS], {
    name: '燃气设施建设工程竣工验收合格证明', aliases: ['燃气工程验收证明', '竣工验收备案证明'],
    content: '非居民用户自建的燃气设施建设工程已竣工验收合格并报燃气管理部门备案',
    issuer: '建设单位（报市住房和城乡建设局备案）', basis: [regulation('《城镇燃气管理条例》', '第十一条第三款')],
    substitutes: [commit(), share('工程建设项目审批管理系统竣工验收备案信息')],
    plan: online(5, 1),
  }),
  retain('gas', [GAS], {
    name: '燃气燃烧器具安装单位资质证明', aliases: ['燃气具安装资质证明', '安装单位资质'],
    content: '户内燃气设施和燃气燃烧器具由经考核合格的单位和人员安装',
    issuer: '燃气燃烧器具生产或销售单位', basis: [regulation('《城镇燃气管理条例》', '第三十二条')],
    substitutes: [commit()],
    plan: onSite(5, 1),
    remarks: '通气前安全检查时现场核对安装单位和人员信息。',
  }),
];
