import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import {
  ChangePasswordBody,
  LoginBody,
  Me,
  Ok,
  Profile,
  RegisterCitizenBody,
  RegisterEnterpriseBody,
  TokenBody,
  TokenResult,
} from '@yiwang/contracts';
import { actorOf, AUTHENTICATED, metaOf, PUBLIC } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { SESSION_COOKIE } from '../use-cases/authenticate.js';
import { changePassword } from '../use-cases/change-password.js';
import { getMe } from '../use-cases/get-me.js';
import { getProfile } from '../use-cases/get-profile.js';
import { issueToken } from '../use-cases/issue-token.js';
import { login, openSession } from '../use-cases/login.js';
import { logout } from '../use-cases/logout.js';
import { registerCitizen, registerEnterprise } from '../use-cases/register.js';
import { authenticate } from '../use-cases/authenticate.js';

const tags = ['identity: auth'];
// brute force is slowed twice: per address here, per account by the lockout in the use-case
const loginLimit = { max: 20, timeWindow: '1 minute' };

export function authRoutes(app: FastifyInstance, deps: IdentityDeps) {
  const setCookie = (reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: deps.config.cookieSecure, path: '/', expires });

  /** after login or registration: the new session's caller, with its CSRF token */
  async function meForToken(token: string) {
    const actor = (await authenticate(deps, { cookie: token }))!;
    return getMe(deps, actor);
  }

  app.post(
    '/login',
    {
      schema: { tags, summary: '登录 (password → session cookie)', body: LoginBody, response: { 200: Me } },
      config: { policy: PUBLIC('sign-in'), csrfExempt: true, rateLimit: loginLimit },
    },
    async (req, reply) => {
      const body = req.body as LoginBody;
      const s = await login(deps, metaOf(req), { ...body, ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      setCookie(reply, s.token, s.expires);
      return meForToken(s.token);
    },
  );

  app.post(
    '/token',
    {
      schema: { tags, summary: '签发 API 访问令牌 (bearer)', body: TokenBody, response: { 200: TokenResult } },
      config: { policy: PUBLIC('sign-in for API clients'), csrfExempt: true, rateLimit: loginLimit },
    },
    async (req) => issueToken(deps, metaOf(req), req.body as never),
  );

  app.post(
    '/logout',
    { schema: { tags, summary: '退出登录', response: { 200: Ok } }, config: { policy: AUTHENTICATED } },
    async (req, reply) => {
      await logout(deps, metaOf(req), actorOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get('/me', { schema: { tags, summary: '当前用户与权限', response: { 200: Me } }, config: { policy: AUTHENTICATED } }, async (req) =>
    getMe(deps, actorOf(req)),
  );

  app.get(
    '/me/profile',
    { schema: { tags, summary: '本人实名信息（脱敏）', response: { 200: Profile } }, config: { policy: AUTHENTICATED } },
    async (req) => getProfile(deps, actorOf(req)),
  );

  app.post(
    '/me/password',
    { schema: { tags, summary: '修改密码', body: ChangePasswordBody, response: { 200: Ok } }, config: { policy: AUTHENTICATED } },
    async (req) => {
      const b = req.body as { currentPassword: string; newPassword: string };
      await changePassword(deps, metaOf(req), actorOf(req), b.currentPassword, b.newPassword);
      return { ok: true };
    },
  );

  app.get(
    '/auth-options',
    {
      schema: {
        tags,
        summary: '可用的登录方式',
        response: { 200: Type.Object({ oidc: Type.Boolean(), oidcLabel: Type.Union([Type.String(), Type.Null()]) }) },
      },
      config: { policy: PUBLIC('login page') },
    },
    async () => ({ oidc: !!deps.config.oidc, oidcLabel: deps.config.oidc?.label ?? null }),
  );

  app.post(
    '/register/citizen',
    {
      schema: { tags, summary: '群众实名注册', body: RegisterCitizenBody, response: { 200: Me } },
      config: { policy: PUBLIC('self-registration'), csrfExempt: true, rateLimit: loginLimit },
    },
    async (req, reply) => {
      const id = await registerCitizen(deps, metaOf(req), req.body as never);
      const s = await openSession(deps, metaOf(req), id, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      setCookie(reply, s.token, s.expires);
      return meForToken(s.token);
    },
  );

  app.post(
    '/register/enterprise',
    {
      schema: { tags, summary: '企业注册', body: RegisterEnterpriseBody, response: { 200: Me } },
      config: { policy: PUBLIC('self-registration'), csrfExempt: true, rateLimit: loginLimit },
    },
    async (req, reply) => {
      const id = await registerEnterprise(deps, metaOf(req), req.body as never);
      const s = await openSession(deps, metaOf(req), id, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      setCookie(reply, s.token, s.expires);
      return meForToken(s.token);
    },
  );
}
