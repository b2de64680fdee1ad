import type { ErrorCode } from '@yiwang/contracts';
import type { TransitionErrorCode } from './domain/index.js';

// Every refusal of the work-order state machine must have a row in the shared error table, so the
// API can answer it with a status and zh-CN/en text; this line stops compiling when one is missing.
export const TRANSITION_CODES_ARE_ERROR_CODES: TransitionErrorCode extends ErrorCode ? true : never = true;
