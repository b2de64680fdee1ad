/**
 * The baseline of bench:hotline: a bare Fastify + pg server that takes the same intake body and
 * inserts one equivalent work-order row — no authentication, validation, classification, routing,
 * timeline, timers, audit or outbox. Run as a child process by bench/hotline.ts.
 *
 * env: DATABASE_URL, PORT, POOL_MAX (default 10)
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('bare-intake needs DATABASE_URL');
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.POOL_MAX ?? 10) });
pool.on('error', () => undefined);

const INSERT = `INSERT INTO hotline.work_order
    (id, order_no, channel, type, urgency, title, body, division_code, address, lat, lng, state, snapshot)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'registered', '{}')
  RETURNING id, order_no, state, created_at`;

const app = Fastify({ logger: false });

app.get('/readyz', async () => {
  await pool.query('SELECT 1');
  return { status: 'ready' };
});

app.post('/orders', async (req) => {
  const b = req.body as Record<string, string | number | undefined>;
  const id = randomUUID();
  const { rows } = await pool.query(INSERT, [
    id,
    `bare-${id}`,
    b.channel,
    b.type,
    b.urgency ?? 'normal',
    b.title ?? null,
    b.body,
    b.divisionCode ?? null,
    b.address ?? null,
    b.lat ?? null,
    b.lng ?? null,
  ]);
  const r = rows[0];
  return { id: r.id, orderNo: r.order_no, state: r.state, createdAt: r.created_at };
});

const close = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void close());
process.on('SIGINT', () => void close());

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
