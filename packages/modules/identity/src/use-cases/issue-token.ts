import { mutate, newId, newSecret, sm3Hex, type RequestMeta } from '@yiwang/platform';
import type { IdentityDeps } from '../deps.js';
import { insertApiToken } from '../repo/sessions.js';
import { ident } from '../repo/tables.js';
import { checkCredentials } from './login.js';

/** Bearer tokens for API clients: username + password once, then the token until it expires. */
export async function issueToken(
  deps: IdentityDeps,
  meta: RequestMeta,
  input: { username: string; password: string; name?: string | undefined; expiresInDays?: number | undefined },
) {
  const accountId = await checkCredentials(deps, meta, input.username, input.password);
  const token = newSecret();
  const expiresAt = new Date(Date.now() + (input.expiresInDays ?? 30) * 86400_000);
  const id = newId();
  await mutate(deps.db, { ...meta, actor: { ...meta.actor, id: accountId } }, async (tx) => {
    await insertApiToken(ident(tx), {
      id,
      token_hash: sm3Hex(token),
      account_id: accountId,
      name: input.name ?? 'api',
      expires_at: expiresAt,
    });
    return {
      result: undefined,
      audit: { action: 'identity.token.issue', resourceType: 'api_token', resourceId: id, details: { name: input.name ?? 'api' } },
    };
  });
  return { accessToken: token, tokenType: 'Bearer' as const, expiresAt: expiresAt.toISOString() };
}
