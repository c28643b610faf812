// Following an issue by e-mail (issue 14 item 2, double opt-in): a request queues one
// confirmation and says the same whatever happened; the signed link's GET only shows a button,
// its POST confirms; forged tokens are 422 on `token`; a bad address is 422 on `email`; a
// flood of requests to one address is refused (429 on `email`) after 5 in an hour. (The
// notice when the answer is published, and the mails themselves: src/app/issue/
// issue_follow_test.cc.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const b64url = (buf) => Buffer.from(buf).toString('base64url');

// The token the server signs (src/app/issue/issue_follow.cc), made here from the key file next
// to the test database, so the round trip is checked against an independent HMAC.
function tokenFor(server, issue, address) {
  const hex = readFileSync(path.join(server.dir, 'test.db.mail-key'), 'utf8').trim();
  const payload = `${issue}:${address}`;
  const mac = createHmac('sha256', Buffer.from(hex, 'hex'))
    .update('doithoai-follow-confirm-v1\n').update(payload).digest();
  return `${b64url(payload)}.${b64url(mac)}`;
}

export default function (ctx) {
  const { as, fieldsOf } = ctx;

  test('issue follow: one confirmation queued, confirmed by the signed link only', async () => {
    const anon = ctx.anon();
    const admin = await as('admin');
    const queued = async () => (await admin.get('/api/mail/outbox?limit=1')).body.queued;
    const issue = (await anon.get('/api/dialogues/1/answers')).body.items[0].issue_id;
    const url = `/api/issues/${issue}/follow`;

    const before = await queued();
    let r = await anon.post(url, { email: 'khong-phai-email' });
    assert.equal(r.status, 422, r.text);
    assert.deepEqual(fieldsOf(r), ['email']);
    r = await anon.post('/api/issues/999999/follow', { email: 'theodoi@example.vn' });
    assert.equal(r.status, 404, r.text);
    assert.equal(await queued(), before, 'nothing queued for bad requests');

    r = await anon.post(url, { email: ' TheoDoi@Example.VN ' });
    assert.equal(r.status, 202, r.text);
    assert.equal(r.body.issue_id, issue);
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.equal(await queued(), before + 1, 'one confirmation');
    const again = await anon.post(url, { email: 'theodoi@example.vn' });
    assert.equal(again.status, 202);
    assert.deepEqual(again.body, r.body, 'the same answer: nobody learns who follows what');
    assert.equal(await queued(), before + 1, 'no second confirmation within the hour');

    const token = tokenFor(ctx.server, issue, 'theodoi@example.vn');
    const page = await anon.get(`/api/follow/confirm?token=${token}`);
    assert.equal(page.status, 200, page.text);
    assert.match(page.headers.get('content-type'), /text\/html/);
    assert.match(page.text, /<form method="post" action="\/api\/follow\/confirm\?format=html&amp;token=/);
    assert.match(page.text, /Xác nhận theo dõi/);
    r = await anon.post(`/api/follow/confirm?token=${token}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.issue_id, issue);
    assert.equal(r.body.confirmed, true);
    // The page's button (a form post; plain fetch: the harness checks JSON bodies only).
    const html = await fetch(`${ctx.server.url}/api/follow/confirm?format=html&token=${token}`, {
      method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(html.status, 200);
    assert.match(await html.text(), /Đã xác nhận theo dõi/);

    for (const bad of ['', 'abc', `${token}x`, tokenFor(ctx.server, issue, 'chuadangky@example.vn')]) {
      for (const method of ['GET', 'POST']) {
        const res = await anon.request(method, `/api/follow/confirm?token=${bad}`);
        assert.equal(res.status, 422, `${method} ${bad}: ${res.text}`);
        assert.deepEqual(fieldsOf(res), ['token']);
      }
    }
  });

  test('issue follow: a flood of requests to one address is refused after 5 in an hour', async () => {
    const anon = ctx.anon();
    const coordinator = await as('sonoivu');
    const issues = (await coordinator.get('/api/dialogues/1/issues')).body.items.map((i) => i.id);
    assert.ok(issues.length >= 6, `the demo dialogue has ${issues.length} issues`);
    const statuses = [];
    for (const id of issues.slice(0, 6)) {
      const r = await anon.post(`/api/issues/${id}/follow`, { email: 'lu@example.vn' });
      statuses.push(r.status);
      if (r.status === 429) assert.deepEqual(fieldsOf(r), ['email']);
    }
    assert.deepEqual(statuses, [202, 202, 202, 202, 202, 429]);
    // Another address is not held back.
    const other = await anon.post(`/api/issues/${issues[5]}/follow`, { email: 'khac@example.vn' });
    assert.equal(other.status, 202, other.text);
  });
}
