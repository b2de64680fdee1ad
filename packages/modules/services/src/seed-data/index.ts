import { HOURS, type DemoClaim, type DemoItem } from './dsl.js';
import { CIVIL_AFFAIRS_ITEMS } from './civil-affairs.js';
import { CONSTRUCTION_ITEMS } from './construction.js';
import { HEALTH_ITEMS } from './health.js';
import { MARKET_ITEMS } from './market.js';
import { MEDICAL_INSURANCE_ITEMS } from './medical-insurance.js';
import { OTHER_ITEMS } from './other.js';
import { PUBLIC_SECURITY_ITEMS } from './public-security.js';
import { SOCIAL_ITEMS } from './social.js';
import { WATER_LAND_ITEMS } from './water-land.js';

export type { DemoClaim, DemoItem } from './dsl.js';

/** The demo catalog of 揭阳市: city items of the main departments (see each file for the details). */
export const DEMO_ITEMS: readonly DemoItem[] = [
  ...MARKET_ITEMS,
  ...PUBLIC_SECURITY_ITEMS,
  ...HEALTH_ITEMS,
  ...MEDICAL_INSURANCE_ITEMS,
  ...SOCIAL_ITEMS,
  ...CIVIL_AFFAIRS_ITEMS,
  ...CONSTRUCTION_ITEMS,
  ...WATER_LAND_ITEMS,
  ...OTHER_ITEMS,
];

const rongcheng = (window: string) => [{ name: `榕城区政务服务中心 ${window}`, address: '揭阳市榕城区 榕城区政务服务中心', hours: HOURS }];

/** 榕城区 implements some city items itself (认领), with its own service centre. */
export const DEMO_CLAIMS: readonly DemoClaim[] = [
  { basic: 'XK00101000', dept: 'JY-RC-SJJ', state: 'published', places: rongcheng('市场监管窗口') },
  { basic: 'XK00102000', dept: 'JY-RC-SJJ', state: 'published', places: rongcheng('市场监管窗口') },
  { basic: 'GG00311000', dept: 'JY-RC-YBJ', state: 'published', places: rongcheng('医疗保障窗口') },
  {
    basic: 'QR00411000',
    dept: 'JY-RC-MZJ',
    state: 'published',
    places: [{ name: '榕城区婚姻登记处', address: '揭阳市榕城区 婚姻登记处', hours: HOURS }],
  },
  { basic: 'XK00302000', dept: 'JY-RC-WJJ', state: 'draft', places: rongcheng('卫生健康窗口') },
];
