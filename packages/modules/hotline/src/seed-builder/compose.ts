import type { Channel, OrderType } from '../domain/index.js';
import type { Place, Town } from './city.js';
import { chance, intBetween, pick, type Rng } from './random.js';
import { ECONOMY_TEXTS } from './texts/economy.js';
import { PUBLIC_TEXTS } from './texts/public.js';
import { SOCIAL_TEXTS } from './texts/social.js';
import type { CategoryTexts, EventText } from './texts/types.js';
import { URBAN_TEXTS } from './texts/urban.js';

/** Every leaf category of the seeded tree (and 其他) with what people say about it. */
export const CATEGORY_TEXTS: readonly CategoryTexts[] = [...URBAN_TEXTS, ...ECONOMY_TEXTS, ...SOCIAL_TEXTS, ...PUBLIC_TEXTS];

export interface TextContext {
  rng: Rng;
  town: Town;
  place: Place;
  /** registration instant: "昨天", "11月3日" are relative to it */
  at: Date;
  /** a unit name for 表扬 */
  unitName?: string;
  /** named things (an estate, a shop, an amount) stay the same across one order's title, body and reply */
  memo?: Map<string, string>;
}

const ESTATE_HEAD = [
  '榕江',
  '金叶',
  '丽景',
  '翠湖',
  '东湖',
  '锦绣',
  '阳光',
  '新城',
  '御景',
  '碧桂',
  '南河',
  '望江',
  '凤凰',
  '富华',
  '金海',
];
const ESTATE_TAIL = ['花园', '小区', '新村', '豪庭', '雅苑', '名都', '华府', '家园'];
const LUCKY = ['鸿发', '万福', '金利', '永兴', '顺昌', '宏达', '新华', '德记', '兴隆', '荣丰', '嘉和', '合盛'];
const STORES = ['五金店', '超市', '手机店', '电器行', '便利店', '母婴店', '水果店', '建材店'];
const EATERIES = ['粿品店', '牛肉火锅店', '大排档', '海鲜酒家', '肠粉店', '奶茶店', '卤鹅店'];
const SERVICES = ['美容院', '健身房', '培训中心', '汽修厂', '理发店', '洗车场', '游泳馆'];
/** slots that name one thing per order */
const NAMED = new Set(['estate', 'store', 'eatery', 'service', 'pharmacy', 'company', 'school', 'hospital', 'amount', 'plate', 'bus']);
const INDUSTRY = ['塑料制品', '五金制品', '纺织', '鞋业', '电子科技', '建筑工程', '食品', '服装', '不锈钢制品', '物流'];
const TIMES = ['晚上十点以后', '凌晨一两点', '每天早上六点', '中午午休时间', '周末全天', '半夜'];
const SURNAME = [...'陈林黄李郑吴蔡许杨谢刘张'];

const stem = (town: Town) => town.name.replace(/(街道|镇|乡)$/, '');

function shanghaiMonthDay(d: Date): string {
  const s = new Date(d.getTime() + 8 * 3_600_000);
  return `${s.getUTCMonth() + 1}月${s.getUTCDate()}日`;
}

function slot(name: string, c: TextContext): string {
  if (!NAMED.has(name) || c.memo === undefined) return fresh(name, c);
  let v = c.memo.get(name);
  if (v === undefined) c.memo.set(name, (v = fresh(name, c)));
  return v;
}

