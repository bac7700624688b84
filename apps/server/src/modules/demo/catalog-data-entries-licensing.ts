/** Proof entries of 济宁市卫生健康委员会 and 济宁市市场监督管理局. */
import {
  type DemoProofEntry,
  cancel,
  commit,
  law,
  mustSubmit,
  normative,
  online,
  onSite,
  regulation,
  retain,
  rule,
  share,
} from './catalog-data-build';

const PHYSICIAN = '370800-WJ-001';
const NURSE = '370800-WJ-002';
const PUBLIC_VENUE = '370800-WJ-003';
const FOOD = '370800-SJ-001';
const PHARMACY = '370800-SJ-002';
const COMPANY = '370800-SJ-003';

const PHYSICIANS_ACT = (article: string) => law('《中华人民共和国医师法》', article);
const NURSES_ACT = (article: string) => regulation('《护士条例》', article);
const VENUES_ACT = (article: string) => regulation('《公共场所卫生管理条例》', article);
const FOOD_SAFETY_ACT = (article: string) => law('《中华人民共和国食品安全法》', article);
const DRUG_ACT = (article: string) => law('《中华人民共和国药品管理法》', article);
const HEALTH_CERTIFICATE = share('山东省从业人员健康证明电子证照库（体检机构出具后自动归集）');

