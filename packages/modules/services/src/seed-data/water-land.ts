import {
  agentPower,
  businessLicence,
  cityHall,
  COMPANY_FIELDS,
  COMPANY_REQUIRED,
  form,
  idCard,
  issued,
  law,
  limits,
  mat,
  num,
  online,
  STD_STEPS,
  steps,
  str,
  type DemoItem,
} from './dsl.js';

const project = { projectName: str('项目名称', { maxLength: 100 }), projectAddress: str('项目地址', { maxLength: 200 }) };
const legal = (e: Parameters<typeof online>[0]) => online({ targets: ['legal_person'], ...e });

/** 揭阳市水务局, 揭阳市自然资源局 */
export const WATER_LAND_ITEMS: DemoItem[] = [
  {
    basic: 'XK00521000',
    name: '城镇污水排入排水管网许可',
    type: 'XK',
    dept: 'JY-SHWJ',
    elements: legal({
      legalBasis: [law('《城镇排水与污水处理条例》', '第二十一条'), law('《城镇污水排入排水管网许可管理办法》', '第五条、第八条')],
      conditions: [
        '排放口的设置符合城镇排水与污水处理规划的要求',
        '按照规定建设相应的预处理设施和水质、水量检测设施',
        '排放的污水符合国家或者地方规定的有关排放标准',
      ],
      materials: [
        mat('application', '城镇污水排入排水管网许可申请表'),
        businessLicence(),
        mat('drawings', '排水户内部排水管网、专用检测井、污水排放口位置和口径的图纸及说明'),
        mat('water_test', '排水水质、水量检测报告', { source: 'intermediary', necessity: 'tolerated' }),
        agentPower(),
      ],
      process: steps([...STD_STEPS, '发证'], 10),
      timeLimits: limits(15, 10),
      specialProcedures: [
        { kind: 'site_survey', name: '现场核查' },
        { kind: 'testing', name: '水质检测' },
      ],
      places: cityHall('水务窗口'),
      result: { name: '城镇污水排入排水管网许可证', type: 'certificate', eLicenceType: 'drainage_permit', delivery: ['electronic'] },
      form: form(
        '排水许可申请表',
        {
          ...COMPANY_FIELDS,
          dischargeVolume: num('日排水量（立方米）', { minimum: 0 }),
          outlets: { type: 'integer', title: '排放口数量', minimum: 1 },
        },
        [...COMPANY_REQUIRED, 'dischargeVolume'],
      ),
    }),
  },
  {
    // 45 days by regulation: a real exception the checker asks a reviewer to confirm
    basic: 'XK00522000',
    name: '取水许可',
    type: 'XK',
    dept: 'JY-SHWJ',
    elements: legal({
      legalBasis: [law('《中华人民共和国水法》', '第七条、第四十八条'), law('《取水许可和水资源费征收管理条例》', '第十一条、第二十一条')],
      conditions: ['取水符合水资源综合规划、流域综合规划、水中长期供求规划和水功能区划', '已编制建设项目水资源论证报告'],
      materials: [
        mat('application', '取水许可申请书'),
        mat('evaluation', '建设项目水资源论证报告书（表）', { source: 'intermediary' }),
        mat('third_party', '与第三者利害关系的相关说明', { necessity: 'optional' }),
      ],
      process: steps([...STD_STEPS, '发证'], 20),
      timeLimits: limits(30, 20, '《取水许可和水资源费征收管理条例》第二十一条：自受理之日起 45 日内决定'),
      specialProcedures: [{ kind: 'expert_review', name: '水资源论证报告技术审查' }],
      places: cityHall('水务窗口'),
      result: { name: '取水许可证', type: 'certificate', eLicenceType: 'water_abstraction_permit', delivery: ['electronic'] },
      form: form(
        '取水许可申请书',
        { ...COMPANY_FIELDS, annualVolume: num('年取水量（万立方米）', { minimum: 0 }), waterSource: str('水源', { maxLength: 50 }) },
        [...COMPANY_REQUIRED, 'annualVolume'],
      ),
    }),
  },
  {
    basic: 'XK00523000',
    name: '河道管理范围内建设项目工程建设方案审批',
    type: 'XK',
    dept: 'JY-SHWJ',
    elements: legal({
      legalBasis: [
        law('《中华人民共和国水法》', '第三十八条'),
        law('《中华人民共和国防洪法》', '第二十七条'),
        law('《中华人民共和国河道管理条例》', '第十一条'),
      ],
      conditions: ['建设项目符合防洪标准、岸线规划、航运要求和其他技术要求'],
      materials: [
        mat('application', '河道管理范围内建设项目申请书'),
        mat('assessment', '防洪评价报告', { source: 'intermediary' }),
        mat('design', '建设项目工程建设方案'),
      ],
      process: steps(STD_STEPS, 15),
      timeLimits: limits(20, 15),
      specialProcedures: [{ kind: 'expert_review', name: '防洪评价报告技术审查' }],
      places: cityHall('水务窗口'),
      result: { name: '工程建设方案审查同意书', type: 'approval', delivery: ['electronic'] },
      form: form('河道管理范围内建设项目申请', { ...COMPANY_FIELDS, ...project, river: str('涉及河道', { maxLength: 50 }) }, [
        ...COMPANY_REQUIRED,
        'projectName',
        'river',
      ]),
    }),
  },
  {
    basic: 'XK00531000',
    name: '建设工程规划许可证核发',
    type: 'XK',
    dept: 'JY-ZRZYJ',
    elements: legal({
      legalBasis: [law('《中华人民共和国城乡规划法》', '第四十条')],
      conditions: ['已取得建设用地规划许可证或用地批准文件', '建设工程设计方案符合控制性详细规划和规划条件'],
      materials: [
        mat('application', '建设工程规划许可申请表'),
        issued('land_planning', '建设用地规划许可证', 'construction_land_planning_permit'),
        issued('land_cert', '不动产权证书（土地）', 'real_estate_certificate'),
        mat('design', '建设工程设计方案'),
      ],
      process: steps(STD_STEPS, 10),
      timeLimits: limits(20, 10),
      specialProcedures: [{ kind: 'publicity', name: '批前公示', limit: '7 天' }],
      places: cityHall('自然资源窗口'),
      result: {
        name: '建设工程规划许可证',
        type: 'certificate',
        eLicenceType: 'construction_project_planning_permit',
        delivery: ['electronic'],
      },
      form: form('建设工程规划许可申请表', { ...COMPANY_FIELDS, ...project, floorArea: num('总建筑面积（平方米）', { minimum: 0 }) }, [
        ...COMPANY_REQUIRED,
        'projectName',
      ]),
    }),
  },
  {
    basic: 'QR00532000',
    name: '国有建设用地使用权及房屋所有权转移登记',
    type: 'QR',
    dept: 'JY-ZRZYJ',
    elements: online({
      legalBasis: [law('《中华人民共和国民法典》', '第二百零九条'), law('《不动产登记暂行条例》', '第十四条、第二十条')],
      conditions: ['买卖、互换、赠与、继承等导致不动产权利转移', '原不动产权利已经登记'],
      targets: ['natural_person', 'legal_person'],
      materials: [
        mat('application', '不动产登记申请书'),
        idCard({ name: '申请人身份证明' }),
        issued('real_estate', '不动产权证书', 'real_estate_certificate'),
        mat('contract', '买卖合同等不动产权利转移的材料'),
        mat('tax', '完税凭证', { source: 'government', medium: 'electronic', originals: 0, note: '由税务部门共享' }),
      ],
      process: steps(['受理', '审核', '登簿', '缮证'], 5),
      timeLimits: limits(30, 5, '《不动产登记暂行条例》第二十条：自受理之日起 30 个工作日内办结'),
      fees: {
        charged: true,
        items: [
          {
            name: '住宅类不动产登记费',
            standard: '80 元/件',
            basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
          },
          { name: '非住宅类不动产登记费', standard: '550 元/件', basis: '发改价格规〔2016〕2559号' },
        ],
      },
      onlineDepth: 3,
      visits: 1,
      places: cityHall('不动产登记窗口'),
      result: {
        name: '不动产权证书',
        type: 'certificate',
        eLicenceType: 'real_estate_certificate',
        delivery: ['window', 'mail', 'electronic'],
      },
      form: form(
        '不动产登记申请书',
        {
          ...COMPANY_FIELDS,
          uscc: str('统一社会信用代码或公民身份号码', { maxLength: 18 }),
          certificateNo: str('原不动产权证书号', { maxLength: 50 }),
        },
        ['entityName', 'contactPhone', 'certificateNo'],
      ),
    }),
  },
];
