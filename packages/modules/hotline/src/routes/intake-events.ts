import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IntakeEventBody, IntakeEventResult } from '@yiwang/contracts';
import { PUBLIC, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import type { SourceRow } from '../repo/sources.js';
import { authenticateSource } from '../use-cases/authenticate-source.js';
import { submitEvent } from '../use-cases/submit-event.js';

// five images of 2 MB as base64 and the text around them
const EVENT_BODY_LIMIT = 15 * 1024 * 1024;
const sources = new WeakMap<FastifyRequest, SourceRow>();
// per key (its visible prefix), or per address without one: a runaway device cannot flood the hotline
const eventLimit = {
  max: 1200,
  timeWindow: '1 minute',
  keyGenerator: (req: FastifyRequest) => {
    const key = req.headers['x-api-key'];
    return typeof key === 'string' && key.startsWith('yw_') ? key.slice(0, 15) : req.ip;
  },
};

/** The audit record and events of a machine intake name the source as their actor. */
const sourceMeta = (req: FastifyRequest, s: SourceRow): RequestMeta => ({
  actor: { id: s.id, name: s.name, kind: 'intake_source' },
  requestId: String(req.id),
  ip: req.ip,
});

export function intakeEventRoutes(app: FastifyInstance, deps: HotlineDeps) {
  app.post(
    '/intake/events',
    {
      schema: {
        tags: ['hotline: intake sources'],
        summary: '传感/合作系统事件上报（X-Api-Key 鉴权；同一 externalId 重发返回同一工单）',
        security: [{ apiKey: [] }],
        body: IntakeEventBody,
        response: { 200: IntakeEventResult },
      },
      // no session: the source's key is its credential, checked before the body is even read
      config: {
        policy: PUBLIC('sensor and partner systems authenticate with their intake-source API key'),
        csrfExempt: true,
        rateLimit: eventLimit,
      },
      bodyLimit: EVENT_BODY_LIMIT,
      onRequest: async (req) => {
        const raw = req.headers['x-api-key'];
        sources.set(req, await authenticateSource(deps, Array.isArray(raw) ? raw[0] : raw));
      },
    },
    async (req) => {
      const source = sources.get(req)!;
      return submitEvent(deps, sourceMeta(req, source), source, req.body as IntakeEventBody);
    },
  );
}
