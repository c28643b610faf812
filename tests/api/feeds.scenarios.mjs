// Open data (issue 14): a dialogue's dated steps as iCalendar and its new answers as Atom,
// read back with real parsers (Python's icalendar and feedparser, from Debian).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import http from 'node:http';

// Parses `text` with the Python script `code` (reads stdin, prints JSON). Debian's python3:
// the parsers are its packages (scripts/install-deps.sh --test), a python3 earlier on PATH may
// not have them.
function python(code, text) {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', code], { input: text, encoding: 'utf8' }));
}

const READ_ATOM = `
import sys, json, feedparser
f = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  "bozo": int(f.bozo), "error": str(f.get("bozo_exception", "")),
  "version": f.version, "title": f.feed.get("title"), "id": f.feed.get("id"),
  "self": next((l.href for l in f.feed.get("links", []) if l.rel == "self"), None),
  "updated": f.feed.get("updated"),
  "entries": [{"id": e.id, "title": e.title, "link": e.link, "updated": e.updated,
               "author": e.get("author"), "content": e.content[0].value} for e in f.entries]}))
`;

const READ_ICS = `
import sys, json, datetime
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.read())
events = []
for e in cal.walk("VEVENT"):
    start = e.decoded("DTSTART"); end = e.decoded("DTEND")
    assert isinstance(start, datetime.date) and not isinstance(start, datetime.datetime)
    events.append({"uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "start": start.isoformat(),
                   "days": (end - start).days, "location": str(e.get("LOCATION", "")),
                   "url": str(e.get("URL", "")), "stamp": e.decoded("DTSTAMP").isoformat()})
print(json.dumps({"version": str(cal["VERSION"]), "name": str(cal.get("X-WR-CALNAME", "")), "events": events}))
`;

// A raw GET with the Host header we choose (fetch does not let a caller set it).
function rawGet(url, path, host) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export default function (ctx) {
  const { anon } = ctx;

  test('open data: a dialogue\'s new answers as an Atom feed that feedparser reads whole', async () => {
    const c = anon();
    const answers = await c.get('/api/dialogues/1/answers?limit=200');
    assert.equal(answers.status, 200);
    assert.ok(answers.body.total >= 1, 'the demo has published answers');
    const r = await c.get('/api/dialogues/1/answers.atom');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/atom\+xml; charset=utf-8/);
    const f = python(READ_ATOM, r.text);
    assert.equal(f.bozo, 0, f.error);
    assert.equal(f.version, 'atom10');
    const base = ctx.server.url;
    assert.equal(f.self, `${base}/api/dialogues/1/answers.atom`);
    assert.equal(f.entries.length, Math.min(50, answers.body.total));
    // Newest first, the same answers the public page lists, in the same order.
    assert.deepEqual(f.entries.map((e) => e.title), answers.body.items.slice(0, 50).map((a) => a.title));
    for (const [i, e] of f.entries.entries()) {
      const a = answers.body.items[i];
      assert.equal(e.link, `${base}/d/1#issue-${a.issue_id}`);
      assert.equal(e.id, e.link);
      assert.equal(e.content, a.body);
      assert.equal(e.author, a.agency.name, 'the answering agency is named');
    }
    assert.equal(f.updated, f.entries.map((e) => e.updated).sort().at(-1), 'the feed is as new as its newest entry');
    // Bad input and what the public may not see: a malformed id is no resource at all.
    assert.equal((await c.get('/api/dialogues/abc/answers.atom')).status, 404);
    assert.equal((await c.get('/api/dialogues/999999/answers.atom')).status, 404);
  });

  test('open data: a dialogue\'s steps as iCalendar that Python\'s icalendar reads, one all-day event each', async () => {
    const c = anon();
    const d = (await c.get('/api/dialogues/1')).body;
    const r = await c.get('/api/dialogues/1/calendar.ics');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^text\/calendar; charset=utf-8/);
    assert.ok(r.text.includes('\r\n') && !/[^\r]\n/.test(r.text), 'every line ends in CRLF');
    for (const line of r.text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    const cal = python(READ_ICS, r.text);
    assert.equal(cal.version, '2.0');
    assert.equal(cal.name, d.title);
    const expected = d.clocks.length + (d.intake_closes_on ? 1 : 0);
    assert.equal(cal.events.length, expected);
    const day = cal.events.find((e) => e.start === d.held_on && e.summary === d.title);
    assert.ok(day, JSON.stringify(cal.events));
    assert.equal(day.days, 1);
    assert.equal(day.location, d.venue);
    assert.equal(day.url, `${ctx.server.url}/d/1`);
    for (const clock of d.clocks) {
      assert.ok(cal.events.some((e) => e.start === clock.due_on && e.summary.startsWith(clock.key === 'dialogue_held' ? d.title : clock.title)), clock.title);
    }
    assert.equal(new Set(cal.events.map((e) => e.uid)).size, cal.events.length, 'UIDs are unique');
    // The same copy asked again keeps the UIDs: a calendar program updates, never duplicates.
    const again = python(READ_ICS, (await c.get('/api/dialogues/1/calendar.ics')).text);
    assert.deepEqual(again.events.map((e) => e.uid), cal.events.map((e) => e.uid));
    assert.equal((await c.get('/api/dialogues/x1/calendar.ics')).status, 404);
    assert.equal((await c.get('/api/dialogues/999999/calendar.ics')).status, 404);
  });

  test('open data: links are made from the Host only when it is a plain host name', async () => {
    const url = ctx.server.url;
    const port = new URL(url).port;
    let r = await rawGet(url, '/api/dialogues/1/answers.atom', `doithoai.example.vn:${port}`);
    assert.equal(r.status, 200);
    assert.ok(r.body.includes(`href="http://doithoai.example.vn:${port}/d/1"`), r.body.slice(0, 600));
    r = await rawGet(url, '/api/dialogues/1/answers.atom', 'evil.example/"><script>x</script>');
    assert.equal(r.status, 200);
    assert.ok(!r.body.includes('evil.example') && !r.body.includes('<script>'));
    assert.ok(r.body.includes('href="http://localhost/d/1"'));
  });
}
