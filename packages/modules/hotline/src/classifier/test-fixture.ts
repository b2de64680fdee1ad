import type { LabeledMessage } from './dataset.js';

// A tiny synthetic hotline corpus: three topics with distinct vocabulary, some without a title.
const TOPICS: Record<string, { titles: string[]; phrases: string[] }> = {
  环境保护: {
    titles: ['工厂排放废气', '夜间施工噪音扰民', '河道污水直排'],
    phrases: ['工厂晚上偷排废气，气味刺鼻', '工地夜间施工噪音很大影响休息', '污水直接排进河里，鱼都死了', '垃圾焚烧冒黑烟'],
  },
  劳动和社会保障: {
    titles: ['公司拖欠工资', '社保断缴问题', '工伤认定咨询'],
    phrases: ['老板拖欠三个月工资不发', '单位没有给我们缴纳养老保险', '工伤认定需要什么材料', '农民工讨薪无门'],
  },
  教育文体: {
    titles: ['学校乱收费', '孩子入学难', '老师有偿补课'],
    phrases: ['学校要求家长交资料费', '孩子到了年龄却没有学位', '老师周末组织有偿补课', '幼儿园收费太高'],
  },
};

/** `n` rows per topic, deterministic; every third row has no title. */
export function syntheticRows(n: number): LabeledMessage[] {
  const rows: LabeledMessage[] = [];
  for (const [label, { titles, phrases }] of Object.entries(TOPICS)) {
    for (let i = 0; i < n; i++) {
      const body = `您好，${phrases[i % phrases.length]}，${phrases[(i * 3 + 1) % phrases.length]}。第${i}号来信，请尽快处理。`;
      const title = i % 3 === 2 ? undefined : titles[i % titles.length];
      rows.push(title === undefined ? { body, label } : { title, body, label });
    }
  }
  return rows;
}
