// "Tôi cũng muốn hỏi điều này" (issue 14 item 2): a visitor supports an issue the public can
// see instead of sending the same question again. One support per client per issue: a repeat
// from the same address changes nothing (200, counted false). The count shows on the public
// answers, the accountability rows and the staff issue view. (The harness's clients all have
// the address 127.0.0.1; another client connects from 127.0.0.2, another loopback address.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';

// POSTs `{}` to `path` from the local address `from` (another client, as the server sees it).
function postFrom(url, from) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST', localAddress: from, agent: false,
      headers: { 'content-type': 'application/json', 'content-length': 2 },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

// Polls `read` until `ok(value)` holds, for up to 2 s (the public cache may be ≤ 1 s stale).
async function eventually(read, ok) {
  const until = Date.now() + 2000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export default function (ctx) {
  const { as } = ctx;

  test('issue support: counted once per client, shown on the public and staff pages', async () => {
    const anon = ctx.anon();
    const coordinator = await as('sonoivu');
    const answers = (await anon.get('/api/dialogues/1/answers?limit=200')).body.items;
    assert.ok(answers.length >= 1, 'the demo has published answers');
    // An issue nobody supported yet in this run.
    const target = answers.find((a) => a.support_count === 0);
    assert.ok(target, JSON.stringify(answers.map((a) => a.support_count)));
    const url = `/api/issues/${target.issue_id}/support`;

    let r = await anon.post(url, {});
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.body, { issue_id: target.issue_id, counted: true, support_count: 1 });
    assert.equal(r.headers.get('cache-control'), 'no-store');
    // The same client again: idempotent, nothing counted.
    r = await anon.post(url, {});
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body, { issue_id: target.issue_id, counted: false, support_count: 1 });
    // A staff member's browser on the same address is the same client.
    r = await coordinator.post(url, {});
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.counted, false);

    // Another client counts once too.
    r = await postFrom(ctx.server.url + url, '127.0.0.2');
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(r.body, { issue_id: target.issue_id, counted: true, support_count: 2 });
    r = await postFrom(ctx.server.url + url, '127.0.0.2');
    assert.deepEqual([r.status, r.body.counted, r.body.support_count], [200, false, 2]);

    // Shown where the issue is: the published answers (public cache ≤ 1 s stale) …
    const shown = await eventually(
      async () => (await anon.get('/api/dialogues/1/answers?limit=200')).body.items.find((a) => a.issue_id === target.issue_id),
      (a) => a?.support_count === 2);
    assert.equal(shown.support_count, 2);
    assert.equal(shown.question_count, target.question_count, 'support adds no question');
    // … the accountability rows of its questions …
    const rows = await eventually(
      async () => (await anon.get('/api/dialogues/1/accountability?limit=200')).body.items.filter((i) => i.issue_id === target.issue_id),
      (items) => items.length > 0 && items.every((i) => i.issue_support === 2));
    assert.ok(rows.length > 0 && rows.every((i) => i.issue_support === 2), JSON.stringify(rows));
    // … and the staff issue view.
    const staff = await coordinator.get(`/api/issues/${target.issue_id}`);
    assert.equal(staff.status, 200, staff.text);
    assert.equal(staff.body.support_count, 2);
    assert.ok(!JSON.stringify(staff.body).includes('127.0.0.1'), 'no client address is shown');
  });

  test('issue support: unknown issues are not found, bad bodies refused, nothing counted', async () => {
    const anon = ctx.anon();
    let r = await anon.post('/api/issues/999999/support', {});
    assert.equal(r.status, 404, r.text);
    r = await anon.post('/api/issues/abc/support', {});
    assert.equal(r.status, 404, r.text);
    const answers = (await anon.get('/api/dialogues/1/answers?limit=200')).body.items;
    const target = answers[answers.length - 1];
    const before = target.support_count;
    // Only a JSON object: a plain cross-site form post is refused before anything is counted.
    r = await anon.request('POST', `/api/issues/${target.issue_id}/support`, {
      raw: Buffer.from('a=1'), headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(r.status, 415, r.text);
    r = await anon.post(`/api/issues/${target.issue_id}/support`, []);
    assert.equal(r.status, 400, r.text);
    const after = (await anon.get('/api/dialogues/1/answers?limit=200')).body.items
      .find((a) => a.issue_id === target.issue_id);
    assert.equal(after.support_count, before);
  });
}
