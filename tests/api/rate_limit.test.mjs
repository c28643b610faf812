// SYSTEM.md §5: rate limits on public submission and sign-in, per client address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, openDialogueId } from './harness.mjs';

let server;
before(async () => {
  server = await startServer({ port: Number(process.env.API_TEST_PORT || 18181) + 1,
                               args: ['--submissions-per-minute', '3', '--sign-ins-per-minute', '2'] });
});
after(async () => { await server?.stop(); });

test('public submissions beyond the limit get 429 with Retry-After', async () => {
  const c = new Client(server);
  const open = await openDialogueId(server);
  const body = { text: 'Câu hỏi thử giới hạn tần suất gửi', age: 20, consent: true };
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await c.post(`/api/dialogues/${open}/questions`, body)).status);
  assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
  const r = await c.post(`/api/dialogues/${open}/questions`, body);
  assert.equal(r.headers.get('retry-after'), '60');
});

test('sign-in attempts beyond the limit get 429', async () => {
  const c = new Client(server);
  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push((await c.post('/api/session', { username: 'admin', password: 'wrong-wrong' })).status);
  assert.deepEqual(statuses, [401, 401, 429, 429]);
});
