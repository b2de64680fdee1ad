import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { errorMessage, Open311OneQuery, Open311Query, Open311RequestsQuery, type Locale } from '@yiwang/contracts';
import { AppError, idempotencyKeyOf, localeOf, PUBLIC, toAppError, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { open311Discovery } from '../use-cases/open311-discovery.js';
import { open311Media, open311Token, open311Updates } from '../use-cases/open311-request-extras.js';
import { open311Request, open311Requests } from '../use-cases/open311-requests.js';
import { open311ServiceDefinition, open311Services } from '../use-cases/open311-services.js';
import { open311Client, readSubmission, submitOpen311Request } from '../use-cases/open311-submit.js';
import { CONTENT_TYPE, OPEN311_FORMATS, renderOpen311, splitFormat, type Open311Format } from './wire.js';

const policy = PUBLIC('Open311 GeoReport v2: public reads without personal data; POST authenticates with an intake-source api_key');
const tags = ['open311'];
const FileParams = Type.Object({ file: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
const UpdatesParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 60 }) }, { additionalProperties: false });

const formatOfUrl = (url: string): Open311Format => (/\.xml(\?|$)/.test(url) ? 'xml' : 'json');

/** The spec's error statuses: 404 for what does not exist, 403 for a missing or bad api_key, 400 for everything else. */
const statusOf = (e: AppError) => (e.status === 404 ? 404 : e.status === 401 || e.status === 403 ? 403 : e.status >= 500 ? 500 : 400);

/** The spec's error array; each entry's description names our stable code, and every attribute or field at fault gets one. */
function errorEntries(e: AppError, locale: Locale): Array<{ code: number; description: string }> {
  const status = statusOf(e);
  const message = errorMessage(e.code, locale);
  const d = (e.details ?? {}) as { errors?: Array<{ code?: string; attribute?: string; field?: string; reason?: string }> } & Record<
    string,
    unknown
  >;
  if (Array.isArray(d.errors) && d.errors.length) {
    return d.errors.map((x) => {
      const code = (x.code as AppError['code'] | undefined) ?? e.code;
      const what = x.attribute ?? `${x.field}${x.reason ? ` ${x.reason}` : ''}`;
      return { code: status, description: `${errorMessage(code, locale)}: ${what} (${code})` };
    });
  }
  const what = ['parameter', 'field', 'service_code', 'service_request_id', 'token'].map((k) => d[k]).find((v) => typeof v === 'string');
  return [{ code: status, description: `${message}${what ? `: ${String(what)}` : ''} (${e.code})` }];
}

/** Also used by the composition root for URLs the router cannot even decode under /open311/. */
export function sendOpen311Error(req: FastifyRequest, reply: FastifyReply, e: AppError): FastifyReply {
  const format = formatOfUrl(req.url);
  if (statusOf(e) >= 500) req.log.error({ err: e }, 'open311 request failed');
  return reply
    .code(statusOf(e))
    .type(CONTENT_TYPE[format])
    .send(renderOpen311(format, 'errors', errorEntries(e, localeOf(req))));
}

const send = (reply: FastifyReply, format: Open311Format, root: string, value: unknown) =>
  reply.type(CONTENT_TYPE[format]).send(renderOpen311(format, root, value));

