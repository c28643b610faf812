// The authorization matrix (issue 10; SYSTEM.md §5: "roles and tree scope checked on every
// request (tested as a matrix)"): every operation of the OpenAPI document the server serves ×
// an anonymous client and each demo account, on a real server with fresh demo data. The
// expected outcome of every cell is written down in authz-matrix.json (from SYSTEM.md §1, §5
// and the rules in src/domain/access, not from what the server answered); this test fails on
//   - an unexpected allow (the security failure this matrix exists for),
//   - an unexpected deny (a gate or rule narrower than the table says),
//   - any 5xx, an operation with no row in the table or no probe here (a new route must be
//     added to both), a row for an operation the server does not have,
//   - a role outside the operation's `x-roles` that is not refused by the router's role gate
//     itself (the gate answers before the handler reads the body),
//   - a response that does not match the OpenAPI document (the harness checks each one).
//
// What an outcome means. Each cell is one request: the path ids of a demo object chosen so the
// per-unit rule matters (the city's objects, so the ward's staff are outside; an issue, a
// task, a report of one agency, so the other agencies are outside), and a body that is
// well-formed enough to reach the use case's permission check:
//   allow = 2xx, or 400/409/422 — refused for its body or state only after every permission
//           check passed. Where a use case offers a failure that comes after its check
//           (a duplicate agency code, an already approved answer, a date out of range, a
//           question id that does not exist), the probe uses it, so nothing is written.
//           404 counts as allow only where the probe says it is the answer past the check.
//   deny  = 401 (no session), 403, or 404 on reads that hide what the reader may not see
//           (issues, indicator programmes and rounds answer 404 to keep ids unconfirmed).
// Limits. An allow proves the request got past authorization for THIS target: one target per
// operation, so a rule that is wrong only for other targets goes unseen (the unit tests of
// src/domain/access hold the rules in full). A 400/409/422 counts as allow, so a use case that
// validated its body before its permission check would show an out-of-scope account as
// allowed: that is reported as an unexpected allow, which is what we want (permission first).
// The indicator import carries its units inside the file: its probe sends an unreadable file
// and so checks the role gate only (its row allows every reporter of the round).
// Writes that have no failure past the check are ordered after all other cells and only add
// (a one-row question import, a progress report at the task's current percent, an evidence
// PDF, a reminder run); signing out comes last of all. Public operations are sent by every
// account too: a session never narrows a public page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, Client } from './harness.mjs';

const PORT = Number(process.env.API_TEST_PORT || 18340);
const TABLE = JSON.parse(readFileSync(new URL('./authz-matrix.json', import.meta.url), 'utf8'));
const ACCOUNTS = TABLE.roles.filter((r) => r !== 'anonymous');
// The message of the router's role gate (src/http/api/api.cc): a role outside x-roles is
// refused with it, before the handler reads anything of the request.
const GATE_MESSAGE = 'Vai trò của tài khoản không được dùng chức năng này';

let server;
const clients = {};   // role → Client (anonymous: no session)
const grants = {};    // role → the role names its grants hold
const ids = {};       // demo objects the probes aim at, discovered through the API

before(async () => {
  server = await startServer({
    port: PORT,
    args: ['--sign-ins-per-minute', '0', '--submissions-per-minute', '0', '--lookups-per-minute', '0',
           '--reminders-every-minutes', '0'],
  });
  clients.anonymous = new Client(server);
  for (const user of ACCOUNTS) {
    const c = new Client(server);
    const me = await c.signIn(user);
    clients[user] = c;
    grants[user] = new Set(me.grants.map((g) => g.role));
  }
  await discover();
});
after(async () => { await server?.stop(); });

// Discovery reads as the account, without the OpenAPI check (the cells are checked).
async function read(client, pathname, what) {
  const res = await fetch(server.url + pathname, { headers: client.cookie ? { cookie: client.cookie } : {} });
  if (!res.ok) throw new Error(`discovering ${what}: ${res.status} ${await res.text()}`);
  return res.json();
}

