import type { Actor } from '@yiwang/platform';

/**
 * A few seconds of memory for "who is this token": most API calls come in bursts from one client.
 * Logout, password change and account edits evict at once; the TTL bounds staleness across nodes.
 */
export class PrincipalCache {
  private readonly map = new Map<string, { actor: Actor; until: number }>();
  constructor(
    private readonly ttlMs = 5000,
    private readonly max = 10_000,
  ) {}

  get(key: string): Actor | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (hit.until < Date.now()) {
      this.map.delete(key);
      return undefined;
    }
    return hit.actor;
  }

  set(key: string, actor: Actor): void {
    if (this.ttlMs <= 0) return;
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, { actor, until: Date.now() + this.ttlMs });
  }

  evictAccount(accountId: string): void {
    for (const [k, v] of this.map) if (v.actor.id === accountId) this.map.delete(k);
  }

  delete(key: string): void {
    this.map.delete(key);
  }
}
