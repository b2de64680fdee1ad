import type { ItemElements } from '@yiwang/contracts';

/** A complete, consistent 食品经营许可 guide; tests break one element at a time. */
export const COMPLETE: ItemElements = {
  legalBasis: [{ law: '《中华人民共和国食品安全法》', article: '第三十五条' }],
  conditions: ['具有与经营的食品品种、数量相适应的经营场所'],
  targets: ['legal_person', 'natural_person'],
  materials: [
    {
      key: 'application',
      name: '食品经营许可申请书',
      source: 'applicant',
      form: 'original',
      originals: 1,
      copies: 0,
      medium: 'paper_or_electronic',
      necessity: 'required',
    },
    {
      key: 'licence',
      name: '营业执照',
      source: 'government',
      form: 'copy',
      originals: 0,
      copies: 1,
      medium: 'paper_or_electronic',
      necessity: 'required',
      eLicenceType: 'business_licence',
    },
  ],
  process: [
    { name: '受理', days: 1 },
    { name: '审查', days: 1 },
    { name: '决定', days: 1 },
  ],
  timeLimits: { statutoryDays: 10, promisedDays: 3, kind: 'promised' },
  fees: { charged: false },
  places: [{ name: '揭阳市政务服务中心', address: '揭阳市榕城区', hours: '周一至周五 8:30-12:00 14:30-17:30' }],
  onlineDepth: 4,
  visits: 0,
  tongban: 'city',
  result: { name: '食品经营许可证', type: 'certificate', eLicenceType: 'food_business_licence', delivery: ['electronic', 'mail'] },
  contacts: { consultation: '0663-12345', complaint: '0663-12345' },
  form: {
    type: 'object',
    properties: {
      operatorName: { type: 'string', title: '经营者名称', maxLength: 100 },
      area: { type: 'number', title: '经营场所面积（平方米）', minimum: 0 },
    },
    required: ['operatorName'],
  },
};

export const E_LICENCES: ReadonlySet<string> = new Set(['business_licence', 'food_business_licence', 'resident_id_card']);
