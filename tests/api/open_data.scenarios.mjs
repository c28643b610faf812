// Open data (issue 14, item 5): a dialogue's questions, issues, published answers and tasks as
// CSV and JSON downloads with a data dictionary and a licence line; the CSV read back with
// Python's csv module (a real RFC 4180 reader), the JSON checked against the OpenAPI document
// and against the accountability page it must never go beyond.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const DATASETS = ['questions', 'issues', 'answers', 'tasks'];
// No column may carry an identity: asker names, contacts, ages, units, addresses, codes.
const IDENTITY = /(^|_)(name|contact|email|phone|age|ip|unit|tracking|asker|code|address)(_|$)/;

// Parses CSV bytes with Python's csv module: the BOM, then rows of fields.
function readCsv(bytes) {
  const code = `
import sys, csv, io, json
raw = sys.stdin.buffer.read()
text = raw.decode("utf-8-sig")
print(json.dumps({"bom": raw.startswith(b"\\xef\\xbb\\xbf"), "rows": list(csv.reader(io.StringIO(text, newline="")))}))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', code], { input: bytes, encoding: 'utf8' }));
}

function isoInDays(n) {
  return new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
}

export default function (ctx) {
  const { anon, as, ids } = ctx;
  const base = (id = 1) => `/api/dialogues/${id}/open-data`;
  const download = async (path) => {
    const res = await fetch(ctx.server.url + path);
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  test('open data: the dictionary lists every dataset, its columns in two languages, and the licence', async () => {
    const r = await anon().get(base());
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.licence, 'CC BY 4.0');
    assert.equal(r.body.dialogue.id, 1);
    assert.deepEqual(r.body.datasets.map((d) => d.name), DATASETS);
    for (const d of r.body.datasets) {
      assert.equal(d.csv, `${base()}/${d.name}.csv`);
      assert.equal(d.json, `${base()}/${d.name}.json`);
      assert.ok(d.columns.length >= 5);
      for (const c of d.columns) {
        assert.ok(c.meaning_vi && c.meaning_en, `${d.name}.${c.name}`);
        if (c.name !== 'topic_name') assert.doesNotMatch(c.name, IDENTITY, `${d.name}.${c.name}`);
      }
    }
  });

  test('open data: CSV and JSON of every dataset read back whole, matching the accountability page', async () => {
    const c = anon();
    const dictionary = (await c.get(base())).body;
    const page = (await c.get('/api/dialogues/1/accountability?limit=200')).body;
    const published = (await c.get('/api/dialogues/1/answers?limit=200')).body;
    const expected = {
      questions: page.counts.total,
      issues: new Set(page.items.filter((i) => i.issue_id).map((i) => i.issue_id)).size,
      answers: published.total,
      tasks: page.tasks.total,
    };
    const files = {};
    for (const d of dictionary.datasets) {
      const columns = d.columns.map((x) => x.name);
      const csv = await download(d.csv);
      assert.equal(csv.status, 200, d.csv);
      assert.match(csv.headers.get('content-type'), /^text\/csv; charset=utf-8/);
      assert.equal(csv.headers.get('content-disposition'), `attachment; filename="doi-thoai-1-${d.name}.csv"`);
      assert.match(csv.headers.get('cache-control'), /public/);
      const text = csv.bytes.toString('utf8');
      assert.ok(text.endsWith('\r\n') && text.indexOf('\n') === text.indexOf('\r\n') + 1, 'CRLF line ends');
      const parsed = readCsv(csv.bytes);
      assert.equal(parsed.bom, true, 'UTF-8 with BOM');
      assert.deepEqual(parsed.rows[0], columns, `${d.name}: the header is the dictionary's columns`);
      const rows = parsed.rows.slice(1);
      assert.equal(rows.length, expected[d.name], `${d.name}: one row per item`);
      for (const row of rows) assert.equal(row.length, columns.length);

      const json = await c.get(d.json);  // validated against the OpenAPI document
      assert.equal(json.status, 200);
      assert.equal(json.headers.get('content-disposition'), `attachment; filename="doi-thoai-1-${d.name}.json"`);
      assert.equal(json.body.licence, 'CC BY 4.0');
      assert.equal(json.body.dataset, d.name);
      assert.deepEqual(json.body.columns, columns);
      assert.equal(json.body.count, rows.length);
      assert.equal(json.body.items.length, rows.length);
      for (const item of json.body.items) assert.deepEqual(Object.keys(item), columns);
      files[d.name] = { rows, items: json.body.items, text: text + json.text };
    }

    // Questions: counted by status as on the page; a text only when public.
    const q = files.questions.items;
    for (const s of ['received', 'processing', 'answered', 'closed']) {
      assert.equal(q.filter((i) => i.status === s).length, page.counts[s], s);
    }
    assert.deepEqual(q.map((i) => i.sequence), q.map((_, k) => k + 1));
    assert.ok(q.some((i) => !i.text_public), 'the demo has private texts');
    for (const i of q) {
      if (!i.text_public) assert.equal(i.text, null);
      else assert.ok(page.items.some((p) => p.text === i.text));
    }
    assert.deepEqual(q.map((i) => i.status), page.items.map((i) => i.status), 'the page\'s order');
    // Answers: the published ones only — never the returned or waiting ones.
    assert.deepEqual(files.answers.items.map((a) => a.issue_id).sort(), published.items.map((a) => a.issue_id).sort());
    // Tasks: their progress as the page shows it.
    const tasks = page.tasks.groups.flatMap((g) => g.tasks);
    for (const t of files.tasks.items) {
      const shown = tasks.find((x) => x.id === t.task_id);
      assert.equal(t.percent, shown.percent);
      assert.equal(t.status, shown.status);
    }

    // No identity anywhere in any file: tracking codes and names the staff see.
    const coordinator = await as('sonoivu');
    const staff = (await coordinator.get('/api/dialogues/1/questions?limit=200')).body.items;
    const all = Object.values(files).map((f) => f.text).join('\n');
    for (const s of staff) {
      assert.ok(!all.includes(s.tracking_code), `tracking code ${s.tracking_code} leaked`);
      if (s.asker?.name) assert.ok(!all.includes(s.asker.name), `name ${s.asker.name} leaked`);
    }
    assert.doesNotMatch(all, /"asker|"age"|tracking_code|"contact|"email/);
  });

  test('open data: a youth\'s text that looks like a formula reaches a spreadsheet as text', async () => {
    const c = anon();
    const text = '=HYPERLINK("http://vi-du.vn","Bấm vào đây") thành phố có hỗ trợ thanh niên mở quán cà phê sách không?';
    const sent = await c.post(`/api/dialogues/${ids.open}/questions`, { ...ctx.GOOD, text, consent_publish_text: true });
    assert.equal(sent.status, 201, sent.text);
    // The public cache may be up to a second stale after a submission.
    let rows = [];
    for (const until = Date.now() + 3000; Date.now() < until;) {
      rows = readCsv((await download(`${base(ids.open)}/questions.csv`)).bytes).rows;
      if (rows.some((r) => r.includes("'" + text))) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const header = rows[0];
    const row = rows.find((r) => r[header.indexOf('text')] === "'" + text);
    assert.ok(row, 'the CSV cell starts with an apostrophe');
    assert.equal(row[header.indexOf('text_public')], 'true');
    const json = await c.get(`${base(ids.open)}/questions.json`);
    assert.ok(json.body.items.some((i) => i.text === text), 'JSON keeps the text exactly');
  });

  test('open data: an unknown dataset, a bad id, a dialogue not yet public are not found', async () => {
    const c = anon();
    for (const path of [`${base()}/contacts.csv`, `${base()}/questions.xml`, `${base()}/questions`,
                        `${base(999999)}/questions.csv`, base(999999), '/api/dialogues/abc/open-data/questions.json']) {
      const r = await c.get(path);
      assert.equal(r.status, 404, path);
      assert.equal(r.body.error.code, 'not_found');
    }
    // A dialogue being planned, its plan not yet published: its data is not public either.
    const coordinator = await as('sonoivu');
    const held = isoInDays(90);
    const made = await coordinator.post('/api/dialogues', {
      unit_id: ids.city, year: Number(held.slice(0, 4)), title: 'Đối thoại chưa công bố kế hoạch',
      theme: 'Dữ liệu mở', held_on: held, form: 'direct', venue: 'Nhà văn hóa thanh niên',
    });
    assert.equal(made.status, 201, made.text);
    const hidden = made.body.id;
    assert.equal((await c.get(`/api/dialogues/${hidden}/accountability`)).status, 404, 'the page is hidden');
    assert.equal((await c.get(base(hidden))).status, 404);
    for (const d of DATASETS) {
      assert.equal((await download(`${base(hidden)}/${d}.csv`)).status, 404, d);
      assert.equal((await c.get(`${base(hidden)}/${d}.json`)).status, 404, d);
    }
  });
}
