// Conclusions, tasks and documents over HTTP (issue 3): the leader issues the 2026 notice,
// agencies report with evidence and split tasks, the board rolls up, reminders go out once,
// an imported Government notice is relayed down to a ward and navigated both ways, and last
// year's unfinished work carries over. Files are read back (pdftotext, LibreOffice).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Civil dates in Vietnam (UTC+7), as the server counts them.
const inDays = (n) => new Date(Date.now() + 7 * 3600000 + n * 86400000).toISOString().slice(0, 10);
const today = () => inDays(0);

function pdfText(bytes) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-tb-'));
  try {
    writeFileSync(path.join(dir, 'f.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'f.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

// LibreOffice headless converts the file to text: a real reader, not our own unzip.
function convert(bytes, ext, filter, outExt) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-lo-'));
  try {
    writeFileSync(path.join(dir, `f.${ext}`), bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', filter,
                             '--outdir', dir, path.join(dir, `f.${ext}`)], { stdio: 'pipe', timeout: 120000 });
    return readFileSync(path.join(dir, `f.${outExt}`), 'utf8').replace(/\s+/g, ' ');
  } finally { rmSync(dir, { recursive: true, force: true }); }
}
const docxText = (bytes) => convert(bytes, 'docx', 'txt:Text (encoded):UTF8', 'txt');
// The XLSX's cell texts through Python's zipfile and XML parser (the test machine has Writer,
// not Calc): shared strings and inline strings, in sheet order.
const XLSX_CELLS = `
import sys, zipfile, xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
out = []
for c in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter('{%s}c' % ns['m']):
    v = c.find('m:v', ns)
    if c.get('t') == 's' and v is not None: out.append(shared[int(v.text)])
    elif c.get('t') == 'inlineStr': out.append(''.join(t.text or '' for t in c.iter('{%s}t' % ns['m'])))
    elif v is not None: out.append(v.text)
print('\\n'.join(out))
`;
function xlsxText(bytes) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-xlsx-'));
  try {
    writeFileSync(path.join(dir, 'f.xlsx'), bytes);
    return execFileSync('python3', ['-c', XLSX_CELLS, path.join(dir, 'f.xlsx')], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

// A short notice written for this test, in the flattened shape of the seeds.
const NOTICE = `VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/TB-VPCP Hà Nội, ngày 12 tháng 5 năm 2026
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại buổi gặp mặt thanh niên
tiêu biểu năm 2026
Thủ tướng Chính phủ kết luận như sau:
1. Giao Bộ Nội vụ chủ trì, phối hợp với Trung ương Đoàn TNCS Hồ Chí Minh tổng hợp
kết quả thực hiện, báo cáo Thủ tướng Chính phủ trước ngày 30/11 hằng năm.
2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tạo điều kiện để thanh niên
tham gia chuyển đổi số ở cơ sở; thời gian thực hiện: thường xuyên.
Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- UBND các tỉnh, thành phố trực thuộc TW;
- Lưu: VT, KGVX.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Văn Thử`;

export default function (ctx) {
  const { anon, as, ids, fieldsOf } = ctx;
  const shared = {};  // facts the later scenarios build on

  // The demo's 2026 Hải Phòng dialogue: held, no conclusion yet (other scenarios add
  // dialogues of their own, so it is found by its state, not by its id).
  async function dialogue2026() {
    const list = await anon().get('/api/dialogues');
    for (const x of list.body.items.filter((d) => d.year === 2026 && d.unit.id === ids.city)) {
      const d = (await anon().get(`/api/dialogues/${x.id}`)).body;
      if (d.conclusion_issued_on === null && d.held_on <= today()) return d.id;
    }
    assert.fail('the demo holds a held 2026 Hải Phòng dialogue without a conclusion');
  }

  test('conclusions: the leader issues the 2026 notice; tasks, the clock, public files read back', async () => {
    const id = await dialogue2026();
    const leader = await as('chutich');
    const officer = await as('sokhcn');
    let d = await anon().get(`/api/dialogues/${id}`);
    assert.equal(d.body.conclusion_issued_on, null);
    assert.equal((await anon().get(`/api/dialogues/${id}/conclusion/pdf`)).status, 404, 'nothing public before issue');

    // Carry-over before issuing: the 2025 conclusion's unfinished tasks.
    let r = await leader.get(`/api/dialogues/${id}/carry-over`);
    assert.equal(r.status, 200);
    assert.equal(r.body.previous.year, 2025);
    assert.ok(r.body.open_tasks.length > 0);
    assert.ok(r.body.open_tasks.every((t) => !t.status.startsWith('done')));
    const carried = r.body.open_tasks.length;
    assert.equal((await officer.get(`/api/dialogues/${id}/carry-over`)).status, 403);
    assert.equal((await leader.get('/api/dialogues/999999/carry-over')).status, 404);

    // Who and what: only the leader; every field checked and named.
    assert.equal((await officer.post(`/api/dialogues/${id}/conclusion`, { signer_name: 'Lê Hoàng Nam' })).status, 403);
    assert.equal((await (await as('sonoivu')).post(`/api/dialogues/${id}/conclusion`, { signer_name: 'Nguyễn Thu Hà' })).status, 403);
    r = await leader.post(`/api/dialogues/${id}/conclusion`, { signer_name: '   ' });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['signer_name']);
    r = await leader.post(`/api/dialogues/${id}/conclusion`, { signer_name: 'Trần Văn Kiên', issued_on: inDays(3) });
    assert.deepEqual(fieldsOf(r), ['issued_on'], 'not after today');
    r = await leader.post(`/api/dialogues/${id}/conclusion`, { signer_name: 'Trần Văn Kiên', issued_on: '2026-02-30' });
    assert.deepEqual(fieldsOf(r), ['issued_on']);
    r = await leader.post(`/api/dialogues/${id}/conclusion`, { signer_name: 'Trần Văn Kiên', issued_on: '2026-03-01' });
    assert.deepEqual(fieldsOf(r), ['issued_on'], 'not before the dialogue');
    r = await leader.post(`/api/dialogues/${id}/conclusion`, { signer_name: 42 });
    assert.equal(r.status, 400);
    r = await leader.request('POST', `/api/dialogues/${id}/conclusion`, { raw: '{"signer_name":', headers: { 'content-type': 'application/json' } });
    assert.equal(r.status, 400);
    assert.equal((await leader.post('/api/dialogues/999999/conclusion', { signer_name: 'Trần Văn Kiên' })).status, 404);
    assert.equal((await leader.get(`/api/documents?dialogue_id=${id}`)).body.items.length, 0, 'refusals left nothing behind');

    r = await leader.post(`/api/dialogues/${id}/conclusion`, { signer_name: 'Trần Văn Kiên' });
    assert.equal(r.status, 201, r.text);
    const doc = r.body.document;
    assert.match(doc.number_symbol, /^\d{2,}\/TB-UBND$/);
    assert.equal(doc.issued_on, today());
    assert.equal(doc.kind, 'conclusion');
    assert.ok(r.body.tasks.length >= carried, 'one task per open assignment, carried-over ones included');
    assert.equal(r.body.tasks.filter((t) => t.carried_from_id !== null).length, carried);
    for (const t of r.body.tasks) {
      assert.ok(t.lead.name.length > 0);
      if (t.deadline.kind === 'date') assert.ok(t.deadline.date >= today(), `${t.content}: not due before it is assigned`);
    }
    shared.conclusion = doc.id;
    shared.tasks = r.body.tasks;
    // The name alone signs in the default block, which the next form offers with the name.
    const issuing = (await leader.get(`/api/units/${ids.city}/issuing`)).body.items.find((x) => x.issuer_family === 'ubnd');
    assert.deepEqual(issuing.signer_lines, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    assert.equal(issuing.signer.name, 'Trần Văn Kiên');
    assert.equal((await leader.post(`/api/dialogues/${id}/conclusion`, { signer_name: 'Trần Văn Kiên' })).status, 409, 'once per dialogue');

    // The public page loaded before shows the notice on the very next load: a staff write
    // expires the public cache (issue 14: no stale copy for one or two loads).
    d = await anon().get(`/api/dialogues/${id}`);
    assert.equal(d.body.conclusion_issued_on, today());
    const clock = d.body.clocks.find((x) => x.key === 'conclusion_issued');
    assert.ok(['done', 'done_late'].includes(clock.state));

    // Public once issued, and Vietnamese survives in both files.
    const pdf = await anon().get(`/api/dialogues/${id}/conclusion/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const text = pdfText(pdf.bytes);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'THÔNG BÁO', doc.number_symbol.split('/')[0], 'Trần Văn Kiên', r.body.tasks[0].lead.name]) {
      assert.ok(text.includes(s), `${s} in the issued PDF`);
    }
    const docx = await anon().get(`/api/dialogues/${id}/conclusion/docx`);
    assert.equal(docx.status, 200);
    const words = docxText(docx.bytes);
    for (const s of ['Độc lập - Tự do - Hạnh phúc', 'THÔNG BÁO', 'Trần Văn Kiên', 'Nơi nhận']) {
      assert.ok(words.includes(s), `${s} in the DOCX as LibreOffice reads it`);
    }
    assert.equal((await anon().get(`/api/dialogues/${id}/conclusion/exe`)).status, 404);
    shared.pdf = pdf.bytes;

    // The staff side: listed, with its files and tasks.
    const list = await leader.get(`/api/documents?dialogue_id=${id}`);
    assert.deepEqual(list.body.items.map((x) => x.id), [doc.id]);
    assert.equal((await leader.get('/api/documents?limit=0')).status, 400);
    assert.equal((await anon().get('/api/documents')).status, 401);
    const detail = await leader.get(`/api/documents/${doc.id}`);
    assert.deepEqual(detail.body.formats.sort(), ['docx', 'pdf']);
    assert.equal(detail.body.tasks.length, r.body.tasks.length);
    assert.equal(detail.body.content.number_symbol, doc.number_symbol);
    const file = await leader.get(`/api/documents/${doc.id}/files/pdf`);
    assert.equal(file.status, 200);
    assert.ok(file.bytes.equals(pdf.bytes));
    assert.equal((await leader.get(`/api/documents/${doc.id}/files/txt`)).status, 404);
    assert.equal((await leader.get('/api/documents/999999')).status, 404);
  });

  test('tasks: progress with evidence, sub-tasks, board roll-up, reminders once', async () => {
    const officer = await as('sokhcn');
    const other = await as('sotaichinh');
    const leader = await as('chutich');
    const coordinator = await as('sonoivu');
    let board = await officer.get('/api/tasks');
    assert.equal(board.status, 200);
    const mine = board.body.mine.find((t) => !t.status.startsWith('done') && t.lead.agency_id === ids['so-kh-cn']);
    assert.ok(mine, 'Sở KH&CN has an open task');
    const id = mine.id;
    const before = (await officer.get(`/api/tasks/${id}`)).body;
    assert.equal(before.can_report, true);

    // Reports: checked, named, and only by the agencies of the task.
    let r = await officer.post(`/api/tasks/${id}/reports`, { percent: 150, text: '' });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r).sort(), ['percent', 'text']);
    r = await officer.post(`/api/tasks/${id}/reports`, { percent: 'nửa', text: 'x' });
    assert.equal(r.status, 400);
    if (!before.coordinating.some((c) => c.agency_id === ids['so-tai-chinh'])) {
      assert.equal((await other.post(`/api/tasks/${id}/reports`, { percent: 40, text: 'Không phải việc của sở' })).status, 403);
    }
    assert.equal((await officer.post('/api/tasks/999999/reports', { percent: 40, text: 'x' })).status, 404);
    r = await officer.post(`/api/tasks/${id}/reports`, { percent: 40, text: 'Đã khảo sát nhu cầu ở 114 phường, xã' });
    assert.equal(r.status, 201, r.text);
    const report = r.body.id;
    let t = (await officer.get(`/api/tasks/${id}`)).body;
    assert.equal(t.percent, 40);
    assert.equal(t.report_list.length, before.report_list.length + 1);
    assert.ok(['in_progress', 'overdue'].includes(t.status));

    // Evidence: a real PDF is kept byte for byte; wrong kinds and sizes are refused.
    const pdf = shared.pdf;
    r = await officer.request('POST', `/api/reports/${report}/evidence?file_name=${encodeURIComponent('Biên bản khảo sát.pdf')}`, { raw: pdf });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.content_type, 'application/pdf');
    assert.equal(r.body.size, pdf.length);
    assert.equal(r.body.sha256, createHash('sha256').update(pdf).digest('hex'));
    const back = await leader.get(`/api/evidence/${r.body.id}`);
    assert.equal(back.status, 200);
    assert.ok(back.bytes.equals(pdf));
    r = await officer.request('POST', `/api/reports/${report}/evidence?file_name=virus.exe`, { raw: Buffer.from('MZ\x90\x00 pretend program') });
    assert.equal(r.status, 422);
    assert.deepEqual(fieldsOf(r), ['file']);
    r = await officer.request('POST', `/api/reports/${report}/evidence`, { raw: pdf });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r), ['file_name']);
    // Over the 5 MiB evidence limit but under the socket's hard cap, so the handler answers.
    r = await officer.request('POST', `/api/reports/${report}/evidence?file_name=lon.pdf`, { raw: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024, 32)]) });
    assert.equal(r.status, 413);
    assert.deepEqual(fieldsOf(r), ['file']);
    assert.equal((await officer.request('POST', '/api/reports/999999/evidence?file_name=a.pdf', { raw: pdf })).status, 404);
    assert.equal((await officer.get('/api/evidence/999999')).status, 404);
    assert.equal((await (await as('thanhdoan')).get('/api/tasks/999999')).status, 404);

    // A sub-task for a body of the task's unit; its path leads back up.
    r = await officer.post(`/api/tasks/${id}/subtasks`, { lead_agency_id: 999999, content: '', deadline: { kind: 'date', date: '2020-01-01' } });
    assert.equal(r.status, 422);
    for (const f of ['lead_agency_id', 'content', 'deadline.date']) assert.ok(fieldsOf(r).includes(f), f);
    r = await officer.post(`/api/tasks/${id}/subtasks`, { lead_agency_id: ids['so-kh-cn'], content: 'x', deadline: { kind: 'weekly' } });
    assert.deepEqual(fieldsOf(r), ['deadline.kind']);
    assert.equal((await other.post(`/api/tasks/${id}/subtasks`, { lead_agency_id: ids['so-tai-chinh'], content: 'Tự giao', deadline: { kind: 'ongoing' } })).status, 403);
    r = await officer.post(`/api/tasks/${id}/subtasks`, {
      lead_agency_id: ids['so-kh-cn'], coordinating_agency_ids: [ids['thanh-doan']],
      content: 'Lắp đặt điểm Wifi công cộng tại nhà văn hóa các phường', deadline: { kind: 'ongoing' } });
    assert.equal(r.status, 201, r.text);
    const sub = r.body.id;
    assert.equal(r.body.parent_id, id);
    t = (await leader.get(`/api/tasks/${sub}`)).body;
    assert.deepEqual(t.ancestors.map((a) => a.id), [...before.ancestors.map((a) => a.id), id]);
    const parent = (await leader.get(`/api/tasks/${id}`)).body;
    assert.ok(parent.children.some((c) => c.id === sub));
    assert.equal(parent.subtree.total, before.subtree.total + 1);

    // The leader's board: every count rolls up, the late list is late, the scope holds.
    board = await leader.get('/api/tasks');
    assert.equal(board.status, 200);
    assert.equal(board.body.unit.id, ids.city);
    const sum = (k) => board.body.children.reduce((n, c) => n + c.counts[k], 0);
    for (const k of ['not_started', 'in_progress', 'done_on_time', 'done_late', 'overdue', 'total']) {
      assert.equal(sum(k), board.body.total[k], `${k} sums over the unit and its children`);
    }
    assert.ok(board.body.late.every((x) => x.status === 'overdue'));
    assert.ok(board.body.total.total >= shared.tasks.length + 1);
    const provinces = (await anon().get('/api/units?parent_id=1')).body.items;
    const hanoi = provinces.find((u) => u.code === 'ha-noi');
    assert.equal((await leader.get(`/api/tasks?unit_id=${hanoi.id}`)).status, 403);
    assert.equal((await leader.get('/api/tasks?unit_id=999999')).status, 404);
    assert.equal((await leader.get('/api/tasks?unit_id=abc')).status, 400);
    assert.equal((await anon().get('/api/tasks')).status, 401);

    // Done: the status follows the dates, and the done task leaves the late list.
    r = await officer.post(`/api/tasks/${id}/reports`, { percent: 100, done: true, text: 'Đã hoàn thành, báo cáo UBND thành phố' });
    assert.equal(r.status, 201);
    t = (await leader.get(`/api/tasks/${id}`)).body;
    assert.ok(['done_on_time', 'done_late'].includes(t.status));
    assert.equal(t.status === 'done_late', t.due_on !== null && t.due_on < today());
    assert.ok(!(await leader.get('/api/tasks')).body.late.some((x) => x.id === id));

    // Reminders: coordinators run them; each goes out once.
    assert.equal((await officer.post('/api/reminders/run', {})).status, 403);
    r = await coordinator.post('/api/reminders/run', {});
    assert.equal(r.status, 200);
    assert.ok(r.body.created >= 0);
    r = await coordinator.post('/api/reminders/run', {});
    assert.equal(r.body.created, 0, 'nothing twice');
    board = await coordinator.get('/api/tasks');
    if (board.body.late.length) assert.ok(board.body.notifications.some((n) => n.kind === 'overdue'), 'overdue tasks are escalated');
  });

  test('documents: parse, confirm an import, relay it down to a ward, navigate both ways', async () => {
    const coordinator = await as('sonoivu');
    const leader = await as('chutich');
    const admin = await as('admin');

    // Parse: a preview only; bad input named.
    let r = await coordinator.post('/api/documents/parse', { text: NOTICE });
    assert.equal(r.status, 200, r.text);
    const p = r.body;
    assert.equal(p.number_symbol, '77/TB-VPCP');
    assert.equal(p.date, '2026-05-12');
    assert.equal(p.type_code, 'TB');
    assert.ok(p.tasks.length >= 2, JSON.stringify(p.tasks));
    const yearly = p.tasks.find((t) => t.deadline.kind === 'recurring');
    assert.ok(yearly, 'trước ngày 30/11 hằng năm is a yearly deadline');
    assert.ok(p.tasks.some((t) => t.deadline.kind === 'ongoing'));
    assert.equal((await coordinator.post('/api/documents/parse', { text: '' })).status, 422);
    assert.equal((await coordinator.post('/api/documents/parse', {})).status, 422);
    r = await coordinator.request('POST', '/api/documents/parse', { raw: Buffer.from([0xff, 0xfe, 0x00, 0x41]), headers: { 'content-type': 'application/json' } });
    assert.equal(r.status, 400);
    r = await coordinator.post('/api/documents/parse', { text: 'x'.repeat(4 * 1024 * 1024) });
    assert.equal(r.status, 413);
    assert.equal((await coordinator.get('/api/documents')).body.items.filter((d) => d.number_symbol === '77/TB-VPCP').length, 0, 'parsing stores nothing');

    // Confirm: the person edits the preview and records it, all or nothing.
    // The city records the Government's notice it received in its own register (issue 10).
    const confirmed = {
      unit_id: ids.city, type_code: p.type_code, number: Number(p.number), symbol: p.symbol, issuer: 'VĂN PHÒNG CHÍNH PHỦ',
      place: p.place || 'Hà Nội', issued_on: p.date, summary: p.summary, signer: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM',
      source_text: NOTICE, content: p,
      tasks: p.tasks.map((t) => ({ lead: t.lead || 'Ủy ban nhân dân các tỉnh, thành phố', coordinating: t.coordinating.map((name) => ({ name })),
                                   content: t.content, deadline: { kind: t.deadline.kind, date: t.deadline.date || undefined, text: t.deadline.text || undefined,
                                                                   ...(t.deadline.kind === 'recurring' ? { month: 11, day: 30 } : {}) } })),
    };
    r = await coordinator.post('/api/documents', { ...confirmed, symbol: '', tasks: [{ ...confirmed.tasks[0], content: '' }] });
    assert.equal(r.status, 422);
    for (const f of ['symbol', 'tasks[0].content']) assert.ok(fieldsOf(r).includes(f), `${f} in ${JSON.stringify(fieldsOf(r))}`);
    r = await coordinator.post('/api/documents', { ...confirmed, tasks: [{ ...confirmed.tasks[0], deadline: { kind: 'date', date: '2026-01-01' } }] });
    assert.deepEqual(fieldsOf(r), ['tasks[0].deadline.date'], 'not due before the notice');
    r = await coordinator.post('/api/documents', { ...confirmed, tasks: 'all' });
    assert.equal(r.status, 400);
    assert.equal((await (await as('sokhcn')).post('/api/documents', confirmed)).status, 403);
    assert.equal((await coordinator.post('/api/documents', { ...confirmed, unit_id: 1 })).status, 403, 'not in the nation\'s register');
    r = await coordinator.post('/api/documents', confirmed);
    assert.equal(r.status, 201, r.text);
    const pm = r.body.document;
    assert.equal(pm.number_symbol, '77/TB-VPCP');
    assert.equal(pm.origin, 'imported');
    const ongoing = r.body.tasks.find((t) => t.deadline.kind === 'ongoing');
    assert.ok(ongoing);
    assert.equal((await coordinator.post('/api/documents', confirmed)).status, 409, 'the same number and symbol twice');
    const txt = await coordinator.get(`/api/documents/${pm.id}/files/txt`);
    assert.equal(txt.status, 200);
    assert.equal(txt.text, NOTICE);

    // The city relays it with its own letter.
    const relay = {
      unit_id: ids.city, signer_name: 'Lê Anh Quân', field_code: 'VX', monitor_agency_id: ids['so-noi-vu'],
      items: [
        { parent_task_id: ongoing.id, lead_agency_id: ids['so-kh-cn'], coordinating_agency_ids: [ids['so-noi-vu']],
          content: 'Xây dựng nền tảng số hỗ trợ thanh niên khởi nghiệp', deadline: { kind: 'date', date: inDays(60) } },
        { parent_task_id: ongoing.id, lead_agency_id: ids['thanh-doan'], request: true,
          content: 'Vận động đoàn viên tham gia chuyển đổi số ở cơ sở', deadline: { kind: 'recurring', month: 11, day: 30 } },
      ],
    };
    r = await leader.post(`/api/documents/${pm.id}/relay`, { ...relay, field_code: 'V X', items: [] });
    assert.equal(r.status, 422);
    for (const f of ['field_code', 'items']) assert.ok(fieldsOf(r).includes(f), f);
    r = await leader.post(`/api/documents/${pm.id}/relay`, { ...relay, items: [{ ...relay.items[0], deadline: { kind: 'date', date: '2026-01-01' } }] });
    assert.deepEqual(fieldsOf(r), ['items[0].deadline.date']);
    r = await leader.post(`/api/documents/${pm.id}/relay`, { ...relay, monitor_agency_id: undefined });
    assert.deepEqual(fieldsOf(r), ['monitor_agency_id']);
    assert.equal((await coordinator.post(`/api/documents/${pm.id}/relay`, relay)).status, 403);
    assert.equal((await leader.post('/api/documents/999999/relay', relay)).status, 404);
    r = await leader.post(`/api/documents/${pm.id}/relay`, relay);
    assert.equal(r.status, 201, r.text);
    const city = r.body.document;
    assert.match(city.number_symbol, /^\d{2,}\/UBND-VX$/);
    assert.equal(city.relays_id, pm.id);
    assert.ok(r.body.tasks.every((t) => t.parent_id === ongoing.id));
    const unionTask = r.body.tasks.find((t) => t.lead.agency_id === ids['thanh-doan']);
    // The Youth Union reports on what it was asked to do.
    const youthUnion = await as('thanhdoan');
    r = await youthUnion.post(`/api/tasks/${unionTask.id}/reports`, { percent: 30, text: 'Đã phát động trong toàn Đoàn thành phố' });
    assert.equal(r.status, 201, r.text);
    assert.equal((await youthUnion.post(`/api/tasks/${ongoing.id}/reports`, { percent: 30, text: 'Không phải việc của Đoàn' })).status, 403);
    const letter = pdfText((await leader.get(`/api/documents/${city.id}/files/pdf`)).bytes);
    for (const s of ['Kính gửi', '77/TB-VPCP', 'Sở Khoa học và Công nghệ', 'Đề nghị Thành đoàn', 'Lê Anh Quân']) {
      assert.ok(letter.includes(s), `${s} in the relay letter`);
    }

    // The letter's tasks as the spreadsheet agencies report on, read back by LibreOffice.
    const sheet = await leader.get(`/api/documents/${city.id}/tasks.xlsx`);
    assert.equal(sheet.status, 200);
    const cells = xlsxText(sheet.bytes);
    for (const s of [city.number_symbol, 'Xây dựng nền tảng số hỗ trợ thanh niên khởi nghiệp', 'Sở Khoa học và Công nghệ', 'Thành đoàn Hải Phòng', 'Chưa thực hiện']) {
      assert.ok(cells.includes(s), `${s} in the task sheet`);
    }
    assert.equal((await leader.get('/api/documents/999999/tasks.xlsx')).status, 404);

    // A ward relays the city's letter to its Youth Union (the ward's bodies set up here).
    const wards = (await anon().get(`/api/units?parent_id=${ids.city}`)).body.items;
    const ward = wards[0];
    const mk = async (code, name) => {
      const a = await admin.post('/api/agencies', { unit_id: ward.id, code, name });
      assert.equal(a.status, 201, a.text);
      return a.body.id;
    };
    const wardUnion = await mk('doan-phuong-thu', `Đoàn ${ward.name}`);
    const wardOffice = await mk('vp-phuong-thu', `Văn phòng HĐND và UBND ${ward.name}`);
    r = await admin.post('/api/users', { username: 'chutich.phuong.thu', display_name: `Chủ tịch UBND ${ward.name}`, password: 'mat-khau-dai',
                                         grants: [{ role: 'leader', unit_id: ward.id }] });
    assert.equal(r.status, 201, r.text);
    const wardLeader = new (leader.constructor)(ctx.server);
    await wardLeader.signIn('chutich.phuong.thu', 'mat-khau-dai');
    const wardRelay = { unit_id: ward.id, signer_name: 'Phạm Thu Trang', field_code: 'VHXH', monitor_agency_id: wardOffice,
                        items: [{ parent_task_id: unionTask.id, lead_agency_id: wardUnion, content: 'Tổ chức cho đoàn viên phường học kỹ năng số',
                                  deadline: { kind: 'date', date: inDays(30) } }] };
    r = await wardLeader.post(`/api/documents/${city.id}/relay`, { ...wardRelay, items: [{ ...wardRelay.items[0], lead_agency_id: ids['so-kh-cn'] }] });
    assert.deepEqual(fieldsOf(r), ['items[0].lead_agency_id'], 'a ward assigns only its own bodies');
    r = await wardLeader.post(`/api/documents/${city.id}/relay`, { ...wardRelay, unit_id: ids.city });
    assert.equal(r.status, 403, 'a ward leader does not sign for the city');
    r = await wardLeader.post(`/api/documents/${city.id}/relay`, wardRelay);
    assert.equal(r.status, 201, r.text);
    const wardDoc = r.body.document;
    const wardTask = r.body.tasks[0];

    // Both ways: down from the Government's notice, up from the ward's task.
    const top = (await leader.get(`/api/documents/${pm.id}`)).body;
    assert.deepEqual(top.relayed_by.map((x) => x.id), [city.id]);
    const middle = (await leader.get(`/api/documents/${city.id}`)).body;
    assert.equal(middle.relays.id, pm.id);
    assert.deepEqual(middle.relayed_by.map((x) => x.id), [wardDoc.id]);
    assert.ok(middle.cited.some((x) => x.id === pm.id));
    const leaf = (await wardLeader.get(`/api/tasks/${wardTask.id}`)).body;
    assert.deepEqual(leaf.ancestors.map((a) => a.id), [ongoing.id, unionTask.id]);
    assert.equal(leaf.document.id, wardDoc.id);
    const cityBoard = (await leader.get(`/api/tasks?unit_id=${ids.city}`)).body;
    assert.ok(cityBoard.children.some((c) => c.unit.id === ward.id && c.counts.total >= 1), 'the ward shows under the city');
    assert.equal((await wardLeader.get(`/api/tasks?unit_id=${ids.city}`)).status, 403);
  });
}
