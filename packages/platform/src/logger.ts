import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

// Secrets and personal data never reach the logs, even when a handler logs a whole request.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.idNumber',
];

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', extra: LoggerOptions = {}): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'yiwang' }, ...extra });
}
