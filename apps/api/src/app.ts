import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { AppError, installErrorHandling, PUBLIC, sendError, toAppError } from '@yiwang/platform';
import { identityPlugin } from '@yiwang/identity';
import { systemPlugin } from '@yiwang/system';
import { hotlinePlugin, open311Plugin, sendOpen311Error } from '@yiwang/hotline';
import { servicesPlugin } from '@yiwang/services';
import type { Runtime } from './runtime.js';
import { collectRoutes, installAccessControl, type RegisteredRoute } from './http/security.js';
import { opsRoutes } from './http/ops.js';

export interface BuiltApp {
  app: FastifyInstance;
  routes: RegisteredRoute[];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The composition root's HTTP side: infrastructure plugins, then each module under /api/<m>. */
export async function buildApp(rt: Runtime): Promise<BuiltApp> {
  const app = (Fastify as unknown as (o: object) => FastifyInstance)({
    loggerInstance: rt.logger,
    bodyLimit: rt.config.bodyLimit,
    trustProxy: rt.config.trustProxy,
    // a client's X-Request-Id is kept when it looks sane, so logs join across systems
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const h = req.headers['x-request-id'];
      return typeof h === 'string' && REQUEST_ID.test(h) ? h : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
    routerOptions: { maxParamLength: 200 },
    // URLs the router cannot decode (bad %-escapes, overlong params) never reach the error handler
    frameworkErrors: (err: Error, req: FastifyRequest, reply: FastifyReply) =>
      (req.url.startsWith('/open311/') ? sendOpen311Error : sendError)(req, reply.header('x-request-id', req.id), toAppError(err)),
  });
  const routes = collectRoutes(app);
  const dist = rt.config.webDist;
  const serveWeb = !!dist && existsSync(path.join(dist, 'index.html'));
  installErrorHandling(app, { spaIndex: serveWeb });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  // built once: @fastify/helmet re-creates the middleware (and re-parses the CSP) on every request
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  app.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)));
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: '一网 Yiwang API', version: '0.1.0', description: '一网通办 · 一网统管 · 一网共享 · 一网协同' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'yw_session' },
          bearer: { type: 'http', scheme: 'bearer' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installAccessControl(app, rt.identity);

  opsRoutes(app, rt);
  app.get('/api/openapi.json', { config: { policy: PUBLIC('API description') }, schema: { hide: true } }, async () => app.swagger());
  await app.register(identityPlugin(rt.identity), { prefix: '/api/identity' });
  await app.register(systemPlugin(rt.system), { prefix: '/api/system' });
  await app.register(hotlinePlugin(rt.hotline), { prefix: '/api/hotline' });
  await app.register(open311Plugin(rt.hotline), { prefix: '/open311/v2' });
  await app.register(servicesPlugin(rt.services), { prefix: '/api/services' });

  if (serveWeb) await app.register(fastifyStatic, { root: dist!, wildcard: false, index: ['index.html'] });
  await app.ready();
  return { app, routes };
}
