import type { FormSchema, ItemElements, ItemType, Material } from '@yiwang/contracts';

/**
 * A compact way to write the demo catalog: each item states what differs from the everyday case
 * (an original on paper or electronically, free of charge, at the city's service centre).
 */
export interface DemoItem {
  /** 基本编码 (type + 主项 + 子项); the region segment is the department's */
  basic: string;
  name: string;
  type: ItemType;
  /** department code from identity's seed (JY-SJJ …) */
  dept: string;
  state?: 'published' | 'review' | 'draft';
  /** months since the last review of the live guide (default 2) */
  reviewedMonthsAgo?: number;
  elements: ItemElements;
  variants?: Array<{ situation: string; overrides: ItemElements }>;
}

/** A city item that a county department claims for its division (认领). */
export interface DemoClaim {
  basic: string;
  dept: string;
  state: 'published' | 'draft';
  places: NonNullable<ItemElements['places']>;
}

type MaterialOpts = Partial<Omit<Material, 'key' | 'name'>>;

export function mat(key: string, name: string, o: MaterialOpts = {}): Material {
  return {
    key,
    name,
    source: 'applicant',
    form: 'original',
    originals: 1,
    copies: 0,
    medium: 'paper_or_electronic',
    necessity: 'required',
    ...o,
  };
}

/** a document another authority issued, usually replaced by its e-licence */
export const issued = (key: string, name: string, eLicenceType: string, o: MaterialOpts = {}): Material =>
  mat(key, name, { source: 'government', form: 'original', eLicenceType, ...o });

export const idCard = (o: Partial<Material> = {}): Material => ({
  ...issued('id_card', '申请人有效身份证件', 'resident_id_card', { note: '已关联电子证照的免于提交' }),
  ...o,
});
export const businessLicence = (o: Partial<Material> = {}): Material => ({
  ...issued('business_licence', '营业执照', 'business_licence'),
  ...o,
});
export const agentPower = () =>
  mat('power_of_attorney', '授权委托书及受托人身份证件', { necessity: 'optional', condition: '委托他人办理的' });

export const law = (name: string, article?: string) => (article ? { law: name, article } : { law: name });

/** 受理 → 审查 → 决定 (→ 制证/送达); days spread over the steps within the promise */
export function steps(names: readonly string[], promised: number) {
  const per = names.length ? Math.floor(promised / names.length) : 0;
  return names.map((name, i) => ({ name, days: i === names.length - 1 ? promised - per * (names.length - 1) : per }));
}

export const STD_STEPS = ['受理', '审查', '决定'] as const;

export function limits(statutoryDays: number, promisedDays: number, note?: string): NonNullable<ItemElements['timeLimits']> {
  return { statutoryDays, promisedDays, kind: promisedDays === 0 ? 'immediate' : 'promised', ...(note ? { note } : {}) };
}

export const HOURS = '工作日 上午 8:30—12:00，下午 14:30—17:30（法定节假日除外）';
export const cityHall = (window: string) => [
  { name: `揭阳市政务服务中心 ${window}`, address: '揭阳市榕城区 揭阳市政务服务中心', hours: HOURS },
];
export const CONTACTS = {
  consultation: '12345 政务服务便民热线（0663-12345）；窗口现场咨询',
  complaint: '12345 政务服务便民热线；广东政务服务网“好差评”；揭阳市政务服务和数据管理局',
};
export const FREE = { charged: false } as const;

type FieldOpts = Record<string, unknown>;
const field =
  (type: 'string' | 'integer' | 'number' | 'boolean') =>
  (title: string, o: FieldOpts = {}) => ({ type, title, ...o });
export const str = field('string');
export const int = field('integer');
export const num = field('number');
export const bool = field('boolean');

export function form(title: string, properties: Record<string, object>, required: string[]): FormSchema {
  return { type: 'object', title, properties: properties as FormSchema['properties'], required };
}

export const PERSON_FIELDS = {
  applicantName: str('申请人姓名', { maxLength: 50 }),
  idNumber: str('公民身份号码', { format: 'id-number' }),
  phone: str('联系电话', { format: 'phone' }),
  address: str('联系地址', { maxLength: 200 }),
};
export const PERSON_REQUIRED = ['applicantName', 'idNumber', 'phone'];
export const COMPANY_FIELDS = {
  entityName: str('单位（主体）名称', { maxLength: 100 }),
  uscc: str('统一社会信用代码', { format: 'uscc' }),
  legalRep: str('法定代表人（负责人）', { maxLength: 50 }),
  contactPhone: str('联系电话', { format: 'phone' }),
  premises: str('住所（经营场所）', { maxLength: 200 }),
};
export const COMPANY_REQUIRED = ['entityName', 'uscc', 'legalRep', 'contactPhone'];

/** the defaults of an online-first city item; each item overrides what is different */
export function online(e: ItemElements): ItemElements {
  return {
    targets: ['natural_person'],
    fees: FREE,
    onlineDepth: 4,
    visits: 0,
    tongban: 'city',
    contacts: CONTACTS,
    ...e,
  };
}
