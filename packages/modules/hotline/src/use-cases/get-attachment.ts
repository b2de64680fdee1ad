import { AppError, auditRead, scopeFilter, type Actor, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import { findAttachment } from '../repo/attachments.js';
import { iq } from '../repo/intake-tables.js';
import { findOrder } from '../repo/orders.js';
import { hot } from '../repo/tables.js';

export interface AttachmentFile {
  contentType: string;
  bytes: Buffer;
  sm3: string;
  sha256: string;
}

/**
 * An evidence image, to whoever may see its order (out of scope looks like not existing). Images can
 * show people and number plates, so every download is an audited read.
 */
export async function getAttachment(
  deps: HotlineDeps,
  meta: RequestMeta,
  actor: Actor,
  orderId: string,
  id: string,
): Promise<AttachmentFile> {
  const order = await findOrder(hot(deps.db), scopeFilter(actor), orderId);
  if (!order) throw new AppError('NOT_FOUND');
  const a = await findAttachment(iq(deps.db), orderId, id);
  if (!a || a.data === null || a.content_type === null || a.sm3 === null || a.sha256 === null) throw new AppError('NOT_FOUND');
  await auditRead(deps.db, meta, {
    action: 'hotline.attachment.read',
    resourceType: 'attachment',
    resourceId: a.id,
    divisionCode: order.division_code,
    departmentId: order.unit_id,
    details: { orderId, orderNo: order.order_no },
  });
  return { contentType: a.content_type, bytes: Buffer.from(a.data), sm3: a.sm3, sha256: a.sha256 };
}
