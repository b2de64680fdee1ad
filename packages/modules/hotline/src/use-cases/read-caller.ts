import type { CallerPersonal } from '@yiwang/contracts';
import { AppError, auditRead, scopeFilter, type Actor, type RequestMeta } from '@yiwang/platform';
import type { HotlineDeps } from '../deps.js';
import * as orders from '../repo/orders.js';
import { hot } from '../repo/tables.js';

/**
 * The caller's name and phone in clear, for staff who must call back (P3, P5). The order must be
 * within the reader's scope; the audit row with the stated purpose is written before the data leaves.
 */
export async function readCaller(deps: HotlineDeps, meta: RequestMeta, actor: Actor, id: string, purpose: string): Promise<CallerPersonal> {
  const row = await orders.findOrder(hot(deps.db), scopeFilter(actor), id);
  if (!row) throw new AppError('NOT_FOUND');
  await auditRead(deps.db, meta, {
    action: 'hotline.caller.read_personal',
    resourceType: 'work_order',
    resourceId: id,
    divisionCode: row.division_code,
    departmentId: row.unit_id,
    details: { orderNo: row.order_no, purpose: purpose.trim(), confidential: row.confidential },
  });
  return {
    name: row.caller_name_enc === null ? null : deps.cipher.decrypt(row.caller_name_enc),
    phone: row.caller_phone_enc === null ? null : deps.cipher.decrypt(row.caller_phone_enc),
  };
}
