import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';

/** The text to show for a failed call: the server's localized message when there is one. */
export function errorText(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) return err.message;
  return t('errors.network');
}
