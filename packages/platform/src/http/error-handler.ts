import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_TABLE, errorMessage, type ErrorBody, type ErrorCode, type Locale } from '@yiwang/contracts';
import { AppError, fromDatabaseError, isAppError } from '../errors.js';

export function localeOf(req: FastifyRequest): Locale {
  const h = String(req.headers['accept-language'] ?? '');
  return /^\s*en/i.test(h) ? 'en' : 'zh-CN';
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_BAD_URL: 'VALIDATION_FAILED',
  FST_ERR_ASYNC_CONSTRAINT: 'VALIDATION_FAILED',
};

export function toAppError(err: unknown): AppError {
  if (isAppError(err)) return err;
  const fe = err as FastifyError & { validation?: Array<{ instancePath?: string; message?: string; params?: unknown }> };
  if (fe?.validation) {
    return new AppError(
      'VALIDATION_FAILED',
      fe.validation.slice(0, 20).map((v) => ({ path: v.instancePath ?? '', message: v.message ?? '', params: v.params })),
    );
  }
  if (fe?.code && FASTIFY_CODES[fe.code]) return new AppError(FASTIFY_CODES[fe.code]!);
  if (fe?.statusCode === 429) return new AppError('RATE_LIMITED');
  const db = fromDatabaseError(err);
  if (db) return db;
  if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return new AppError('VALIDATION_FAILED');
  return new AppError('INTERNAL');
}

export function sendError(req: FastifyRequest, reply: FastifyReply, e: AppError): FastifyReply {
  const body: ErrorBody = { code: e.code, message: errorMessage(e.code, localeOf(req)), requestId: String(req.id) };
  if (e.details !== undefined) body.details = e.details;
  return reply.status(ERROR_TABLE[e.code].status).type('application/json; charset=utf-8').send(body);
}

/** One error shape for every failure: {code, message, details, requestId}, message in the caller's language. */
export function installErrorHandling(app: FastifyInstance, opts: { spaIndex?: boolean } = {}): void {
  app.setErrorHandler((err, req, reply) => {
    const e = toAppError(err);
    if (e.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: e.code, status: e.status }, 'request rejected');
    return sendError(req, reply, e);
  });
  app.setNotFoundHandler((req, reply) => {
    // the web app routes on the client: unknown non-API GETs get its shell (sendFile from @fastify/static)
    if (opts.spaIndex && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return (reply as FastifyReply & { sendFile(f: string): FastifyReply }).sendFile('index.html');
    }
    return sendError(req, reply, new AppError('ROUTE_NOT_FOUND'));
  });
}
