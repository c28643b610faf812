// Issue 13, documents a leader would sign as they come out, on a real server with the demo
// data: the signer block is chosen when issuing (TM./KT./… with position and name), a title
// typed as the name or an unknown form is refused naming the field, the block is remembered
// for the unit's next document, the addressees and copies come from the unit's place in the
// tree, and a ward's Party committee relays a letter under its own header and number series.
// The generated DOCX (LibreOffice) and PDF (pdftotext) are read back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, Client, fieldsOf } from './harness.mjs';

const PORT = Number(process.env.API_TEST_PORT || 19040);
const inDays = (n) => new Date(Date.now() + 7 * 3600000 + n * 86400000).toISOString().slice(0, 10);

let server;
const as = async (user) => { const c = new Client(server); await c.signIn(user); return c; };
const ids = {};

before(async () => {
  server = await startServer({ port: PORT, args: ['--sign-ins-per-minute', '0'] });
  const admin = await as('admin');
  const hp = (await admin.get('/api/units?parent_id=1')).body.items.find((u) => u.code === 'hai-phong');
  ids.city = hp.id;
  const wards = (await admin.get(`/api/units?parent_id=${hp.id}`)).body.items;
  ids.ward = wards.find((u) => u.name.includes('Hồng Bàng')).id;
});
after(async () => { await server?.stop(); });

function tempRun(bytes, ext, fn) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-sign-'));
  try {
    writeFileSync(path.join(dir, `f.${ext}`), bytes);
    return fn(dir, path.join(dir, `f.${ext}`));
  } finally { rmSync(dir, { recursive: true, force: true }); }
}
// Reading order (no -layout): the "Nơi nhận" column and the signature column come out whole.
const pdfText = (bytes) => tempRun(bytes, 'pdf', (dir, f) =>
  execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
const docxText = (bytes) => tempRun(bytes, 'docx', (dir, f) => {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to',
                           'txt:Text (encoded):UTF8', '--outdir', dir, f], { stdio: 'pipe', timeout: 120000 });
  return readFileSync(path.join(dir, 'f.txt'), 'utf8').replace(/\s+/g, ' ');
});

async function files(client, doc) {
  const pdf = await client.get(`/api/documents/${doc.id}/files/pdf`);
  const docx = await client.get(`/api/documents/${doc.id}/files/docx`);
  assert.equal(pdf.status, 200);
  assert.equal(docx.status, 200);
  return { pdf: pdfText(pdf.bytes), docx: docxText(docx.bytes) };
}

// The demo's held 2026 dialogue of the city without a conclusion yet.
async function dialogue2026(client) {
  const list = (await client.get('/api/dialogues')).body.items;
  for (const x of list.filter((d) => d.year === 2026 && d.unit.id === ids.city)) {
    const d = (await client.get(`/api/dialogues/${x.id}`)).body;
    if (d.conclusion_issued_on === null && d.held_on <= inDays(0)) return d.id;
  }
  assert.fail('the demo holds a held 2026 Hải Phòng dialogue without a conclusion');
}

