// The public pages' two message catalogues (web/assets/messages-vi.js, messages-en.js, issue 14
// item 7) stay in step: the same keys, the same {params} in each text, Vietnamese in NFC, and
// no English text left with a Vietnamese-only letter (it would be UI text not translated).
import test from 'node:test';
import assert from 'node:assert/strict';
import VI from '../../web/assets/messages-vi.js';
import EN from '../../web/assets/messages-en.js';

const params = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Letters only Vietnamese writes (and the combining tone marks): none may be in English text.
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\u0300\u0301\u0303\u0309\u0323]/i;

test('both catalogues have the same keys', () => {
  const vi = Object.keys(VI).sort();
  const en = Object.keys(EN).sort();
  assert.deepEqual(vi.filter((k) => !(k in EN)), [], 'keys missing from messages-en.js');
  assert.deepEqual(en.filter((k) => !(k in VI)), [], 'keys missing from messages-vi.js');
  assert.ok(vi.length > 200, `a catalogue of the whole public UI (${vi.length} keys)`);
});

test('each text has the same {params} in both languages', () => {
  for (const key of Object.keys(VI)) {
    assert.deepEqual(params(EN[key] ?? ''), params(VI[key]), `params of ${key}`);
  }
});

test('texts are strings, Vietnamese in NFC, English without Vietnamese letters', () => {
  // The search example is a phrase to type in Vietnamese, since the answers are in Vietnamese.
  const bilingual = new Set(['site.searchPlaceholder']);
  for (const [key, text] of Object.entries(VI)) {
    assert.equal(typeof text, 'string', key);
    assert.equal(text, text.normalize('NFC'), `${key} is NFC`);
  }
  for (const [key, text] of Object.entries(EN)) {
    assert.equal(typeof text, 'string', key);
    if (!bilingual.has(key)) assert.doesNotMatch(text, VIETNAMESE, `${key} is English`);
  }
  // The languages differ where they should: a sample of texts a visitor reads first.
  for (const key of ['site.name', 'home.title', 'track.title', 'dlg.done', 'init.title', 'nf.title']) {
    assert.notEqual(EN[key], VI[key], key);
  }
});
