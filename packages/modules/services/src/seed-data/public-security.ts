import {
  agentPower,
  cityHall,
  form,
  HOURS,
  idCard,
  issued,
  law,
  limits,
  mat,
  online,
  PERSON_FIELDS,
  PERSON_REQUIRED,
  str,
  type DemoItem,
} from './dsl.js';

const GAJ = '公安综合窗口';
const police = (name: string) => [{ name, address: '揭阳市各公安派出所户籍窗口', hours: HOURS }];

/** 揭阳市公安局 */
export const PUBLIC_SECURITY_ITEMS: DemoItem[] = [
  {
    basic: 'QR00201000',
    name: '户口登记（出生登记）',
    type: 'QR',
    dept: 'JY-GAJ',
    elements: online({
      legalBasis: [law('《中华人民共和国户口登记条例》', '第七条')],
      conditions: ['婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记', '父母一方为本市户籍'],
      materials: [
        issued('birth_certificate', '出生医学证明', 'birth_certificate'),
        issued('household_register', '父亲或母亲的居民户口簿', 'household_register'),
        idCard({ name: '父母双方居民身份证' }),
        issued('marriage_certificate', '父母结婚证', 'marriage_certificate', {
          necessity: 'optional',
          condition: '婚生子女申报随父或随母落户的',
        }),
      ],
      process: [{ name: '受理' }, { name: '审核登记' }, { name: '打印户口簿页' }],
      timeLimits: limits(5, 0, '材料齐全的即时办结'),
      places: police('婴儿常住地公安派出所'),
      result: { name: '居民户口簿（户口登记信息）', type: 'certificate', eLicenceType: 'household_register', delivery: ['mail', 'window'] },
      form: form(
        '出生登记申报表',
        {
          babyName: str('新生儿姓名', { maxLength: 30 }),
          babySex: str('性别', { enum: ['男', '女'] }),
          birthDate: str('出生日期', { format: 'date' }),
          birthCertificateNo: str('出生医学证明编号', { pattern: '^[A-Z][0-9]{9}$' }),
          guardianName: str('申报人（父/母）姓名', { maxLength: 30 }),
          guardianIdNumber: str('申报人公民身份号码', { format: 'id-number' }),
          phone: str('联系电话', { format: 'phone' }),
        },
        ['babyName', 'babySex', 'birthDate', 'birthCertificateNo', 'guardianName', 'guardianIdNumber', 'phone'],
      ),
    }),
  },
  {
    basic: 'QR00202000',
    name: '居民身份证申领（首次申领）',
    type: 'QR',
    dept: 'JY-GAJ',
    elements: online({
      legalBasis: [law('《中华人民共和国居民身份证法》', '第八条、第十一条')],
      conditions: ['居住在中华人民共和国境内的中国公民，在常住户口所在地申领', '未满十六周岁的，由监护人代为申请'],
      materials: [
        issued('household_register', '居民户口簿', 'household_register'),
        mat('photo', '符合标准的相片', { medium: 'electronic', note: '现场采集或使用回执中的相片', originals: 0 }),
      ],
      process: [
        { name: '受理（采集相片、指纹）', days: 0 },
        { name: '审核', days: 5 },
        { name: '制证', days: 10 },
      ],
      timeLimits: limits(42, 15, '《居民身份证法》第十一条：公安机关应当自受理之日起 60 日内发放居民身份证'),
      onlineDepth: 3,
      visits: 1,
      places: police('户籍所在地公安派出所'),
      result: { name: '中华人民共和国居民身份证', type: 'certificate', eLicenceType: 'resident_id_card', delivery: ['window', 'mail'] },
      form: form('居民身份证申领登记表', PERSON_FIELDS, PERSON_REQUIRED),
    }),
  },
  {
    basic: 'QT00203000',
    name: '无犯罪记录证明开具',
    type: 'QT',
    dept: 'JY-GAJ',
    elements: online({
      legalBasis: [law('《公安机关办理无犯罪记录证明工作规定》（公通字〔2021〕3号）', '第五条、第八条')],
      conditions: ['中国公民在本地户籍或居住期间有无犯罪记录的证明', '本人申请或委托他人代为申请'],
      materials: [idCard(), mat('purpose', '用途说明（单位或用途）', { necessity: 'optional' }), agentPower()],
      process: [
        { name: '受理', days: 0 },
        { name: '核查', days: 1 },
      ],
      timeLimits: limits(3, 1),
      places: police('户籍地或居住地公安派出所'),
      result: { name: '无犯罪记录证明', type: 'certificate', eLicenceType: 'no_criminal_record', delivery: ['electronic', 'window'] },
      form: form('无犯罪记录证明申请表', { ...PERSON_FIELDS, purpose: str('证明用途', { maxLength: 100 }) }, [
        ...PERSON_REQUIRED,
        'purpose',
      ]),
    }),
  },
  {
    basic: 'QR00204000',
    name: '居住证申领',
    type: 'QR',
    dept: 'JY-GAJ',
    elements: online({
      legalBasis: [law('《居住证暂行条例》', '第九条、第十条')],
      conditions: ['离开常住户口所在地，到本市居住半年以上', '有合法稳定就业、合法稳定住所、连续就读条件之一'],
      materials: [
        idCard(),
        mat('photo', '近期免冠相片', { medium: 'electronic', originals: 0 }),
        mat('residence_proof', '居住证明（房屋租赁合同、房屋产权证明或单位出具的住宿证明等）'),
        mat('job_proof', '就业或就读证明', { necessity: 'optional', condition: '以就业、就读条件申领的' }),
      ],
      process: [
        { name: '受理', days: 0 },
        { name: '审核', days: 3 },
        { name: '制证', days: 4 },
      ],
      timeLimits: limits(10, 7, '《居住证暂行条例》第十条：自受理之日起 15 日内制作发放'),
      onlineDepth: 3,
      visits: 1,
      places: police('居住地公安派出所'),
      result: { name: '广东省居住证', type: 'certificate', eLicenceType: 'residence_permit', delivery: ['window'] },
      form: form('居住证申领登记表', { ...PERSON_FIELDS, residenceAddress: str('本市居住地址', { maxLength: 200 }) }, [
        ...PERSON_REQUIRED,
        'residenceAddress',
      ]),
    }),
  },
  {
    basic: 'XK00205000',
    name: '机动车驾驶证期满换证',
    type: 'XK',
    dept: 'JY-GAJ',
    elements: online({
      legalBasis: [law('《中华人民共和国道路交通安全法》', '第十九条'), law('《机动车驾驶证申领和使用规定》', '第六十九条')],
      conditions: ['机动车驾驶证有效期满前九十日内申请换证'],
      materials: [
        idCard(),
        mat('health', '机动车驾驶人身体条件证明', { source: 'intermediary', medium: 'electronic', note: '医疗机构体检后上传' }),
      ],
      process: [
        { name: '受理', days: 0 },
        { name: '审核制证', days: 0 },
      ],
      timeLimits: limits(1, 0, '符合条件的当日办结'),
      places: cityHall('公安交警窗口'),
      result: { name: '机动车驾驶证', type: 'certificate', eLicenceType: 'driving_licence', delivery: ['mail', 'electronic'] },
      form: form(
        '机动车驾驶证申请表',
        { ...PERSON_FIELDS, licenceClass: str('准驾车型', { enum: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D', 'E'] }) },
        [...PERSON_REQUIRED, 'licenceClass'],
      ),
    }),
  },
  {
    // a department's first draft of a new item: incomplete on purpose, for the editor
    basic: 'XK00206000',
    name: '养犬登记',
    type: 'XK',
    dept: 'JY-GAJ',
    state: 'draft',
    elements: {
      legalBasis: [law('《中华人民共和国动物防疫法》', '第三十条')],
      targets: ['natural_person'],
      materials: [idCard(), mat('vaccination', '狂犬病免疫证明', { source: 'intermediary' })],
      places: cityHall(GAJ),
    },
  },
];
