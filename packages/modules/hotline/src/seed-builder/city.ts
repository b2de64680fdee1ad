import type { RoutingFallback, RoutingRule } from '../domain/index.js';
import { cumulate, hashParts, intBetween, pick, weightedIndex, type Rng } from './random.js';

/**
 * The real city the synthetic orders happen in: divisions (county → town → village), the 权责清单
 * and the 属地 fallback, read from the running system so orders land in real places and real units.
 */
export interface SeedDivision {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

export interface SeedCity {
  divisions: readonly SeedDivision[];
  rules: readonly RoutingRule[];
  fallback: RoutingFallback;
  /** unit id → name, so the dispatch explanation names the unit as live routing does */
  unitNames: Readonly<Record<string, string>>;
}

interface Box {
  lat: [number, number];
  lng: [number, number];
}

/**
 * Rough land boxes and local road names of the 揭阳 counties (by 6-digit code). The boxes follow
 * the map: 惠来 lies on the coast south of 23.2°N, so the city spans about 22.9–23.8°N, 115.6–116.6°E.
 */
const COUNTIES: Record<string, { box: Box; weight: number; roads: string[] }> = {
  '445202': {
    box: { lat: [23.47, 23.6], lng: [116.27, 116.47] },
    weight: 0.22,
    roads: ['临江北路', '进贤门大道', '望江北路', '天福路', '新阳路', '东山大道', '榕华大道', '北环城路', '马牙路', '黄岐山大道', '仙滘路'],
  },
  '445203': {
    box: { lat: [23.52, 23.74], lng: [116.25, 116.55] },
    weight: 0.15,
    roads: ['金溪大道', '曲溪大道', '揭东大道', '玉湖路', '新亨路', '锡场路', '云路大道', '埔田路'],
  },
  '445222': {
    box: { lat: [23.3, 23.68], lng: [115.62, 116.05] },
    weight: 0.14,
    roads: ['河婆大道', '新河路', '大洋路', '城西路', '宝塔路', '金叶大道', '棉湖大道', '凤江路'],
  },
  '445224': {
    box: { lat: [22.93, 23.2], lng: [115.97, 116.5] },
    weight: 0.17,
    roads: ['惠城大道', '龙江路', '东华路', '葵阳路', '靖海路', '新兴路', '神泉路', '隆江大道'],
  },
  '445281': {
    box: { lat: [23.12, 23.45], lng: [115.85, 116.28] },
    weight: 0.32,
    roads: ['流沙大道', '广达北路', '环城路', '练江大道', '长春路', '兴文路', '中华路', '国贸大道', '广达南路', '洪阳大道'],
  },
};
const CITY_BOX: Box = { lat: [23.3, 23.6], lng: [116.0, 116.4] };
const GENERIC_ROADS = ['人民路', '中山路', '建设路', '新华路', '解放路', '文化路'];

export interface Village {
  code: string;
  /** short form used in addresses: 进东社区, 凤港村 */
  name: string;
  lat: number;
  lng: number;
}

export interface Town {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  urban: boolean;
  lat: number;
  lng: number;
  villages: Village[];
  roads: string[];
}

export interface Gazetteer {
  towns: Town[];
  /** cumulative weights for picking a town by population share */
  cumulative: number[];
  cityName: string;
}

const VIRTUAL = /虚拟(生活区|社区)$/;
const FARM = /(农场|林场|茶场|苗圃场|园区|工业园|开发区|试验区|管理处|产业转移)/;

export function shortVillageName(name: string): string {
  return name.replace(/(社区)?(居民委员会|居委会|居委)$/, '社区').replace(/(村民委员会|村委会)$/, '村');
}

/** Halton low-discrepancy sequence: towns spread over their county instead of clumping. */
function halton(i: number, base: number): number {
  let f = 1;
  let r = 0;
  for (let n = i + 1; n > 0; n = Math.floor(n / base)) {
    f /= base;
    r += f * (n % base);
  }
  return r;
}

const unit = (code: string, salt: string) => hashParts(code, salt) / 4294967296;

/** Towns with coordinates and villages, weighted by a stable share; farms and parks count little. */
export function buildGazetteer(divisions: readonly SeedDivision[]): Gazetteer {
  const byParent = new Map<string, SeedDivision[]>();
  for (const d of divisions) {
    if (d.parentCode === null) continue;
    const list = byParent.get(d.parentCode) ?? [];
    list.push(d);
    byParent.set(d.parentCode, list);
  }
  const counties = divisions.filter((d) => d.level === 3).sort((a, b) => a.code.localeCompare(b.code));
  const city = divisions.find((d) => d.level === 2);
  const towns: Town[] = [];
  const weights: number[] = [];
  for (const county of counties) {
    const conf = COUNTIES[county.code.slice(0, 6)];
    const box = conf?.box ?? CITY_BOX;
    const children = (byParent.get(county.code) ?? []).filter((d) => d.level === 4).sort((a, b) => a.code.localeCompare(b.code));
    const share =
      (conf?.weight ?? 0.05) /
      Math.max(
        1,
        children.reduce((s, t) => s + (FARM.test(t.name) ? 0.1 : 1), 0),
      );
    children.forEach((t, i) => {
      const lat = box.lat[0] + (0.1 + 0.8 * halton(i, 2)) * (box.lat[1] - box.lat[0]);
      const lng = box.lng[0] + (0.1 + 0.8 * halton(i, 3)) * (box.lng[1] - box.lng[0]);
      const villages = (byParent.get(t.code) ?? [])
        .filter((v) => v.level === 5 && !VIRTUAL.test(v.name))
        .map((v) => ({
          code: v.code,
          name: shortVillageName(v.name),
          lat: lat + (unit(v.code, 'lat') - 0.5) * 0.05,
          lng: lng + (unit(v.code, 'lng') - 0.5) * 0.05,
        }));
      const urban = t.name.endsWith('街道');
      towns.push({
        code: t.code,
        name: t.name,
        countyCode: county.code,
        countyName: county.name,
        urban,
        lat,
        lng,
        villages,
        roads: conf?.roads ?? GENERIC_ROADS,
      });
      const kind = FARM.test(t.name) ? 0.1 : urban ? 1.8 : 1;
      weights.push(share * kind * (0.6 + 0.8 * unit(t.code, 'weight')));
    });
  }
  if (towns.length === 0) throw new RangeError('the city has no towns (level-4 divisions) to place orders in');
  return { towns, cumulative: cumulate(weights), cityName: city?.name ?? '' };
}

export function pickTown(rng: Rng, g: Gazetteer): Town {
  return g.towns[weightedIndex(rng, g.cumulative)]!;
}

export interface Place {
  divisionCode: string;
  address: string;
  /** the spot people name in the text: a road, a village or an estate */
  spot: string;
  village: string | null;
  lat: number;
  lng: number;
}

const jitter = (rng: Rng, spread: number) => (rng() - 0.5) * spread;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** A plausible spot in the town: a village (70 %) or the town itself, with a road and a house number. */
export function placeIn(rng: Rng, town: Town, village?: Village | null): Place {
  const v = village !== undefined ? village : town.villages.length > 0 && rng() < 0.7 ? pick(rng, town.villages) : null;
  const road = pick(rng, town.roads);
  const no = intBetween(rng, 1, 388);
  const spot =
    v === null
      ? `${road}${no}号`
      : rng() < 0.5
        ? `${v.name}${road}${no}号`
        : `${v.name}${pick(rng, ['村口', '市场', '大街', '老寨', '新区', '祠堂旁'])}`;
  const centre = v ?? town;
  return {
    divisionCode: v?.code ?? town.code,
    address: `${town.countyName}${town.name}${spot}`,
    spot,
    village: v?.name ?? null,
    lat: round6(centre.lat + jitter(rng, 0.012)),
    lng: round6(centre.lng + jitter(rng, 0.012)),
  };
}
