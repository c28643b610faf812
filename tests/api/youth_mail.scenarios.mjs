// Youth mail (issue 14): a youth who leaves an e-mail address with the contact consent gets a
// queued message in the submission's own transaction; without the consent nothing is queued.
// One-click unsubscribe (RFC 8058): GET only shows the button, POST records the address; a
// forged or missing token is 422 on `token`. (Delivery through a real SMTP server, with the
// List-Unsubscribe headers: tests/mail/smtp_delivery_test.py.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDialogueId } from './harness.mjs';

const b64url = (buf) => Buffer.from(buf).toString('base64url');

// The token the server signs (src/app/mail/unsubscribe_token.cc), made here from the key
// file next to the test database, so the round trip is checked against an independent HMAC.
function tokenFor(server, address) {
  const hex = readFileSync(path.join(server.dir, 'test.db.mail-key'), 'utf8').trim();
  const mac = createHmac('sha256', Buffer.from(hex, 'hex'))
    .update('doithoai-unsubscribe-v1\n').update(address).digest();
  return `${b64url(address)}.${b64url(mac)}`;
}

export default function (ctx) {
  const { anon, as, fieldsOf } = ctx;

  test('youth mail: queued only with an e-mail address and the contact consent', async () => {
    const c = anon();
    const admin = await as('admin');
    const dialogue = await openDialogueId(ctx.server);
    const queued = async () => (await admin.get('/api/mail/outbox?limit=1')).body.queued;
    const submit = async (contact, consent_contact) => {
      const r = await c.post(`/api/dialogues/${dialogue}/questions`, {
        text: 'Thành phố có lớp học nghề miễn phí cho thanh niên không ạ?', age: 21, consent: true,
        asker_contact: contact, consent_contact,
      });
      assert.equal(r.status, 201, r.text);
      return r.body.tracking_code;
    };
    const before = await queued();
    await submit('khongdongy@example.vn', false);
    await submit('0912 345 678', true);  // a phone number: no mail
    assert.equal(await queued(), before, 'nothing without consent or without an address');
    await submit('dongy@example.vn', true);
    assert.equal(await queued(), before + 1, 'the tracking code, queued with the question');
  });

  test('one-click unsubscribe: GET shows a button, POST unsubscribes, bad tokens are 422', async () => {
    const c = anon();
    const token = tokenFor(ctx.server, 'dongy@example.vn');
    const page = await c.get(`/api/unsubscribe?token=${token}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /text\/html/);
    assert.match(page.text, /<form method="post" action="\/api\/unsubscribe\?format=html&amp;token=/);
    assert.match(page.text, /dongy@example\.vn/);

    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const other = tokenFor(ctx.server, 'khac@example.vn');
    const swapped = other.split('.')[0] + '.' + token.split('.')[1];  // another address, this MAC
    for (const bad of [`?token=${forged}`, `?token=${swapped}`, '?token=', '', '?token=abc']) {
      for (const method of ['GET', 'POST']) {
        const r = await c.request(method, `/api/unsubscribe${bad}`,
          method === 'POST' ? { raw: 'List-Unsubscribe=One-Click',
                                headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {});
        assert.equal(r.status, 422, `${method} ${bad}: ${r.text}`);
        assert.deepEqual(fieldsOf(r), ['token']);
      }
    }

    // What a mail client sends (RFC 8058), then again: fine.
    const done = await c.request('POST', `/api/unsubscribe?token=${token}`, { raw: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(done.status, 200, done.text);
    assert.deepEqual(done.body, { address: 'dongy@example.vn', unsubscribed: true });
    // The confirmation page's button (a browser form): a page back.
    const button = await fetch(`${ctx.server.url}/api/unsubscribe?format=html&token=${token}`, {
      method: 'POST', body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(button.status, 200);
    assert.match(button.headers.get('content-type'), /text\/html/);
    assert.match(await button.text(), /Đã ngừng nhận thư/);
  });
}
