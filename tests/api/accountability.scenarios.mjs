// Public accountability (issue 14, "Bạn hỏi — chúng tôi đã làm"): every question of a dialogue
// by its public status, filterable by topic and agency, and the conclusion's tasks with their
// progress, as anyone sees them; never an asker's identity.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const HIDDEN = 'Nội dung câu hỏi không công khai';

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
  const { anon, as, fieldsOf } = ctx;
  const url = (q = '') => `/api/dialogues/1/accountability${q}`;

  test('accountability: every question counted by status, without any identity', async () => {
    const c = anon();
    const coordinator = await as('sonoivu');
    const dialogue = (await c.get('/api/dialogues/1')).body;
    const r = await c.get(url('?limit=200'));
    assert.equal(r.status, 200, r.text);
    const { counts } = r.body;
    assert.equal(counts.received + counts.processing + counts.answered + counts.closed, counts.total);
    assert.equal(counts.total, dialogue.stats.questions);
    assert.equal(r.body.total, counts.total);
    assert.equal(r.body.items.length, Math.min(200, counts.total));
    assert.ok(counts.answered >= 1 && counts.processing >= 1 && counts.closed >= 1, JSON.stringify(counts));
    for (const s of ['received', 'processing', 'answered', 'closed']) {
      assert.equal(r.body.items.filter((i) => i.status === s).length, counts[s], s);
    }

    // Texts only with their askers' consent; a hidden one is the fixed notice.
    const staff = (await coordinator.get('/api/dialogues/1/questions?limit=200')).body.items;
    const texts = new Set(staff.map((q) => q.text));
    assert.ok(r.body.items.some((i) => !i.text_public), 'the demo has questions whose askers kept their text private');
    for (const i of r.body.items) {
      if (i.text_public) assert.ok(texts.has(i.text), i.text);
      else assert.equal(i.text, HIDDEN);
      if (i.status === 'closed') assert.ok(i.closed_reason, 'a closed question says why');
      else assert.equal(i.closed_reason, null);
      if (i.status === 'answered') assert.ok(i.issue_id && i.issue_title, 'an answered question shows its issue');
    }

    // No identity anywhere: no names, contacts, ages, tracking codes.
    const body = r.text;
    for (const q of staff) {
      assert.ok(!body.includes(q.tracking_code), `tracking code ${q.tracking_code} leaked`);
      if (q.asker?.name) assert.ok(!body.includes(q.asker.name), `name ${q.asker.name} leaked`);
    }
    assert.doesNotMatch(body, /@|"asker|"age"|tracking_code|"contact/);

    // Headers: cacheable by anyone for a second, like the published answers.
    assert.match(r.headers.get('cache-control'), /public/);
  });

  test('accountability: filters by status, topic and agency; bad filters name the field', async () => {
    const c = anon();
    const all = (await c.get(url('?limit=200'))).body;
    const closed = await c.get(url('?status=closed&limit=200'));
    assert.equal(closed.status, 200);
    assert.equal(closed.body.total, all.counts.closed);
    assert.ok(closed.body.items.every((i) => i.status === 'closed'));
    assert.deepEqual(closed.body.counts, all.counts, 'counts cover the whole dialogue');

    const agency = all.agencies[0];
    const byAgency = (await c.get(url(`?agency=${agency.id}&limit=200`))).body;
    assert.ok(byAgency.total >= 1);
    assert.ok(byAgency.items.every((i) => i.agency_id === agency.id && i.agency_name === agency.name));
    assert.equal(byAgency.total, all.items.filter((i) => i.agency_id === agency.id).length);

    assert.ok(all.topics.length >= 1);
    const topic = all.topics[0];
    const byTopic = (await c.get(url(`?topic=${topic.code}&limit=200`))).body;
    assert.ok(byTopic.total >= 1);
    assert.ok(byTopic.items.every((i) => i.topic === topic.code && i.topic_name === topic.name));

    const both = (await c.get(url(`?status=answered&agency=${agency.id}&limit=200`))).body;
    assert.equal(both.total, all.items.filter((i) => i.status === 'answered' && i.agency_id === agency.id).length);
    // An empty filter is no filter; paging walks the same list.
    assert.equal((await c.get(url('?status=&topic=&agency=&limit=200'))).body.total, all.total);
    const page = (await c.get(url('?limit=2&offset=1'))).body;
    assert.deepEqual(page.items.map((i) => i.text), all.items.slice(1, 3).map((i) => i.text));

    let bad = await c.get(url('?status=pending'));
    assert.equal(bad.status, 422);
    assert.deepEqual(fieldsOf(bad), ['status']);
    bad = await c.get(url('?topic=khong-co-linh-vuc'));
    assert.equal(bad.status, 422);
    assert.deepEqual(fieldsOf(bad), ['topic']);
    bad = await c.get(url('?agency=so-noi-vu'));
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldsOf(bad), ['agency']);
    bad = await c.get(url('?limit=500'));
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldsOf(bad), ['limit']);
    assert.equal((await c.get('/api/dialogues/999999/accountability')).status, 404);
  });

  test('accountability: the conclusion\'s tasks show their progress, updated as agencies report', async () => {
    const c = anon();
    const r = await c.get(url());
    assert.equal(r.status, 200);
    assert.ok(r.body.conclusions.length >= 1, 'the 2025 dialogue has an issued conclusion');
    const tasks = r.body.tasks.groups.flatMap((g) => g.tasks);
    assert.equal(tasks.length, r.body.tasks.total);
    assert.ok(tasks.length >= 1);
    for (const g of r.body.tasks.groups) if (g.issue_id) assert.ok(g.issue_title);
    for (const t of tasks) {
      assert.ok(t.percent >= 0 && t.percent <= 100);
      assert.ok(t.status_label && t.lead, JSON.stringify(t));
      assert.equal(t.late, t.status === 'overdue' || t.status === 'done_late');
    }
    assert.ok(tasks.some((t) => t.last_note), 'a reported task shows its last note');

    // Sở KH&CN reports progress through the staff API: the public page follows.
    const officer = await as('sokhcn');
    const board = (await officer.get('/api/tasks')).body;
    const mine = board.mine.find((t) => !t.status.startsWith('done') && tasks.some((p) => p.id === t.id));
    assert.ok(mine, 'Sở KH&CN leads an open task of the conclusion');
    const percent = mine.percent === 25 ? 30 : 25;
    const note = `Đã mở ${percent} điểm wifi công cộng thí điểm`;
    const rep = await officer.post(`/api/tasks/${mine.id}/reports`, { percent, text: note });
    assert.equal(rep.status, 201, rep.text);
    const after = await eventually(
      async () => (await c.get(url())).body.tasks.groups.flatMap((g) => g.tasks).find((t) => t.id === mine.id),
      (t) => t?.percent === percent);
    assert.equal(after.percent, percent);
    assert.equal(after.last_note, note);
    assert.ok(after.last_report_on);
  });
}
