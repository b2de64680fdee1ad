import type { Session, TestApp } from '../harness.js';
import { createSource, event, image, JPEG, postEvent } from './intake.js';

/** A video-AI source and one of its events in 揭西 with an evidence image, for the authorization matrix. */
export interface IntakeFixture {
  sourceId: string;
  orderId: string;
  attachmentId: string;
  unitId: string;
  divisionCode: string;
}

export async function intakeFixture(t: TestApp, admin: Session): Promise<IntakeFixture> {
  const { source, apiKey } = await createSource(t, admin, { name: '矩阵视频识别', kind: 'video_ai' });
  const posted = await postEvent(t, apiKey, event({ evidence: [image(JPEG)] }));
  if (posted.statusCode !== 200) throw new Error(`intake fixture: ${posted.statusCode} ${posted.body}`);
  const orderId = posted.json().orderId as string;
  const db = t.rt.database.db;
  const order = await db
    .selectFrom('hotline.work_order')
    .select(['unit_id', 'division_code'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
  const att = await db.selectFrom('hotline.attachment').select('id').where('order_id', '=', orderId).executeTakeFirstOrThrow();
  return { sourceId: source.id, orderId, attachmentId: att.id, unitId: order.unit_id, divisionCode: order.division_code };
}