function fresh(name: string, c: TextContext): string {
  const { rng, town, place } = c;
  switch (name) {
    case 'spot':
      return place.spot;
    case 'town':
      return town.name;
    case 'county':
      return town.countyName;
    case 'village':
      return place.village ?? town.name;
    case 'road':
      return pick(rng, town.roads);
    case 'estate':
      return pick(rng, ESTATE_HEAD) + pick(rng, ESTATE_TAIL);
    case 'building':
      return `${intBetween(rng, 1, 28)}栋`;
    case 'store':
      return `${pick(rng, LUCKY)}${pick(rng, STORES)}`;
    case 'eatery':
      return chance(rng, 0.6) ? `${pick(rng, SURNAME)}记${pick(rng, EATERIES)}` : `${pick(rng, LUCKY)}${pick(rng, EATERIES)}`;
    case 'service':
      return `${pick(rng, LUCKY)}${pick(rng, SERVICES)}`;
    case 'pharmacy':
      return `${pick(rng, LUCKY)}大药房`;
    case 'company':
      return `揭阳市${pick(rng, LUCKY)}${pick(rng, INDUSTRY)}有限公司`;
    case 'school':
      return `${stem(town)}${pick(rng, ['中心小学', '中学', '实验学校', '第二小学', '幼儿园'])}`;
    case 'hospital':
      return pick(rng, [`${town.countyName}人民医院`, `${town.countyName}中医院`, `${stem(town)}卫生院`, '揭阳市人民医院']);
    case 'clinic':
      return place.village ? `${place.village}卫生站` : `${stem(town)}卫生院`;
    case 'n':
      return String(intBetween(rng, 2, 9));
    case 'nn':
      return String(intBetween(rng, 10, 99));
    case 'months':
      return String(intBetween(rng, 2, 8));
    case 'days':
      return String(intBetween(rng, 3, 20));
    case 'amount':
      return chance(rng, 0.6) ? `${intBetween(rng, 3, 98) * 100}元` : `${intBetween(rng, 11, 95) / 10}万元`;
    case 'time':
      return pick(rng, TIMES);
    case 'bus':
      return `${intBetween(rng, 1, 48)}路`;
    case 'plate':
      return `粤V·${pick(rng, [...'ABCDEFGHJK'])}${intBetween(rng, 100, 999)}${pick(rng, [...'0123456789ABCDEFGHJKLMN'])}`;
    case 'date':
      return chance(rng, 0.3)
        ? pick(rng, ['昨天', '前天', '上周', '今天上午'])
        : shanghaiMonthDay(new Date(c.at.getTime() - intBetween(rng, 1, 20) * 86_400_000));
    case 'unit':
      return c.unitName ?? '相关部门';
    default:
      throw new RangeError(`unknown template slot {${name}}`);
  }
}

/** Resolves `[a|b|c]` alternatives, then `{slot}`s. */
export function fill(template: string, c: TextContext): string {
  const chosen = template.replace(/\[([^\]]+)\]/g, (_, alts: string) => pick(c.rng, alts.split('|')));
  return chosen.replace(/\{([a-z]+)\}/g, (_, name: string) => slot(name, c));
}

const OPENERS: Readonly<Record<Channel, readonly string[]>> = {
  phone: ['来电人反映：', '市民来电反映，', '来电人称，', '来电人表示：', ''],
  web: ['您好，', '尊敬的领导：', '你好！', ''],
  mobile: ['您好，', '你好，', ''],
  wechat: ['您好，', '你好，', ''],
  open311: [''],
  grid: ['网格员巡查上报：', '网格员发现：'],
  video_ai: ['视频智能分析告警：'],
  drone: ['无人机巡查发现：'],
  iot: ['物联感知设备告警：'],
};
const ASK_OPENERS = ['来电人咨询：', '市民来电咨询，', '来电人询问'];
const REQUESTS: Readonly<Record<OrderType, readonly string[]>> = {
  consultation: ['请予以解答。', '希望工作人员回电告知。', '请告知具体办理流程。', ''],
  help: ['请尽快派人处理。', '恳请有关部门帮忙解决。', '希望尽快修复。', '麻烦尽快安排人员处理。'],
  complaint: ['请相关部门尽快处理。', '希望有关部门严肃处理。', '要求给个说法。', '请尽快核实处理并回复。'],
  report: ['请有关部门依法查处。', '希望尽快调查处理。', '请予以查处。'],
  suggestion: ['希望采纳。', '供参考。', '望有关部门考虑。', ''],
  praise: ['', '希望给予表扬。'],
};
const EXTRAS = [
  '之前已经反映过[一次|两次]，一直没有处理。',
  '附近[居民|群众|商户]意见很大。',
  '已经持续{days}天了。',
  '[社区|村委会]也管不了。',
];
const PRAISES = [
  '{date}在{town}[办事|反映问题]，{unit}的工作人员[热情耐心|办事效率很高|主动上门服务]，[一次就帮我办好了|很快解决了问题]，特此表扬。',
  '之前反映的问题，{unit}[很快派人处理|当天就解决了]，[非常感谢|为他们点赞]。',
  '感谢{unit}[工作人员|执法队员]{date}[冒雨|加班]帮我们处理了{spot}的问题，服务很到位。',
];

