import { idempotent, type EventBus } from '@yiwang/platform';
import type { HotlineDeps } from './deps.js';
import { CALENDAR_CHANGED, HOTLINE_EVENTS } from './events.js';
import { deliverNotification } from './use-cases/deliver-notification.js';
import { settlePendingDeadlines } from './use-cases/settle-pending-deadlines.js';

const NOTICES = 'hotline.notifications';

/** The hotline's event consumers, registered once by the composition root. */
export function registerHotlineSubscribers(bus: EventBus, deps: HotlineDeps): void {
  // the processed-event marker commits with the notices: a redelivery stores nothing twice
  bus.subscribe(
    NOTICES,
    [HOTLINE_EVENTS.notify],
    idempotent(NOTICES, async (event, tx) => {
      await deliverNotification(tx, event);
    }),
  );
  // naturally idempotent: only orders still flagged are touched
  bus.subscribe('hotline.pending-deadlines', [CALENDAR_CHANGED], async () => {
    await settlePendingDeadlines(deps);
  });
}
