import { describe, expect, it } from 'vitest';
import {
  ACTION_LABELS,
  ACTION_TYPES,
  ACTOR_ROLE_LABELS,
  ACTOR_ROLES,
  CHANNEL_LABELS,
  CHANNELS,
  EVENT_CENTRE_CHANNELS,
  ORDER_STATE_LABELS,
  ORDER_STATES,
  ORDER_TYPE_LABELS,
  ORDER_TYPES,
  SATISFACTION_LABELS,
  SATISFACTIONS,
  URGENCIES,
  URGENCY_LABELS,
  type Label,
} from './order-types.js';

const vocabularies: [string, readonly string[], Readonly<Record<string, Label>>][] = [
  ['channels', CHANNELS, CHANNEL_LABELS],
  ['order types', ORDER_TYPES, ORDER_TYPE_LABELS],
  ['urgencies', URGENCIES, URGENCY_LABELS],
  ['states', ORDER_STATES, ORDER_STATE_LABELS],
  ['actions', ACTION_TYPES, ACTION_LABELS],
  ['satisfactions', SATISFACTIONS, SATISFACTION_LABELS],
  ['roles', ACTOR_ROLES, ACTOR_ROLE_LABELS],
];

describe('order vocabulary', () => {
  it.each(vocabularies)('%s: unique snake_case ASCII codes, each with a zh and an en label', (_name, codes, labels) => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(labels[code]?.zh).toMatch(/\p{Script=Han}/u);
      expect(labels[code]?.en.length).toBeGreaterThan(0);
    }
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it('names the six Guangdong 12345 types', () => {
    expect(ORDER_TYPES.map((t) => ORDER_TYPE_LABELS[t].zh)).toEqual(['咨询', '求助', '投诉', '举报', '建议', '表扬']);
  });

  it('routes only sensor-style channels through the event centre', () => {
    expect(EVENT_CENTRE_CHANNELS).toEqual(['grid', 'video_ai', 'drone', 'iot']);
  });
});
