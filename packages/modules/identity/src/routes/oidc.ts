import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError, isAppError, metaOf, PUBLIC } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { SESSION_COOKIE } from '../use-cases/authenticate.js';
import { finishOidcLogin, startOidcLogin } from '../use-cases/oidc-login.js';

const tags = ['identity: auth'];
// each start writes a state row; slow down anonymous floods like the password login does
const ssoLimit = { max: 20, timeWindow: '1 minute' };
// the provider may add its own parameters to the redirect (session_state, iss, …)
const CallbackQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 2048 })),
    state: Type.Optional(Type.String({ maxLength: 512 })),
    error: Type.Optional(Type.String({ maxLength: 256 })),
    error_description: Type.Optional(Type.String({ maxLength: 2048 })),
    session_state: Type.Optional(Type.String({ maxLength: 2048 })),
    iss: Type.Optional(Type.String({ maxLength: 2048 })),
  },
  { additionalProperties: true },
);

/** The browser navigates here directly, so failures go back to the login page instead of a JSON error. */
function backToLogin(req: FastifyRequest, reply: FastifyReply, err: AppError) {
  req.log.warn({ code: err.code, details: err.details }, 'oidc sign-in failed');
  return reply.redirect('/login?error=oidc');
}

export function oidcRoutes(app: FastifyInstance, deps: IdentityDeps) {
  app.get(
    '/oidc/login',
    {
      schema: { tags, summary: '统一身份认证登录 (跳转到认证平台)' },
      config: { policy: PUBLIC('single sign-on start'), rateLimit: ssoLimit },
    },
    async (req, reply) => {
      try {
        return reply.redirect((await startOidcLogin(deps)).href);
      } catch (err) {
        if (isAppError(err) && err.code === 'OIDC_FAILED') return backToLogin(req, reply, err);
        throw err;
      }
    },
  );

  app.get(
    '/oidc/callback',
    {
      schema: { tags, summary: '统一身份认证回调 (建立会话)', querystring: CallbackQuery },
      config: { policy: PUBLIC('single sign-on callback'), csrfExempt: true, rateLimit: ssoLimit },
    },
    async (req, reply) => {
      const oidc = deps.config.oidc;
      if (!oidc) throw new AppError('OIDC_NOT_CONFIGURED');
      try {
        const s = await finishOidcLogin(deps, metaOf(req), new URL(req.url, oidc.redirectUri), req.ip, req.headers['user-agent'] ?? null);
        reply.setCookie(SESSION_COOKIE, s.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: deps.config.cookieSecure,
          path: '/',
          expires: s.expires,
        });
        return reply.redirect('/');
      } catch (err) {
        if (isAppError(err)) return backToLogin(req, reply, err);
        throw err;
      }
    },
  );
}
