import { ApiError } from './errors';

/**
 * For endpoints a deployment may not have (yet): a 404 becomes null so the page leaves that part
 * out instead of showing an error. Any other failure still throws.
 */
export async function optional<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}
