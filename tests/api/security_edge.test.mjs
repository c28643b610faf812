// Issue 10, security at the edges, on a real server: unguessable tracking codes and a
// throttled tracking page that says the same for every unknown code; bounded memory under
// distinct URLs; per-account sign-in backoff that slows but never locks; a configuration for
// running behind TLS; dialogues hidden until their plan is published; JSON bodies only as
// application/json; no-store on staff responses; object-src 'none'.
//
// Each scenario speaks from its own loopback address (127.0.0.x), so the per-address limits
// of one do not spill into another. Every response is checked against the OpenAPI document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawn, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, BIN, makeValidator, openDialogueId } from './harness.mjs';

const PORT = Number(process.env.API_TEST_PORT || 18320);
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_RE = /^DT(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]{2}$/;
const LEGACY_OPEN = 'DT.20250301.0007';      // a demo question left unanswered
const LEGACY_ANSWERED = 'DT.20250301.0008';  // a demo question with a published answer

let server;   // default limits, with a legacy code on two demo questions
let tls;      // --public-url https://…
let OPEN;     // the demo dialogue taking questions today (issue 13)

// A valid code of the new format (check symbol computed as the server does) from 13 symbols.
function codeOf(symbols13) {
  const v = [...symbols13].map((c) => ALPHABET.indexOf(c));
  let sum = 0;
  v.forEach((x, i) => { sum = (sum + (i + 1) * x) % 31; });
  const check = ((31 - sum) % 31) * 20 % 31;
  const s = symbols13 + ALPHABET[check];
  return `DT-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`;
}

