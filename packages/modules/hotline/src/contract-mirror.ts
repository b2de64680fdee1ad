import type { HOTLINE_ACTIONS, HOTLINE_CHANNELS, HOTLINE_ORDER_TYPES, HOTLINE_STATES, HOTLINE_URGENCIES } from '@yiwang/contracts';
import type { ActionType, Channel, OrderState, OrderType, Urgency } from './domain/index.js';

// The API's value lists (contracts depend on nothing of ours) must equal the domain's; this stops
// compiling when one side gains or loses a value.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const CONTRACT_LISTS_MIRROR_DOMAIN: Same<(typeof HOTLINE_CHANNELS)[number], Channel> &
  Same<(typeof HOTLINE_ORDER_TYPES)[number], OrderType> &
  Same<(typeof HOTLINE_URGENCIES)[number], Urgency> &
  Same<(typeof HOTLINE_STATES)[number], OrderState> &
  Same<(typeof HOTLINE_ACTIONS)[number], ActionType> = true;
