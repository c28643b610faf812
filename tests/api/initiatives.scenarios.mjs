// Youth initiatives over HTTP (issue 15, C10): the Youth Union opens a call; youths send
// initiatives publicly and follow them by code; screening; each council member scores apart and
// sees only their own card; the Youth Union sees the combined scores and the spread, publishes
// the results and recognises one; scores are final once published; the public page shows the
// selected ones without contacts. Bad input is named and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The text of a PDF (pdftotext) or of a DOCX's body (unzip), spaces collapsed.
function fileText(bytes, kind) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-initiatives-'));
  try {
    const file = path.join(dir, `f.${kind}`);
    writeFileSync(file, bytes);
    const text = kind === 'pdf'
      ? execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      : execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, ' ');
    return text.replace(/\s+/g, ' ');
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

function isoDay(offsetDays) {
  // The Vietnam date (UTC+7), as the server's clock reads it.
  return new Date(Date.now() + 7 * 3600e3 + offsetDays * 86400e3).toISOString().slice(0, 10);
}

export default function (ctx) {
  const { as, fieldsOf } = ctx;

  test('initiatives: a call from submission to recognition, with the council apart', async () => {
    const anon = ctx.anon();
    const td = await as('thanhdoan');
    const khcn = await as('sokhcn');
    const chair = await as('chutich');
    const outsider = await as('sotaichinh');
    const ward = await as('doanphuong');
    const city = (await td.get('/api/session')).body.grants[0].unit.id;

    const call = {
      unit_id: city, title: 'Sáng kiến thanh niên vì thành phố xanh', opens_on: isoDay(-1), closes_on: isoDay(20),
      criteria: [{ name: 'Tính mới', max_points: 30 }, { name: 'Tính khả thi', max_points: 40 }, { name: 'Hiệu quả', max_points: 30 }],
      council: ['sokhcn', 'ChuTich'],
    };
    // Bad input names each field; nothing is created.
    const before = (await td.get('/api/staff/initiative-calls')).body.items.length;
    let r = await td.post('/api/initiative-calls', {
      ...call, title: '', closes_on: isoDay(-5), criteria: [{ name: '', max_points: 0 }], council: ['sokhcn', 'sokhcn'],
    });
    assert.equal(r.status, 422, r.text);
    assert.deepEqual(fieldsOf(r).sort(), ['closes_on', 'council[1]', 'criteria[0].max_points', 'criteria[0].name', 'title']);
    r = await td.post('/api/initiative-calls', { ...call, council: ['sokhcn', 'khong-co-ai'] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['council[1]']);
    r = await td.post('/api/initiative-calls', { ...call, criteria: 'ba tiêu chí' });
    assert.equal(r.status, 400);
    assert.equal((await td.get('/api/staff/initiative-calls')).body.items.length, before);
    // A ward's officer or an agency officer does not run the city's call.
    assert.equal((await ward.post('/api/initiative-calls', call)).status, 403);
    assert.equal((await khcn.post('/api/initiative-calls', call)).status, 403);

    r = await td.post('/api/initiative-calls', call);
    assert.equal(r.status, 201, r.text);
    const id = r.body.id;
    assert.equal(r.body.phase, 'open');
    assert.equal(r.body.max_total, 100);

    // Youths send initiatives on the public page.
    const sent = {
      title: 'Bản đồ số các điểm thu gom pin cũ', problem: 'Pin cũ bị bỏ lẫn vào rác sinh hoạt.',
      solution: 'Bản đồ trên web, đoàn viên cập nhật điểm thu gom.', field: 'green',
      team: 'Nguyễn Văn An, Lê Thị Bình', unit: 'Chi đoàn phường An Biên',
      contact_name: 'Nguyễn Văn An', contact_email: 'an@example.vn',
    };
    r = await anon.post(`/api/initiative-calls/${id}/initiatives`, { ...sent, title: '', field: 'space', contact_email: 'an@@x' });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r).sort(), ['contact_email', 'field', 'title']);
    const one = await anon.post(`/api/initiative-calls/${id}/initiatives`, sent);
    const two = await anon.post(`/api/initiative-calls/${id}/initiatives`, { ...sent, title: 'Chợ phiên số cho nông sản', field: 'digital' });
    const three = await anon.post(`/api/initiative-calls/${id}/initiatives`, { ...sent, title: 'Quảng cáo cửa hàng', field: 'startup' });
    for (const s of [one, two, three]) assert.equal(s.status, 201, s.text);
    assert.match(one.body.tracking_code, /^DT-/);
    assert.equal((await anon.get(`/api/initiative-calls/${id}`)).body.received, 3);

    // Followed by code, as typed (lower case, spaces): never the contact.
    const typed = one.body.tracking_code.toLowerCase().replaceAll('-', ' ');
    r = await anon.get(`/api/initiative-tracking/${encodeURIComponent(typed)}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.status, 'submitted');
    assert.equal(r.body.contact_email, undefined);
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.equal((await anon.get('/api/initiative-tracking/not-a-code')).status, 422);

    // Screening: out needs the reason the sender will read.
    r = await td.post(`/api/initiatives/${three.body.id}/screening`, { admit: false });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['note']);
    assert.equal((await khcn.post(`/api/initiatives/${one.body.id}/screening`, { admit: true })).status, 403);
    const reason = 'Đây là kế hoạch kinh doanh của hộ gia đình, chưa phải sáng kiến cộng đồng.';
    assert.equal((await td.post(`/api/initiatives/${three.body.id}/screening`, { admit: false, note: reason })).status, 200);
    assert.equal((await td.post(`/api/initiatives/${one.body.id}/screening`, { admit: true })).status, 200);
    assert.equal((await td.post(`/api/initiatives/${two.body.id}/screening`, { admit: true })).status, 200);
    assert.equal((await td.post(`/api/initiatives/${two.body.id}/screening`, { admit: false, note: 'đổi ý' })).status, 409);
    r = await anon.get(`/api/initiative-tracking/${three.body.tracking_code}`);
    assert.equal(r.body.status, 'screened_out');
    assert.equal(r.body.screening_note, reason);

    // No scoring before the council sits.
    assert.equal((await khcn.put(`/api/initiatives/${one.body.id}/scorecard`, { points: [20, 30, 20] })).status, 409);
    r = await td.post(`/api/initiative-calls/${id}/review`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.phase, 'reviewing');
    assert.equal((await anon.post(`/api/initiative-calls/${id}/initiatives`, sent)).status, 409);

    // Each member scores apart.
    r = await khcn.put(`/api/initiatives/${one.body.id}/scorecard`, { points: [31, 30, 20] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['points[0]']);
    assert.equal((await khcn.put(`/api/initiatives/${one.body.id}/scorecard`, { points: [20, 30] })).status, 422);
    assert.equal((await khcn.put(`/api/initiatives/${one.body.id}/scorecard`, { points: [20, 30, 20] })).status, 200);
    assert.equal((await chair.put(`/api/initiatives/${one.body.id}/scorecard`, { points: [10, 10, 10], comment: 'Chưa rõ kinh phí' })).status, 200);
    assert.equal((await chair.put(`/api/initiatives/${two.body.id}/scorecard`, { points: [25, 35, 25] })).status, 200);
    assert.equal((await khcn.put(`/api/initiatives/${three.body.id}/scorecard`, { points: [1, 1, 1] })).status, 409);
    assert.equal((await outsider.put(`/api/initiatives/${one.body.id}/scorecard`, { points: [30, 40, 30] })).status, 404);
    assert.equal((await td.put(`/api/initiatives/${one.body.id}/scorecard`, { points: [30, 40, 30] })).status, 404);

    // A member sees the admitted initiatives, their own card, no contacts, no one else's score.
    r = await khcn.get(`/api/initiative-calls/${id}/initiatives`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.can_run, false);
    assert.deepEqual(r.body.initiatives.map((i) => i.id), [one.body.id, two.body.id]);
    const mine = r.body.initiatives[0];
    assert.deepEqual(mine.my_card.points, [20, 30, 20]);
    assert.equal(mine.summary, null);
    assert.equal(mine.cards, undefined);
    assert.equal(mine.contact_email, undefined);
    assert.equal(r.body.initiatives[1].my_card, null);
    assert.equal((await outsider.get(`/api/initiative-calls/${id}/initiatives`)).status, 404);

    // The Youth Union sees everything, with the spread.
    r = await td.get(`/api/initiative-calls/${id}/initiatives`);
    assert.equal(r.body.can_run, true);
    const row = r.body.initiatives.find((i) => i.id === one.body.id);
    assert.equal(row.contact_email, 'an@example.vn');
    assert.equal(row.summary.cards, 2);
    assert.equal(row.summary.mean, 50);
    assert.equal(row.summary.spread, 40);
    assert.equal(row.summary.wide, true);

    // Results: only what is in review can be selected; then every score is final.
    r = await td.post(`/api/initiative-calls/${id}/results`, { selected: [three.body.id] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['selected[0]']);
    r = await td.post(`/api/initiative-calls/${id}/results`, { selected: [two.body.id] });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.phase, 'published');
    assert.equal((await khcn.put(`/api/initiatives/${one.body.id}/scorecard`, { points: [30, 40, 30] })).status, 409);
    assert.equal((await td.post(`/api/initiative-calls/${id}/results`, { selected: [] })).status, 409);
    assert.equal((await anon.get(`/api/initiative-tracking/${one.body.tracking_code}`)).body.status, 'not_selected');

    // Recognition of the selected one only.
    assert.equal((await td.post(`/api/initiatives/${one.body.id}/recognition`, { recognition: 'Giấy khen' })).status, 409);
    assert.equal((await td.post(`/api/initiatives/${two.body.id}/recognition`, { recognition: '' })).status, 422);
    r = await td.post(`/api/initiatives/${two.body.id}/recognition`, { recognition: 'Giấy khen của Ban Thường vụ Thành đoàn' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.status, 'recognised');

    // The decision: recognition (Điều 1) and support as a task of Sở KH&CN (Điều 2).
    const agencies = (await td.get(`/api/agencies?unit_id=${city}`)).body.items;
    const khcnAgency = agencies.find((a) => a.code === 'so-kh-cn').id;
    const support = { initiative_id: two.body.id, mentor_agency_id: khcnAgency, funding: 'Quỹ hỗ trợ thanh niên', due_on: isoDay(60) };
    r = await td.post(`/api/initiative-calls/${id}/decision`, { signer_name: 'Phạm Đức Minh', supports: [{ ...support, mentor_agency_id: 987654 }] });
    assert.equal(r.status, 422, r.text);
    assert.deepEqual(fieldsOf(r), ['supports[0].mentor_agency_id']);
    r = await td.post(`/api/initiative-calls/${id}/decision`, { signer_name: 'Phạm Đức Minh', supports: [{ ...support, due_on: isoDay(-1) }, { ...support, initiative_id: one.body.id }] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['supports[0].due_on']);
    r = await td.post(`/api/initiative-calls/${id}/decision`, { signer_name: 'Phạm Đức Minh', supports: [{ ...support, initiative_id: one.body.id }] });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['supports[0].initiative_id']);
    assert.equal((await khcn.post(`/api/initiative-calls/${id}/decision`, { signer_name: 'X', supports: [] })).status, 403);
    r = await td.post(`/api/initiative-calls/${id}/decision`, { signer_name: 'Phạm Đức Minh', supports: [support] });
    assert.equal(r.status, 201, r.text);
    assert.match(r.body.document.number_symbol, /^\d+-QĐ\/TĐTN$/);
    assert.equal(r.body.tasks.length, 1);
    const task = r.body.tasks[0];
    assert.equal((await td.post(`/api/initiative-calls/${id}/decision`, { signer_name: 'Phạm Đức Minh', supports: [] })).status, 409);
    const pdf = await td.get(`/api/documents/${r.body.document.id}/files/pdf`);
    assert.equal(pdf.status, 200);
    // Sở KH&CN reports on its support task like on every task; the public page follows it.
    r = await khcn.post(`/api/tasks/${task.id}/reports`, { percent: 40, text: 'Đã cử chuyên gia cố vấn, hoàn thiện bản mẫu.' });
    assert.equal(r.status, 201, r.text);

    // The public page: the selected initiative with its mean, no contacts, no council.
    r = await anon.get(`/api/initiative-calls/${id}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.results.map((i) => i.title), ['Chợ phiên số cho nông sản']);
    assert.equal(r.body.results[0].score.mean, 85);
    assert.equal(r.body.results[0].contact_email, undefined);
    assert.equal(r.body.results[0].support.length, 1);
    assert.equal(r.body.results[0].support[0].percent, 40);
    assert.equal(r.body.results[0].support[0].status, 'in_progress');
    assert.equal(r.body.call.decision_document_id > 0, true);
    assert.equal(r.body.call.council, undefined);
    assert.equal((await anon.get('/api/initiative-calls/999999')).status, 404);
  });

  test('initiatives: the demo holds a published call with a recognised initiative and an open one', async () => {
    const anon = ctx.anon();
    const r = await anon.get('/api/initiative-calls');
    assert.equal(r.status, 200);
    const published = r.body.items.find((c) => c.call.phase === 'published' && c.call.title.includes('2025'));
    assert.ok(published, 'the 2025 call');
    assert.equal(published.received, 4);
    assert.equal(published.results.length, 2);
    assert.ok(published.results.some((i) => i.status === 'recognised' && i.recognition.includes('Giấy khen')));
    assert.ok(published.results[0].score.mean >= published.results[1].score.mean);
    assert.ok(r.body.items.some((c) => c.call.phase === 'open' && c.call.opens_on <= isoDay(0) && isoDay(0) <= c.call.closes_on));
    const chair = await as('chutich');
    const mine = await chair.get('/api/staff/initiative-calls');
    assert.equal(mine.status, 200);
    assert.ok(mine.body.items.length >= 2);
    const ward = await as('chutichphuong');
    assert.equal((await ward.get('/api/staff/initiative-calls')).body.items.length, 0);

    // The decision recognising the 2025 call's initiative, drafted in the Youth Union's form.
    const td = await as('thanhdoan');
    for (const kind of ['pdf', 'docx']) {
      const file = await td.get(`/api/initiative-calls/${published.call.id}/documents/recognition.${kind}`);
      assert.equal(file.status, 200, file.text);
      const text = fileText(file.bytes, kind);
      assert.match(text, /THÀNH ĐOÀN HẢI PHÒNG/);
      assert.match(text, /QUYẾT ĐỊNH/);
      assert.match(text, /QĐ\/TĐTN/);
      const recognised = published.results.find((i) => i.status === 'recognised');
      // A table cell wraps the title: its first words stay on one line.
      assert.ok(text.includes(recognised.title.split(' ').slice(0, 4).join(' ')), `the recognised initiative in the ${kind}`);
      assert.match(text, /TM\. BAN THƯỜNG VỤ/);
    }
    const open = r.body.items.find((c) => c.call.phase === 'open');
    assert.equal((await td.get(`/api/initiative-calls/${open.call.id}/documents/recognition.pdf`)).status, 409);
    assert.equal((await td.get(`/api/initiative-calls/${published.call.id}/documents/other.pdf`)).status, 404);
    assert.equal((await chair.get(`/api/initiative-calls/${published.call.id}/documents/recognition.pdf`)).status, 403);
  });
}
