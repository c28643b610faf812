// The dialogue day over HTTP (issue 15): two secretaries record questions at once, a resend
// after a dropped network is not a second entry, a repeat is flagged, a stale edit is refused,
// the hall's screen follows the moderator through a real Server-Sent Events stream, and the
// conclusion draft and the minutes are drawn from the record (read back with pdftotext).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDialogueId } from './harness.mjs';

function pdfText(bytes) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-live-'));
  try {
    writeFileSync(path.join(dir, 'f.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'f.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

// A Server-Sent Events reader on a real connection: `next(pred)` resolves with the first
// 'screen' event whose data satisfies `pred`, or rejects after `ms`.
async function openStream(url) {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const events = [];
  const waiters = [];
  (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          const name = (block.split('\n').find((l) => l.startsWith('event: ')) || '').slice(7);
          if (name !== 'screen') continue;
          const event = JSON.parse(data);
          events.push(event);
          for (const w of [...waiters]) if (w.pred(event)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(event); }
        }
      }
    } catch { /* aborted */ }
  })();
  return {
    res,
    events,
    next(pred, ms = 3000) {
      const seen = events.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { pred, resolve };
        waiters.push(w);
        setTimeout(() => { const i = waiters.indexOf(w); if (i >= 0) { waiters.splice(i, 1); reject(new Error(`no matching event in ${ms} ms: ${JSON.stringify(events.at(-1))}`)); } }, ms);
      });
    },
    close() { controller.abort(); },
  };
}

