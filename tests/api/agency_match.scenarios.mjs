// The import preview's agency matching (issue 11, item 3) in the shared scenario run, so the
// operation counts as exercised; agency_match.test.mjs covers it in depth on its own server.
import { test } from 'node:test';
import assert from 'node:assert/strict';

export default function (ctx) {
  const { as, ids, fieldsOf } = ctx;

  test('agency matching for the import preview: a match, a group, an unsure name, a bad request', async () => {
    const coordinator = await as('sonoivu');
    let r = await coordinator.post('/api/agencies/match',
      { unit_id: ids.city, names: ['Sở KH&CN', 'các sở, ban, ngành thành phố', 'Bộ Nội vụ'] });
    assert.equal(r.status, 200, r.text);
    const [khcn, departments, ministry] = r.body.items;
    assert.equal(khcn.name, 'Sở Khoa học và Công nghệ');
    assert.equal(departments.group, true);
    assert.ok(departments.candidates.length >= 5);
    assert.equal(ministry.unsure, true);
    r = await coordinator.post('/api/agencies/match', { unit_id: ids.city, names: 'Sở Nội vụ' });
    assert.deepEqual(fieldsOf(r), ['names']);
  });
}
