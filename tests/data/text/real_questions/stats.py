#!/usr/bin/env python3
"""Validates questions.jsonl (the real questions corpus of issue 12) and prints its counts.

Checks: every field present with the right type, ids unique and of the form rq-NNNN, topics
(one or two, no repeats) in the catalogue of src/text/topics.cc, group ids of the form g-NNNN,
level in the allowed set, published YYYY / YYYY-MM / YYYY-MM-DD or null, text NFC and non-empty,
one source title per source address. Prints counts per source, province, year, level, topic,
group sizes and the held-out split (SPLIT RULE below). Exit status 1 on any error.

Usage: python3 tests/data/text/real_questions/stats.py [--held-out-only]
"""
import collections, hashlib, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, 'questions.jsonl')
TOPICS_CC = os.path.join(HERE, '..', '..', '..', '..', 'src', 'text', 'topics.cc')
FALLBACK_TOPICS = ['viec-lam', 'hoc-nghe', 'khoi-nghiep', 'chuyen-doi-so', 'giao-duc', 'y-te',
                   'van-hoa-the-thao', 'moi-truong', 'an-ninh-trat-tu', 'nha-o-ha-tang',
                   'mang-xa-hoi', 'nong-nghiep', 'chinh-sach-thanh-nien', 'quoc-phong', 'khac']
LEVELS = {'national', 'ministry', 'province', 'district', 'commune'}
FIELDS = {'id': str, 'text': str, 'source_url': str, 'source_title': str, 'published': (str, type(None)),
          'province': str, 'level': str, 'topics': list, 'group': str,
          'answer_agency': (str, type(None)), 'asker': (str, type(None)), 'reconstructed': bool}


def held_out(url):
    """SPLIT RULE: a source is held out (test) when the first 8 hex digits of the SHA-256 of its
    source_url (UTF-8, exactly as stored) are below 0x33333333, i.e. ~20% of sources. Every
    question of a held-out source is test; all others are train. Never split by question."""
    return int(hashlib.sha256(url.encode('utf-8')).hexdigest()[:8], 16) < 0x33333333


def catalogue():
    try:
        codes = re.findall(r'\{"([a-z-]+)", "', open(TOPICS_CC, encoding='utf-8').read())
        if len(codes) == 15:
            return codes
    except OSError:
        pass
    return FALLBACK_TOPICS


def main():
    topics_ok = set(catalogue())
    errors, rows, ids, titles = [], [], set(), {}
    for n, line in enumerate(open(DATA, encoding='utf-8'), 1):
        try:
            o = json.loads(line)
        except ValueError as e:
            errors.append(f'line {n}: not JSON ({e})'); continue
        rows.append(o)
        for k, t in FIELDS.items():
            if k not in o:
                errors.append(f'line {n}: missing {k}')
            elif not isinstance(o[k], t):
                errors.append(f'line {n}: {k} has type {type(o[k]).__name__}')
        extra = set(o) - set(FIELDS)
        if extra:
            errors.append(f'line {n}: unknown fields {sorted(extra)}')
        if set(FIELDS) - set(o):
            continue
        if not re.fullmatch(r'rq-\d{4,}', o['id']): errors.append(f'line {n}: bad id {o["id"]}')
        if o['id'] in ids: errors.append(f'line {n}: duplicate id {o["id"]}')
        ids.add(o['id'])
        if not re.fullmatch(r'g-\d{4,}', o['group']): errors.append(f'line {n}: bad group {o["group"]}')
        if not (1 <= len(o['topics']) <= 2) or len(set(o['topics'])) != len(o['topics']):
            errors.append(f'line {n}: topics must be one or two distinct codes')
        for t in o['topics']:
            if t not in topics_ok: errors.append(f'line {n}: topic {t!r} not in the catalogue')
        if o['level'] not in LEVELS: errors.append(f'line {n}: level {o["level"]!r}')
        if o['published'] is not None and not re.fullmatch(r'(19|20)\d\d(-\d\d(-\d\d)?)?', o['published']):
            errors.append(f'line {n}: published {o["published"]!r}')
        if not o['source_url'].startswith(('http://', 'https://')): errors.append(f'line {n}: source_url')
        for k in ('text', 'source_title', 'province', 'answer_agency', 'asker'):
            v = o[k]
            if isinstance(v, str):
                if v != unicodedata.normalize('NFC', v): errors.append(f'line {n}: {k} not NFC')
                if not v.strip() or v != v.strip(): errors.append(f'line {n}: {k} empty or padded')
        if titles.setdefault(o['source_url'], o['source_title']) != o['source_title']:
            errors.append(f'line {n}: two titles for {o["source_url"]}')
    # The same text twice in one source is a copying slip.
    seen = collections.Counter((o.get('source_url'), o.get('text')) for o in rows)
    for (u, t), c in seen.items():
        if c > 1: errors.append(f'duplicate text in {u}: {t[:60]}')

    if '--held-out-only' in sys.argv:
        for u in sorted({o['source_url'] for o in rows if held_out(o['source_url'])}): print(u)
        return 1 if errors else 0

    C = collections.Counter
    sources = C(o['source_url'] for o in rows)
    test = [o for o in rows if held_out(o['source_url'])]
    print(f'questions {len(rows)}, sources {len(sources)}, groups {len(C(o["group"] for o in rows))}, '
          f'reconstructed {sum(o["reconstructed"] for o in rows)}, with agency '
          f'{sum(o["answer_agency"] is not None for o in rows)}, with asker {sum(o["asker"] is not None for o in rows)}')
    print(f'held out (test): {len(test)} questions from {len({o["source_url"] for o in test})} sources; '
          f'train: {len(rows) - len(test)}')

    def show(title, counter):
        print(f'\n{title}:')
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f'  {v:5d}  {k}')
    show('main topic', C(o['topics'][0] for o in rows))
    show('any topic', C(t for o in rows for t in o['topics']))
    show('province', C(o['province'] for o in rows))
    show('year', C(o['published'][:4] if o['published'] else 'unknown' for o in rows))
    show('level', C(o['level'] for o in rows))
    sizes = C(C(o['group'] for o in rows).values())
    show('group size (number of groups)', sizes)
    show('questions per source', sources)
    if errors:
        print(f'\n{len(errors)} ERRORS:', file=sys.stderr)
        for e in errors[:50]: print('  ' + e, file=sys.stderr)
        return 1
    print('\nOK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
