/**
 * The benchmark's baseline: a bare Fastify + pg server answering the department page the API's
 * `GET /api/identity/departments` returns for a division-scoped caller — the same SQL shape (departments
 * joined with divisions, filtered by division-code prefix, ordered, one page with a window count),
 * no authentication, no schemas, no hooks. Run as a child process by bench/api.ts.
 *
 * env: DATABASE_URL, PORT, DIVISION_PREFIX (e.g. 445202), POOL_MAX (default 10)
 */
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL;
const prefix = process.env.DIVISION_PREFIX;
if (!url || !prefix) throw new Error('bare-server needs DATABASE_URL and DIVISION_PREFIX');

const pool = new pg.Pool({ connectionString: url, max: Number(process.env.POOL_MAX ?? 10) });
pool.on('error', () => undefined);

const PAGE_SQL = `SELECT d.id, d.code, d.name, d.kind, d.division_code, v.name AS division_name, d.parent_id, d.active, d.version,
    count(*) OVER () AS total
  FROM identity.department d
  JOIN identity.division v ON v.code = d.division_code
  WHERE d.division_code LIKE $1
  ORDER BY d.division_code, d.name
  LIMIT $2 OFFSET $3`;

const app = Fastify({ logger: false });

app.get('/readyz', async () => {
  await pool.query('SELECT 1');
  return { status: 'ready' };
});

app.get('/departments', async (req) => {
  const q = req.query as { page?: string; pageSize?: string };
  const page = Math.max(1, Number(q.page ?? 1) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(q.pageSize ?? 20) || 20));
  const { rows } = await pool.query(PAGE_SQL, [`${prefix}%`, pageSize, (page - 1) * pageSize]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      divisionCode: r.division_code,
      divisionName: r.division_name,
      parentId: r.parent_id,
      active: r.active,
      version: r.version,
    })),
    total: Number(rows[0]?.total ?? 0),
    page,
    pageSize,
  };
});

const close = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void close());
process.on('SIGINT', () => void close());

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
