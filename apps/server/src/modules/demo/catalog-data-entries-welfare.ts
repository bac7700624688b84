/** Proof entries of 济宁市教育局, 济宁市医疗保障局 and 济宁市退役军人事务局. */
import {
  type DemoProofEntry,
  assist,
  cancel,
  commit,
  law,
  mustSubmit,
  normative,
  online,
  regulation,
  retain,
  rule,
  share,
} from './catalog-data-build';

const TEACHER = '370800-JY-001';
const SCHOOL_ENTRY = '370800-JY-002';
const STUDENT_AID = '370800-JY-003';
const CROSS_REGION_CARE = '370800-YB-001';
const MATERNITY = '370800-YB-002';
const VETERAN_CARD = '370800-TY-001';
const DISABILITY_RATING = '370800-TY-002';

const TEACHERS_ACT = (article: string) => regulation('《教师资格条例》', article);
const INSURANCE_ACT = (article: string) => law('《中华人民共和国社会保险法》', article);
const VETERANS_ACT = (article: string) => law('《中华人民共和国退役军人保障法》', article);

export const WELFARE_ENTRIES: DemoProofEntry[] = [
  retain('education', [TEACHER], {
    name: '体格检查证明', aliases: ['教师资格体检表', '体检证明', '健康证明'],
    content: '申请人的身体条件符合从事教育教学工作的要求',
    issuer: '教育行政部门指定的医院', basis: [TEACHERS_ACT('第十五条第一款第三项')],
    substitutes: [share('指定医院通过教师资格认定管理信息系统上传体检结论')],
    exclusion: 'health_and_life',
    remarks: '教师从事教育教学直接关系未成年学生健康，不适用告知承诺。',
  }),
  cancel('education', [TEACHER], {
    name: '思想品德鉴定表', aliases: ['思想品德鉴定', '政审表', '品德证明'],
    content: '申请人的思想品德情况',
    issuer: '申请人户籍所在地街道办事处或工作单位、毕业学校', basis: [TEACHERS_ACT('第十五条第一款第四项')],
    rule: 3, reason: '按照教育部部署，思想品德鉴定改为申请人签署个人承诺书，并结合无犯罪记录核查。',
  }),
  retain('education', [TEACHER], {
    name: '无犯罪记录证明', aliases: ['无犯罪证明', '良民证', '有无犯罪记录证明'],
    content: '申请人有无犯罪记录',
    issuer: '户籍所在地公安机关', basis: [TEACHERS_ACT('第十五条第一款第四项')],
    substitutes: [commit(), share('公安机关违法犯罪记录查询接口（教育系统入职查询）')],
    plan: online(10, 1),
  }),
  retain('education', [TEACHER], {
    name: '学历证明', aliases: ['毕业证明', '学历认证报告', '学信网认证'],
    content: '申请人具备教师法规定的相应学历',
    issuer: '毕业院校或学历认证机构', basis: [TEACHERS_ACT('第十五条第一款第二项')],
    substitutes: [commit(), share('中国高等教育学生信息网学历信息（教师资格认定系统对接）')],
    plan: online(10, 1),
    remarks: '系统核验不到的（境外学历、早期学历），申请人可承诺后在认定前补交学历认证报告。',
  }),
  retain('education', [TEACHER], {
    name: '中小学教师资格考试合格证明', aliases: ['教资考试合格证', '国考合格证明', '笔试面试合格证明'],
    content: '非师范类专业申请人已通过中小学教师资格考试',
    issuer: '教育部教育考试院', basis: [TEACHERS_ACT('第十五条第一款第二项')],
    substitutes: [commit(), share('中小学教师资格考试与认定系统考试成绩信息')],
    plan: online(5, 1),
  }),
  cancel('education', [TEACHER], {
    name: '普通话水平测试等级证明', aliases: ['普通话证明', '普通话等级证明'],
    content: '申请人普通话水平达到规定等级',
    issuer: '省语言文字工作委员会', basis: [rule('《〈教师资格条例〉实施办法》', '第八条')],
    rule: 5, reason: '普通话水平测试成绩通过国家普通话水平测试信息管理系统在线核验。',
  }),
  retain('education', [SCHOOL_ENTRY], {
    name: '监护人务工就业证明', aliases: ['就业证明', '务工证明', '劳动合同'],
    content: '随迁子女的父母或其他法定监护人在本市市区务工就业',
    issuer: '监护人所在用人单位或市场监管部门', basis: [law('《中华人民共和国义务教育法》', '第十二条第二款')],
    substitutes: [commit(), share('社会保险参保信息、市场主体登记信息')],
    plan: online(10, 0.3),
  }),
  retain('education', [SCHOOL_ENTRY], {
    name: '预防接种证明', aliases: ['预防接种证查验证明', '疫苗接种证明', '打疫苗证明'],
    content: '入学儿童已按照国家免疫规划接种疫苗',
    issuer: '接种单位或县级疾病预防控制机构', basis: [law('《中华人民共和国疫苗管理法》', '第四十八条')],
    substitutes: [share('山东省免疫规划信息管理系统接种记录，学校在线查验')],
    exclusion: 'health_and_life',
  }),
  cancel('education', [SCHOOL_ENTRY], {
    name: '居住证明', aliases: ['租房证明', '住址证明', '暂住证明'],
    content: '随迁子女监护人在学校划片范围内居住',
    issuer: '居住地社区居民委员会',
    rule: 2, reason: '监护人持有的居住证已载明居住地址，系统在线核验居住证信息。',
  }),
  cancel('education', [STUDENT_AID], {
    name: '最低生活保障家庭证明', aliases: ['低保证明', '低保户证明', '低保证'],
    content: '学生家庭为最低生活保障家庭',
    issuer: '县级民政部门',
    rule: 5, reason: '低保、特困、残疾等困难群体信息由民政、残联部门推送至学生资助管理信息系统，学校直接认定。',
  }),
  cancel('education', [STUDENT_AID], {
    name: '家庭经济困难证明', aliases: ['贫困证明', '家庭困难证明', '贫困生证明'],
    content: '学生家庭经济困难',
    issuer: '学生户籍所在地乡镇人民政府或街道办事处', basis: [normative('《山东省学生资助资金管理办法》', '第八条')],
    rule: 1, reason: '没有法律法规依据；家庭经济困难学生认定改为学生本人书面申请、班级评议和学校审核。',
  }),
  // 市医疗保障局
  retain('medical', [CROSS_REGION_CARE], {
    name: '异地长期居住证明', aliases: ['异地居住证明', '异地安置证明', '居住证明'],
    content: '参保人员退休后在异地定居或在异地长期居住',
    issuer: '居住地社区居民委员会或公安机关', basis: [INSURANCE_ACT('第二十九条第二款')],
    substitutes: [commit()],
    plan: online(20, 0.1),
    remarks: '个人承诺后即时备案，医保部门按比例抽查居住信息。',
  }),
  cancel('medical', [CROSS_REGION_CARE], {
    name: '转诊转院证明', aliases: ['转诊证明', '转院证明', '转诊单'],
    content: '参保人员因病情需要经定点医疗机构转诊至异地就医',
    issuer: '参保地定点医疗机构',
    rule: 5, reason: '转诊信息由定点医疗机构通过医保信息平台直接上传，参保人员无需领取纸质证明。',
  }),
  cancel('medical', [CROSS_REGION_CARE], {
    name: '异地工作证明', aliases: ['常驻异地工作证明', '外派证明'],
    content: '参保人员受用人单位派驻异地工作',
    issuer: '参保人员所在用人单位', basis: [normative('《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》', '第三条')],
    rule: 3, reason: '国家规定常驻异地工作人员可凭个人承诺办理备案，不再要求单位证明。',
  }),
  retain('medical', [MATERNITY], {
    name: '出生医学证明', aliases: ['出生证', '出生证明', '婴儿出生证明'],
    content: '女职工生育子女的事实及时间',
    issuer: '助产医疗机构', basis: [law('《中华人民共和国母婴保健法》', '第二十三条'), INSURANCE_ACT('第五十六条第一款第一项')],
    substitutes: [commit(), share('电子出生医学证明和生育医疗费用结算信息')],
    plan: online(5, 1),
  }),
  retain('medical', [MATERNITY], {
    name: '计划生育手术证明', aliases: ['节育手术证明', '手术证明'],
    content: '职工接受计划生育手术及手术时间，用于确定计划生育手术休假天数',
    issuer: '实施手术的医疗机构', basis: [INSURANCE_ACT('第五十六条第一款第二项')],
    substitutes: [commit(), share('医保定点医疗机构住院及门诊结算信息')],
    plan: online(10, 0.3),
  }),
  retain('medical', [MATERNITY], {
    name: '流产医学证明', aliases: ['流产证明', '引产证明', '流产诊断证明'],
    content: '女职工怀孕流产及怀孕月数，用于确定流产产假天数',
    issuer: '实施手术的医疗机构', basis: [INSURANCE_ACT('第五十六条第一款第一项'), regulation('《女职工劳动保护特别规定》', '第七条第二款')],
    substitutes: [commit(), share('医保定点医疗机构住院及门诊结算信息')],
    plan: online(10, 0.3),
  }),
  cancel('medical', [MATERNITY], {
    name: '单位职工月平均工资证明', aliases: ['工资证明', '平均工资证明'],
    content: '职工所在用人单位上年度职工月平均工资',
    issuer: '用人单位',
    rule: 5, reason: '生育津贴按用人单位申报的缴费工资计发，经办机构直接从医保缴费信息中取得。',
  }),
  // 市退役军人事务局
  cancel('veterans', [VETERAN_CARD], {
    name: '退出现役证明', aliases: ['退伍证明', '退役证明', '复员证明'],
    content: '申请人已依法退出现役',
    issuer: '原服役部队', basis: [VETERANS_ACT('第十四条')],
    rule: 2, reason: '申请人持有的退出现役证已证明退役事实，且退役军人信息已建档立卡、在系统中可查。',
  }),
  cancel('veterans', [VETERAN_CARD], {
    name: '户籍证明', aliases: ['户口证明', '户籍所在地证明'],
    content: '申请人户籍在本市',
    issuer: '户籍所在地公安派出所',
    rule: 5, reason: '户籍信息通过公安人口信息共享核验。',
  }),
  retain('veterans', [DISABILITY_RATING], {
    name: '致残性质原始证明材料', aliases: ['因战因公致残证明', '致残证明', '部队证明'],
    content: '申请人在服现役期间因战、因公致残的经过和性质',
    issuer: '原服役部队或其上级机关', basis: [VETERANS_ACT('第四十条')],
    substitutes: [mustSubmit()],
    mustSubmitReason: '致残性质须以部队形成的原始档案记录为据，涉及军事秘密，不能以本人承诺代替，也无共享数据来源。',
    exclusion: 'state_secrets',
  }),
  retain('veterans', [DISABILITY_RATING], {
    name: '伤残情况医疗诊断证明', aliases: ['病历', '诊断证明', '医疗证明'],
    content: '申请人近期的伤残部位、功能障碍情况和治疗经过',
    issuer: '二级以上医疗机构', basis: [VETERANS_ACT('第四十条')],
    substitutes: [assist('由退役军人事务部门向就诊医疗机构调取病历资料')],
    exclusion: 'health_and_life',
  }),
  cancel('veterans', [DISABILITY_RATING], {
    name: '两名以上证人证明', aliases: ['证人证明', '战友证明'],
    content: '申请人致残经过有两名以上证人证明',
    issuer: '申请人的战友或知情人',
    rule: 6, reason: '个人出具的证人证明无法调查核实，致残性质以部队原始档案为准。',
  }),
];