export const LICENSING_ENTRIES: DemoProofEntry[] = [
  cancel('health', [PHYSICIAN], {
    name: '医师健康体检证明', aliases: ['体检证明', '健康证明', '体检表'],
    content: '申请人6个月内的健康体检结果',
    issuer: '县级以上医疗机构', basis: [rule('《医师执业注册管理办法》', '第九条')],
    rule: 1, reason: '设定依据仅为部门规章，医师法未规定注册须提交体检证明；身体状况由申请人书面承诺，拟执业机构入职体检已覆盖。',
  }),
  retain('health', [PHYSICIAN], {
    name: '无犯罪记录证明', aliases: ['无犯罪证明', '良民证', '无刑事处罚证明'],
    content: '申请人未受刑事处罚，或刑罚执行完毕已满二年',
    issuer: '户籍所在地公安机关', basis: [PHYSICIANS_ACT('第十六条第一款第二项')],
    substitutes: [commit(), share('公安机关违法犯罪记录查询接口')],
    plan: online(10, 1),
  }),
  cancel('health', [PHYSICIAN], {
    name: '拟执业医疗机构聘用证明', aliases: ['聘用证明', '医院接收证明', '工作证明'],
    content: '拟执业的医疗卫生机构同意聘用申请人',
    issuer: '拟执业医疗卫生机构', basis: [PHYSICIANS_ACT('第十三条')],
    rule: 5, reason: '聘用关系由拟执业机构在国家医师电子化注册系统中在线确认，不再出具纸质证明。',
  }),
  cancel('health', [PHYSICIAN], {
    name: '医学专业学历证明', aliases: ['学历证明', '毕业证明'],
    content: '申请人具有医学专业学历',
    issuer: '毕业院校',
    rule: 2, reason: '申请人取得的医师资格证书已证明其具备参加医师资格考试的学历条件。',
  }),
  retain('health', [NURSE], {
    name: '护士执业注册健康体检证明', aliases: ['护士体检证明', '健康证明', '体检表'],
    content: '申请人符合国务院卫生主管部门规定的健康标准',
    issuer: '二级以上医疗机构', basis: [NURSES_ACT('第七条第二款第四项')],
    substitutes: [share('山东省全民健康信息平台体检结果（二级以上医疗机构上传）')],
    exclusion: 'health_and_life',
  }),
  retain('health', [NURSE], {
    name: '护士执业资格考试成绩合格证明', aliases: ['护士资格考试合格证明', '护考成绩证明', '护士资格证'],
    content: '申请人通过护士执业资格考试，且在考试合格之日起3年内申请注册',
    issuer: '国家卫生健康委人才交流服务中心', basis: [NURSES_ACT('第七条第二款第三项')],
    substitutes: [commit(), share('全国护士执业资格考试成绩信息')],
    plan: online(5, 1),
  }),
  cancel('health', [NURSE], {
    name: '护理临床实习证明', aliases: ['实习证明', '临床实习鉴定'],
    content: '申请人在教学、综合医院完成8个月以上护理临床实习',
    issuer: '实习医院', basis: [NURSES_ACT('第七条第二款第二项')],
    rule: 4, reason: '临床实习是取得护理专业学历证书和报考护士执业资格考试的前提，学历证书和考试成绩已涵盖该事实。',
  }),
  cancel('health', [NURSE], {
    name: '拟执业医疗机构合格证明', aliases: ['医疗机构执业许可证明', '医院证明'],
    content: '拟执业的医疗机构依法设立并执业',
    issuer: '拟执业医疗机构',
    rule: 5, reason: '医疗机构执业登记信息在卫生健康部门内部系统直接查询。',
  }),
  retain('health', [PUBLIC_VENUE], {
    name: '公共场所从业人员健康合格证明', aliases: ['健康证', '健康合格证', '从业人员体检证明'],
    content: '直接为顾客服务的从业人员经健康检查合格，未患有有碍公共卫生的疾病',
    issuer: '取得资质的健康体检机构', basis: [VENUES_ACT('第七条')],
    substitutes: [HEALTH_CERTIFICATE],
    exclusion: 'health_and_life',
  }),
  retain('health', [PUBLIC_VENUE], {
    name: '公共场所卫生检测报告', aliases: ['卫生检测报告', '空气水质检测报告', '卫生评价报告'],
    content: '公共场所的空气、微小气候、水质、采光、照明、噪音和顾客用具符合国家卫生标准',
    issuer: '具备资质的检验检测机构', basis: [VENUES_ACT('第三条、第八条')],
    substitutes: [commit('许可后3个月内补交检测报告')],
    plan: onSite(20, 1), disclosure: true,
  }),
  retain('health', [PUBLIC_VENUE], {
    name: '集中空调通风系统卫生检测报告', aliases: ['空调通风检测报告', '中央空调卫生检测'],
    content: '使用集中空调通风系统的公共场所，其空调通风系统符合卫生规范',
    issuer: '具备资质的检验检测机构', basis: [VENUES_ACT('第三条')],
    substitutes: [commit('许可后3个月内补交检测报告')],
    plan: onSite(20, 1),
  }),
  // 市市场监督管理局
  retain('market', [FOOD], {
    name: '食品从业人员健康证明', aliases: ['健康证', '食品健康证', '从业人员健康证明'],
    content: '从事接触直接入口食品工作的从业人员经健康检查，未患有有碍食品安全的疾病',
    issuer: '取得资质的健康体检机构', basis: [FOOD_SAFETY_ACT('第四十五条')],
    substitutes: [HEALTH_CERTIFICATE],
    exclusion: 'health_and_life',
  }),
  retain('market', [FOOD], {
    name: '经营场所使用证明', aliases: ['房屋租赁证明', '场所产权证明', '经营场所证明'],
    content: '申请人对与经营的食品品种、数量相适应的经营场所拥有合法使用权',
    issuer: '场所产权人或出租人', basis: [FOOD_SAFETY_ACT('第三十三条第一款第一项')],
    substitutes: [commit(), share('不动产登记信息、市场主体登记住所信息')],
    plan: onSite(10, 0.3),
  }),
  retain('market', [FOOD], {
    name: '自备水源水质检测报告', aliases: ['水质检测报告', '井水检测报告'],
    content: '使用自备水源的食品经营者，其用水符合国家规定的生活饮用水卫生标准',
    issuer: '具备资质的检验检测机构', basis: [FOOD_SAFETY_ACT('第三十三条第一款第九项')],
    substitutes: [mustSubmit()],
    mustSubmitReason: '自备水源水质直接关系食品安全和消费者健康，水质须经有资质机构实际检测，无法通过承诺或数据共享确认。',
    exclusion: 'health_and_life',
  }),
  cancel('market', [FOOD], {
    name: '食品安全管理人员培训合格证明', aliases: ['食品安全管理员证', '培训合格证'],
    content: '食品安全管理人员经培训考核合格',
    issuer: '食品安全培训机构', basis: [normative('《山东省食品安全管理人员培训考核办法》', '第五条')],
    rule: 1, reason: '仅有规范性文件依据，没有法律法规规定；管理人员食品安全知识由监管部门在日常监督检查中抽查考核。',
  }),
  cancel('market', [PHARMACY], {
    name: '执业药师注册证明', aliases: ['药师证明', '执业药师证'],
    content: '企业质量负责人、处方审核人员为依法注册的执业药师',
    issuer: '山东省药品监督管理局', basis: [DRUG_ACT('第五十二条第一项')],
    rule: 2, reason: '执业药师持有的执业药师注册证（电子证照）本身即可证明，审批系统在线调用。',
  }),
  retain('market', [PHARMACY], {
    name: '药学技术人员学历证明', aliases: ['学历证明', '药学专业毕业证明'],
    content: '企业配备的药学技术人员具有药学或相关专业学历',
    issuer: '毕业院校', basis: [DRUG_ACT('第五十二条第一项')],
    substitutes: [commit(), share('中国高等教育学生信息网学历信息')],
    plan: online(10, 0.3),
  }),
  retain('market', [PHARMACY], {
    name: '质量负责人工作经历证明', aliases: ['工作经历证明', '质量负责人履历证明', '从业经历证明'],
    content: '企业质量负责人具有规定年限的药品经营质量管理工作经历',
    issuer: '质量负责人原工作单位', basis: [DRUG_ACT('第五十二条第三项')],
    substitutes: [commit(), share('社会保险参保缴费记录、执业药师注册信息')],
    plan: online(10, 0.3),
  }),
  retain('market', [PHARMACY], {
    name: '营业场所和仓库使用证明', aliases: ['药店场所证明', '仓库产权证明', '租赁证明'],
    content: '企业对与所经营药品相适应的营业场所和仓储设施拥有合法使用权',
    issuer: '场所产权人或出租人', basis: [DRUG_ACT('第五十二条第二项')],
    substitutes: [commit(), share('不动产登记信息（市自然资源和规划局共享）')],
    plan: onSite(20, 1),
    remarks: '药品零售企业开办须经现场检查验收，核查与验收同时进行。',
  }),
  retain('market', [COMPANY], {
    name: '住所（经营场所）使用证明', aliases: ['住所证明', '经营场所证明', '房屋租赁合同'],
    content: '企业对登记的住所或者主要经营场所拥有合法使用权',
    issuer: '住所产权人或出租人', basis: [regulation('《中华人民共和国市场主体登记管理条例》', '第十六条第一款第三项')],
    substitutes: [commit('填写住所（经营场所）申报承诺书'), share('不动产登记信息（市自然资源和规划局共享）')],
    plan: online(10, 0.2), disclosure: true,
    remarks: '住所申报承诺随企业登记信息在国家企业信用信息公示系统公示。',
  }),
  cancel('market', [COMPANY], {
    name: '法定代表人任职资格证明', aliases: ['无不良记录证明', '任职资格证明'],
    content: '拟任法定代表人不存在不得担任法定代表人的情形',
    issuer: '法定代表人户籍所在地公安派出所', basis: [regulation('《中华人民共和国市场主体登记管理条例》', '第十二条')],
    rule: 3, reason: '任职资格由拟任法定代表人在登记申请书中签署承诺，登记机关事后通过信用信息和司法协助数据核查。',
  }),
];
