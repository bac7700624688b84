/** Proof entries of 曲阜市 (370881) and its 鲁城街道. */
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
  share,
} from './catalog-data-build';

const HOUSEHOLD_MOVE = '370881-GA-001';
const HOTEL = '370881-GA-002';
const SUBSISTENCE = '370881-MZ-001';
const MARRIAGE = '370881-MZ-002';
const HERITAGE_ZONE = '370881-SP-001';
const ENTERTAINMENT = '370881-SP-002';
const RELIEF_INTAKE = '370881001-JD-001';

const HOUSEHOLD_ACT = (article: string) => law('《中华人民共和国户口登记条例》', article);
const HOTEL_ACT = (article: string) => regulation('《旅馆业治安管理办法》', article);
const ASSISTANCE_ACT = (article: string) => regulation('《社会救助暂行办法》', article);
const ECONOMIC_CHECK = '由曲阜市民政局通过居民家庭经济状况核对平台核对户籍、社保、不动产、车辆、存款等信息。';

export const QUFU_ENTRIES: DemoProofEntry[] = [
  retain('qf-police', [HOUSEHOLD_MOVE], {
    name: '准予迁入证明', aliases: ['准迁证', '准迁证明', '准予迁入证'],
    content: '迁入地公安机关同意申请人户口迁入',
    issuer: '迁入地公安机关', basis: [HOUSEHOLD_ACT('第十条第二款')],
    substitutes: [share('户口迁移“跨省通办”电子准迁信息，迁入地与迁出地公安机关内部流转')],
    exclusion: 'public_safety',
    remarks: '法律规定的证件仍然存在，但由公安机关之间电子流转，群众无需持证往返。',
  }),
  retain('qf-police', [HOUSEHOLD_MOVE], {
    name: '户口迁移证明', aliases: ['迁移证', '户口迁移证', '迁出证明'],
    content: '申请人已在迁出地办理户口迁出',
    issuer: '迁出地公安机关', basis: [HOUSEHOLD_ACT('第十三条')],
    substitutes: [share('全国人口信息系统电子迁移证')],
    exclusion: 'public_safety',
  }),
  retain('qf-police', [HOUSEHOLD_MOVE], {
    name: '学校录取证明', aliases: ['录取通知书证明', '学生落户证明', '入学证明'],
    content: '申请人被曲阜市辖区内的学校录取',
    issuer: '录取学校', basis: [HOUSEHOLD_ACT('第十条第二款')],
    substitutes: [commit(), share('教育部门新生录取和学籍注册信息')],
    plan: online(5, 1),
  }),
  retain('qf-police', [HOTEL], {
    name: '消防安全检查合格证明', aliases: ['消防证明', '消防检查合格证', '消防安全证明'],
    content: '旅馆投入使用、营业前经消防安全检查合格或已作出消防安全承诺',
    issuer: '曲阜市消防救援大队', basis: [law('《中华人民共和国消防法》', '第十五条'), HOTEL_ACT('第三条')],
    substitutes: [share('消防监督管理系统检查结果'), assist('系统无记录的，向曲阜市消防救援大队协查')],
    exclusion: 'public_safety',
  }),
  retain('qf-police', [HOTEL], {
    name: '经营场所房屋安全鉴定证明', aliases: ['房屋安全鉴定报告', '房屋安全证明', '危房鉴定证明'],
    content: '旅馆经营用房的房屋建筑结构安全',
    issuer: '房屋安全鉴定机构', basis: [HOTEL_ACT('第三条')],
    substitutes: [commit()],
    plan: onSite(10, 1), disclosure: true,
    remarks: '承诺书在曲阜市政府网站公示，三孔景区周边民宿、旅馆较多，接受游客和周边居民监督。',
  }),
  retain('qf-civil', [SUBSISTENCE], {
    name: '收入证明', aliases: ['工资收入证明', '家庭收入证明'],
    content: '申请家庭成员的工资性收入、经营性收入等',
    issuer: '家庭成员所在单位', basis: [ASSISTANCE_ACT('第十一条、第五十八条')],
    substitutes: [commit('如实申报家庭收入并签署家庭经济状况核对授权书'), share(ECONOMIC_CHECK)],
    plan: online(20, 1),
  }),
  retain('qf-civil', [SUBSISTENCE], {
    name: '存款证明', aliases: ['银行存款证明', '财产状况证明'],
    content: '申请家庭成员的银行存款等金融资产',
    issuer: '开户银行', basis: [ASSISTANCE_ACT('第五十八条')],
    substitutes: [commit('如实申报家庭财产并签署家庭经济状况核对授权书'), share(ECONOMIC_CHECK)],
    plan: online(20, 1),
  }),
  retain('qf-civil', [SUBSISTENCE], {
    name: '家庭成员患病诊断证明', aliases: ['大病证明', '诊断证明', '重病证明'],
    content: '申请家庭成员患有重特大疾病，需要分类施保',
    issuer: '二级以上医疗机构', basis: [ASSISTANCE_ACT('第十二条第二款')],
    substitutes: [share('医保部门门诊慢特病、住院结算信息'), assist('无结算信息的，向就诊医疗机构发函协查')],
    exclusion: 'health_and_life',
  }),
  cancel('qf-civil', [SUBSISTENCE], {
    name: '残疾证明', aliases: ['残疾等级证明', '残疾鉴定'],
    content: '申请家庭成员的残疾类别和等级',
    issuer: '曲阜市残疾人联合会',
    rule: 2, reason: '第二代残疾人证已载明残疾类别和等级。',
  }),
  cancel('qf-civil', [SUBSISTENCE], {
    name: '离婚证明', aliases: ['单亲证明', '婚姻状况证明'],
    content: '单亲家庭申请人已经离婚',
    issuer: '婚姻登记机关',
    rule: 5, reason: '离婚登记信息通过民政部门婚姻登记信息系统查询；诉讼离婚的由申请人提供法院生效文书。',
  }),
  cancel('qf-civil', [MARRIAGE], {
    name: '婚姻状况证明', aliases: ['单身证明', '未婚证明', '无配偶证明'],
    content: '结婚登记当事人本人无配偶',
    issuer: '户籍所在地村（居）民委员会或单位', basis: [regulation('《婚姻登记条例》', '第五条')],
    rule: 3, reason: '由当事人签署本人无配偶以及与对方没有直系血亲和三代以内旁系血亲关系的声明。',
  }),
  cancel('qf-civil', [MARRIAGE], {
    name: '集体户口户籍证明', aliases: ['集体户证明', '集体户口页证明', '户籍证明'],
    content: '集体户口的当事人常住户口所在地',
    issuer: '集体户口所在单位或人才服务机构',
    rule: 2, reason: '当事人可凭集体户口登记页（户口簿本人页）证明户籍，登记机关同时在线核验户籍信息。',
  }),
  retain('qf-service', [HERITAGE_ZONE], {
    name: '建设用地权属证明', aliases: ['土地证明', '用地证明', '土地使用证明'],
    content: '建设单位对建设控制地带内的建设用地拥有合法使用权',
    issuer: '曲阜市不动产登记中心', basis: [law('《中华人民共和国城乡规划法》', '第四十条')],
    substitutes: [commit(), share('不动产登记信息')],
    plan: online(5, 1),
  }),
  retain('qf-service', [HERITAGE_ZONE], {
    name: '文物影响评估报告', aliases: ['文物评估报告', '文物影响评价'],
    content: '建设工程对文物保护单位历史风貌的影响及保护措施',
    issuer: '具备文物保护工程资质的评估单位', basis: [law('《中华人民共和国文物保护法》', '第十八条')],
    substitutes: [mustSubmit()],
    mustSubmitReason: '评估报告是文物专家论证建设工程是否破坏历史风貌的技术依据，须由专业机构针对具体方案编制，无法以承诺或数据共享代替。',
  }),
  retain('qf-service', [HERITAGE_ZONE], {
    name: '考古调查勘探证明', aliases: ['考古勘探报告', '文物勘探证明', '考古意见'],
    content: '建设工程范围内可能埋藏文物的地方已经进行考古调查、勘探',
    issuer: '山东省文物考古研究院或经批准的考古发掘单位', basis: [law('《中华人民共和国文物保护法》', '第二十九条')],
    substitutes: [assist('由曲阜市文物部门向考古勘探单位调取勘探结论')],
    exclusion: 'law_requires',
  }),
  cancel('qf-service', [ENTERTAINMENT], {
    name: '投资人员无禁止开办情形证明', aliases: ['无犯罪记录证明', '无吸毒记录证明', '良民证'],
    content: '投资人员、拟任法定代表人和其他负责人没有《娱乐场所管理条例》第五条规定的情形',
    issuer: '户籍所在地公安机关', basis: [regulation('《娱乐场所管理条例》', '第九条第二款')],
    rule: 3, reason: '条例规定申请人提交书面声明，由审批部门就书面声明向公安机关核查，不应另行要求申请人开具证明。',
  }),
  retain('qf-service', [ENTERTAINMENT], {
    name: '消防安全检查合格证明', aliases: ['消防证明', '消防检查合格证'],
    content: '娱乐场所投入使用、营业前经消防安全检查合格',
    issuer: '曲阜市消防救援大队', basis: [law('《中华人民共和国消防法》', '第十五条'), regulation('《娱乐场所管理条例》', '第九条第四款')],
    substitutes: [share('消防监督管理系统检查结果'), assist('系统无记录的，向曲阜市消防救援大队协查')],
    exclusion: 'public_safety',
  }),
  retain('qf-service', [ENTERTAINMENT], {
    name: '边界噪声检测报告', aliases: ['噪声检测报告', '环境噪声监测报告'],
    content: '娱乐场所的边界噪声符合国家规定的环境噪声标准',
    issuer: '具备资质的环境监测机构', basis: [regulation('《娱乐场所管理条例》', '第七条第二款')],
    substitutes: [assist('由济宁市生态环境局曲阜市分局现场监测')],
    exclusion: 'ecological',
  }),
  cancel('qf-service', [ENTERTAINMENT], {
    name: '场所选址周边环境证明', aliases: ['周边无学校证明', '选址证明'],
    content: '娱乐场所不在居民住宅区和学校、医院、机关周围',
    issuer: '所在地街道办事处', basis: [regulation('《娱乐场所管理条例》', '第七条')],
    rule: 5, reason: '选址情况由审批部门通过国土空间规划“一张图”查询并在实地检查中核实。',
  }),
  // 曲阜市鲁城街道办事处
  cancel('qf-lucheng', [RELIEF_INTAKE], {
    name: '村（居）民委员会家庭困难证明', aliases: ['贫困证明', '困难证明', '村委证明'],
    content: '申请家庭生活困难',
    issuer: '户籍所在地村（居）民委员会', basis: [ASSISTANCE_ACT('第十一条')],
    rule: 4, reason: '街道通过入户调查、邻里访问形成的调查报告和民主评议意见已涵盖家庭困难情况。',
  }),
  cancel('qf-lucheng', [RELIEF_INTAKE], {
    name: '赡养人收入证明', aliases: ['子女收入证明', '赡养义务人收入证明'],
    content: '特困供养申请人的法定赡养义务人的收入状况',
    issuer: '赡养义务人所在单位',
    rule: 5, reason: ECONOMIC_CHECK,
  }),
  retain('qf-lucheng', [RELIEF_INTAKE], {
    name: '丧失劳动能力证明', aliases: ['无劳动能力证明', '劳动能力证明'],
    content: '申请人因残疾、重病等原因丧失劳动能力',
    issuer: '曲阜市残疾人联合会或二级以上医疗机构', basis: [ASSISTANCE_ACT('第十四条')],
    substitutes: [commit(), share('残疾人证信息（残联共享）'), assist('向就诊医疗机构协查诊断结论')],
    plan: assisted(15, 1),
  }),
  retain('qf-lucheng', [RELIEF_INTAKE], {
    name: '父母死亡或失踪证明', aliases: ['父母双亡证明', '失踪证明', '孤儿证明'],
    content: '申请特困供养的未成年人父母均已死亡或者被宣告失踪',
    issuer: '公安机关或人民法院', basis: [ASSISTANCE_ACT('第十四条')],
    substitutes: [commit(), share('公安户籍注销信息、民政儿童福利信息系统')],
    plan: online(10, 1),
  }),
  cancel('qf-lucheng', [RELIEF_INTAKE], {
    name: '无子女证明', aliases: ['无儿无女证明', '孤寡老人证明'],
    content: '特困供养申请人无法定赡养义务人',
    issuer: '户籍所在地公安派出所',
    rule: 5, reason: '通过公安人口信息和出生、收养登记信息比对核实，街道在入户调查时一并了解。',
  }),
];
