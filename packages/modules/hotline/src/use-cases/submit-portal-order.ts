import type { PortalOrder, PortalOrderBody } from '@yiwang/contracts';
import { accountContact } from '@yiwang/identity';
import { AppError, type Actor, type Idempotency, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { registerOrder } from './create-order.js';
import { getMyOrder } from './get-my-order.js';

/**
 * 我要反映: a citizen or enterprise files a request on the portal. It runs the same intake pipeline
 * as a call (classification, 权责清单 routing, deadlines, audit, events) on the 'web' or 'mobile'
 * channel, with the caller's name and phone taken from the account's verified profile, never typed.
 */
export async function submitPortalOrder(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  input: PortalOrderBody,
  idem?: Idempotency,
): Promise<PortalOrder> {
  if (input.title.trim() === '') throw new AppError('VALIDATION_FAILED', { field: 'title' });
  const contact = await accountContact(deps.db, deps.cipher, actor.id);
  if (!contact) throw new AppError('PORTAL_NO_PROFILE');
  const { mobile, ...fields } = input;
  const { id } = await registerOrder(
    deps,
    meta,
    { ...fields, channel: mobile ? 'mobile' : 'web', callerName: contact.name, ...(contact.phone ? { callerPhone: contact.phone } : {}) },
    { actorId: actor.id, registrar: 'system' },
    idem,
  );
  return getMyOrder(deps, actor, id);
}
