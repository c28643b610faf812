// Mail settings and the outbox (issue 14) in the shared scenario run, so the operations count
// as exercised. Delivery through a real SMTP server is tests/mail/smtp_delivery_test.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';

export default function (ctx) {
  const { as, fieldsOf } = ctx;

  test('an account gets an e-mail address and a preference; bad ones are refused', async () => {
    const admin = await as('admin');
    const users = (await admin.get('/api/users')).body.items;
    const officer = users.find((u) => u.username === 'sokhcn');
    let r = await admin.get(`/api/users/${officer.id}/mail`);
    assert.equal(r.status, 200, r.text);
    r = await admin.put(`/api/users/${officer.id}/mail`, { email: ' Lan@SoKHCN.HaiPhong.gov.vn ', preference: 'digest' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.email, 'Lan@sokhcn.haiphong.gov.vn', 'trimmed, domain lower-cased');
    assert.equal(r.body.preference, 'digest');
    r = await admin.put(`/api/users/${officer.id}/mail`, { email: 'lan@x.vn\r\nBcc: y@z.vn', preference: 'weekly' });
    assert.equal(r.status, 422, r.text);
    assert.deepEqual(fieldsOf(r).sort(), ['email', 'preference']);
    r = await admin.get(`/api/users/${officer.id}/mail`);
    assert.equal(r.body.email, 'Lan@sokhcn.haiphong.gov.vn', 'a refused change changes nothing');
    r = await (await as('sonoivu')).get(`/api/users/${officer.id}/mail`);
    assert.equal(r.status, 403);
  });

  test('the national administrator sees the outbox; nothing failed cannot be requeued', async () => {
    const admin = await as('admin');
    let r = await admin.get('/api/mail/outbox?limit=5');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.failed, 0);
    assert.deepEqual(r.body.failed_mail, []);
    r = await admin.post('/api/mail/outbox/999999/requeue', {});
    assert.equal(r.status, 404, r.text);
    r = await (await as('chutich')).get('/api/mail/outbox');
    assert.equal(r.status, 403);
  });
}
