import type { IntakeSourceKind } from '@yiwang/contracts';
import type { Channel, OrderState } from './order-types.js';

/**
 * Open and closed as the event centre and Open311 see an order: closed once the hotline closes it (or
 * merges it into another); everything before, including a direct answer awaiting its 回访, is open.
 */
export const CLOSED_STATES: readonly OrderState[] = ['closed', 'merged'];
export const isClosedState = (state: string): boolean => (CLOSED_STATES as readonly string[]).includes(state);

/** The channel an order from an intake source arrives on: event-centre kinds keep their own, a partner system counts as web. */
export const CHANNEL_OF_SOURCE_KIND: Readonly<Record<IntakeSourceKind, Channel>> = {
  grid: 'grid',
  video_ai: 'video_ai',
  drone: 'drone',
  iot: 'iot',
  partner: 'web',
  open311_client: 'open311',
};
