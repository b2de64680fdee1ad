import {
  businessLicence,
  cityHall,
  COMPANY_FIELDS,
  COMPANY_REQUIRED,
  form,
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

/** 揭阳市住房和城乡建设局, 揭阳市城市管理和综合执法局 */
export const CONSTRUCTION_ITEMS: DemoItem[] = [
  {
    basic: 'XK00501000',
    name: '建筑工程施工许可证核发',
    type: 'XK',
    dept: 'JY-ZJJ',
    elements: legal({
      legalBasis: [
        law('《中华人民共和国建筑法》', '第七条、第八条'),
        law('《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）', '第四条、第五条'),
      ],
      conditions: [
        '已经办理该建筑工程用地批准手续',
        '依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证',
        '已经确定施工企业',
        '有满足施工需要的资金安排、施工图纸及技术资料',
      ],
      materials: [
        mat('application', '建筑工程施工许可证申请表'),
        issued('land', '用地批准手续', 'construction_land_planning_permit'),
        issued('planning', '建设工程规划许可证', 'construction_project_planning_permit'),
        mat('site_ready', '施工场地已经基本具备施工条件的承诺', { necessity: 'tolerated' }),
        mat('contractor', '中标通知书或直接发包批准文件及施工合同'),
        mat('funding', '建设资金已经落实承诺书'),
      ],
      process: steps(['受理', '审核', '决定'], 1),
      timeLimits: limits(5, 1, '《建筑工程施工许可管理办法》：自收到申请之日起 7 日内作出决定'),
      places: cityHall('住建窗口'),
      result: { name: '建筑工程施工许可证', type: 'certificate', eLicenceType: 'construction_permit', delivery: ['electronic'] },
      form: form(
        '建筑工程施工许可证申请表',
        {
          ...COMPANY_FIELDS,
          ...project,
          contractPrice: num('合同价格（万元）', { minimum: 0 }),
          floorArea: num('建筑面积（平方米）', { minimum: 0 }),
        },
        [...COMPANY_REQUIRED, 'projectName', 'projectAddress'],
      ),
    }),
  },
  {
    basic: 'XK00502000',
    name: '商品房预售许可',
    type: 'XK',
    dept: 'JY-ZJJ',
    reviewedMonthsAgo: 20,
    elements: legal({
      legalBasis: [law('《中华人民共和国城市房地产管理法》', '第四十五条'), law('《城市商品房预售管理办法》', '第五条、第七条')],
      conditions: [
        '已交付全部土地使用权出让金，取得土地使用权证书',
        '持有建设工程规划许可证和施工许可证',
        '投入开发建设的资金达到工程建设总投资的 25% 以上，并已确定施工进度和竣工交付日期',
      ],
      materials: [
        mat('application', '商品房预售许可申请表'),
        businessLicence(),
        issued('land_cert', '不动产权证书（土地）', 'real_estate_certificate'),
        issued('planning', '建设工程规划许可证', 'construction_project_planning_permit'),
        issued('construction', '建筑工程施工许可证', 'construction_permit'),
        mat('plan', '商品房预售方案'),
      ],
      process: steps([...STD_STEPS, '发证'], 5),
      timeLimits: limits(10, 5),
      specialProcedures: [{ kind: 'site_survey', name: '现场查勘' }],
      places: cityHall('住建窗口'),
      result: { name: '商品房预售许可证', type: 'certificate', eLicenceType: 'presale_permit', delivery: ['electronic'] },
      form: form('商品房预售许可申请表', { ...COMPANY_FIELDS, ...project, presaleArea: num('预售面积（平方米）', { minimum: 0 }) }, [
        ...COMPANY_REQUIRED,
        'projectName',
      ]),
    }),
  },
  {
    basic: 'QT00503000',
    name: '房屋建筑和市政基础设施工程竣工验收备案',
    type: 'QT',
    dept: 'JY-ZJJ',
    reviewedMonthsAgo: 14,
    elements: legal({
      legalBasis: [
        law('《建设工程质量管理条例》', '第四十九条'),
        law('《房屋建筑和市政基础设施工程竣工验收备案管理办法》', '第四条、第五条'),
      ],
      conditions: ['工程竣工验收合格之日起 15 日内'],
      materials: [
        mat('form', '工程竣工验收备案表'),
        mat('report', '工程竣工验收报告'),
        mat('approvals', '法律、行政法规规定应当由规划、消防等部门出具的认可文件或准许使用文件', { source: 'government' }),
      ],
      process: steps(['受理', '备案'], 5),
      timeLimits: limits(15, 5),
      places: cityHall('住建窗口'),
      result: { name: '竣工验收备案证明', type: 'filing', delivery: ['electronic'] },
      form: form('竣工验收备案', { ...COMPANY_FIELDS, ...project }, [...COMPANY_REQUIRED, 'projectName']),
    }),
  },
  {
    basic: 'XK00511000',
    name: '城市建筑垃圾处置核准',
    type: 'XK',
    dept: 'JY-CGJ',
    elements: legal({
      legalBasis: [
        law('《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）', '附件第101项'),
        law('《城市建筑垃圾管理规定》', '第七条'),
      ],
      conditions: ['有建筑垃圾分类处置方案和建筑垃圾回收利用方案', '有与处置方式相适应的运输、消纳条件'],
      materials: [
        mat('application', '城市建筑垃圾处置核准申请表'),
        businessLicence(),
        mat('plan', '建筑垃圾处置方案及消纳场所证明'),
        mat('transport', '运输单位及车辆情况', { necessity: 'optional' }),
      ],
      process: steps(STD_STEPS, 5),
      timeLimits: limits(20, 5),
      places: cityHall('城管窗口'),
      result: { name: '城市建筑垃圾处置核准证', type: 'approval', delivery: ['electronic'] },
      form: form('城市建筑垃圾处置核准', { ...COMPANY_FIELDS, ...project, volume: num('预计建筑垃圾量（立方米）', { minimum: 0 }) }, [
        ...COMPANY_REQUIRED,
        'projectName',
        'volume',
      ]),
    }),
  },
  {
    basic: 'XK00512000',
    name: '设置大型户外广告审批',
    type: 'XK',
    dept: 'JY-CGJ',
    elements: legal({
      legalBasis: [law('《城市市容和环境卫生管理条例》', '第十一条')],
      targets: ['legal_person', 'natural_person'],
      conditions: ['设置地点和形式符合户外广告设置规划', '设施结构安全'],
      materials: [
        mat('application', '户外广告设置申请表'),
        businessLicence({ condition: '申请人为单位的' }),
        mat('design', '广告设施设计图、效果图及位置图'),
        mat('site_right', '设置场地使用权证明'),
      ],
      process: steps(STD_STEPS, 10),
      timeLimits: limits(20, 10),
      places: cityHall('城管窗口'),
      result: { name: '户外广告设置许可决定书', type: 'approval', delivery: ['electronic'] },
      form: form(
        '户外广告设置申请',
        { ...COMPANY_FIELDS, location: str('设置地点', { maxLength: 200 }), sizeSqm: num('广告面积（平方米）', { minimum: 0 }) },
        [...COMPANY_REQUIRED, 'location'],
      ),
    }),
  },
];
