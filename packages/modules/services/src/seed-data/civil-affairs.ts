import {
  agentPower,
  cityHall,
  COMPANY_FIELDS,
  COMPANY_REQUIRED,
  form,
  HOURS,
  idCard,
  int,
  issued,
  law,
  limits,
  mat,
  online,
  PERSON_FIELDS,
  PERSON_REQUIRED,
  STD_STEPS,
  steps,
  str,
  type DemoItem,
} from './dsl.js';

const MZJ = '民政窗口';
const bankField = { bankAccount: str('本人银行（社保卡）账号', { pattern: '^[0-9]{12,19}$' }) };

/** 揭阳市民政局 */
export const CIVIL_AFFAIRS_ITEMS: DemoItem[] = [
  {
    basic: 'QR00411000',
    name: '内地居民结婚登记',
    type: 'QR',
    dept: 'JY-MZJ',
    elements: online({
      legalBasis: [law('《中华人民共和国民法典》', '第一千零四十九条'), law('《婚姻登记条例》', '第四条、第五条')],
      conditions: ['男女双方完全自愿', '男不得早于二十二周岁，女不得早于二十周岁', '双方均无配偶，且不属于直系血亲或者三代以内的旁系血亲'],
      materials: [
        idCard({ name: '男女双方有效居民身份证' }),
        mat('photo', '双方近期半身免冠合影相片', { originals: 3, note: '2 寸' }),
        mat('declaration', '申请结婚登记声明书', { note: '在婚姻登记员面前亲自签署' }),
      ],
      process: [{ name: '受理' }, { name: '审查' }, { name: '登记颁证' }],
      timeLimits: limits(1, 0, '符合条件的当场登记'),
      onlineDepth: 2,
      visits: 1,
      tongban: 'cross_province',
      places: [{ name: '揭阳市婚姻登记处', address: '揭阳市各县（市、区）婚姻登记处', hours: HOURS }],
      result: { name: '结婚证', type: 'certificate', eLicenceType: 'marriage_certificate', delivery: ['window'] },
    }),
  },
  {
    basic: 'JF00412000',
    name: '困难残疾人生活补贴和重度残疾人护理补贴申领',
    type: 'JF',
    dept: 'JY-MZJ',
    elements: online({
      legalBasis: [law('《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）')],
      conditions: [
        '持有第二代中华人民共和国残疾人证',
        '生活补贴：低保家庭中的残疾人；护理补贴：残疾等级为一级、二级且需要长期照护的残疾人',
      ],
      materials: [
        issued('disability_certificate', '中华人民共和国残疾人证', 'disability_certificate'),
        idCard(),
        mat('bank', '本人银行账户信息'),
      ],
      process: steps(['受理', '审核', '审定'], 15),
      timeLimits: limits(20, 15),
      places: cityHall(MZJ),
      result: { name: '补贴发放', type: 'other', delivery: ['electronic'] },
      form: form('残疾人两项补贴申请', { ...PERSON_FIELDS, ...bankField, disabilityLevel: int('残疾等级', { minimum: 1, maximum: 4 }) }, [
        ...PERSON_REQUIRED,
        'bankAccount',
      ]),
    }),
  },
  {
    // 《社会团体登记管理条例》 allows 60 days: a real exception the checker asks a reviewer to confirm
    basic: 'XK00413000',
    name: '社会团体成立登记',
    type: 'XK',
    dept: 'JY-MZJ',
    elements: online({
      legalBasis: [law('《社会团体登记管理条例》', '第十条、第十一条、第十二条')],
      conditions: [
        '有 50 个以上的个人会员或者 30 个以上的单位会员',
        '有规范的名称和相应的组织机构',
        '有固定的住所和与其业务活动相适应的专职工作人员',
        '有合法的资产和经费来源',
      ],
      targets: ['legal_person'],
      materials: [
        mat('application', '登记申请书'),
        mat('approval', '业务主管单位的批准文件', { source: 'government' }),
        mat('capital', '验资报告、场所使用权证明', { source: 'intermediary' }),
        mat('charter', '章程草案'),
        mat('leaders', '发起人和拟任负责人的基本情况、身份证明'),
      ],
      process: steps(STD_STEPS, 30),
      timeLimits: limits(40, 30, '《社会团体登记管理条例》第十二条：自收到全部有效文件之日起 60 日内作出决定'),
      places: cityHall(MZJ),
      result: { name: '社会团体法人登记证书', type: 'certificate', eLicenceType: 'social_organisation_certificate', delivery: ['window'] },
      form: form('社会团体成立登记申请', { ...COMPANY_FIELDS, members: int('会员数', { minimum: 1 }) }, [
        ...COMPANY_REQUIRED.filter((f) => f !== 'uscc'),
        'members',
      ]),
    }),
  },
  {
    // the live guide lists a material without saying where it comes from: a warning in the report
    basic: 'JF00414000',
    name: '高龄老人津贴申领',
    type: 'JF',
    dept: 'JY-MZJ',
    elements: online({
      legalBasis: [law('《中华人民共和国老年人权益保障法》', '第三十三条')],
      conditions: ['具有本市户籍，年满 80 周岁的老年人'],
      materials: [idCard(), { ...mat('bank', '本人银行（社保卡）账户信息'), source: undefined }],
      process: steps(['受理', '审核', '发放'], 10),
      timeLimits: limits(20, 10),
      places: cityHall(MZJ),
      result: { name: '高龄津贴发放', type: 'other', delivery: ['electronic'] },
      form: form('高龄津贴申领', { ...PERSON_FIELDS, ...bankField }, [...PERSON_REQUIRED, 'bankAccount']),
    }),
  },
  {
    basic: 'JF00415000',
    name: '最低生活保障审核确认',
    type: 'JF',
    dept: 'JY-MZJ',
    elements: online({
      legalBasis: [law('《社会救助暂行办法》', '第九条、第十一条'), law('《广东省最低生活保障制度实施办法》')],
      conditions: ['共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地财产状况规定'],
      materials: [
        idCard({ name: '申请人及共同生活家庭成员身份证件' }),
        issued('household_register', '居民户口簿', 'household_register'),
        mat('income', '家庭收入和财产状况声明及授权核对书'),
        agentPower(),
      ],
      process: [
        { name: '受理', days: 3 },
        { name: '家庭经济状况调查', days: 15 },
        { name: '公示', days: 5 },
        { name: '审核确认', days: 5 },
      ],
      timeLimits: limits(30, 28),
      specialProcedures: [
        { kind: 'site_survey', name: '入户调查' },
        { kind: 'publicity', name: '村（居）公示', limit: '7 天' },
      ],
      onlineDepth: 3,
      visits: 1,
      places: [{ name: '户籍所在地镇（街道）便民服务中心', address: '揭阳市各镇（街道）便民服务中心', hours: HOURS }],
      result: { name: '最低生活保障审核确认决定', type: 'approval', delivery: ['window', 'electronic'] },
      form: form(
        '最低生活保障申请',
        {
          ...PERSON_FIELDS,
          members: {
            type: 'array',
            title: '共同生活家庭成员',
            maxItems: 20,
            items: {
              type: 'object',
              properties: {
                name: str('姓名', { maxLength: 30 }),
                relation: str('与申请人关系', { maxLength: 10 }),
                income: { type: 'number', title: '月收入（元）', minimum: 0 },
              },
              required: ['name', 'relation'],
            },
          },
        },
        PERSON_REQUIRED,
      ),
    }),
  },
];
