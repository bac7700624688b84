/** Proof entries of 济宁市公安局 and 济宁市司法局. */
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

const SECURITY_GUARD = '370800-GA-001';
const TRAVEL_DOCUMENTS = '370800-GA-002';
const DRIVING_LICENCE = '370800-GA-003';
const LAWYER = '370800-SF-001';
const LEGAL_AID = '370800-SF-002';
const GRASSROOTS_LEGAL = '370800-SF-003';

const GUARD_ACT = (article: string) => regulation('《保安服务管理条例》', article);
const LAWYERS_ACT = (article: string) => law('《中华人民共和国律师法》', article);

export const POLICE_AND_JUSTICE_ENTRIES: DemoProofEntry[] = [
  cancel('police', [SECURITY_GUARD], {
    name: '无犯罪记录证明',
    aliases: ['无犯罪证明', '良民证', '开无犯罪证明'],
    content: '保安员证申请人无故意犯罪被刑事处罚等不得担任保安员的记录',
    issuer: '户籍所在地公安派出所',
    basis: [GUARD_ACT('第十七条')],
    rule: 5,
    reason: '申请人的违法犯罪记录由市公安局在审查阶段通过公安内部信息系统直接查询，无需申请人往返派出所开具。',
  }),
  retain('police', [SECURITY_GUARD], {
    name: '学历证明',
    aliases: ['初中毕业证明', '学历证书'],
    content: '申请人具有初中以上学历',
    issuer: '申请人毕业学校或学籍所在地县级教育行政部门',
    basis: [GUARD_ACT('第十六条')],
    substitutes: [commit(), share('中国高等教育学生信息网、山东省中小学学籍管理系统学历信息')],
    plan: online(5, 0.3),
    remarks: '1990年以前毕业、系统无电子学历信息的，改为向毕业学校发函协查。',
  }),
  cancel('police', [SECURITY_GUARD], {
    name: '健康证明',
    aliases: ['体检证明', '身体健康证明'],
    content: '保安员证申请人身体健康，能够从事保安服务工作',
    issuer: '二级以上综合医院',
    basis: [GUARD_ACT('第十六条')],
    rule: 3,
    reason: '身体健康状况由申请人在申请表中书面承诺，保安从业单位入职时另行组织体检，无需在发证环节提交。',
  }),
  cancel('police', [SECURITY_GUARD], {
    name: '保安员培训结业证明',
    aliases: ['保安培训证明', '保安培训合格证'],
    content: '申请人参加保安员培训并结业',
    issuer: '保安培训单位',
    basis: [rule('《保安培训机构管理办法》', '第十九条')],
    rule: 4,
    reason: '申请人须参加市公安局组织的保安员考试，考试合格成绩已涵盖培训结业要求。',
  }),
  retain('police', [TRAVEL_DOCUMENTS], {
    name: '登记备案人员单位同意出境证明',
    aliases: ['出国（境）审批证明', '单位同意出境意见', '备案人员出境证明'],
    content: '列入出入境登记备案的国家工作人员因私出境已经所在单位或上级主管部门同意',
    issuer: '申请人所在单位或干部管理部门',
    basis: [law('《中华人民共和国出境入境管理法》', '第十二条')],
    substitutes: [assist('由出入境管理部门通过备案人员管理系统向备案单位核实')],
    exclusion: 'national_security',
    remarks: '仅适用于已登记备案的国家工作人员，其他申请人不得要求提供。',
  }),
  cancel('police', [TRAVEL_DOCUMENTS], {
    name: '亲属关系证明',
    aliases: ['探亲关系证明', '亲属证明'],
    content: '赴港澳探亲签注申请人与被探望人之间的亲属关系',
    issuer: '户籍所在地公安派出所',
    rule: 5,
    reason:
      '申请人与内地亲属的关系通过全国人口信息系统查询，港澳居民亲属关系由申请人填写并核对通行证信息，无需另开证明。',
  }),
  cancel('police', [TRAVEL_DOCUMENTS], {
    name: '出入境证件异地办理居住证明',
    aliases: ['异地办护照居住证明', '暂住证明'],
    content: '非本市户籍申请人在本市居住',
    issuer: '居住地社区居民委员会',
    basis: [normative('《公安部关于实施出入境证件“全国通办”的公告》', '第一条')],
    rule: 1,
    reason: '无法律法规依据；自2019年起内地居民凭居民身份证即可在全国任一出入境窗口申请出入境证件，不再要求居住证明。',
  }),
  cancel('police', [TRAVEL_DOCUMENTS], {
    name: '出境事由证明',
    aliases: ['出国事由证明', '旅游事由证明', '邀请证明'],
    content: '申请人因私出境的目的和事由',
    issuer: '申请人所在单位',
    rule: 1,
    reason: '法律法规未规定因私出境须提交事由证明，出境事由由申请人在申请表中如实填写。',
  }),
  cancel('police', [TRAVEL_DOCUMENTS], {
    name: '监护关系证明',
    aliases: ['父母监护证明', '未成年人监护证明'],
    content: '为未满十六周岁的未成年人代为申请证件的人是其监护人',
    issuer: '户籍所在地公安派出所',
    rule: 2,
    reason: '监护关系可由申请人持有的户口簿或出生医学证明直接证明。',
  }),
  retain('police', [DRIVING_LICENCE], {
    name: '机动车驾驶人身体条件证明',
    aliases: ['驾照体检证明', '驾驶人体检表', '驾驶证体检'],
    content: '申请人的视力、辨色力、听力、躯干和四肢等身体条件符合申请驾驶车型的要求',
    issuer: '具备条件的医疗机构',
    basis: [law('《中华人民共和国道路交通安全法》', '第十九条')],
    substitutes: [share('医疗机构通过公安交管“驾驶人体检信息联网”系统直接上传体检结果，申请人无需提交纸质证明')],
    exclusion: 'public_safety',
  }),
  cancel('police', [DRIVING_LICENCE], {
    name: '异地报考驾驶人居住证明',
    aliases: ['异地考驾照居住证明', '异地驾照居住证明', '居住证明'],
    content: '非本市户籍申请人在本市居住',
    issuer: '居住地公安派出所',
    rule: 1,
    reason: '无法律法规依据，公安部已于2019年取消异地申领驾驶证须提交居住证明的要求，凭居民身份证即可报考。',
  }),
  cancel('police', [DRIVING_LICENCE], {
    name: '驾驶培训记录证明',
    aliases: ['驾校培训证明', '学时证明'],
    content: '申请人在驾驶培训机构完成规定学时的培训',
    issuer: '机动车驾驶员培训机构',
    basis: [rule('《机动车驾驶证申领和使用规定》', '第二十七条')],
    rule: 5,
    reason: '培训学时由驾驶培训监管服务平台与公安交管考试系统实时共享，车管所在线核验。',
  }),
  // 市司法局
  retain('justice', [LAWYER], {
    name: '律师协会实习考核合格材料',
    aliases: ['实习考核合格证明', '律师实习证明'],
    content: '申请人在律师事务所实习满一年并经律师协会考核合格',
    issuer: '山东省律师协会',
    basis: [LAWYERS_ACT('第六条第一款第二项')],
    substitutes: [commit(), share('律师协会实习人员管理系统考核结果')],
    plan: online(5),
  }),
  retain('justice', [LAWYER], {
    name: '律师事务所同意接收证明',
    aliases: ['律所接收函', '律所同意接收证明'],
    content: '拟执业的律师事务所同意接收申请人在本所执业',
    issuer: '拟执业的律师事务所',
    basis: [LAWYERS_ACT('第六条第一款第四项')],
    substitutes: [commit(), assist('由市司法局通过律师管理系统向拟执业律师事务所核实')],
    plan: online(5),
  }),
  retain('justice', [LAWYER], {
    name: '无犯罪记录证明',
    aliases: ['无犯罪证明', '良民证', '无刑事处罚记录证明'],
    content: '申请人未受过刑事处罚（过失犯罪除外）',
    issuer: '户籍所在地公安机关',
    basis: [LAWYERS_ACT('第七条')],
    substitutes: [commit(), share('公安机关违法犯罪记录查询接口（司法行政—公安数据共享）')],
    plan: online(5),
  }),
  retain('justice', [LAWYER], {
    name: '兼职律师所在单位同意兼职证明',
    aliases: ['单位同意兼职证明', '兼职律师证明'],
    content: '高等院校、科研机构的申请人所在单位同意其兼职从事律师职业',
    issuer: '申请人所在高等院校或科研机构',
    basis: [LAWYERS_ACT('第六条第二款、第十二条')],
    substitutes: [mustSubmit()],
    mustSubmitReason:
      '法律明确规定须由所在单位出具同意兼职的证明，该证明体现的是所在单位的意思表示，申请人本人无法代为承诺，也没有可共享的数据来源。',
    exclusion: 'law_requires',
  }),
  cancel('justice', [LAWYER], {
    name: '品行良好证明',
    aliases: ['品行证明', '表现证明', '政审证明'],
    content: '申请人品行良好',
    issuer: '申请人户籍所在地居民委员会或村民委员会',
    basis: [LAWYERS_ACT('第五条第一款第四项')],
    rule: 6,
    reason:
      '“品行良好”属于综合评价，居（村）民委员会无法调查核实；申请人有无犯罪记录、受处分情况已由其他材料和数据核查反映。',
  }),
  cancel('justice', [LEGAL_AID], {
    name: '经济困难证明',
    aliases: ['贫困证明', '家庭困难证明', '低收入证明'],
    content: '法律援助申请人家庭经济困难',
    issuer: '申请人户籍所在地街道办事处或乡镇人民政府',
    basis: [law('《中华人民共和国法律援助法》', '第四十一条')],
    rule: 3,
    reason:
      '法律援助法规定法律援助机构可以通过信息共享查询经济困难状况，或由申请人进行个人诚信承诺，不再要求开具证明。',
  }),
  retain('justice', [LEGAL_AID], {
    name: '特定群体身份证明',
    aliases: ['低保证明', '优抚对象证明', '免予经济困难审查证明'],
    content: '法律援助申请人属于社会救助对象、优抚对象或无固定生活来源的未成年人、老年人、残疾人等特定群体',
    issuer: '县级民政部门或退役军人事务部门',
    basis: [law('《中华人民共和国法律援助法》', '第四十二条')],
    substitutes: [commit(), share('民政社会救助对象信息、退役军人优抚对象信息、残疾人证信息')],
    plan: online(5, 1),
  }),
  cancel('justice', [GRASSROOTS_LEGAL], {
    name: '基层法律服务所聘用证明',
    aliases: ['法律服务所接收证明', '聘用证明'],
    content: '拟执业的基层法律服务所同意聘用申请人',
    issuer: '拟执业的基层法律服务所',
    basis: [rule('《基层法律服务工作者管理办法》', '第十一条')],
    rule: 1,
    reason:
      '该证明仅有部门规章依据，没有法律、行政法规或地方性法规规定；聘用关系由基层法律服务所在执业核准系统中在线确认。',
  }),
];
