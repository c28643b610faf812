// Reading the timeline details the server composes (src/domain/question/timeline.cc) so the
// English tracking page can say them in English (web/assets/step-detail.js, issue 14 item 7).
// The strings are in the server's exact forms, including ones with parts missing.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseConclusionDetail, parseTaskDetail } from '../../web/assets/step-detail.js';

test('a conclusion step: number and date, or the number alone', () => {
  assert.deepEqual(parseConclusionDetail('Văn bản số 15/TB-UBND ngày 07/04/2025'),
    { number: '15/TB-UBND', day: '07', month: '04', year: '2025' });
  assert.deepEqual(parseConclusionDetail('Văn bản số 3/TB-ĐTN'),
    { number: '3/TB-ĐTN', day: null, month: null, year: null });
  assert.equal(parseConclusionDetail('Một ghi chú khác'), null);
  assert.equal(parseConclusionDetail(null), null);
});

test('a task step: status, progress with its report date, lead and deadline, each optional', () => {
  assert.deepEqual(
    parseTaskDetail('Đang thực hiện · 40% (báo cáo ngày 01/06/2025) · Chủ trì: Sở Nội vụ · Thời hạn: Quý III/2025'),
    { status: 'Đang thực hiện', percent: '40', day: '01', month: '06', year: '2025', lead: 'Sở Nội vụ', deadline: 'Quý III/2025' });
  assert.deepEqual(parseTaskDetail('Chưa thực hiện · Chủ trì: Thành đoàn'),
    { status: 'Chưa thực hiện', percent: null, day: null, month: null, year: null, lead: 'Thành đoàn', deadline: null });
  assert.deepEqual(parseTaskDetail('Quá hạn · Thời hạn: 30/06/2025'),
    { status: 'Quá hạn', percent: null, day: null, month: null, year: null, lead: null, deadline: '30/06/2025' });
  assert.equal(parseTaskDetail('Hoàn thành đúng hạn').status, 'Hoàn thành đúng hạn');
  assert.equal(parseTaskDetail(''), null);
});
