import { departmentIdsByCode } from '@yiwang/identity';
import { mutate, newId, SYSTEM_META } from '@yiwang/platform';
import type { HotlineDeps } from './deps.js';
import { ov } from './repo/oversight-tables.js';
import { insertTemplate, templateCount } from './repo/reply-templates.js';

/** Demo 回复模板: hotline-wide ones (dept null) and a few of the city's 城管局 for its common matters. */
export const DEMO_TEMPLATES: Array<{ dept: string | null; title: string; category?: string; content: string }> = [
  {
    dept: null,
    title: '咨询类直接答复',
    content: '您好！关于您咨询的问题，根据相关政策规定：【填写政策要点】。如仍有疑问，可再次拨打12345热线咨询。感谢您对我们工作的支持！',
  },
  {
    dept: null,
    title: '已转承办单位办理',
    content: '您好！您反映的问题已转交【承办单位】办理，承办单位将在规定时限内与您联系并答复处理结果，请保持电话畅通。',
  },
  {
    dept: null,
    title: '来电人无法联系',
    content: '经于【日期时间】先后三次回访，均未能与来电人取得联系，已发送短信告知处理结果，本工单按规定办结。',
  },
  {
    dept: null,
    title: '重复诉求合并办理',
    content: '您好！您反映的问题与工单【工单编号】属同一事项，已合并办理，处理结果将一并答复您。',
  },
  {
    dept: null,
    title: '不属于热线受理范围',
    content: '您好！您反映的事项已进入司法诉讼（仲裁）程序，不属于12345热线受理范围，建议您通过【法定途径】依法解决。',
  },
  {
    dept: 'JY-CGJ',
    title: '占道经营已现场处置',
    category: 'urban.vendors',
    content:
      '您好！接到您的反映后，我局执法人员于【日期】到现场核查，对占道经营的流动摊贩进行了劝离，并将该路段纳入日常巡查重点，增加夜间巡查频次。感谢您的监督！',
  },
  {
    dept: 'JY-CGJ',
    title: '违法建设已立案查处',
    category: 'urban.illegal_building',
    content: '您好！经现场核查，该建筑未取得建设工程规划许可，我局已依法立案调查，并下达《责令限期改正通知书》，将跟踪督促当事人整改到位。',
  },
  {
    dept: 'JY-CGJ',
    title: '环境卫生已清理',
    category: 'urban.sanitation',
    content: '您好！我局已安排环卫作业人员清理现场垃圾，并增加该区域的清扫保洁频次，后续将加强巡查，防止问题反弹。',
  },
];

/** Loads the demo templates once (after the identity seed); safe to re-run. */
export async function seedReplyTemplates(deps: Pick<HotlineDeps, 'db'>): Promise<boolean> {
  if ((await templateCount(ov(deps.db))) > 0) return false;
  const ids = await departmentIdsByCode(deps.db, [...new Set(DEMO_TEMPLATES.flatMap((t) => (t.dept ? [t.dept] : [])))]);
  if (ids.size === 0) return false;
  await mutate(deps.db, SYSTEM_META, async (tx) => {
    let n = 0;
    for (const t of DEMO_TEMPLATES) {
      const owner = t.dept === null ? null : ids.get(t.dept);
      if (owner === undefined) continue;
      await insertTemplate(ov(tx), {
        id: newId(),
        owner_unit_id: owner,
        title: t.title,
        content: t.content,
        category_prefix: t.category ?? null,
        created_by: null,
      });
      n++;
    }
    return {
      result: undefined,
      audit: { action: 'hotline.seed.demo_reply_templates', resourceType: 'reply_template', details: { templates: n } },
    };
  });
  return true;
}
