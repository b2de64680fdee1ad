import type { Kysely } from 'kysely';
import type { FieldCipher } from '@yiwang/platform';
import type { PrincipalCache } from './domain/principal-cache.js';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** which ID-token claim names the local account (default preferred_username) */
  usernameClaim: string;
  label: string;
  /** allow http issuers (local test issuers only) */
  allowInsecure: boolean;
}

export interface IdentityConfig {
  sessionTtlHours: number;
  maxFailedLogins: number;
  lockMinutes: number;
  cookieSecure: boolean;
  oidc: OidcConfig | null;
}

/** What the identity use-cases need from the composition root; nothing reaches for globals. */
export interface IdentityDeps {
  db: Kysely<any>;
  cipher: FieldCipher;
  config: IdentityConfig;
  principals: PrincipalCache;
}

export const DEFAULT_IDENTITY_CONFIG: IdentityConfig = {
  sessionTtlHours: 12,
  maxFailedLogins: 5,
  lockMinutes: 15,
  cookieSecure: false,
  oidc: null,
};
