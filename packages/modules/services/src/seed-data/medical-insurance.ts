import {
  cityHall,
  form,
  idCard,
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

const YBJ = '医疗保障窗口';

/** 揭阳市医疗保障局 */
export const MEDICAL_INSURANCE_ITEMS: DemoItem[] = [
  {
    basic: 'GG00311000',
    name: '城乡居民基本医疗保险参保登记',
    type: 'GG',
    dept: 'JY-YBJ',
    elements: online({
      legalBasis: [law('《中华人民共和国社会保险法》', '第二十五条')],
      conditions: ['本市户籍或持有本市居住证，未参加职工基本医疗保险的城乡居民', '新生儿可在出生后参保'],
      materials: [
        idCard({ name: '参保人有效身份证件或居民户口簿' }),
        issued('birth_certificate', '出生医学证明', 'birth_certificate', { condition: '新生儿参保的' }),
      ],
      process: [{ name: '登记' }],
      timeLimits: limits(5, 0),
      places: cityHall(YBJ),
      result: { name: '参保登记信息', type: 'other', delivery: ['electronic'] },
      form: form(
        '城乡居民医保参保登记',
        { ...PERSON_FIELDS, householdType: str('户籍类型', { enum: ['本市户籍', '持本市居住证'] }) },
        PERSON_REQUIRED,
      ),
    }),
  },
  {
    basic: 'GG00312000',
    name: '异地就医备案',
    type: 'GG',
    dept: 'JY-YBJ',
    elements: online({
      legalBasis: [law('《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）')],
      conditions: ['参加本市基本医疗保险，异地长期居住、常驻异地工作或临时外出就医的参保人'],
      materials: [idCard(), mat('commitment', '个人承诺书（长期居住或常驻工作）', { medium: 'electronic', originals: 0 })],
      process: [{ name: '备案' }],
      timeLimits: limits(5, 0),
      tongban: 'cross_province',
      places: cityHall(YBJ),
      result: { name: '异地就医备案信息', type: 'filing', delivery: ['electronic'] },
      form: form(
        '异地就医备案',
        {
          ...PERSON_FIELDS,
          destination: str('就医地（省市）', { maxLength: 50 }),
          reason: str('备案类型', { enum: ['异地长期居住', '常驻异地工作', '转诊转院', '临时外出就医'] }),
        },
        [...PERSON_REQUIRED, 'destination', 'reason'],
      ),
    }),
  },
  {
    basic: 'QR00313000',
    name: '门诊特定病种待遇认定',
    type: 'QR',
    dept: 'JY-YBJ',
    elements: online({
      legalBasis: [law('《中华人民共和国社会保险法》', '第二十八条'), law('《广东省基本医疗保险门诊特定病种管理办法》')],
      conditions: ['本市基本医疗保险参保人，经定点医疗机构诊断患有门诊特定病种目录内疾病'],
      materials: [idCard(), mat('diagnosis', '定点医疗机构出具的诊断证明及相关检查报告', { source: 'intermediary' })],
      process: steps(STD_STEPS, 10),
      timeLimits: limits(20, 10),
      onlineDepth: 3,
      visits: 1,
      places: cityHall(YBJ),
      result: { name: '门诊特定病种待遇资格', type: 'approval', delivery: ['electronic'] },
      form: form('门诊特定病种待遇认定申请', { ...PERSON_FIELDS, disease: str('申请病种', { maxLength: 50 }) }, [
        ...PERSON_REQUIRED,
        'disease',
      ]),
    }),
  },
  {
    basic: 'JF00314000',
    name: '医疗费用手工（零星）报销',
    type: 'JF',
    dept: 'JY-YBJ',
    elements: online({
      legalBasis: [law('《中华人民共和国社会保险法》', '第二十八条、第二十九条')],
      conditions: ['参保人因急诊、未办理备案等原因在异地或非联网定点医疗机构就医，医疗费用未直接结算'],
      materials: [
        idCard(),
        mat('invoice', '医疗费用票据', { medium: 'paper', note: '电子票据可在线提交' }),
        mat('detail', '费用明细清单'),
        mat('discharge', '出院小结或门诊病历', { source: 'intermediary' }),
        mat('bank', '本人银行账户信息'),
      ],
      process: steps([...STD_STEPS, '支付'], 15),
      timeLimits: limits(20, 15),
      onlineDepth: 3,
      visits: 1,
      places: cityHall(YBJ),
      result: { name: '医疗费用报销结算', type: 'other', delivery: ['electronic'] },
      form: form(
        '医疗费用报销申请',
        {
          ...PERSON_FIELDS,
          bankAccount: str('银行账号', { pattern: '^[0-9]{12,19}$' }),
          amount: { type: 'number', title: '申报金额（元）', minimum: 0 },
        },
        [...PERSON_REQUIRED, 'bankAccount', 'amount'],
      ),
    }),
  },
];
