// Youths' rights over their personal data (issue 10) on a server of its own: the scenarios of
// security_rights.scenarios.mjs (run again by api.test.mjs for the OpenAPI coverage), and the
// throttle every route taking a tracking code shares.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, fieldsOf, openDialogueId } from './harness.mjs';
import scenarios from './security_rights.scenarios.mjs';

const PORT = Number(process.env.API_TEST_PORT || 18330);
let server;
const anon = () => new Client(server);
const as = async (user) => { const c = new Client(server); await c.signIn(user); return c; };
const ids = {};

before(async () => {
  server = await startServer({
    port: PORT,
    args: ['--submissions-per-minute', '0', '--sign-ins-per-minute', '0', '--lookups-per-minute', '0'],
  });
  const admin = await as('admin');
  const hp = (await admin.get('/api/units?parent_id=1')).body.items.find((u) => u.code === 'hai-phong');
  for (const a of (await admin.get(`/api/agencies?unit_id=${hp.id}`)).body.items) ids[a.code] = a.id;
  ids.open = await openDialogueId(server);  // the demo dialogue taking questions today
});
after(async () => { await server?.stop(); });

scenarios({ get server() { return server; }, anon, as, ids, fieldsOf });

test('rights: the routes taking a tracking code are throttled per client', async () => {
  const limited = await startServer({ port: PORT + 1, args: ['--lookups-per-minute', '3'] });
  try {
    const c = new Client(limited);
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await c.post('/api/my-data', { tracking_code: 'DT-0000-0000-0000-00' })).status);
    }
    assert.deepEqual(statuses.slice(0, 3), [404, 404, 404]);
    assert.equal(statuses[4], 429);
    const r = await c.post('/api/my-data/deletion', { tracking_code: 'DT-0000-0000-0000-00', keep_text: false });
    assert.equal(r.status, 429);
    assert.equal(r.headers.get('retry-after'), '60');
  } finally {
    await limited.stop();
  }
});