// The demo objects, found as their owners see them (README.md "Try it").
async function discover() {
  const { admin, sonoivu, sokhcn } = clients;
  const anon = clients.anonymous;
  const units = await read(anon, '/api/units?parent_id=1', 'provinces');
  ids.city = units.items.find((u) => u.code === 'hai-phong').id;
  const wards = (await read(anon, `/api/units?parent_id=${ids.city}`, 'wards')).items;
  ids.ward = wards.find((u) => u.name.includes('Hồng Bàng')).id;
  ids.otherWard = wards.find((u) => u.id !== ids.ward).id;
  const agencies = async (unit) => Object.fromEntries(
    (await read(admin, `/api/agencies?unit_id=${unit}`, 'agencies')).items.map((a) => [a.code, a.id]));
  ids.cityAgency = await agencies(ids.city);
  ids.wardAgency = await agencies(ids.ward);

  const dialogues = (await read(anon, '/api/dialogues', 'dialogues')).items;
  const cityDialogue = (year) => dialogues.find((d) => d.year === year && d.unit?.id === ids.city) ??
                                 dialogues.find((d) => d.year === year);
  ids.dialogue = cityDialogue(2025).id;
  ids.dialogue2026 = cityDialogue(2026).id;
  const plan = await read(anon, `/api/dialogues/${ids.dialogue}`, 'the 2025 dialogue');
  ids.milestone = plan.milestones[0];

  const issues = (await read(sonoivu, `/api/dialogues/${ids.dialogue}/issues`, 'issues')).items;
  const approved = issues.find((i) => i.lead_agency?.id === ids.cityAgency['so-tai-chinh'] &&
                                      i.answer?.status === 'approved');
  ids.issue = approved.id;
  const issue = await read(sonoivu, `/api/issues/${ids.issue}`, 'the issue');
  ids.question = issue.questions[0].id;
  ids.trackingCode = issue.questions[0].tracking_code;

  const calls = (await read(anon, '/api/initiative-calls', 'initiative calls')).items;
  ids.initiativeCall = calls.find((c) => c.call.phase === 'published').call.id;
  const council = await read(clients.thanhdoan, `/api/initiative-calls/${ids.initiativeCall}/initiatives`, 'the 2025 call');
  ids.initiativeNotSelected = council.initiatives.find((i) => i.status === 'not_selected').id;
  ids.initiativeRecognised = council.initiatives.find((i) => i.status === 'recognised').id;

  const users = (await read(admin, '/api/users', 'users')).items;
  ids.user = users.find((u) => u.username === 'sokhcn').id;

  const documents = (await read(clients.bonoivu, '/api/documents?limit=200', 'documents')).items;
  ids.pmNotice = documents.find((d) => d.number_symbol === '158/TB-VPCP').id;
  ids.wardLetter = documents.find((d) => d.unit_id === ids.ward && d.kind === 'relay').id;
  ids.conclusion = documents.find((d) => d.kind === 'conclusion' && d.dialogue_id === ids.dialogue).id;
  const conclusion = await read(sonoivu, `/api/documents/${ids.conclusion}`, 'the conclusion');
  const wifi = conclusion.tasks.find((t) => t.lead.agency_id === ids.cityAgency['so-kh-cn']);
  ids.task = wifi.id;
  const task = await read(sonoivu, `/api/tasks/${ids.task}`, 'the wifi task');
  ids.taskPercent = task.percent ?? 0;

  // Sở KH&CN's own report (on the city letter), and the evidence of Sở Nội vụ's report.
  const mine = (await read(sokhcn, '/api/tasks', 'Sở KH&CN board')).mine;
  for (const t of mine) {
    const view = await read(sokhcn, `/api/tasks/${t.id}`, 'a task of Sở KH&CN');
    const r = view.report_list.find((x) => x.agency_id === ids.cityAgency['so-kh-cn']);
    if (r) { ids.report = r.id; break; }
  }
  for (const d of documents.filter((x) => x.unit_id === ids.city && x.kind === 'relay')) {
    const view = await read(sonoivu, `/api/documents/${d.id}`, 'the city letter');
    for (const t of view.tasks) {
      const tv = await read(sonoivu, `/api/tasks/${t.id}`, 'a city letter task');
      const e = tv.report_list.flatMap((r) => r.evidence ?? [])[0];
      if (e) { ids.evidence = e.id; break; }
    }
    if (ids.evidence) break;
  }

  const programmes = (await read(sonoivu, '/api/indicator-programmes', 'programmes')).items;
  ids.programme = programmes.find((p) => p.unit_id === ids.city).id;
  const programme = await read(sonoivu, `/api/indicator-programmes/${ids.programme}`, 'the programme');
  ids.indicator = programme.indicators[0].id;
  ids.round = programme.rounds.find((r) => r.period_year === 2025).id;

  for (const [k, v] of Object.entries(ids)) {
    if (v === undefined || v === null) throw new Error(`demo object not found: ${k}`);
  }
}

