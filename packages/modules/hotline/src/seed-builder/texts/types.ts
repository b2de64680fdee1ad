import type { Channel, OrderType } from '../../domain/index.js';

/**
 * What citizens say about one category. Templates use `[a|b|c]` for phrasing alternatives and
 * `{slot}` for places, names and numbers (see compose.ts), so no two orders read quite alike.
 */
export interface CategoryTexts {
  code: string;
  /** relative share of citizen orders */
  weight: number;
  /** relative weights of the order types people use for this matter (表扬 is drawn city-wide) */
  types: Readonly<Partial<Record<Exclude<OrderType, 'praise'>, number>>>;
  /** volume multipliers January … December; flat when absent */
  season?: readonly number[];
  /** short issue names, used for titles */
  topics: readonly string[];
  /** problem descriptions (求助, 投诉, 举报) */
  issues: readonly string[];
  /** questions (咨询) */
  questions: readonly string[];
  /** proposals (建议); a generic one is built from the topic when absent */
  suggestions?: readonly string[];
  /** what the handling unit answers */
  replies: readonly string[];
  /** events the 一网统管 sources (grid officers, video AI, drones, sensors) report in this category */
  events?: readonly EventText[];
}

export interface EventText {
  channels: readonly Channel[];
  type: 'help' | 'report';
  title: string;
  text: string;
}