/** A template's own topic (`主题::…`), used for the title so that title and body tell the same story. */
export function splitTopic(template: string): { topic: string | null; template: string } {
  const i = template.indexOf('::');
  return i < 0 ? { topic: null, template } : { topic: template.slice(0, i), template: template.slice(i + 2) };
}

export interface ComposedText {
  title: string | null;
  body: string;
}

function title(topic: string, type: OrderType, c: TextContext, channel: Channel): string | null {
  // agents title almost every call; people writing online often leave it out
  if (chance(c.rng, channel === 'phone' ? 0.08 : 0.4)) return null;
  switch (type) {
    case 'consultation':
      return chance(c.rng, 0.6) ? `咨询${topic}` : `${topic}咨询`;
    case 'complaint':
      return pick(c.rng, [`投诉${topic}`, `${c.town.name}${topic}`, topic]);
    case 'report':
      return pick(c.rng, [`举报${topic}`, `${c.town.name}${topic}`]);
    case 'suggestion':
      return pick(c.rng, [`关于${topic}的建议`, `建议解决${topic}问题`]);
    case 'praise':
      return pick(c.rng, ['表扬工作人员', `表扬${c.unitName ?? '工作人员'}`, '感谢信']);
    default:
      return chance(c.rng, 0.5) ? `${c.town.name}${topic}` : topic;
  }
}

/** The matter itself and its topic. */
function core(cat: CategoryTexts, type: OrderType, c: TextContext): { topic: string; text: string } {
  const fallback = pick(c.rng, cat.topics);
  const own = (list: readonly string[]) => {
    const { topic, template } = splitTopic(pick(c.rng, list));
    return { topic: topic ?? fallback, text: fill(template, c) };
  };
  if (type === 'praise') return { topic: fallback, text: fill(pick(c.rng, PRAISES), c) };
  if (type === 'consultation' && cat.questions.length > 0) return own(cat.questions);
  if (type === 'suggestion') {
    if ((cat.suggestions ?? []).length > 0 && chance(c.rng, 0.7)) return own(cat.suggestions ?? []);
    return { topic: fallback, text: fill(`建议有关部门[加强|重视]{town}${fallback}问题的[管理|整治]，[建立长效机制|定期巡查]`, c) };
  }
  return own(cat.issues);
}

const ending = (s: string) => (/[。！？!?]$/.test(s) ? s : `${s}。`);

/** Title and body of a citizen's order: opener, the matter itself, maybe a remark, and what they ask for. */
export function composeCitizenText(cat: CategoryTexts, type: OrderType, channel: Channel, c: TextContext): ComposedText {
  const opener =
    type === 'consultation' && channel === 'phone' && chance(c.rng, 0.5) ? pick(c.rng, ASK_OPENERS) : pick(c.rng, OPENERS[channel]);
  const matter = core(cat, type, c);
  const parts = [opener + ending(matter.text)];
  if ((type === 'complaint' || type === 'help') && chance(c.rng, 0.45)) parts.push(fill(pick(c.rng, EXTRAS), c));
  parts.push(pick(c.rng, REQUESTS[type]));
  return { title: title(matter.topic, type, c, channel), body: parts.join('') };
}

/** An event from the 一网统管 sources: terse, with the source's own opener. */
export function composeEventText(event: EventText, channel: Channel, c: TextContext): ComposedText {
  return { title: fill(event.title, c), body: pick(c.rng, OPENERS[channel]) + ending(fill(event.text, c)) };
}

export function composeReply(cat: CategoryTexts, c: TextContext): string {
  return fill(pick(c.rng, cat.replies), c);
}