// One probe per operation: the request each account sends. `phase` orders the cells: 0 reads
// and writes refused past the check, 1 writes that add, 2 signing out. `notFound` says what a
// 404 means for this operation (unset: the probe is broken).
const NO_SUCH = 999999;  // an id no demo object has, refused after the permission check
const DEADLINE = { kind: 'date', date: '2099-12-31', text: 'trước ngày 31/12/2099' };
const PROBES = {
  'GET /api/health': () => ({}),
  'GET /api/openapi.json': () => ({}),
  'GET /api/dialogues': () => ({}),
  'GET /api/dialogues/{id}': () => ({ path: `/api/dialogues/${ids.dialogue}` }),
  'POST /api/dialogues/{id}/questions': () => ({ path: `/api/dialogues/${ids.dialogue}/questions`, json: {} }),
  'GET /api/questions/{code}': () => ({ path: `/api/questions/${ids.trackingCode}` }),
  // A youth's rights (issue 10): the demo question's own code and contact; the writes are refused
  // for their body after the proof, so nothing is changed.
  'POST /api/my-data': () => ({ phase: 1, json: { tracking_code: ids.trackingCode, contact: '09xx xxx xxx' } }),
  'POST /api/my-data/export': () => ({ phase: 1, json: { tracking_code: ids.trackingCode, contact: '09xx xxx xxx' } }),
  'POST /api/my-data/correction': () => ({ json: { tracking_code: ids.trackingCode, contact: '09xx xxx xxx', age: 15 } }),
  'POST /api/my-data/withdrawal': () => ({ json: { tracking_code: ids.trackingCode, contact: '09xx xxx xxx', purpose: 'everything' } }),
  'POST /api/my-data/deletion': () => ({ json: { tracking_code: ids.trackingCode, contact: '09xx xxx xxx' } }),
  'GET /api/dialogues/{id}/data-requests': () => ({ path: `/api/dialogues/${ids.dialogue}/data-requests` }),
  'GET /api/dialogues/{id}/answers': () => ({ path: `/api/dialogues/${ids.dialogue}/answers` }),
  'GET /api/dialogues/{id}/answers.atom': () => ({ path: `/api/dialogues/${ids.dialogue}/answers.atom` }),
  'GET /api/dialogues/{id}/accountability': () => ({ path: `/api/dialogues/${ids.dialogue}/accountability`, query: '?status=answered' }),
  'GET /api/dialogues/{id}/calendar.ics': () => ({ path: `/api/dialogues/${ids.dialogue}/calendar.ics` }),
  'GET /api/dialogues/{id}/open-data': () => ({ path: `/api/dialogues/${ids.dialogue}/open-data` }),
  'GET /api/dialogues/{id}/open-data/{file}': () => ({ path: `/api/dialogues/${ids.dialogue}/open-data/tasks.json` }),
  // One-click unsubscribe: a forged token is refused (422 on `token`) after the (public) check.
  'GET /api/unsubscribe': () => ({ query: '?token=Z2lhQG1hby52bg.Z2lhbWFv' }),
  'POST /api/unsubscribe': () => ({ query: '?token=Z2lhQG1hby52bg.Z2lhbWFv', raw: Buffer.from('List-Unsubscribe=One-Click') }),
  // Support only adds (one per client address; the repeats change nothing): after the reads.
  'POST /api/issues/{id}/support': () => ({ phase: 1, path: `/api/issues/${ids.issue}/support`, json: {} }),
  'POST /api/issues/{id}/follow': () => ({ path: `/api/issues/${ids.issue}/follow`, json: { email: 'khong-phai-email' } }),
  'GET /api/follow/confirm': () => ({ query: '?token=MTpsYW5AbWFvLnZu.Z2lhbWFv' }),
  'POST /api/follow/confirm': () => ({ query: '?token=MTpsYW5AbWFvLnZu.Z2lhbWFv' }),
  'GET /api/units': () => ({}),
  'POST /api/session': () => ({ json: {} }),
  'GET /api/search': () => ({ query: '?q=vi%E1%BB%87c%20l%C3%A0m' }),
  'GET /api/dialogues/{id}/similar': () => ({ path: `/api/dialogues/${ids.dialogue}/similar`, query: '?text=vi%E1%BB%87c%20l%C3%A0m' }),
  'GET /api/public/indicators': () => ({}),
  'GET /api/dialogues/{id}/conclusion/{format}': () => ({ path: `/api/dialogues/${ids.dialogue}/conclusion/pdf` }),
  'GET /api/session': () => ({}),
  'GET /api/me/todo': () => ({}),
  // The dialogue day (issue 15): the 2025 dialogue's record is closed by its conclusion, so the
  // secretariat's writes are refused (409) after the check and nothing is written.
  'GET /api/dialogues/{id}/live': () => ({ path: `/api/dialogues/${ids.dialogue}/live` }),
  'POST /api/dialogues/{id}/live/entries': () => ({
    path: `/api/dialogues/${ids.dialogue}/live/entries`, json: { client_key: 'authz-matrix-01', text: 'Ma trận quyền' },
  }),
  'PUT /api/dialogues/{id}/live/entries/{seq}/answer': () => ({
    path: `/api/dialogues/${ids.dialogue}/live/entries/1/answer`, json: { version: 1, outcome: 'pending' },
  }),
  'PUT /api/dialogues/{id}/live/screen': () => ({ path: `/api/dialogues/${ids.dialogue}/live/screen`, json: { seq: null } }),
  'GET /api/dialogues/{id}/live/screen': () => ({ path: `/api/dialogues/${ids.dialogue}/live/screen` }),
  'GET /api/dialogues/{id}/programme': () => ({ path: `/api/dialogues/${ids.dialogue}/programme` }),
  'PUT /api/dialogues/{id}/programme': () => ({
    path: `/api/dialogues/${ids.dialogue}/programme`, json: { agenda: [{ starts_at: '08:00', title: 'Khai mạc' }] },
  }),
  'POST /api/dialogues/{id}/delegates': () => ({
    path: `/api/dialogues/${ids.dialogue}/delegates`, json: { name: 'Ma trận quyền', unit: 'Phường An Biên' },
  }),
  'PUT /api/dialogues/{id}/delegates/{delegate}/check-in': () => ({
    path: `/api/dialogues/${ids.dialogue}/delegates/${NO_SUCH}/check-in`, json: { present: true },
  }),
  'GET /api/dialogues/{id}/live/events': () => ({ path: `/api/dialogues/${NO_SUCH}/live/events`, notFound: 'allow' }),
  // Youth initiatives (issue 15, C10): the 2025 call is published, so every write is refused
  // (409) after the check and nothing is written.
  'GET /api/initiative-calls': () => ({}),
  'POST /api/initiative-calls': () => ({
    json: { unit_id: ids.city, title: 'Ma trận quyền', opens_on: '2026-01-01', closes_on: '2026-02-01',
            criteria: [{ name: 'Tính mới', max_points: 10 }], council: ['khong-co-ai'] },
  }),
  'GET /api/initiative-calls/{id}': () => ({ path: `/api/initiative-calls/${ids.initiativeCall}` }),
  'POST /api/initiative-calls/{id}/initiatives': () => ({
    path: `/api/initiative-calls/${ids.initiativeCall}/initiatives`,
    json: { title: 'Ma trận quyền', problem: 'Vấn đề', solution: 'Giải pháp', team: 'Nhóm', unit: 'Chi đoàn' },
  }),
  'GET /api/initiative-calls/{id}/initiatives': () => ({
    path: `/api/initiative-calls/${ids.initiativeCall}/initiatives`, notFound: 'deny',
  }),
  'GET /api/staff/initiative-calls': () => ({}),
  'POST /api/initiative-calls/{id}/review': () => ({ path: `/api/initiative-calls/${ids.initiativeCall}/review` }),
  'POST /api/initiative-calls/{id}/results': () => ({
    path: `/api/initiative-calls/${ids.initiativeCall}/results`, json: { selected: [] },
  }),
  'GET /api/initiative-tracking/{code}': () => ({ path: '/api/initiative-tracking/khong-phai-ma' }),
  'POST /api/initiative-calls/{id}/decision': () => ({
    path: `/api/initiative-calls/${ids.initiativeCall}/decision`,
    json: { signer_name: 'Ma Trận', supports: [{ initiative_id: ids.initiativeRecognised, mentor_agency_id: NO_SUCH, due_on: '2099-01-01' }] },
  }),
  'GET /api/initiative-calls/{id}/documents/{name}': () => ({
    path: `/api/initiative-calls/${ids.initiativeCall}/documents/recognition.pdf`,
  }),
  'POST /api/initiatives/{id}/screening': () => ({
    path: `/api/initiatives/${ids.initiativeNotSelected}/screening`, json: { admit: true },
  }),
  'PUT /api/initiatives/{id}/scorecard': () => ({
    path: `/api/initiatives/${ids.initiativeNotSelected}/scorecard`, json: { points: [1, 1, 1] }, notFound: 'deny',
  }),
  'POST /api/initiatives/{id}/recognition': () => ({
    path: `/api/initiatives/${ids.initiativeNotSelected}/recognition`, json: { recognition: 'Ma trận quyền' },
  }),
  'DELETE /api/session': () => ({ phase: 2 }),

  'POST /api/dialogues': () => ({
    json: { unit_id: ids.city, title: 'Ma trận quyền', held_on: '2026-09-01', year: 2026,
            coordinator_agency_id: ids.wardAgency['phong-vh-xh'] },  // not the host's: 422 after the check
  }),
  'PATCH /api/dialogues/{id}': () => ({ path: `/api/dialogues/${ids.dialogue}`, json: { title: '' } }),
  'POST /api/dialogues/{id}/milestones': () => ({
    path: `/api/dialogues/${ids.dialogue}/milestones`, json: { title: 'Ma trận quyền', due_on: '1999-01-01' },
  }),
  'PATCH /api/dialogues/{id}/milestones/{milestone_id}': () => ({
    path: `/api/dialogues/${ids.dialogue}/milestones/${ids.milestone.id}`,
    json: { done_on: ids.milestone.done_on ?? null },  // set to what it is
  }),
  'GET /api/agencies': () => ({ query: `?unit_id=${ids.city}` }),
  'POST /api/agencies': () => ({ json: { unit_id: ids.city, code: 'so-noi-vu', name: 'Trùng mã' } }),
  'POST /api/agencies/match': () => ({ json: { unit_id: ids.city, names: ['Sở Nội vụ'] } }),
  'POST /api/units': () => ({
    json: { parent_id: ids.city, code: 'ma-tran-quyen', name: 'Ma trận', kind: 'Phường', level: 'province' },
  }),
  'GET /api/users': () => ({}),
  'POST /api/users': () => ({ json: {} }),
  'PATCH /api/users/{id}': () => ({ path: `/api/users/${ids.user}`, json: { display_name: '' } }),
  'GET /api/users/{id}/mail': () => ({ path: `/api/users/${ids.user}/mail`, notFound: 'deny' }),
  'PUT /api/users/{id}/mail': () => ({ path: `/api/users/${ids.user}/mail`, json: { email: 'khong-hop-le' } }),
  'GET /api/mail/outbox': () => ({ query: '?limit=5' }),
  'POST /api/mail/outbox/{id}/requeue': () => ({ path: `/api/mail/outbox/${NO_SUCH}/requeue`, notFound: 'allow' }),
  'GET /api/audit': () => ({ query: '?limit=5' }),

  'GET /api/dialogues/{id}/questions': () => ({ path: `/api/dialogues/${ids.dialogue}/questions` }),
  'POST /api/questions/{id}/screening': () => ({
    path: `/api/questions/${ids.question}/screening`, json: { screening: 'out_of_scope', note: 'Ma trận quyền' },
  }),
  // Reading a contact writes only its audit entry.
  'GET /api/questions/{id}/contact': () => ({ phase: 1, path: `/api/questions/${ids.question}/contact`, notFound: 'deny' }),
  'POST /api/dialogues/{id}/imports': () => ({
    phase: 1,
    path: `/api/dialogues/${ids.dialogue}/imports`, query: '?filename=ma-tran.csv',
    raw: Buffer.from('Nội dung câu hỏi,Đơn vị,Người tổng hợp\n' +
                     'Thành phố có hỗ trợ thanh niên học nghề lái xe không ạ?,Đoàn phường,Ma trận quyền\n'),
  }),
  'GET /api/dialogues/{id}/issues': () => ({ path: `/api/dialogues/${ids.dialogue}/issues` }),
  'POST /api/dialogues/{id}/issues': () => ({
    path: `/api/dialogues/${ids.dialogue}/issues`, json: { title: 'Ma trận quyền', question_ids: [NO_SUCH] },
  }),
  'GET /api/issues/{id}': () => ({ path: `/api/issues/${ids.issue}`, notFound: 'deny' }),
  'POST /api/issues/{id}/questions': () => ({ path: `/api/issues/${ids.issue}/questions`, json: { question_ids: [NO_SUCH] } }),
  'POST /api/issues/{id}/routing': () => ({
    path: `/api/issues/${ids.issue}/routing`,
    json: { lead_agency_id: ids.cityAgency['so-tai-chinh'], answer_due_on: 'not-a-date' },
  }),
  'PUT /api/issues/{id}/answer': () => ({ path: `/api/issues/${ids.issue}/answer`, json: { body: 'Ma trận quyền' } }),
  'POST /api/issues/{id}/answer/submit': () => ({ path: `/api/issues/${ids.issue}/answer/submit` }),
  'POST /api/issues/{id}/answer/approve': () => ({ path: `/api/issues/${ids.issue}/answer/approve` }),
  'POST /api/issues/{id}/answer/return': () => ({ path: `/api/issues/${ids.issue}/answer/return`, json: { reason: 'Ma trận quyền' } }),
  'GET /api/issues/{id}/suggestions': () => ({ path: `/api/issues/${ids.issue}/suggestions` }),
  'GET /api/dialogues/{id}/dashboard': () => ({ path: `/api/dialogues/${ids.dialogue}/dashboard` }),
  'GET /api/dialogues/{id}/documents/{name}': () => ({ path: `/api/dialogues/${ids.dialogue}/documents/plan.docx` }),

  'GET /api/dialogues/{id}/grouping-proposals': () => ({ path: `/api/dialogues/${ids.dialogue}/grouping-proposals` }),
  'POST /api/dialogues/{id}/grouping-proposals/accept': () => ({
    path: `/api/dialogues/${ids.dialogue}/grouping-proposals/accept`, json: { question_ids: [NO_SUCH], title: 'Ma trận quyền' },
  }),
  'POST /api/dialogues/{id}/grouping-proposals/reject': () => ({
    path: `/api/dialogues/${ids.dialogue}/grouping-proposals/reject`, json: { question_ids: [NO_SUCH] },
  }),
  'POST /api/dialogues/{id}/grouping-proposals/split': () => ({
    path: `/api/dialogues/${ids.dialogue}/grouping-proposals/split`, json: { question_ids: [NO_SUCH], remove_ids: [NO_SUCH] },
  }),
  'POST /api/dialogues/{id}/grouping-proposals/merge': () => ({
    path: `/api/dialogues/${ids.dialogue}/grouping-proposals/merge`,
    json: { question_ids: [NO_SUCH], other_question_ids: [NO_SUCH - 1] },
  }),
  'GET /api/staff/search': () => ({ query: '?q=vi%E1%BB%87c%20l%C3%A0m' }),
  'GET /api/units/{id}/routing-table': () => ({ path: `/api/units/${ids.city}/routing-table` }),
  'GET /api/units/{id}/issuing': () => ({ path: `/api/units/${ids.city}/issuing` }),
  'PUT /api/units/{id}/routing-table': () => ({
    path: `/api/units/${ids.city}/routing-table`, json: { rules: [{ topic: 'khong-co-chu-de-nay', agency_ids: [NO_SUCH] }] },
  }),

  'GET /api/indicator-programmes': () => ({}),
  'POST /api/indicator-programmes': () => ({ json: { unit_id: ids.city, title: '', start_year: 2030, end_year: 2020 } }),
  'GET /api/indicator-programmes/{id}': () => ({ path: `/api/indicator-programmes/${ids.programme}`, notFound: 'deny' }),
  'POST /api/indicator-programmes/{id}/indicators': () => ({
    path: `/api/indicator-programmes/${ids.programme}/indicators`, json: { code: '', name: '', measure: '' },
  }),
  'PUT /api/indicators/{id}': () => ({ path: `/api/indicators/${ids.indicator}`, json: { code: '', name: '', measure: '' } }),
  'POST /api/indicator-programmes/{id}/rounds': () => ({
    path: `/api/indicator-programmes/${ids.programme}/rounds`, json: { period_year: 2027, opens_on: 'x', due_on: 'y' },
  }),
  'POST /api/indicators/{id}/tasks': () => ({ path: `/api/indicators/${ids.indicator}/tasks`, json: { task_id: NO_SUCH } }),
  'DELETE /api/indicators/{id}/tasks/{task_id}': () => ({
    path: `/api/indicators/${ids.indicator}/tasks/${NO_SUCH}`, notFound: 'allow',  // not linked
  }),
  'GET /api/indicator-rounds/{id}': () => ({ path: `/api/indicator-rounds/${ids.round}`, notFound: 'deny' }),
  'POST /api/indicator-rounds/{id}/reopen': () => ({ path: `/api/indicator-rounds/${ids.round}/reopen`, json: { until: 'x' } }),
  'POST /api/indicator-rounds/{id}/exceptions': () => ({
    path: `/api/indicator-rounds/${ids.round}/exceptions`, json: { unit_id: ids.otherWard, until: 'x', reason: 'Ma trận quyền' },
  }),
  'POST /api/indicator-rounds/{id}/values': () => ({
    path: `/api/indicator-rounds/${ids.round}/values`,
    json: { values: [{ indicator_id: ids.indicator, unit_id: ids.otherWard }] },  // no numerator: 422 after the check
  }),
  'POST /api/indicator-rounds/{id}/imports': () => ({
    path: `/api/indicator-rounds/${ids.round}/imports`, query: '?filename=so-lieu.xlsx', raw: Buffer.from('not a workbook'),
  }),
  'GET /api/indicator-rounds/{id}/template.xlsx': () => ({ path: `/api/indicator-rounds/${ids.round}/template.xlsx`, notFound: 'deny' }),
  'GET /api/indicator-rounds/{id}/indicators/{indicator_id}': () => ({
    path: `/api/indicator-rounds/${ids.round}/indicators/${ids.indicator}`, notFound: 'deny',
  }),
  'GET /api/indicator-rounds/{id}/report/{name}': () => ({
    path: `/api/indicator-rounds/${ids.round}/report/bao-cao.xlsx`, notFound: 'deny',
  }),

  'POST /api/dialogues/{id}/conclusion': () => ({
    path: `/api/dialogues/${ids.dialogue}/conclusion`, json: { signer_name: 'Ma trận quyền' },
  }),
  'GET /api/dialogues/{id}/carry-over': () => ({ path: `/api/dialogues/${ids.dialogue2026}/carry-over` }),
  'GET /api/documents': () => ({}),
  'POST /api/documents': () => ({
    json: { unit_id: ids.city, symbol: 'TB-MTQ', issuer: 'Ma trận quyền', summary: 'Ma trận quyền', type_code: 'ZZ' },
  }),
  'POST /api/documents/parse': () => ({ json: { text: 'ỦY BAN NHÂN DÂN\nSố: 1/TB-UBND\nV/v ma trận quyền' } }),
  // An empty upload is refused for its body past the gate, so no reading job starts.
  'POST /api/documents/reads': () => ({ query: '?file_name=ma-tran.txt', raw: Buffer.alloc(0) }),
  'GET /api/documents/reads/{id}': () => ({ path: `/api/documents/reads/${'0'.repeat(32)}`, notFound: 'allow' }),
  'GET /api/documents/reads/{id}/pages/{n}': () => ({ path: `/api/documents/reads/${'0'.repeat(32)}/pages/1`, notFound: 'allow' }),
  'GET /api/documents/{id}': () => ({ path: `/api/documents/${ids.wardLetter}` }),
  'GET /api/documents/{id}/files/{format}': () => ({ path: `/api/documents/${ids.wardLetter}/files/pdf` }),
  'GET /api/documents/{id}/tasks.xlsx': () => ({ path: `/api/documents/${ids.wardLetter}/tasks.xlsx` }),
  'POST /api/documents/{id}/relay': () => ({
    path: `/api/documents/${ids.pmNotice}/relay`,
    json: { unit_id: ids.city, signer_name: 'Ma trận quyền', field_code: 'VX', items: [] },  // no items: 422
  }),
  'GET /api/tasks': () => ({ query: `?unit_id=${ids.city}` }),
  'GET /api/tasks/{id}': () => ({ path: `/api/tasks/${ids.task}` }),
  'POST /api/tasks/{id}/reports': () => ({
    phase: 1, path: `/api/tasks/${ids.task}/reports`,
    json: { percent: ids.taskPercent, text: 'Ma trận quyền: báo cáo giữ nguyên tiến độ.' },
  }),
  'POST /api/tasks/{id}/subtasks': () => ({
    path: `/api/tasks/${ids.task}/subtasks`,
    json: { lead_agency_id: NO_SUCH, content: 'Ma trận quyền', deadline: DEADLINE },
  }),
  'POST /api/reports/{id}/evidence': () => ({
    phase: 1, path: `/api/reports/${ids.report}/evidence`, query: '?file_name=ma-tran.pdf',
    raw: Buffer.from('%PDF-1.4\n% ma tran quyen\n%%EOF\n'),
  }),
  'GET /api/evidence/{id}': () => ({ path: `/api/evidence/${ids.evidence}` }),
  'POST /api/reminders/run': () => ({ phase: 1 }),
};

