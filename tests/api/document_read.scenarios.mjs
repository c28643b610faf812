// Issue 11, reading uploaded documents, on the shared server: the three routes once each, so
// the coverage check sees them (the full scenarios are in document_read.test.mjs, on a server
// of their own).
import { test } from 'node:test';
import assert from 'node:assert/strict';

export default function (ctx) {
  const { as, fieldsOf } = ctx;

  test('document reads: a text file is read in the background; it has no page images', async () => {
    const c = await as('sonoivu');
    const text = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 9/TB-UBND\nHải Phòng, ngày 02 tháng 6 năm 2026\n' +
      'THÔNG BÁO\nKết luận đối thoại với thanh niên\nCHỦ TỊCH\nNguyễn Văn An\n';
    const r = await c.request('POST', '/api/documents/reads?file_name=tb.txt',
                              { raw: Buffer.from(text), headers: { 'content-type': 'text/plain' } });
    assert.equal(r.status, 202, r.text);
    let job;
    for (let i = 0; i < 200; i++) {
      job = (await c.get(`/api/documents/reads/${r.body.id}`)).body;
      if (job.state === 'done' || job.state === 'failed') break;
      await new Promise((res) => setTimeout(res, 50));
    }
    assert.equal(job.state, 'done', JSON.stringify(job.error));
    assert.equal(job.result.document.number_symbol, '9/TB-UBND');
    const page = await c.get(`/api/documents/reads/${r.body.id}/pages/1`);
    assert.equal(page.status, 422);
    assert.deepEqual(fieldsOf(page), ['file']);
  });
}
