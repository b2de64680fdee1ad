import path from 'node:path';
import type { OidcConfig } from '@yiwang/identity';

/** Every setting comes from the environment; README's table lists them. */
export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  logLevel: string;
  bodyLimit: number;
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  webDist: string | null;
  metricsToken: string | undefined;
  jobPollMs: number;
  auditSealMs: number;
  oidc: OidcConfig | null;
  /** Open311 jurisdiction_id (the city's website root); the built-in default names the demo city */
  open311JurisdictionId: string | undefined;
  /** synthetic work orders of the past year loaded with the demo city (only into an empty hotline) */
  demoOrders: number;
}

const int = (v: string | undefined, d: number, name: string) => {
  if (v === undefined || v === '') return d;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${v}"`);
  return n;
};
const bool = (v: string | undefined, d: boolean) => (v === undefined || v === '' ? d : /^(1|true|yes|on)$/i.test(v));

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = path.resolve(import.meta.dirname, '../../..');
  const oidcIssuer = env.OIDC_ISSUER;
  if (oidcIssuer && !env.OIDC_CLIENT_ID) throw new Error('OIDC_ISSUER is set but OIDC_CLIENT_ID is missing');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(root, '.data')),
    host: env.HOST ?? '127.0.0.1',
    port: int(env.PORT, 3000, 'PORT'),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: int(env.BODY_LIMIT, 1024 * 1024, 'BODY_LIMIT'),
    sessionTtlHours: int(env.SESSION_TTL_HOURS, 12, 'SESSION_TTL_HOURS'),
    cookieSecure: bool(env.COOKIE_SECURE, false),
    trustProxy: bool(env.TRUST_PROXY, false),
    webDist: env.WEB_DIST === '' ? null : path.resolve(env.WEB_DIST ?? path.join(root, 'apps/web/dist')),
    metricsToken: env.METRICS_TOKEN || undefined,
    jobPollMs: int(env.JOB_POLL_MS, 500, 'JOB_POLL_MS'),
    auditSealMs: int(env.AUDIT_SEAL_MS, 2000, 'AUDIT_SEAL_MS'),
    demoOrders: int(env.SEED_DEMO_ORDERS, 20_000, 'SEED_DEMO_ORDERS'),
    oidc: oidcIssuer
      ? {
          issuer: oidcIssuer,
          clientId: env.OIDC_CLIENT_ID!,
          clientSecret: env.OIDC_CLIENT_SECRET ?? '',
          redirectUri: env.OIDC_REDIRECT_URI ?? `http://127.0.0.1:${env.PORT ?? 3000}/api/identity/oidc/callback`,
          usernameClaim: env.OIDC_USERNAME_CLAIM ?? 'preferred_username',
          label: env.OIDC_LABEL ?? '统一身份认证',
          allowInsecure: bool(env.OIDC_ALLOW_INSECURE, false),
        }
      : null,
    open311JurisdictionId: env.OPEN311_JURISDICTION_ID || undefined,
  };
}
