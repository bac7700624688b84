/** Proof entries of 邹城市 (370883) and its 钢山街道. */
import {
  type DemoProofEntry,
  assist,
  cancel,
  commit,
  law,
  mustSubmit,
  online,
  onSite,
  regulation,
  retain,
  share,
} from './catalog-data-build';

const ID_CARD = '370883-GA-001';
const DATE_OF_BIRTH = '370883-GA-002';
const UNEMPLOYMENT_REGISTRATION = '370883-RS-001';
const PESTICIDE = '370883-SP-001';
const DISABILITY_ALLOWANCE = '370883001-JD-001';

const HOUSEHOLD_ACT = (article: string) => law('《中华人民共和国户口登记条例》', article);
const PESTICIDE_ACT = (article: string) => regulation('《农药管理条例》', article);

export const ZOUCHENG_ENTRIES: DemoProofEntry[] = [
  cancel('zc-police', [ID_CARD], {
    name: '监护关系证明',
    aliases: ['父母监护证明', '未成年人监护证明'],
    content: '为未满十六周岁的子女代为申领居民身份证的人是其监护人',
    issuer: '户籍所在地公安派出所',
    rule: 2,
    reason: '监护关系可由户口簿或出生医学证明直接证明。',
  }),
  cancel('zc-police', [ID_CARD], {
    name: '户籍证明',
    aliases: ['户口证明', '户籍所在地证明'],
    content: '申请人常住户口在邹城市',
    issuer: '户籍所在地公安派出所',
    basis: [law('《中华人民共和国居民身份证法》', '第十条')],
    rule: 5,
    reason: '户籍信息在公安人口信息系统中直接查询，异地申领的由受理地在线核验。',
  }),
  retain('zc-police', [DATE_OF_BIRTH], {
    name: '出生日期原始证明材料',
    aliases: ['出生日期证明', '改年龄证明', '原始档案证明'],
    content: '形成于户口登记之前、能够证明申请人真实出生日期的原始记录（出生医学证明、早期户籍档案、学籍档案等）',
    issuer: '原始记录保存单位（助产医疗机构、档案馆、学校等）',
    basis: [HOUSEHOLD_ACT('第十七条')],
    substitutes: [mustSubmit()],
    mustSubmitReason:
      '出生日期变更更正直接影响退休、入学、兵役等权利义务，极易被用于骗取待遇，必须以原始记录为据，不能以承诺代替，且早期档案尚未数字化。',
    exclusion: 'public_safety',
  }),
  cancel('zc-police', [DATE_OF_BIRTH], {
    name: '单位人事档案出生日期证明',
    aliases: ['档案证明', '人事档案证明'],
    content: '申请人人事档案中记载的出生日期',
    issuer: '档案保管单位',
    rule: 4,
    reason: '人事档案原件已属于“出生日期原始证明材料”范围，不再要求档案单位另行开具证明。',
  }),
  cancel('zc-police', [DATE_OF_BIRTH], {
    name: '村（居）民委员会出生日期证明',
    aliases: ['村委出生证明', '村委会证明'],
    content: '申请人的出生日期',
    issuer: '户籍所在地村（居）民委员会',
    rule: 6,
    reason: '村（居）民委员会对数十年前的出生日期无法调查核实，出具的证明不能作为更正依据。',
  }),
  retain('zc-hrss', [UNEMPLOYMENT_REGISTRATION], {
    name: '终止或者解除劳动关系证明',
    aliases: ['离职证明', '解除劳动合同证明'],
    content: '申请人与原用人单位已终止或者解除劳动关系',
    issuer: '原用人单位',
    basis: [law('《中华人民共和国社会保险法》', '第五十条第二款')],
    substitutes: [commit(), share('社会保险参保减员信息')],
    plan: online(10, 1),
  }),
  cancel('zc-hrss', [UNEMPLOYMENT_REGISTRATION], {
    name: '工作经历证明',
    aliases: ['工作证明', '就业经历证明', '工龄证明'],
    content: '申请人失业前的就业经历',
    issuer: '原用人单位',
    rule: 5,
    reason: '就业经历通过社会保险参保缴费记录和就业登记信息查询。',
  }),
  cancel('zc-hrss', [UNEMPLOYMENT_REGISTRATION], {
    name: '失业原因证明',
    aliases: ['非自愿失业证明', '失业证明'],
    content: '申请人失业的原因',
    issuer: '原用人单位',
    rule: 4,
    reason: '终止或者解除劳动关系证明（或承诺）已载明失业原因。',
  }),
  retain('zc-service', [PESTICIDE], {
    name: '农药经营人员专业能力证明',
    aliases: ['农药培训证明', '植保专业学历证明', '专业知识证明'],
    content: '经营人员具备农药和病虫害防治专业知识，熟悉农药管理规定',
    issuer: '毕业院校或农业主管部门认可的培训机构',
    basis: [PESTICIDE_ACT('第二十四条第一款第一项')],
    substitutes: [commit(), share('中国高等教育学生信息网学历信息、农业农村部门培训记录')],
    plan: online(10, 0.3),
  }),
  retain('zc-service', [PESTICIDE], {
    name: '营业场所和仓储场所使用证明',
    aliases: ['场所证明', '仓库租赁证明'],
    content: '申请人对营业场所和仓储场所拥有合法使用权',
    issuer: '场所产权人或出租人',
    basis: [PESTICIDE_ACT('第二十四条第一款第二项')],
    substitutes: [commit(), share('不动产登记信息')],
    plan: onSite(20, 1),
    remarks: '农药经营许可须现场核查，核查时一并核对场所使用情况。',
  }),
  retain('zc-service', [PESTICIDE], {
    name: '营业场所与饮用水水源隔离情况证明',
    aliases: ['安全距离证明', '隔离证明', '周边环境证明'],
    content: '营业场所和仓储场所与饮用水水源、生活区域有效隔离',
    issuer: '济宁市生态环境局邹城市分局',
    basis: [PESTICIDE_ACT('第二十四条第一款第二项')],
    substitutes: [assist('由审批部门会同生态环境分局现场核查')],
    exclusion: 'ecological',
  }),
  retain('zc-service', [PESTICIDE], {
    name: '限制使用农药专业技术人员资格证明',
    aliases: ['植保技术人员证明', '农技人员职称证明'],
    content: '经营限制使用农药的，配备了相应的用药指导和病虫害防治专业技术人员',
    issuer: '职称评审机构或毕业院校',
    basis: [PESTICIDE_ACT('第二十四条第二款')],
    substitutes: [commit(), share('专业技术人员职称信息、中国高等教育学生信息网学历信息')],
    plan: online(10, 0.3),
  }),
  // 邹城市钢山街道办事处
  cancel('zc-gangshan', [DISABILITY_ALLOWANCE], {
    name: '残疾等级证明',
    aliases: ['残疾证明', '残疾鉴定证明'],
    content: '申请人的残疾类别和等级',
    issuer: '邹城市残疾人联合会',
    rule: 2,
    reason: '申请人持有的第二代残疾人证已载明残疾类别和等级。',
  }),
  cancel('zc-gangshan', [DISABILITY_ALLOWANCE], {
    name: '最低生活保障家庭证明',
    aliases: ['低保证明', '低保户证明'],
    content: '申请人所在家庭为最低生活保障家庭',
    issuer: '邹城市民政局',
    rule: 5,
    reason: '低保对象信息在民政业务系统中直接查询，全国残疾人两项补贴信息系统已与低保系统对接。',
  }),
  cancel('zc-gangshan', [DISABILITY_ALLOWANCE], {
    name: '重度残疾人护理需求证明',
    aliases: ['护理证明', '需要护理证明'],
    content: '重度残疾人需要长期照护',
    issuer: '社区居民委员会',
    rule: 4,
    reason: '残疾等级为一、二级即可申领护理补贴，残疾人证已涵盖护理需求的认定。',
  }),
];