const KT = { on_behalf_of: 'ỦY BAN NHÂN DÂN', authority: 'KT', head: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Trần Văn Kiên' };

test('signing: the conclusion notice prints the chosen block and the tree\'s copies; bad blocks are refused; the block is remembered', async () => {
  const leader = await as('chutich');
  let r = await leader.get(`/api/units/${ids.city}/issuing`);
  assert.equal(r.status, 200, r.text);
  const ubnd = r.body.items.find((x) => x.issuer_family === 'ubnd');
  assert.equal(ubnd.available, true);
  assert.deepEqual(ubnd.signer_lines, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'the default before anything was issued');
  assert.ok(ubnd.letter.copies.length > 0, 'copies from the tree');
  assert.ok(ubnd.report.addressed.includes('Bộ Nội vụ'), `a city reports to the Ministry: ${ubnd.report.addressed}`);
  assert.equal((await (await as('chutichphuong')).get(`/api/units/${ids.city}/issuing`)).status, 403);

  const id = await dialogue2026(leader);
  const url = `/api/dialogues/${id}/conclusion`;
  // A title typed as the person's name, in a block or alone; an unknown form; a KT. with no head.
  r = await leader.post(url, { signer: { ...KT, name: 'Chủ tịch UBND thành phố' } });
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(fieldsOf(r), ['signer.name']);
  r = await leader.post(url, { signer_name: 'Phó Chủ tịch UBND thành phố' });
  assert.deepEqual(fieldsOf(r), ['signer_name']);
  r = await leader.post(url, { signer: { ...KT, authority: 'THAY' } });
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(fieldsOf(r), ['signer.authority']);
  r = await leader.post(url, { signer: { ...KT, head: '' } });
  assert.deepEqual(fieldsOf(r), ['signer.head']);
  r = await leader.post(url, { signer: { ...KT, name: undefined } });
  assert.deepEqual(fieldsOf(r), ['signer.name']);
  r = await leader.post(url, {});
  assert.deepEqual(fieldsOf(r), ['signer_name']);
  r = await leader.post(url, { signer: KT, copies: ['Sở Nội vụ', ''] });
  assert.deepEqual(fieldsOf(r), ['copies[1]']);
  r = await leader.post(url, { signer: { ...KT, name: 42 } });
  assert.equal(r.status, 400);

  r = await leader.post(url, { signer: KT });
  assert.equal(r.status, 201, r.text);
  const notice = r.body.document;
  const { pdf, docx } = await files(leader, notice);
  for (const [name, text] of [['PDF', pdf], ['DOCX', docx]]) {
    for (const s of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Kiên', 'Nơi nhận:', 'Lưu: VT']) {
      assert.ok(text.includes(s), `${s} in the notice's ${name}`);
    }
    assert.ok(text.includes(ubnd.letter.copies[0]), `the tree's first copy "${ubnd.letter.copies[0]}" in the ${name}`);
    assert.ok(text.includes('Độc lập - Tự do - Hạnh phúc'), `the state header in the ${name}`);
  }

  // Remembered for the city's People's Committee: the next form offers the same block.
  r = await leader.get(`/api/units/${ids.city}/issuing`);
  const again = r.body.items.find((x) => x.issuer_family === 'ubnd');
  assert.deepEqual(again.signer, KT);
  assert.deepEqual(again.signer_lines, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  ids.notice = notice.id;
});

test('signing: a ward\'s Party committee relays the city\'s notice in its own header, series and block', async () => {
  assert.ok(ids.notice, 'the previous test issued the notice');
  const admin = await as('admin');
  const leader = await as('chutichphuong');
  const agencies = () => admin.get(`/api/agencies?unit_id=${ids.ward}`).then((r) => r.body.items);
  let list = await agencies();
  const code = (c) => list.find((a) => a.code === c);
  const relay = (over) => ({
    unit_id: ids.ward, issuer_family: 'party', monitor_agency_id: code('phong-vh-xh').id,
    signer: { on_behalf_of: 'BAN THƯỜNG VỤ', authority: 'KT', head: 'BÍ THƯ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Thị Lan' },
    items: [{ lead_agency_id: code('doan-phuong').id, content: 'Tổ chức cho đoàn viên học kỹ năng số', deadline: { kind: 'date', date: inDays(30) } }],
    ...over,
  });
  const url = `/api/documents/${ids.notice}/relay`;
  let r = await leader.post(url, relay({ issuer_family: 'dang' }));
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(fieldsOf(r), ['issuer_family']);
  if (!code('dang-uy')) {
    r = await leader.post(url, relay());
    assert.deepEqual(fieldsOf(r), ['issuer_family'], 'the ward has no Party committee yet');
    const a = await admin.post('/api/agencies', { unit_id: ids.ward, code: 'dang-uy', name: 'Đảng ủy phường Hồng Bàng' });
    assert.equal(a.status, 201, a.text);
    list = await agencies();
  }
  r = await leader.post(url, relay({ signer: { ...relay().signer, name: 'Bí thư Đảng ủy phường' } }));
  assert.deepEqual(fieldsOf(r), ['signer.name']);
  r = await leader.post(url, relay({ signer: { ...relay().signer, authority: 'K/T' } }));
  assert.deepEqual(fieldsOf(r), ['signer.authority']);

  r = await leader.get(`/api/units/${ids.ward}/issuing`);
  assert.equal(r.status, 200, r.text);
  const party = r.body.items.find((x) => x.issuer_family === 'party');
  assert.equal(party.available, true);
  assert.deepEqual(party.signer_lines, ['T/M ĐẢNG ỦY', 'BÍ THƯ']);

  r = await leader.post(url, relay());
  assert.equal(r.status, 201, r.text);
  const letter = r.body.document;
  assert.match(letter.number_symbol, /^\d{2,}-CV\/ĐU$/, 'the Party\'s own symbol');
  const { pdf, docx } = await files(leader, letter);
  for (const [name, text] of [['PDF', pdf], ['DOCX', docx]]) {
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY PHƯỜNG HỒNG BÀNG', `Số ${letter.number_symbol}`,
                     'T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ', 'Nguyễn Thị Lan', 'Nơi nhận:']) {
      assert.ok(text.includes(s), `${s} in the Party letter's ${name}`);
    }
    assert.ok(!text.includes('Độc lập - Tự do - Hạnh phúc'), `no state motto in the Party letter's ${name}`);
    assert.ok(!text.includes('ỦY BAN NHÂN DÂN PHƯỜNG'), `no People's Committee header in the ${name}`);
    for (const c of party.letter.copies) assert.ok(text.includes(c), `copy "${c}" in the ${name}`);
  }

  // Its series is its own: the People's Committee's next letter does not follow it.
  r = await leader.post(url, relay({ issuer_family: 'ubnd', field_code: 'VHXH', signer: undefined, signer_name: 'Phạm Thu Trang' }));
  assert.equal(r.status, 201, r.text);
  assert.match(r.body.document.number_symbol, /^\d{2,}\/UBND-VHXH$/);
  const { pdf: ubndPdf } = await files(leader, r.body.document);
  for (const s of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Thu Trang', 'Độc lập - Tự do - Hạnh phúc']) {
    assert.ok(ubndPdf.includes(s), `${s} in the ward's People's Committee letter`);
  }
  // The ward's Youth Union (its agency doan-phuong) in its own format too.
  r = await leader.post(url, relay({ issuer_family: 'youth_union',
                                     signer: { on_behalf_of: 'BAN THƯỜNG VỤ', authority: '', position: 'BÍ THƯ', name: 'Vũ Đức Anh' } }));
  assert.equal(r.status, 201, r.text);
  assert.match(r.body.document.number_symbol, /^\d{2,}-CV\/ĐTN$/);
  const { pdf: youthPdf } = await files(leader, r.body.document);
  for (const s of ['ĐOÀN TNCS HỒ CHÍ MINH', '***', `Số: ${r.body.document.number_symbol}`, 'TM. BAN THƯỜNG VỤ', 'BÍ THƯ', 'Vũ Đức Anh']) {
    assert.ok(youthPdf.includes(s), `${s} in the Youth Union letter`);
  }
  assert.ok(!youthPdf.includes('Độc lập - Tự do - Hạnh phúc'), 'no state motto in the Youth Union letter');
  // The Party committee's block is remembered apart from the People's Committee's.
  const after = (await leader.get(`/api/units/${ids.ward}/issuing`)).body.items;
  assert.equal(after.find((x) => x.issuer_family === 'party').signer.name, 'Nguyễn Thị Lan');
  assert.equal(after.find((x) => x.issuer_family === 'ubnd').signer.name, 'Phạm Thu Trang');
});
