// SYSTEM.md §5: rate limits on public submission and sign-in, per client address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, Client, openDialogueId } from './harness.mjs';

let server;
before(async () => {
  server = await startServer({ port: Number(process.env.API_TEST_PORT || 18181) + 1,
                               args: ['--submissions-per-minute', '3', '--sign-ins-per-minute', '2',
                                      '--max-event-streams', '2', '--max-event-streams-per-client', '1'] });
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

// "Tôi cũng muốn hỏi điều này" (issue 14) shares the submissions' limit, per client address
// (127.0.0.4 here: its own bucket, apart from the questions above).
test('issue support beyond the submissions limit gets 429', async () => {
  const c = new Client(server);
  const issue = (await c.get('/api/dialogues/1/answers')).body.items[0].issue_id;
  const statuses = [];
  for (let i = 0; i < 5; i++) {
    statuses.push(await new Promise((resolve, reject) => {
      const req = http.request(`${server.url}/api/issues/${issue}/support`, {
        method: 'POST', localAddress: '127.0.0.4', agent: false,
        headers: { 'content-type': 'application/json', 'content-length': 2 },
      }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
      req.on('error', reject);
      req.end('{}');
    }));
  }
  assert.deepEqual(statuses, [201, 200, 200, 429, 429]);
});

test('sign-in attempts beyond the limit get 429', async () => {
  const c = new Client(server);
  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push((await c.post('/api/session', { username: 'admin', password: 'wrong-wrong' })).status);
  assert.deepEqual(statuses, [401, 401, 429, 429]);
});

// The dialogue day's screen stream (issue 15): at most --max-event-streams open at once (503
// beyond) and --max-event-streams-per-client from one address (429 beyond); a viewer that goes
// frees its slot at once (the server notices the closed connection, not only at the next
// keep-alive 15 s later). Other loopback addresses (127.0.0.2, .3) are other clients.
function streamFrom(url, localAddress) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { localAddress, agent: false }, (res) => {
      res.once('data', () => resolve({ status: res.statusCode, close: () => req.destroy() }));
      if (res.statusCode !== 200) res.resume();
    });
    req.on('error', reject);
  });
}

test('event streams beyond the caps get 429 (one address) or 503 (all), and a closed one frees its slot', async () => {
  const open = await openDialogueId(server);
  const url = `${server.url}/api/dialogues/${open}/live/events`;
  const a = await streamFrom(url, '127.0.0.1');
  assert.equal(a.status, 200);
  const b = await streamFrom(url, '127.0.0.1');
  assert.equal(b.status, 429, 'a second stream from the same address');
  const c = await streamFrom(url, '127.0.0.2');
  assert.equal(c.status, 200, 'another address');
  const d = await streamFrom(url, '127.0.0.3');
  assert.equal(d.status, 503, 'the server is full');
  a.close();
  let status = 0;
  for (let i = 0; i < 40 && status !== 200; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const again = await streamFrom(url, '127.0.0.1');
    status = again.status;
    again.close();
  }
  assert.equal(status, 200, 'the slot came back within 2 s of the viewer leaving');
  c.close();
  await new Promise((r) => setTimeout(r, 200));
});

// Last: a server stopped while a viewer still watches ends cleanly (the waiting stream lets go
// of its timer before the network threads' io_contexts go; the sanitizer build reports a
// use-after-free otherwise, which stop() turns into a failure).
test('the server stops cleanly with a viewer still connected', async () => {
  const open = await openDialogueId(server);
  const viewer = new AbortController();
  const r = await fetch(`${server.url}/api/dialogues/${open}/live/events`, { signal: viewer.signal });
  assert.equal(r.status, 200);
  await r.body.getReader().read();
  const ended = await server.stop();
  viewer.abort();
  assert.deepEqual(ended, { code: 0, signal: null });
});
