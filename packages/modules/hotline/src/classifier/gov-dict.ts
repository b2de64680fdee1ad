// Government and 12345-hotline terms that the stock jieba dictionary splits or lacks. Kept short
// and topic-neutral (no city names) so that segmentation stays stable across regions; the
// frequency only needs to beat the competing splits.

const TERMS: Record<string, string> = {
  // 城乡建设: urban management, housing, property
  urban: `占道经营 违章建筑 违法建筑 违建 乱搭乱建 城管 城管局 住建局 规划局 物业公司 物业费 业委会
    业主委员会 维修基金 公摊面积 网签 不动产证 房产证 办证难 交房 延期交房 烂尾楼 棚户区 棚改 旧城改造
    拆迁款 安置房 征收补偿 公租房 廉租房 经济适用房 商品房 自来水 停水 停电 供水 燃气 天然气 路灯 下水道
    化粪池 小区 绿化带 市政道路`,
  // 环境保护: pollution and noise
  environment: `噪音扰民 噪声污染 油烟扰民 油烟污染 粉尘污染 扬尘 污水直排 偷排 黑臭水体 环保局 生态环境局
    环评 垃圾焚烧 垃圾填埋场 垃圾站 搅拌站 养殖场 养猪场 异味 臭气 废气 排污 施工噪音 夜间施工 广场舞`,
  // 劳动和社会保障: wages, social insurance
  labour: `拖欠工资 欠薪 讨薪 农民工工资 劳动仲裁 劳动监察 劳动合同 人社局 社保局 社保卡 养老保险 失业保险
    工伤保险 工伤认定 医疗保险 医保报销 医保卡 异地就医 公积金 住房公积金 提取公积金 低保 五保户 退休金
    养老金 退役军人 优抚 残疾人 事业单位 编制 职称评定`,
  // 教育文体: schools and culture
  education: `教育局 义务教育 学位 入学 划片 学区房 择校 补课 有偿补课 课外辅导 培训机构 民办学校 幼儿园
    代课教师 特岗教师 教师编制 绩效工资 校车 营养餐 午托 文化馆 体育馆 图书馆`,
  // 卫生计生: health and family planning
  health: `卫健委 卫生院 卫生室 乡村医生 村医 医患纠纷 医疗事故 过度医疗 计划生育 计生 二孩 独生子女
    社会抚养费 准生证 出生证明 疫苗接种 家庭医生 药店 医药费`,
  // 交通运输: roads and vehicles
  transport: `交通局 运管 网约车 黑车 出租车 公交车 公交线路 公交站 客运站 驾校 超载 治超 渣土车 过路费
    收费站 高速公路 国道 省道 县道 乡道 村道 公路养护`,
  // 商贸旅游: commerce, consumers, tourism
  commerce: `市场监管局 工商局 营业执照 消费者权益 预付卡 退费 虚假宣传 传销 非法集资 假冒伪劣 食品安全
    三无产品 旅行社 景区 导游 电梯故障 困人 加油站 快递 外卖`,
  // Hotline and grid vocabulary shared by every topic.
  hotline: `12345 12345热线 市长热线 网格员 网格化 街道办 居委会 村委会 镇政府 县政府 信访 投诉 举报 诉求
    回访 不作为 乱作为`,
};

/** Every dictionary term, deduplicated. */
export const GOV_TERMS: readonly string[] = [
  ...new Set(
    Object.values(TERMS)
      .join(' ')
      .split(/\s+/)
      .filter((t) => t.length > 0),
  ),
];

/** The terms in jieba's user-dictionary format: `word freq tag` per line. */
export function govDictText(terms: readonly string[] = GOV_TERMS): string {
  return terms.map((t) => `${t} 20000 n\n`).join('');
}
