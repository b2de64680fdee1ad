import { hashParts, intBetween, pick, streamOf, type Rng } from './random.js';

/**
 * Synthetic callers: names built from common 潮汕 surnames and given-name characters, mobile numbers
 * in the 1[3-9] ranges. A fixed pool of regulars calls again and again (重复来电), each from home.
 */
const SURNAMES = [...'陈林黄李郑吴蔡许杨谢刘张王洪翁肖方柯庄苏曾詹罗彭赖卢余邱朱江魏姚佘'.split(''), '欧阳', '司徒'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志鹏晓燕俊宏锦鸿泽楷妍婷佳怡子涵浩然雨萱思远嘉'];
const MOBILE_PREFIXES = ['134', '135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '182', '183', '187', '188'];
const MOBILE_PREFIXES_2 = ['130', '131', '132', '155', '156', '185', '186', '133', '153', '177', '180', '181', '189', '199', '195'];

export interface Caller {
  name: string;
  phone: string;
}

export function syntheticName(rng: Rng): string {
  const given = rng() < 0.25 ? pick(rng, GIVEN) : pick(rng, GIVEN) + pick(rng, GIVEN);
  return pick(rng, SURNAMES) + given;
}

export function syntheticMobile(rng: Rng): string {
  const prefix = pick(rng, rng() < 0.6 ? MOBILE_PREFIXES : MOBILE_PREFIXES_2);
  return prefix + String(intBetween(rng, 0, 99_999_999)).padStart(8, '0');
}

export interface CallerPool {
  /** the regular with this index; stable for a seed */
  regular(i: number): Caller & { home: number };
  size: number;
}

/**
 * `size` regulars; `home` is a stable number the builder maps to the town they live in. A skewed pick
 * makes a few of them very frequent callers, as every hotline has.
 */
export function callerPool(seed: number, size: number): CallerPool {
  const cache = new Map<number, Caller & { home: number }>();
  return {
    size,
    regular(i) {
      let c = cache.get(i);
      if (!c) {
        const rng = streamOf(seed, 'regular', i);
        c = { name: syntheticName(rng), phone: syntheticMobile(rng), home: hashParts(seed, 'home', i) };
        cache.set(i, c);
      }
      return c;
    },
  };
}

/** Index of the regular for one call: squared uniform, so low indexes call far more often. */
export function pickRegular(rng: Rng, pool: CallerPool): number {
  const u = rng();
  return Math.min(pool.size - 1, Math.floor(u * u * pool.size));
}
