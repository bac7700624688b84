/**
 * The yardstick of `npm run bench:applications`: the least an HTTP write can cost on this machine
 * and database. A bare Fastify route doing one INSERT … RETURNING through a node-postgres pool of
 * the app servers' default size, in its own process like them. Prints its URL the way the server does.
 */
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
await pool.query(
  'create table if not exists bench_yardstick (id bigserial primary key, body jsonb not null, created_at timestamptz not null default now())',
);
const app = Fastify({ logger: false });
app.post('/insert', async (request) => {
  const { rows } = await pool.query<{ id: string }>('insert into bench_yardstick (body) values ($1) returning id', [
    JSON.stringify(request.body ?? {}),
  ]);
  return { id: rows[0]!.id };
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`API docs: http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
const stop = () =>
  void app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
