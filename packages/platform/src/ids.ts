import { randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** URL-safe random secret (sessions, API tokens, CSRF tokens) */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');
