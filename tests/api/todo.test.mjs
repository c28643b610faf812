// Issue 13, "Việc cần làm": each demo account's to-do list on a real server with the demo data
// — what waits for it, with counts and deadlines, each count equal to what the page where the
// work is done shows that account, nothing outside its roles and units; the national
// coordinator starts on the task board; no account is refused. Every response is checked
// against the OpenAPI document (harness.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from './harness.mjs';

const PORT = Number(process.env.API_TEST_PORT || 19060);
const ACCOUNTS = ['admin', 'bonoivu', 'sonoivu', 'thanhdoan', 'sokhcn', 'sonnmt', 'sotaichinh', 'chutich',
  'chutichphuong', 'vhxhphuong', 'doanphuong'];
const RANK = { late: 0, due_soon: 1, normal: 2 };

let server;
const as = {};
const dialogues = {};  // id → {unit, held_on, conclusion_issued_on, complex, title}

before(async () => {
  server = await startServer({ port: PORT });
  for (const u of ACCOUNTS) {
    as[u] = new Client(server);
    await as[u].signIn(u);
  }
  as.anonymous = new Client(server);
  for (const d of (await as.sonoivu.get('/api/dialogues')).body.items) {
    dialogues[d.id] = (await as.sonoivu.get(`/api/dialogues/${d.id}`)).body;
  }
});

after(async () => {
  if (server) await server.stop();
});

async function todo(user) {
  const r = await as[user].get('/api/me/todo');
  assert.equal(r.status, 200, `${user}: ${r.text}`);
  return r.body;
}

const kinds = (list) => list.items.map((i) => i.kind);
const itemsOf = (list, kind) => list.items.filter((i) => i.kind === kind);
const cityDialogues = () => Object.values(dialogues).filter((d) => d.unit.name === 'Thành phố Hải Phòng');
// The 2026 city dialogue: held, answers approved, no conclusion yet (README "Try it").
const unconcluded = (today) => cityDialogues().find((d) => !d.conclusion_issued_on && d.held_on <= today);

test('no account is refused; anonymous is asked to sign in', async () => {
  assert.equal((await as.anonymous.get('/api/me/todo')).status, 401);
  for (const u of ACCOUNTS) {
    const list = await todo(u);
    assert.equal(list.total, list.items.length, u);
    assert.match(list.today, /^\d{4}-\d{2}-\d{2}$/);
    for (const i of list.items) {
      assert.ok(i.count > 0, `${u}: only kinds with work are listed`);
      assert.ok(i.late <= i.count, `${u}: ${i.kind} late ≤ count`);
      if (i.late > 0) assert.equal(i.urgency, 'late', `${u}: ${i.kind} with late records is late`);
      if (i.due_on && i.due_on < list.today) assert.equal(i.urgency, 'late', `${u}: ${i.kind} past its date`);
    }
    // Late first, then due soon, then the rest; within an urgency, nearest deadline first.
    for (let k = 1; k < list.items.length; k++) {
      const [a, b] = [list.items[k - 1], list.items[k]];
      assert.ok(RANK[a.urgency] <= RANK[b.urgency], `${u}: ${a.kind} (${a.urgency}) before ${b.kind} (${b.urgency})`);
      if (a.urgency === b.urgency && a.due_on && b.due_on) assert.ok(a.due_on <= b.due_on, `${u}: by deadline`);
    }
  }
});

test('the national coordinator lands on the board, everyone else on their to-do list', async () => {
  for (const u of ACCOUNTS) {
    assert.equal((await todo(u)).landing, u === 'bonoivu' ? 'task_board' : 'todo', u);
  }
  // The administrator answers no questions and owns no tasks: an empty list, not a refusal.
  assert.deepEqual((await todo('admin')).items, []);
});

