import type { PGlite } from '@electric-sql/pglite';

/** Row parsers shared by both engines so a row reads the same on PGlite and on PostgreSQL. */
export const TYPE_PARSERS: Record<number, (v: string) => unknown> = {
  20: (v) => Number(v), // int8: ids and counts stay below 2^53
  1082: (v) => v, // date: keep 'YYYY-MM-DD', never a local-midnight Date
  1700: (v) => Number(v), // numeric
};

export interface RawClient {
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: any[]; rowCount: number; command: string }>;
  /** several statements at once (migrations) */
  exec(sql: string): Promise<void>;
  release(): void;
}

/**
 * A pg.Pool look-alike over one PGlite instance, so Kysely's own PostgresDialect drives both
 * engines. PGlite has a single session, so a checked-out client holds a mutex until released:
 * that keeps a transaction's statements together.
 */
export class PgliteSerialPool {
  private tail: Promise<void> = Promise.resolve();
  constructor(private readonly pg: PGlite) {}

  connect(): Promise<RawClient> {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const ready = this.tail;
    this.tail = ready.then(() => held);
    return ready.then(() => {
      let released = false;
      return {
        query: async (sql, params) => {
          const r = await this.pg.query<any>(sql, params as unknown[] | undefined, { parsers: TYPE_PARSERS });
          return { rows: r.rows, rowCount: r.affectedRows ?? r.rowCount ?? r.rows.length, command: r.command ?? '' };
        },
        exec: async (sql) => {
          await this.pg.exec(sql);
        },
        release: () => {
          if (!released) {
            released = true;
            release();
          }
        },
      } satisfies RawClient;
    });
  }

  async end(): Promise<void> {
    await this.tail;
    await this.pg.close();
  }
}