export default function (ctx) {
  const { anon, as, fieldsOf } = ctx;

  test('live: two secretaries, resends, repeats, stale edits, the screen stream, the drafts', async () => {
    const id = await openDialogueId(ctx.server);
    const base = `/api/dialogues/${id}/live`;
    const nv = await as('sonoivu');
    const td = await as('thanhdoan');
    const leader = await as('chutich');

    const stream = await openStream(`${ctx.server.url}${base}/events`);
    assert.equal(stream.res.status, 200);
    assert.match(stream.res.headers.get('content-type'), /text\/event-stream/);
    const first = await stream.next(() => true);
    assert.equal(first.dialogue_id, id);

    // Two laptops at once.
    const loans = 'Thành phố có chính sách gì hỗ trợ thanh niên khởi nghiệp vay vốn không ạ?';
    const [a, b] = await Promise.all([
      nv.post(`${base}/entries`, { client_key: 'laptop-a-0001', channel: 'floor', asker: 'Nguyễn Văn An',
                                   asker_unit: 'Chi đoàn phường An Biên', text: loans }),
      td.post(`${base}/entries`, { client_key: 'laptop-b-0001', channel: 'online', asker: 'Trần Thị Bình',
                                   asker_unit: 'Đoàn trường THPT Ngô Quyền', text: 'Đề nghị mở thêm tuyến xe buýt đêm cho sinh viên' }),
    ]);
    assert.equal(a.status, 201, a.text);
    assert.equal(b.status, 201, b.text);
    assert.notEqual(a.body.seq, b.body.seq);
    assert.equal(a.body.created, true);

    // Laptop A lost the network and resends its queue: the stored entry, nothing new.
    const again = await nv.post(`${base}/entries`, { client_key: 'laptop-a-0001', text: 'một bản khác' });
    assert.equal(again.status, 200, again.text);
    assert.equal(again.body.created, false);
    assert.equal(again.body.seq, a.body.seq);
    assert.equal(again.body.text, loans);

    // The other secretary types the same question: stored, flagged as a likely repeat.
    const repeat = await td.post(`${base}/entries`, { client_key: 'laptop-b-0002',
      text: 'Thành phố có chính sách hỗ trợ thanh niên khởi nghiệp vay vốn không' });
    assert.equal(repeat.status, 201);
    assert.equal(repeat.body.duplicate_of, a.body.seq);

    // Bad input names the field; nothing is written.
    const before = (await nv.get(base)).body.entries.length;
    const bad = await nv.post(`${base}/entries`, { client_key: 'x', channel: 'radio', text: '' });
    assert.equal(bad.status, 422);
    assert.deepEqual(fieldsOf(bad).sort(), ['channel', 'client_key', 'text']);
    const wrongType = await nv.post(`${base}/entries`, { client_key: 'laptop-a-0009', text: 42 });
    assert.equal(wrongType.status, 400);
    assert.deepEqual(fieldsOf(wrongType), ['text']);
    const notJson = await nv.request('POST', `${base}/entries`, { raw: Buffer.from('text=hi'), headers: { 'content-type': 'text/plain' } });
    assert.equal(notJson.status, 415);
    assert.equal((await nv.get(base)).body.entries.length, before);

    // The moderator puts A on the screen: the open stream gets it.
    const shown = await td.put(`${base}/screen`, { seq: a.body.seq });
    assert.equal(shown.status, 200, shown.text);
    const onScreen = await stream.next((e) => e.current && e.current.seq === a.body.seq);
    assert.equal(onScreen.current.text, loans);
    assert.equal(onScreen.current.asker_unit, 'Chi đoàn phường An Biên');
    assert.equal((await td.put(`${base}/screen`, { seq: 99999 })).status, 422);

    // The answer, from version 1; the same edit from a stale copy is refused.
    const answer = { version: 1, answered_by: 'Giám đốc Sở Tài chính', answer: 'Quỹ hỗ trợ thanh niên khởi nghiệp mở từ quý II.', outcome: 'on_the_spot' };
    const done = await nv.put(`${base}/entries/${a.body.seq}/answer`, answer);
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.version, 2);
    const stale = await td.put(`${base}/entries/${a.body.seq}/answer`, { ...answer, answer: 'bản cũ' });
    assert.equal(stale.status, 409);
    const answered = await stream.next((e) => e.current && e.current.answered_by === 'Giám đốc Sở Tài chính');
    assert.equal(answered.answered_on_the_spot >= 1, true);
    const promised = await td.put(`${base}/entries/${b.body.seq}/answer`, { version: 1, answered_by: 'Giám đốc Sở Xây dựng', outcome: 'promised' });
    assert.equal(promised.status, 422);
    assert.deepEqual(fieldsOf(promised), ['promised_by']);
    const agencies = (await nv.get('/api/agencies?unit_id=' + (await anon().get(`/api/dialogues/${id}`)).body.unit.id)).body.items;
    const nvAgency = agencies.find((x) => x.name === 'Sở Nội vụ');
    const forwarded = await td.put(`${base}/entries/${b.body.seq}/answer`, { version: 1, outcome: 'forwarded', forwarded_to: nvAgency.id });
    assert.equal(forwarded.status, 200, forwarded.text);

    // The public screen as JSON; the console for a leader (watching, not recording).
    const screen = await anon().get(`${base}/screen`);
    assert.equal(screen.status, 200);
    assert.equal(screen.body.current.seq, a.body.seq);
    assert.doesNotMatch(screen.text, /client_key|entered_by/);
    const console = await leader.get(base);
    assert.equal(console.status, 200);
    assert.equal(console.body.can_record, false);
    assert.equal(console.body.on_screen, a.body.seq);
    assert.equal((await leader.post(`${base}/entries`, { client_key: 'leader-0001', text: 'x' })).status, 403);
    assert.equal((await (await as('vhxhphuong')).post(`${base}/entries`, { client_key: 'ward-00001', text: 'Câu hỏi' })).status, 403);
    assert.equal((await anon().get('/api/dialogues/999999/live/events')).status, 404);
    assert.equal((await anon().get('/api/dialogues/999999/live/screen')).status, 404);

    // The concluded 2025 dialogue's record is closed.
    const closed = await nv.post('/api/dialogues/1/live/entries', { client_key: 'late-00001', text: 'Câu hỏi muộn' });
    assert.equal(closed.status, 409);

    // Before the day: the programme, the delegates and their invitations; at the door, check-in.
    const badProgramme = await nv.put(`/api/dialogues/${id}/programme`, { agenda: [{ starts_at: '8h', title: '' }] });
    assert.equal(badProgramme.status, 422);
    assert.deepEqual(fieldsOf(badProgramme), ['agenda[0].starts_at', 'agenda[0].title']);
    const programme = await nv.put(`/api/dialogues/${id}/programme`, { agenda: [
      { starts_at: '08:00', title: 'Khai mạc, giới thiệu đại biểu', speaker: 'Lãnh đạo Thành đoàn' },
      { starts_at: '08:20', title: 'Đối thoại trực tiếp' }] });
    assert.equal(programme.status, 200, programme.text);
    assert.equal(programme.body.agenda.length, 2);
    const noUnit = await td.post(`/api/dialogues/${id}/delegates`, { name: 'Nguyễn Văn An' });
    assert.equal(noUnit.status, 422);
    assert.deepEqual(fieldsOf(noUnit), ['unit']);
    const delegate = await td.post(`/api/dialogues/${id}/delegates`, { name: 'Nguyễn Văn An', position: 'Bí thư Chi đoàn', unit: 'Phường An Biên' });
    assert.equal(delegate.status, 201, delegate.text);
    const guest = await td.post(`/api/dialogues/${id}/delegates`, { kind: 'guest', name: 'Trần Văn Bình', position: 'Phóng viên Đài Phát thanh và Truyền hình' });
    assert.equal(guest.status, 201);
    for (const who of [delegate, guest]) {
      const checked = await nv.put(`/api/dialogues/${id}/delegates/${who.body.id}/check-in`, { present: true });
      assert.equal(checked.status, 200);
      assert.ok(checked.body.checked_in_at);
    }
    assert.equal((await nv.put(`/api/dialogues/${id}/delegates/999999/check-in`, { present: true })).status, 404);
    const read = await leader.get(`/api/dialogues/${id}/programme`);
    assert.equal(read.status, 200);
    assert.equal(read.body.present, 2);
    assert.equal(read.body.can_edit, false);
    assert.equal((await leader.put(`/api/dialogues/${id}/programme`, { agenda: [] })).status, 403);
    const invitation = await nv.get(`/api/dialogues/${id}/documents/invitation-${delegate.body.id}.pdf`);
    assert.equal(invitation.status, 200);
    const card = pdfText(invitation.bytes);
    assert.match(card, /GIẤY MỜI/);
    assert.match(card, /Nguyễn Văn An, Bí thư Chi đoàn, Phường An Biên/);
    assert.match(card, /08 giờ 00/);
    assert.equal((await nv.get(`/api/dialogues/${id}/documents/invitation-999999.pdf`)).status, 404);
    assert.equal((await nv.get(`/api/dialogues/${id}/documents/invitation-x1.docx`)).status, 404);

    // The drafts: section b) has the answer given on the spot, c) the forwarded question; the
    // minutes list both with who asked.
    const draft = await nv.get(`/api/dialogues/${id}/documents/conclusion-draft.pdf`);
    assert.equal(draft.status, 200);
    const notice = pdfText(draft.bytes);
    assert.match(notice, /Quỹ hỗ trợ thanh niên khởi nghiệp mở từ quý II/);
    assert.match(notice, /xe buýt đêm/);
    const minutes = await nv.get(`/api/dialogues/${id}/documents/minutes.pdf`);
    assert.equal(minutes.status, 200, minutes.text);
    const text = pdfText(minutes.bytes);
    assert.match(text, /BIÊN BẢN/);
    assert.match(text, /Nguyễn Văn An/);
    assert.match(text, /xe buýt đêm/);
    assert.match(text, /THƯ KÝ/);
    assert.match(text, /Đối thoại trực tiếp/, 'the programme as set');
    assert.match(text, /Trần Văn Bình/, 'the guest who came');
    assert.match(text, /1 người có mặt/, 'the delegates counted');
    const minutesDocx = await nv.get(`/api/dialogues/${id}/documents/minutes.docx`);
    assert.equal(minutesDocx.bytes.subarray(0, 2).toString(), 'PK');
    stream.close();
  });
}