test('the city coordinator sees the late conclusion, answers to approve and questions to screen', async () => {
  const list = await todo('sonoivu');
  const d = unconcluded(list.today);
  assert.ok(d, 'the demo has a held city dialogue without a conclusion');
  // Youth Law Art. 10(3): the conclusion is due 10 days after the dialogue (15 if complex).
  const clock = itemsOf(list, 'issue_conclusion').find((i) => i.dialogue_id === d.id);
  assert.ok(clock, `the conclusion clock of "${d.title}": ${JSON.stringify(list.items)}`);
  const due = new Date(`${d.held_on}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + (d.complex ? 15 : 10));
  assert.equal(clock.due_on, due.toISOString().slice(0, 10));
  assert.equal(clock.count, 1);
  assert.equal(clock.urgency, clock.due_on < list.today ? 'late' : clock.urgency);
  assert.equal(clock.view, 'documents');

  // Each count is what the page where the work is done shows the coordinator.
  for (const dlg of cityDialogues()) {
    const fresh = (await as.sonoivu.get(`/api/dialogues/${dlg.id}/questions?screening=new`)).body.total;
    const screen = itemsOf(list, 'screen_questions').find((i) => i.dialogue_id === dlg.id);
    assert.equal(screen ? screen.count : 0, fresh, `questions to screen in "${dlg.title}"`);
    if (screen) assert.equal(screen.view, 'questions');
    const issues = (await as.sonoivu.get(`/api/dialogues/${dlg.id}/issues`)).body.items;
    const submitted = issues.filter((i) => i.answer && i.answer.status === 'submitted');
    const approve = itemsOf(list, 'approve_answers').find((i) => i.dialogue_id === dlg.id);
    assert.equal(approve ? approve.count : 0, submitted.length, `answers to approve in "${dlg.title}"`);
    const unrouted = issues.filter((i) => !i.lead_agency).length;
    const route = itemsOf(list, 'route_issues').find((i) => i.dialogue_id === dlg.id);
    assert.equal(route ? route.count : 0, unrouted, `issues to route in "${dlg.title}"`);
  }
  assert.ok(itemsOf(list, 'approve_answers').length > 0, 'the demo holds an answer waiting for approval');
  assert.ok(itemsOf(list, 'screen_questions').length > 0, 'the demo holds questions to screen');
  const late = itemsOf(list, 'late_tasks');
  assert.equal(late.length, 1);
  assert.equal(late[0].detail, 'Thành phố Hải Phòng');
  assert.ok(late[0].count >= 1 && late[0].late === late[0].count, 'every task counted is overdue');
});

test('the leader approves and issues; screening is not a leader\'s work', async () => {
  const list = await todo('chutich');
  assert.ok(kinds(list).includes('approve_answers'));
  assert.ok(itemsOf(list, 'issue_conclusion').some((i) => i.dialogue_id === unconcluded(list.today).id), 'the leader issues it');
  for (const k of ['screen_questions', 'group_questions', 'route_issues', 'draft_answers', 'report_tasks']) {
    assert.ok(!kinds(list).includes(k), `no ${k} for a leader`);
  }
});

test('agency officers see their own agency\'s work only', async () => {
  const skhcn = await todo('sokhcn');
  assert.ok(kinds(skhcn).includes('report_tasks'), `sokhcn has tasks due: ${JSON.stringify(skhcn.items)}`);
  for (const k of ['approve_answers', 'issue_conclusion', 'screen_questions', 'late_tasks']) {
    assert.ok(!kinds(skhcn).includes(k), `no ${k} for an agency officer`);
  }
  // sonnmt: the demo's returned answer is its agency's (Sở Nông nghiệp và Môi trường).
  const nnmt = await todo('sonnmt');
  const returned = itemsOf(nnmt, 'returned_answers');
  assert.equal(returned.length, 1, JSON.stringify(nnmt.items));
  const issues = (await as.sonnmt.get(`/api/dialogues/${returned[0].dialogue_id}/issues`)).body.items;
  assert.equal(returned[0].count, issues.filter((i) => i.answer && i.answer.status === 'returned'
    && /Nông nghiệp và Môi trường/.test(i.lead_agency.name)).length);
  assert.equal(returned[0].view, 'issues');
  // The returned answer is not the other officers' work.
  assert.ok(!kinds(skhcn).includes('returned_answers'));
  assert.ok(!kinds(await todo('sotaichinh')).includes('returned_answers'));
  // The Youth Union's tasks (reporting on its bodies' tasks).
  assert.ok(kinds(await todo('thanhdoan')).includes('report_tasks'));
});

test('ward staff see nothing of the city', async () => {
  for (const u of ['chutichphuong', 'vhxhphuong', 'doanphuong']) {
    const list = await todo(u);
    for (const i of list.items) {
      if (i.kind === 'report_tasks' || i.kind === 'report_indicators') continue;  // their own bodies'
      assert.ok(i.kind !== 'late_tasks' || i.detail !== 'Thành phố Hải Phòng', `${u}: the city's tasks`);
      const d = i.dialogue_id && dialogues[i.dialogue_id];
      if (d && ['approve_answers', 'issue_conclusion', 'screen_questions', 'group_questions', 'route_issues'].includes(i.kind)) {
        assert.notEqual(d.unit.name, 'Thành phố Hải Phòng', `${u}: ${i.kind} of the city's dialogue`);
      }
    }
  }
});

test('the list follows the work: approving and screening take items off', async () => {
  const before = await todo('chutich');
  const approve = itemsOf(before, 'approve_answers')[0];
  const issue = (await as.chutich.get(`/api/dialogues/${approve.dialogue_id}/issues`)).body.items
    .find((i) => i.answer && i.answer.status === 'submitted');
  const r = await as.chutich.post(`/api/issues/${issue.id}/answer/approve`, {});
  assert.equal(r.status, 200, r.text);
  for (const u of ['chutich', 'sonoivu']) {
    const left = itemsOf(await todo(u), 'approve_answers').find((i) => i.dialogue_id === approve.dialogue_id);
    assert.equal(left ? left.count : 0, approve.count - 1, `${u}: one answer fewer to approve`);
  }

  const screen = itemsOf(await todo('sonoivu'), 'screen_questions')[0];
  const q = (await as.sonoivu.get(`/api/dialogues/${screen.dialogue_id}/questions?screening=new&limit=1`)).body.items[0];
  const s = await as.sonoivu.post(`/api/questions/${q.id}/screening`, { screening: 'accepted' });
  assert.equal(s.status, 200, s.text);
  const after = await todo('sonoivu');
  const left = itemsOf(after, 'screen_questions').find((i) => i.dialogue_id === screen.dialogue_id);
  assert.equal(left ? left.count : 0, screen.count - 1, 'one question fewer to screen');
  const group = itemsOf(after, 'group_questions').find((i) => i.dialogue_id === screen.dialogue_id);
  assert.ok(group && group.count >= 1, 'the accepted question now waits to be grouped');
});