async function start(port, { args = [], prepare } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-sec-'));
  const db = path.join(dir, 'test.db');
  execFileSync(BIN, ['--db', db, 'demo-data'], { stdio: 'pipe' });
  if (prepare) prepare(db);
  const child = spawn(BIN, ['--db', db, 'serve', '--port', String(port), '--web', path.join(ROOT, 'web'), ...args],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${url}/api/health`)).ok) break; } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const openapi = await (await fetch(`${url}/api/openapi.json`)).json();
  return {
    url, db, openapi, pid: child.pid, log: () => log,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A client speaking from `local` (a loopback address), with a cookie jar of every cookie set.
class From {
  constructor(srv, local) {
    this.srv = srv;
    this.local = local;
    this.cookies = new Map();
    this.csrf = '';
    this.validate = makeValidator(srv.openapi);
  }

  // `unchecked`: skip the OpenAPI check (for staff question lists used only to count or find
  // an id; api.test.mjs checks their shape).
  request(method, pathname, { json, raw, type, headers = {}, unchecked = false } = {}) {
    const h = { ...headers };
    let body;
    if (json !== undefined) { body = Buffer.from(JSON.stringify(json)); h['content-type'] = type ?? 'application/json'; }
    if (raw !== undefined) { body = Buffer.from(raw); if (type) h['content-type'] = type; }
    if (body) h['content-length'] = body.length;
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    const u = new URL(this.srv.url + pathname);
    return new Promise((resolve, reject) => {
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers: h,
                                 localAddress: this.local, agent: false }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          for (const c of res.headers['set-cookie'] || []) {
            const [pair] = c.split(';');
            const [k, v] = pair.split('=');
            if (v) this.cookies.set(k, v); else this.cookies.delete(k);
          }
          const parsed = text && (res.headers['content-type'] || '').includes('json') ? JSON.parse(text) : null;
          try {
            if (u.pathname.startsWith('/api/') && !unchecked) this.validate(method.toLowerCase(), u.pathname, res.statusCode, parsed);
          } catch (e) { reject(e); return; }
          resolve({ status: res.statusCode, headers: res.headers, body: parsed, text });
        });
      });
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });
  }

  get(p, o) { return this.request('GET', p, o); }
  post(p, json, o = {}) { return this.request('POST', p, { json, ...o }); }
  patch(p, json, o = {}) { return this.request('PATCH', p, { json, ...o }); }

  async signIn(username, password = 'doithoai-demo') {
    const r = await this.post('/api/session', { username, password });
    if (r.status !== 200) throw new Error(`sign-in ${username}: ${r.status} ${r.text}`);
    this.csrf = r.body.csrf_token;
    return r;
  }
}

const fieldOf = (r) => (r.body?.error?.fields || []).map((f) => f.field);
const GOOD = { text: 'Thành phố có hỗ trợ thanh niên học lập trình miễn phí không ạ?', age: 20, consent: true };
const vietnamToday = () => new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

before(async () => {
  server = await start(PORT, {
    args: ['--lookups-per-minute', '20'],
    // Codes written down before issue 10 stay valid: two demo questions get old-format codes,
    // one unanswered and one whose issue's answer is published.
    prepare(db) {
      const sql = (q) => execFileSync('sqlite3', [db, q], { encoding: 'utf8' }).trim();
      const open = sql("SELECT id FROM questions WHERE issue_id IS NULL AND screening = 'new' ORDER BY id LIMIT 1");
      const answered = sql("SELECT q.id FROM questions q JOIN answers a ON a.issue_id = q.issue_id WHERE a.published_at IS NOT NULL ORDER BY q.id LIMIT 1");
      assert.ok(open && answered, 'the demo has an unanswered and an answered question');
      sql(`UPDATE questions SET tracking_code = '${LEGACY_OPEN}' WHERE id = ${open}`);
      sql(`UPDATE questions SET tracking_code = '${LEGACY_ANSWERED}' WHERE id = ${answered}`);
    },
  });
  OPEN = await openDialogueId(server);
});
after(async () => { await server?.stop(); await tls?.stop(); });

test('tracking codes: unguessable, read however typed, the same 404 for every unknown code', async () => {
  const c = new From(server, '127.0.0.11');
  const r = await c.post(`/api/dialogues/${OPEN}/questions`, { ...GOOD, asker_name: 'Lê Thị Riêng Tư', asker_contact: '0900000002' });
  assert.equal(r.status, 201);
  const code = r.body.tracking_code;
  assert.match(code, CODE_RE);
  const second = (await c.post(`/api/dialogues/${OPEN}/questions`, GOOD)).body.tracking_code;
  assert.notEqual(second, code);

  const bare = code.slice(3).replaceAll('-', '');
  for (const typed of [code, code.toLowerCase(), bare, ` dt ${bare.slice(0, 4)} ${bare.slice(4)} `, `DT${bare}`,
                       code.replaceAll('0', 'o').replaceAll('1', 'l')]) {
    const t = await c.get(`/api/questions/${encodeURIComponent(typed)}`);
    assert.equal(t.status, 200, typed);
    assert.equal(t.body.tracking_code, code);
    assert.equal(t.body.text, GOOD.text);
    assert.equal(t.headers['cache-control'], 'no-store', 'never kept by browsers or proxies');
    assert.ok(!t.text.includes('Riêng Tư') && !t.text.includes('0900000002'), 'identity never public');
  }

  // A typo the check symbol catches: a 404 that says so (it reveals nothing about what exists).
  const i = 5;
  const typo = bare.slice(0, i) + ALPHABET[(ALPHABET.indexOf(bare[i]) + 1) % 31] + bare.slice(i + 1);
  const ty = await c.get(`/api/questions/${typo}`);
  assert.equal(ty.status, 404);
  assert.deepEqual(fieldOf(ty), ['code']);
  assert.match(ty.body.error.fields[0].reason, /gõ nhầm/);

  // Well-formed codes of no question: one answer, whatever they are.
  const unknown = [];
  for (const s of ['0000000000000', 'ZZZZZZZZZZZZZ', '7K3M9QXA2HFPW', bare.slice(0, 12) + (bare[12] === 'A' ? 'B' : 'A')]) {
    const u = await c.get(`/api/questions/${codeOf(s)}`);
    assert.equal(u.status, 404, s);
    unknown.push(u.text);
  }
  unknown.push((await c.get('/api/questions/DT.20991231.0001')).text);
  assert.equal(new Set(unknown).size, 1, `the same body for every unknown code: ${[...new Set(unknown)].join(' | ')}`);
  for (const junk of ['%3Cscript%3E', 'DT-UUUU-0000-0000-00', 'x'.repeat(300), 'DT.20251312.0001']) {
    const j = await c.get(`/api/questions/${junk}`);
    assert.equal(j.status, 404, junk);
    assert.deepEqual(fieldOf(j), ['code']);
  }
});

test('tracking codes: legacy codes stay valid but show no text until answered', async () => {
  const c = new From(server, '127.0.0.12');
  const open = await c.get(`/api/questions/${LEGACY_OPEN.toLowerCase()}`);
  assert.equal(open.status, 200);
  assert.equal(open.body.tracking_code, LEGACY_OPEN);
  assert.equal(open.body.text, null, 'an unanswered question behind a guessable code');
  assert.equal(open.body.submitted_at, null);
  assert.ok(open.body.status_label);
  const answered = await c.get(`/api/questions/${LEGACY_ANSWERED}`);
  assert.equal(answered.status, 200);
  assert.equal(answered.body.status, 'answered');
  assert.equal(typeof answered.body.text, 'string', 'the text is public with its answer anyway');
  assert.ok(answered.body.answer.body.length > 0);
});

test('tracking page: never served from the public cache, always current', async () => {
  const youth = new From(server, '127.0.0.13');
  const code = (await youth.post(`/api/dialogues/${OPEN}/questions`, GOOD)).body.tracking_code;
  assert.equal((await youth.get(`/api/questions/${code}`)).body.status, 'received');
  const staff = new From(server, '127.0.0.18');
  await staff.signIn('sonoivu');
  const q = (await staff.get(`/api/dialogues/${OPEN}/questions?limit=200`, { unchecked: true })).body.items
    .find((x) => x.tracking_code === code);
  assert.equal((await staff.post(`/api/questions/${q.id}/screening`, { screening: 'accepted' }, { unchecked: true })).status, 200);
  const after = await youth.get(`/api/questions/${code}`);
  assert.equal(after.body.status, 'processing', 'not a stale copy');
  // Another address asking for the same URL gets the page only because it holds the code.
  assert.equal((await new From(server, '127.0.0.14').get(`/api/questions/${code}`)).status, 200);
});

test('tracking page: throttled per client address, before any lookup', async () => {
  const prober = new From(server, '127.0.0.15');
  const statuses = [];
  for (let n = 0; n < 20; n++) {  // the burst of --lookups-per-minute 20
    statuses.push((await prober.get(`/api/questions/${codeOf(String(n).padStart(13, '0'))}`)).status);
  }
  assert.deepEqual(statuses, Array(20).fill(404));
  // Then refused: a token comes back every 3 s, so within a few tries the limit shows.
  let r;
  for (let n = 20; n < 25 && r?.status !== 429; n++) r = await prober.get(`/api/questions/${codeOf(String(n).padStart(13, '0'))}`);
  assert.equal(r.status, 429);
  assert.equal(r.headers['retry-after'], '60');
  r = await prober.get(`/api/questions/${LEGACY_ANSWERED}`);
  assert.equal(r.status, 429, 'even a real code: the limit comes first');
  assert.equal(r.headers['retry-after'], '60');
  assert.equal((await new From(server, '127.0.0.16').get(`/api/questions/${LEGACY_ANSWERED}`)).status, 200,
               'per address');
});

function rssKiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m[1]);
}

// Under AddressSanitizer (make test's second run) freed memory waits in a 256 MiB quarantine,
// so the server's RSS says nothing about what it keeps.
const sanitized = process.env.DOITHOAI_SANITIZED === '1';
test('memory: 6,000 distinct URLs that miss the public cache leave it bounded',
     { skip: sanitized && 'RSS is not meaningful under ASan' }, async () => {
  const c = new From(server, '127.0.0.17');
  // Warm up: the pages and the allocator's first arenas.
  for (let n = 0; n < 300; n++) await c.get(`/api/dialogues/1/answers?limit=20&offset=${n}&junk=${n}`);
  const before = rssKiB(server.pid);
  for (let n = 0; n < 3000; n++) {
    const junk = 'x'.repeat(200) + n;
    assert.equal((await c.get(`/api/dialogues/1/answers?junk=${junk}`)).status, 200);
    assert.equal((await c.get(`/api/dialogues/${1000000 + n}?junk=${junk}`)).status, 404);
  }
  const grown = rssKiB(server.pid) - before;
  // Before issue 10: +20 MiB per 3,000 such requests.
  assert.ok(grown < 4096, `RSS grew ${grown} KiB`);
});

test('sign-in: per-account backoff from any address, a correct password after the wait', async () => {
  for (const username of ['sotaichinh', 'khong-ton-tai']) {  // unknown users count the same
    const guesser = new From(server, username === 'sotaichinh' ? '127.0.0.21' : '127.0.0.22');
    const other = new From(server, username === 'sotaichinh' ? '127.0.0.23' : '127.0.0.24');
    for (let n = 0; n < 6; n++) {
      const r = await (n % 2 ? other : guesser).post('/api/session', { username, password: `sai-mat-khau-${n}` });
      assert.equal(r.status, 401, `failure ${n + 1}`);
    }
    // The sixth failure set a wait of 1 s. Two more failures, each after the wait the server
    // named, double it to 2 s and then 4 s: a window wide enough that the checks below never
    // race the clock on a loaded machine.
    for (let n = 6; n < 8; n++) {
      const refused = await guesser.post('/api/session', { username, password: `sai-mat-khau-${n}` });
      if (refused.status === 429) await sleep(Number(refused.headers['retry-after']) * 1000 + 100);
      const r = await guesser.post('/api/session', { username, password: `sai-mat-khau-${n}` });
      assert.equal(r.status, 401, `failure ${n + 1} after the wait`);
    }
    // Now refused from every address, the password unchecked.
    let wait = 0;
    for (const c of [guesser, other]) {
      const r = await c.post('/api/session', { username, password: 'doithoai-demo' });
      assert.equal(r.status, 429, username);
      wait = Number(r.headers['retry-after']);
      assert.ok(wait >= 3 && wait <= 5, `Retry-After ${wait} (a 4 s wait in whole seconds, rounded up)`);
      assert.match(r.body.error.message, new RegExp(`${wait} giây`));
      assert.equal(r.headers['set-cookie'], undefined);
    }
    assert.equal((await other.post('/api/session', { username: 'sonnmt', password: 'sai-mat-khau' })).status, 401,
                 'other accounts are not slowed');
    await sleep(wait * 1000 + 100);  // the wait the server named: only ever later, never racing
    const r = await guesser.post('/api/session', { username, password: 'doithoai-demo' });
    assert.equal(r.status, username === 'sotaichinh' ? 200 : 401, 'slowed, not locked');
  }
});

test("sign-in: a stranger's failures do not slow the owner's browser", async () => {
  const owner = new From(server, '127.0.0.25');
  const signedIn = await owner.signIn('sokhcn');
  const cookies = signedIn.headers['set-cookie'];
  const device = cookies.find((c) => c.startsWith('dt_device='));
  assert.ok(device, 'a device cookie');
  assert.match(device, /HttpOnly/);
  assert.match(device, /SameSite=Strict/);
  assert.match(device, /Path=\/api\/session/);
  assert.ok(!device.includes('Secure'), 'not Secure without an https public URL');
  assert.equal(signedIn.headers['cache-control'], 'no-store');
  const stranger = new From(server, '127.0.0.26');
  for (let n = 0; n < 8; n++) await stranger.post('/api/session', { username: 'sokhcn', password: `doan-${n}` });
  // Within the second after the sixth failure (the account now waits at least 1 s):
  assert.equal((await stranger.post('/api/session', { username: 'sokhcn', password: 'doithoai-demo' })).status, 429);
  const newcomer = new From(server, '127.0.0.25');  // the owner's address, but another browser
  assert.equal((await newcomer.post('/api/session', { username: 'sokhcn', password: 'doithoai-demo' })).status, 429);
  const forged = new From(server, '127.0.0.26');
  forged.cookies.set('dt_device', 'f'.repeat(64));
  assert.equal((await forged.post('/api/session', { username: 'sokhcn', password: 'doithoai-demo' })).status, 429,
               'a made-up device cookie is no exemption');
  const again = await owner.post('/api/session', { username: 'sokhcn', password: 'doithoai-demo' });
  assert.equal(again.status, 200, 'the browser that signed in before is not delayed');
});

test('public POSTs and staff writes read JSON only when declared application/json', async () => {
  const c = new From(server, '127.0.0.31');
  const login = JSON.stringify({ username: 'admin', password: 'doithoai-demo' });
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
    const r = await c.request('POST', '/api/session', { raw: login, type });
    assert.equal(r.status, 415, `login CSRF through a cross-site form (${type})`);
    assert.deepEqual(fieldOf(r), ['Content-Type']);
    assert.equal(r.body.error.code, 'unsupported_media_type');
    assert.equal(r.headers['set-cookie'], undefined);
  }
  const staff = new From(server, '127.0.0.35');
  await staff.signIn('sonoivu');
  const count = async () => (await staff.get(`/api/dialogues/${OPEN}/questions?limit=1`, { unchecked: true })).body.total;
  const before = await count();
  const q = await c.request('POST', `/api/dialogues/${OPEN}/questions`, { raw: JSON.stringify(GOOD), type: 'text/plain;charset=UTF-8' });
  assert.equal(q.status, 415);
  assert.equal(await count(), before, 'nothing written');
  const ok = await c.request('POST', `/api/dialogues/${OPEN}/questions`, { raw: JSON.stringify(GOOD), type: 'Application/JSON; charset=utf-8' });
  assert.equal(ok.status, 201);
  const w = new From(server, '127.0.0.32');
  await w.signIn('sonoivu');
  const patch = await w.request('PATCH', '/api/dialogues/1', { raw: JSON.stringify({ venue: 'x' }), type: 'text/plain' });
  assert.equal(patch.status, 415, 'staff JSON writes too');
});

test('staff responses and responses setting cookies are no-store; CSP has object-src none', async () => {
  const c = new From(server, '127.0.0.33');
  await c.signIn('sonoivu');
  for (const p of ['/api/dialogues/1/dashboard', '/api/session', '/api/dialogues/1/issues']) {
    const r = await c.get(p);
    assert.equal(r.status, 200, p);
    assert.equal(r.headers['cache-control'], 'no-store', p);
  }
  const out = await c.request('DELETE', '/api/session');
  assert.equal(out.status, 204);
  assert.equal(out.headers['cache-control'], 'no-store', 'it clears the cookie');
  const pub = await new From(server, '127.0.0.34').get('/api/dialogues/1/answers');
  assert.equal(pub.headers['cache-control'], 'public, max-age=1', 'public pages stay cacheable');
  for (const p of ['/', '/d/1', '/staff/']) {
    const res = await fetch(server.url + p);
    assert.match(res.headers.get('content-security-policy'), /object-src 'none'/, p);
    assert.equal(res.headers.get('strict-transport-security'), null, 'no HSTS over plain http');
  }
});

test('dialogues: hidden and closed to questions until the plan is published; staff see them', async () => {
  const planner = new From(server, '127.0.0.41');
  await planner.signIn('sonoivu');
  const city = (await planner.get('/api/dialogues/1')).body.unit.id;
  const made = await planner.post('/api/dialogues', {
    unit_id: city, year: 2027, title: 'Đối thoại chưa công bố kế hoạch', theme: 'Thanh niên khởi nghiệp',
    held_on: '2027-03-26', form: 'direct', venue: 'Nhà hát thành phố',
  });
  assert.equal(made.status, 201);
  const id = made.body.id;
  const anon = new From(server, '127.0.0.42');
  assert.equal((await anon.get(`/api/dialogues/${id}`)).status, 404);
  assert.ok(!(await anon.get('/api/dialogues')).body.items.some((d) => d.id === id));
  assert.equal((await anon.post(`/api/dialogues/${id}/questions`, GOOD)).status, 404);
  // Staff of the host's branch still see it, never cached.
  const seen = await planner.get(`/api/dialogues/${id}`);
  assert.equal(seen.status, 200);
  assert.equal(seen.headers['cache-control'], 'no-store');
  assert.ok((await planner.get('/api/dialogues')).body.items.some((d) => d.id === id));
  const national = new From(server, '127.0.0.43');
  await national.signIn('bonoivu');
  assert.equal((await national.get(`/api/dialogues/${id}`)).status, 200);
  assert.equal((await anon.get(`/api/dialogues/${id}`)).status, 404, 'the staff view did not reach the cache');
  // Published on a future day: still hidden. Published today: public, takes questions.
  assert.equal((await planner.patch(`/api/dialogues/${id}`, { plan_published_on: '2027-01-15' })).status, 200);
  assert.equal((await anon.get(`/api/dialogues/${id}`)).status, 404);
  const today = vietnamToday();
  assert.equal((await planner.patch(`/api/dialogues/${id}`, { plan_published_on: today })).status, 200);
  assert.equal((await anon.get(`/api/dialogues/${id}`)).status, 200);
  assert.ok((await anon.get('/api/dialogues')).body.items.some((d) => d.id === id));
  const q = await anon.post(`/api/dialogues/${id}/questions`, GOOD);
  assert.equal(q.status, 201);
});

test('behind TLS: --public-url https sets Secure cookies and HSTS on every response', async () => {
  for (const bad of ['ftp://doithoai.example.gov.vn', 'https://', 'https://doi thoai.vn', 'doithoai.example.gov.vn']) {
    const run = spawnSync(BIN, ['--db', '/nonexistent/x.db', 'serve', '--port', String(PORT + 9), '--public-url', bad],
                          { encoding: 'utf8', timeout: 10000 });
    assert.notEqual(run.status, 0, bad);
    assert.match(run.stderr, /public_url/, bad);
  }
  tls = await start(PORT + 1, { args: ['--public-url', 'https://doithoai.example.gov.vn'] });
  const c = new From(tls, '127.0.0.51');
  const r = await c.signIn('sonoivu');
  const cookies = r.headers['set-cookie'];
  assert.equal(cookies.length, 2);
  for (const cookie of cookies) assert.match(cookie, /; Secure/, cookie);
  for (const p of ['/api/session', '/api/dialogues/1', '/api/dialogues/1', '/api/questions/DT-0000-0000-0000-00']) {
    const res = await c.get(p);
    assert.equal(res.headers['strict-transport-security'], 'max-age=31536000', p);
  }
  for (const p of ['/', '/assets/public.js', '/d/1']) {
    const res = await fetch(tls.url + p);
    assert.equal(res.headers.get('strict-transport-security'), 'max-age=31536000', p);
  }
});