/** Open311 GeoReport v2 (H7) at /open311/v2: discovery, services, definitions, requests (GET, POST), tokens, and the documented extensions. */
export function open311Plugin(deps: HotlineDeps) {
  const checkJurisdiction = (id: string | undefined) => {
    if (id !== undefined && id.trim() !== '' && id.trim() !== deps.config.open311.jurisdictionId)
      throw new AppError('OPEN311_JURISDICTION_NOT_FOUND', { parameter: 'jurisdiction_id' });
  };
  const fileOf = (file: string) => {
    const f = splitFormat(file);
    if (!f) throw new AppError('ROUTE_NOT_FOUND');
    return f;
  };

  return async function open311(app: FastifyInstance) {
    // the spec's POST body; parsed by us so attribute[code][] and repeated fields are handled exactly
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) =>
      done(null, body),
    );
    app.setErrorHandler((err, req, reply) => sendOpen311Error(req, reply, toAppError(err)));
    app.setNotFoundHandler((req, reply) => sendOpen311Error(req, reply, new AppError('ROUTE_NOT_FOUND')));
    const base = (req: FastifyRequest) => `${req.protocol}://${req.host}${app.prefix}`;
    const query = <T>(req: FastifyRequest) => req.query as T & { jurisdiction_id?: string };

    for (const format of OPEN311_FORMATS) {
      app.get(`/discovery.${format}`, { schema: { tags, querystring: Open311Query }, config: { policy } }, async (req, reply) =>
        send(reply, format, 'discovery', await open311Discovery(deps, base(req))),
      );
      app.get(`/services.${format}`, { schema: { tags, querystring: Open311Query }, config: { policy } }, async (req, reply) => {
        checkJurisdiction(query(req).jurisdiction_id);
        return send(reply, format, 'services', await open311Services(deps));
      });
      app.get(`/requests.${format}`, { schema: { tags, querystring: Open311RequestsQuery }, config: { policy } }, async (req, reply) => {
        const q = query<Open311RequestsQuery>(req);
        checkJurisdiction(q.jurisdiction_id);
        return send(reply, format, 'service_requests', await open311Requests(deps, q, localeOf(req), base(req)));
      });
      app.post(`/requests.${format}`, { schema: { tags }, config: { policy, csrfExempt: true } }, async (req, reply) => {
        const raw = readSubmission(req.body);
        const source = await open311Client(deps, raw);
        checkJurisdiction(raw.fields.jurisdiction_id);
        const meta: RequestMeta = {
          actor: { id: source.id, name: source.name, kind: 'intake_source' },
          requestId: String(req.id),
          ip: req.ip,
        };
        return send(reply, format, 'service_requests', await submitOpen311Request(deps, meta, source, raw, idempotencyKeyOf(req)));
      });
      app.get(
        `/requests/:id/updates.${format}`,
        { schema: { tags, params: UpdatesParams, querystring: Open311Query }, config: { policy } },
        async (req, reply) => {
          checkJurisdiction(query(req).jurisdiction_id);
          return send(reply, format, 'notes', await open311Updates(deps, (req.params as { id: string }).id, localeOf(req)));
        },
      );
    }
    app.get(
      '/services/:file',
      { schema: { tags, params: FileParams, querystring: Open311Query }, config: { policy } },
      async (req, reply) => {
        const { name, format } = fileOf((req.params as { file: string }).file);
        checkJurisdiction(query(req).jurisdiction_id);
        return send(reply, format, 'service_definition', await open311ServiceDefinition(deps, name));
      },
    );
    app.get(
      '/requests/:file',
      { schema: { tags, params: FileParams, querystring: Open311OneQuery }, config: { policy } },
      async (req, reply) => {
        const { name, format } = fileOf((req.params as { file: string }).file);
        const q = query<{ extensions?: boolean }>(req);
        checkJurisdiction(q.jurisdiction_id);
        return send(reply, format, 'service_requests', await open311Request(deps, name, localeOf(req), q.extensions ?? false, base(req)));
      },
    );
    app.get(
      '/tokens/:file',
      { schema: { tags, params: FileParams, querystring: Open311Query }, config: { policy } },
      async (req, reply) => {
        const { name, format } = fileOf((req.params as { file: string }).file);
        checkJurisdiction(query(req).jurisdiction_id);
        return send(reply, format, 'service_requests', await open311Token(deps, name));
      },
    );
    app.get('/media/:file', { schema: { tags, params: FileParams }, config: { policy } }, async (req, reply) => {
      const file = (req.params as { file: string }).file;
      const m = await open311Media(deps, file.replace(/\.(jpg|png|webp)$/, ''));
      return reply.type(m.contentType).header('cache-control', 'public, max-age=3600').header('etag', `"${m.sm3}"`).send(m.bytes);
    });
  };
}
