import type { EventCounters } from '@yiwang/contracts';
import { scopeFilter, shanghaiDateOf, type Actor } from '@yiwang/platform';
import { CLOSED_STATES } from '../domain/event-status.js';
import type { HotlineDeps } from '../deps.js';
import { eventCounters as count } from '../repo/event-map.js';
import { iq } from '../repo/intake-tables.js';

/** The command view's live figures (指挥大屏), counted inside the caller's scope; "today" is the Shanghai day. */
export async function eventCounters(deps: HotlineDeps, actor: Actor, now = new Date()): Promise<EventCounters> {
  const todayStart = new Date(`${shanghaiDateOf(now)}T00:00:00+08:00`);
  const { totals, channels, perSource, allSources } = await count(iq(deps.db), scopeFilter(actor), CLOSED_STATES, todayStart);
  const bySource = new Map(perSource.map((s) => [s.source_id, s]));
  return {
    open: Number(totals.open),
    overdue: Number(totals.overdue),
    today: Number(totals.today),
    todayByChannel: channels.map((c) => ({ channel: c.channel, count: Number(c.n) })),
    bySource: allSources.map((s) => ({
      sourceId: s.id,
      name: s.name,
      kind: s.kind,
      active: s.active,
      open: Number(bySource.get(s.id)?.open ?? 0),
      today: Number(bySource.get(s.id)?.today ?? 0),
    })),
    generatedAt: now.toISOString(),
  };
}
