// "Việc cần làm" (issue 13) in the shared scenario run, so the operation counts as exercised;
// todo.test.mjs covers every demo account in depth on its own server.
import { test } from 'node:test';
import assert from 'node:assert/strict';

export default function (ctx) {
  const { anon, as } = ctx;

  test('the to-do list: the signed-in user\'s own, where the staff app starts', async () => {
    assert.equal((await anon().get('/api/me/todo')).status, 401);
    const coordinator = await as('sonoivu');
    const r = await coordinator.get('/api/me/todo');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.landing, 'todo');
    assert.equal(r.body.total, r.body.items.length);
    assert.ok(r.body.items.every((i) => i.count > 0 && i.late <= i.count), JSON.stringify(r.body.items));
    assert.equal((await (await as('bonoivu')).get('/api/me/todo')).body.landing, 'task_board');
  });
}
