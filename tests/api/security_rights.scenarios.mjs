// Youths' rights over their personal data (issue 10; PDP Law 91/2025/QH15, Decree
// 356/2025/NĐ-CP) on a real server: consent stored per purpose, and a youth who sees, exports,
// corrects, withdraws and deletes with the tracking code (and the contact they left); every
// request logged for the hosting unit's coordinators; bad input named field by field; a deleted
// text found nowhere afterwards (public and staff search, published answers, audit log).
import { test } from 'node:test';
import assert from 'node:assert/strict';

export default function (ctx) {
  const { anon, as, ids, fieldsOf } = ctx;
  // Every run gets its own words, so the searches below see only this run's question.
  const RUN = `${Date.now().toString(36)}`;

  async function ask(extra = {}) {
    const r = await anon().post(`/api/dialogues/${ids.open}/questions`, {
      text: 'Phường có mở lớp dạy bơi miễn phí cho thanh niên vào mùa hè không ạ?', age: 22, consent: true,
      asker_name: 'Lê Thị Bơi', asker_contact: '0912 345 678', consent_contact: true, ...extra,
    });
    assert.equal(r.status, 201, r.text);
    return r.body.tracking_code;
  }
  const proof = (code, contact = '0912 345 678') => ({ tracking_code: code, contact });

  test('rights: consent is stored per purpose, never assumed; the youth sees what is held', async () => {
    // Being notified needs a contact; no box is ticked for the youth.
    let r = await anon().post(`/api/dialogues/${ids.open}/questions`, {
      text: 'Câu hỏi thử đồng ý nhận thông báo mà không để lại liên hệ', age: 20, consent: true, consent_contact: true,
    });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['consent_contact']);
    r = await anon().post(`/api/dialogues/${ids.open}/questions`, { text: 'Câu hỏi thử loại dữ liệu sai', age: 20, consent: true, consent_publish_text: 'yes' });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r), ['consent_publish_text']);

    const code = await ask();
    r = await anon().post('/api/my-data', proof(code, '0912345678'));  // spaces do not matter
    assert.equal(r.status, 200, r.text);
    assert.equal(r.headers.get('cache-control'), 'no-store');
    const data = r.body;
    assert.equal(data.tracking_code, code);
    assert.equal(data.question.asker_name, 'Lê Thị Bơi');
    assert.equal(data.question.age, 22);
    assert.equal(data.controller, 'Thành phố Hải Phòng');
    assert.deepEqual(data.consents.map((c) => [c.purpose, c.granted, c.in_force]),
      [['answer', true, true], ['contact', true, true], ['publish_text', false, false]]);
    assert.ok(data.consents.every((c) => c.text_version === 'DT-DLCN-2026.1' && c.text && c.decided_at));
    assert.equal(data.requests.length, 1);
    assert.equal(data.requests[0].kind, 'access');
    assert.equal(data.requests[0].outcome, 'done');
    assert.equal(data.requests[0].on_time, true);
    assert.ok(data.requests[0].due_on > data.requests[0].received_at.slice(0, 10), 'a due date after receipt');
    assert.ok(data.history.some((e) => e.action === 'question.submitted'));

    // The export is the same JSON, as a file to keep.
    r = await anon().post('/api/my-data/export', proof(code));
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-disposition'), /attachment; filename="du-lieu-ca-nhan\.json"/);
    assert.equal(r.body.requests.at(-1).kind, 'export');
  });

  test('rights: bad proofs and bad fields are refused, naming the field', async () => {
    const code = await ask();
    const cases = [
      [{}, 422, ['tracking_code']],
      [{ tracking_code: 12345 }, 400, ['tracking_code']],
      [{ tracking_code: 'DT-0000-0000-0000-00', contact: '0912 345 678' }, 404, ['tracking_code']],
      [{ tracking_code: 'x'.repeat(300) }, 422, ['tracking_code']],
      [{ tracking_code: code }, 422, ['contact']],
      [{ tracking_code: code, contact: '0912 345 679' }, 403, ['contact']],
    ];
    for (const [body, status, fields] of cases) {
      const r = await anon().post('/api/my-data', body);
      assert.equal(r.status, status, JSON.stringify(body));
      assert.deepEqual(fieldsOf(r), fields, JSON.stringify(body));
    }
    const notJson = await anon().request('POST', '/api/my-data', { raw: '{"tracking_code":', headers: { 'content-type': 'application/json' } });
    assert.equal(notJson.status, 400);
    let r = await anon().post('/api/my-data/correction', { ...proof(code), age: 15, text: 'ngắn' });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r).sort(), ['age', 'text']);
    r = await anon().post('/api/my-data/correction', proof(code));
    assert.deepEqual(fieldsOf(r), ['fields']);
    r = await anon().post('/api/my-data/withdrawal', { ...proof(code), purpose: 'everything' });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['purpose']);
    r = await anon().post('/api/my-data/withdrawal', { ...proof(code), purpose: 'answer' });
    assert.deepEqual(fieldsOf(r), ['purpose'], 'withdrawing the answer purpose is a deletion');
    r = await anon().post('/api/my-data/deletion', proof(code));
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['keep_text'], 'the youth must choose about the text');
    r = await anon().post('/api/my-data/deletion', { ...proof(code), keep_text: 'no' });
    assert.equal(r.status, 400);
    // Nothing above changed the question; the wrong contact was recorded as a refusal.
    r = await anon().post('/api/my-data', proof(code));
    assert.equal(r.body.question.asker_name, 'Lê Thị Bơi');
    assert.deepEqual(r.body.requests.map((x) => [x.kind, x.outcome]), [['access', 'refused'], ['access', 'done']]);
  });

  test('rights: correct while unscreened, withdraw a consent, and the staff log', async () => {
    const coordinator = await as('sonoivu');
    const code = await ask({ consent_publish_text: true });
    const text = `Phường có lớp dạy bơi miễn phí cho thanh niên dịp hè ${RUN} không ạ?`;
    let r = await anon().post('/api/my-data/correction', { ...proof(code), asker_name: 'Lê Thị Bơi Lội', age: 23, text, asker_contact: 'boi@example.vn' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.question.asker_name, 'Lê Thị Bơi Lội');
    assert.equal(r.body.question.text, text);
    assert.equal(r.body.requests.at(-1).detail, 'asker_name, asker_contact, age, text');
    // The contact is now the new one, in any case.
    assert.equal((await anon().post('/api/my-data', proof(code))).status, 403);
    assert.equal((await anon().post('/api/my-data', proof(code, 'BOI@example.vn'))).status, 200);
    // Once screened, the text is no longer the youth's to change: refused, and recorded.
    const list = await coordinator.get(`/api/dialogues/${ids.open}/questions?screening=new&limit=200`);
    const q = list.body.items.find((x) => x.tracking_code === code);
    assert.ok(q, 'the coordinator sees the question');
    assert.equal((await coordinator.post(`/api/questions/${q.id}/screening`, { screening: 'accepted' })).status, 200);
    r = await anon().post('/api/my-data/correction', { ...proof(code, 'boi@example.vn'), text: `${text} Xin cảm ơn.` });
    assert.equal(r.status, 409);
    assert.deepEqual(fieldsOf(r), ['text']);
    // Withdraw: not to be notified any more.
    r = await anon().post('/api/my-data/withdrawal', { ...proof(code, 'boi@example.vn'), purpose: 'contact' });
    assert.equal(r.status, 200);
    const contact = r.body.consents.find((c) => c.purpose === 'contact');
    assert.equal(contact.in_force, false);
    assert.ok(contact.withdrawn_at);
    assert.equal(r.body.requests.at(-1).kind, 'withdrawal');
    r = await anon().post('/api/my-data/withdrawal', { ...proof(code, 'boi@example.vn'), purpose: 'contact' });
    assert.equal(r.status, 409, 'nothing left to withdraw');

    // The log: the hosting unit's coordinator reads it, nobody else; no personal data in it.
    r = await coordinator.get(`/api/dialogues/${ids.open}/data-requests?limit=200`);
    assert.equal(r.status, 200);
    const mine = r.body.items.filter((x) => x.question_id === q.id);
    assert.deepEqual(mine.map((x) => `${x.kind}:${x.outcome}`),
      ['withdrawal:refused', 'withdrawal:done', 'correction:refused', 'access:done', 'access:refused', 'correction:done']);
    assert.ok(mine.every((x) => x.on_time && x.due_on));
    assert.ok(!r.text.includes('Bơi Lội') && !r.text.includes('boi@example'));
    assert.equal((await anon().get(`/api/dialogues/${ids.open}/data-requests`)).status, 401);
    for (const user of ['bonoivu', 'sokhcn', 'chutich']) {
      assert.equal((await (await as(user)).get(`/api/dialogues/${ids.open}/data-requests`)).status, 403, user);
    }
    assert.equal((await coordinator.get(`/api/dialogues/${ids.open}/data-requests?limit=0`)).status, 400);
    assert.equal((await coordinator.get('/api/dialogues/999/data-requests')).status, 404);
  });

  test('rights: a deleted text is found nowhere — search, published answers, audit, issue title', async () => {
    const coordinator = await as('sonoivu');
    const officer = await as('sokhcn');
    const leader = await as('chutich');
    const word = `bơi${RUN}`;
    const text = `Thanh niên muốn học ${word} miễn phí ở nhà văn hóa phường thì đăng ký ở đâu ạ?`;
    const code = await ask({ text, consent_publish_text: true });
    const list = await coordinator.get(`/api/dialogues/${ids.open}/questions?screening=new&limit=200`);
    const q = list.body.items.find((x) => x.tracking_code === code);
    // The coordinator titles the issue with the youth's own words; it is answered and published.
    let r = await coordinator.post(`/api/dialogues/${ids.open}/issues`, { title: text, question_ids: [q.id] });
    assert.equal(r.status, 201, r.text);
    const issue = r.body.id;
    const due = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10);
    r = await coordinator.post(`/api/issues/${issue}/routing`, { lead_agency_id: ids['so-kh-cn'], answer_due_on: due });
    assert.equal(r.status, 200, r.text);
    assert.equal((await officer.put(`/api/issues/${issue}/answer`, { body: 'Đăng ký tại Đoàn phường từ tháng 5.', timing: 'written' })).status, 200);
    assert.equal((await officer.post(`/api/issues/${issue}/answer/submit`, {})).status, 200);
    assert.equal((await leader.post(`/api/issues/${issue}/answer/approve`, {})).status, 200);
    const findPublic = async () => (await anon().get(`/api/search?q=${encodeURIComponent(word)}`)).text.includes(RUN);
    const findStaff = async () => (await coordinator.get(`/api/staff/search?q=${encodeURIComponent(word)}`)).text.includes(RUN);
    const onAnswersPage = async () => (await anon().get(`/api/dialogues/${ids.open}/answers?limit=200`)).text.includes(RUN);
    const inAudit = async () => (await coordinator.get(`/api/audit?entity=question&entity_id=${q.id}&limit=50`)).text.includes(RUN);
    assert.ok(await onAnswersPage(), 'published with its consent');
    assert.ok(await findPublic(), 'publicly searchable with its consent');
    assert.ok(await findStaff());
    assert.ok(await inAudit());

    r = await anon().post('/api/my-data/deletion', { ...proof(code), keep_text: false });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.question.text, '');
    assert.equal(r.body.question.text_erased, true);
    assert.equal(r.body.question.asker_name, '');
    assert.equal(r.body.question.asker_contact, '');
    assert.equal(r.body.question.age, null);
    assert.ok(r.body.consents.every((c) => !c.in_force));
    assert.ok(!r.text.includes(RUN), 'the issue title went too');

    assert.equal(await onAnswersPage(), false, 'not on the public answers page (cache dropped)');
    assert.equal(await findPublic(), false, 'not in public search');
    assert.equal(await findStaff(), false, 'not in staff search');
    assert.equal(await inAudit(), false, 'not in the audit snapshots');
    const detail = await coordinator.get(`/api/issues/${issue}`);
    assert.ok(!detail.text.includes(RUN), 'not in the issue');
    const tracked = await anon().get(`/api/questions/${encodeURIComponent(code)}`);
    assert.ok(!tracked.text.includes(RUN), 'not on the tracking page');
    // Now the code alone proves the question (no contact is held any more).
    assert.equal((await anon().post('/api/my-data', { tracking_code: code })).status, 200);
  });

  test('rights: a youth who keeps the text erases the identity only', async () => {
    const code = await ask({ consent_publish_text: true });
    const r = await anon().post('/api/my-data/deletion', { ...proof(code), keep_text: true });
    assert.equal(r.status, 200);
    assert.match(r.body.question.text, /dạy bơi/);
    assert.equal(r.body.question.asker_name, '');
    assert.deepEqual(r.body.consents.map((c) => c.in_force), [false, false, true]);
  });
}