// 'allow' | 'deny' | 'error' (5xx) | 'broken' (a status that says nothing about permission).
function classify(status, probe) {
  if (status >= 500) return 'error';
  if (status >= 200 && status < 300) return 'allow';
  if (status === 401 || status === 403) return 'deny';
  if (status === 404) return probe.notFound ?? 'broken';
  if (status === 400 || status === 409 || status === 422) return 'allow';
  return 'broken';
}

function operations(openapi) {
  const out = [];
  for (const [p, ops] of Object.entries(openapi.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (method === 'parameters') continue;
      out.push({ key: `${method.toUpperCase()} ${p}`, method: method.toUpperCase(), template: p,
                 xRoles: op['x-roles'] ?? null });
    }
  }
  return out;
}

test('authorization matrix: every operation × anonymous and each demo account', async () => {
  const ops = operations(server.openapi);
  const problems = [];
  const table = TABLE.operations;
  for (const o of ops) {
    if (!table[o.key]) problems.push(`${o.key}: no row in authz-matrix.json`);
    if (!PROBES[o.key]) problems.push(`${o.key}: no probe in authz_matrix.test.mjs`);
  }
  const served = new Set(ops.map((o) => o.key));
  for (const key of Object.keys(table)) {
    if (!served.has(key)) problems.push(`${key}: in authz-matrix.json but not in /api/openapi.json`);
  }
  // The table cannot allow what the gate refuses.
  for (const o of ops) {
    if (!o.xRoles || !table[o.key]) continue;
    for (const role of ACCOUNTS) {
      const gated = ![...grants[role]].some((g) => o.xRoles.includes(g));
      if (gated && table[o.key][role] === 'allow') {
        problems.push(`${o.key}: the table allows ${role}, but x-roles [${o.xRoles}] has none of its roles`);
      }
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));

  const cells = [];
  for (const o of ops) {
    const probe = PROBES[o.key]();
    for (const role of TABLE.roles) cells.push({ o, probe, role });
  }
  cells.sort((a, b) => (a.probe.phase ?? 0) - (b.probe.phase ?? 0));

  const tally = { allow: 0, deny: 0 };
  const unexpectedAllow = [], unexpectedDeny = [], broken = [];
  for (const { o, probe, role } of cells) {
    const pathname = probe.path ?? o.template;
    const target = pathname + (probe.query ?? '');
    const c = clients[role];
    const expected = table[o.key][role];
    let res;
    try {
      res = await c.request(o.method, target, { json: probe.json, raw: probe.raw });
    } catch (e) {
      broken.push(`${o.key} as ${role}: ${e.message.split('\n')[0].slice(0, 300)}`);
      continue;
    }
    const got = classify(res.status, probe);
    if (process.env.AUTHZ_MATRIX_VERBOSE) console.log(`${o.key} | ${role} | ${res.status} | ${(res.text || '').slice(0, 120).replace(/\s+/g, ' ')}`);
    const detail = `${o.method} ${target} as ${role} → ${res.status} ${(res.text || '').slice(0, 160)}`;
    if (got === 'error' || got === 'broken') {
      broken.push(`${got === 'error' ? '5xx' : 'status says nothing about permission'}: ${detail}`);
      continue;
    }
    tally[got]++;
    if (got === 'allow' && expected !== 'allow') {
      unexpectedAllow.push(`UNEXPECTED ALLOW ${detail}\n    rule: ${table[o.key]._rule}`);
    } else if (got === 'deny' && expected !== 'deny') {
      unexpectedDeny.push(`unexpected deny ${detail}\n    rule: ${table[o.key]._rule}`);
    }
    // A role that holds nothing of x-roles is refused by the gate, before the body is read.
    if (role !== 'anonymous' && o.xRoles && ![...grants[role]].some((g) => o.xRoles.includes(g)) &&
        !(res.status === 403 && res.body?.error?.message === GATE_MESSAGE)) {
      broken.push(`not refused by the role gate: ${detail}`);
    }
    if (role === 'anonymous' && o.xRoles && res.status !== 401) {
      broken.push(`a staff operation without a session must answer 401: ${detail}`);
    }
  }
  console.log(`authorization matrix: ${ops.length} operations × ${TABLE.roles.length} callers = ` +
              `${cells.length} cells; ${tally.allow} allowed, ${tally.deny} denied`);
  const report = [...unexpectedAllow, ...unexpectedDeny, ...broken];
  assert.equal(report.length, 0, `${unexpectedAllow.length} unexpected allows, ` +
               `${unexpectedDeny.length} unexpected denies, ${broken.length} broken cells:\n${report.join('\n')}`);
});
