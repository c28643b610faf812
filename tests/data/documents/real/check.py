#!/usr/bin/env python3
"""Validates the real-document corpus of issue 11 and prints its counts.

Every <id>.txt must have an <id>.gold.json and the other way round; each gold file must have
every field, of the right kind, with valid dates and deadlines, in NFC UTF-8. Exit status 1 on
any error. Usage: python3 check.py [--quiet]
"""
import collections, datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"administrative", "legal", "party", "youth_union"}
FIELDS = ["source_url", "family", "type", "number", "number_symbol", "symbol", "issuer",
          "parent_issuer", "place", "issued_on", "summary", "bases", "recipients", "signer", "tasks"]
DEADLINE = re.compile(r"^(\d{4}-\d{2}-\d{2}|yearly:\d{2}-\d{2}|monthly:\d{2}|month:\d{4}-\d{2}|text:.+)$")


def held_out(doc_id):
    """README, "Held-out split": a document is held out when its id number is divisible by 3."""
    return int(doc_id[3:]) % 3 == 0


def valid_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_one(doc_id, errors):
    def err(msg):
        errors.append(f"{doc_id}: {msg}")

    gold_path = os.path.join(HERE, doc_id + ".gold.json")
    txt_path = os.path.join(HERE, doc_id + ".txt")
    raw = {}
    for path in (gold_path, txt_path):
        try:
            with open(path, "rb") as f:
                data = f.read().decode("utf-8")
        except UnicodeDecodeError:
            err(f"{os.path.basename(path)} is not UTF-8")
            return None
        if unicodedata.normalize("NFC", data) != data:
            err(f"{os.path.basename(path)} is not NFC")
        raw[path] = data
    if not raw[txt_path].strip():
        err("empty text")
    try:
        g = json.loads(raw[gold_path])
    except json.JSONDecodeError as e:
        err(f"gold is not JSON: {e}")
        return None
    for k in FIELDS:
        if k not in g:
            err(f"missing field {k}")
    if g.get("family") not in FAMILIES:
        err(f"bad family {g.get('family')!r}")
    if not isinstance(g.get("type"), str) or not g["type"]:
        err("type must be a non-empty string")
    if g.get("number") is not None and (not isinstance(g["number"], int) or g["number"] <= 0):
        err("number must be a positive int or null")
    for k in ("number_symbol", "symbol", "issuer", "parent_issuer", "place", "summary"):
        v = g.get(k)
        if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
            err(f"{k} must be a trimmed non-empty string or null")
    ns, sym, num = g.get("number_symbol"), g.get("symbol"), g.get("number")
    if ns is not None:
        if num is None or sym is None:
            err("number_symbol given without number and symbol")
        else:
            if not re.match(rf"^0*{num}\b", ns):
                err(f"number_symbol {ns!r} does not start with number {num}")
            if not ns.endswith(sym):
                err(f"number_symbol {ns!r} does not end with symbol {sym!r}")
    if sym is not None and " " in sym:
        err("symbol has a space")
    if g.get("family") == "legal" and ns is not None and not re.search(r"/(19|20)\d\d/", ns):
        err("legal document without the year in its number")
    d = g.get("issued_on")
    if d is not None and not (isinstance(d, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", d) and valid_date(d)):
        err(f"bad issued_on {d!r}")
    for k in ("bases", "recipients"):
        v = g.get(k)
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() == x and x for x in v):
            err(f"{k} must be a list of trimmed strings")
    s = g.get("signer")
    if not isinstance(s, dict) or set(s) != {"authority", "position", "name"}:
        err("signer must have exactly authority, position, name")
    else:
        for k, v in s.items():
            if v is not None and (not isinstance(v, str) or not v.strip()):
                err(f"signer.{k} must be a non-empty string or null")
    tasks = g.get("tasks")
    if not isinstance(tasks, list):
        err("tasks must be a list")
        tasks = []
    for i, t in enumerate(tasks):
        if not isinstance(t, dict) or set(t) != {"lead", "coordinating", "content", "deadline"}:
            err(f"task {i} must have exactly lead, coordinating, content, deadline")
            continue
        if not isinstance(t["lead"], str) or not t["lead"].strip():
            err(f"task {i}: lead must be a non-empty string")
        if not isinstance(t["content"], str) or not t["content"].strip():
            err(f"task {i}: content must be a non-empty string")
        if not isinstance(t["coordinating"], list) or not all(isinstance(x, str) and x for x in t["coordinating"]):
            err(f"task {i}: coordinating must be a list of strings")
        dl = t["deadline"]
        if dl is not None:
            if not isinstance(dl, str) or not DEADLINE.match(dl):
                err(f"task {i}: bad deadline {dl!r}")
            elif re.match(r"^\d{4}-\d{2}-\d{2}$", dl) and not valid_date(dl):
                err(f"task {i}: invalid deadline date {dl!r}")
            elif dl.startswith("yearly:") and not valid_date("2024-" + dl[7:]):
                err(f"task {i}: invalid yearly deadline {dl!r}")
            elif dl.startswith("month:") and not valid_date(dl[6:] + "-01"):
                err(f"task {i}: invalid month deadline {dl!r}")
    if not isinstance(g.get("source_url"), str) or not g["source_url"].startswith("http"):
        err("source_url must be an http(s) URL")
    return g


def main():
    quiet = "--quiet" in sys.argv
    names = sorted(os.listdir(HERE))
    ids = sorted({n[:-4] for n in names if n.endswith(".txt")})
    gold_ids = sorted({n[:-10] for n in names if n.endswith(".gold.json")})
    errors = []
    for i in set(ids) ^ set(gold_ids):
        errors.append(f"{i}: text and gold do not pair up")
    for i in ids:
        if not re.match(r"^vb-\d{3}$", i):
            errors.append(f"{i}: id is not vb-NNN")
    golds = {}
    for i in sorted(set(ids) & set(gold_ids)):
        g = check_one(i, errors)
        if g is not None:
            golds[i] = g
    urls = collections.Counter(g["source_url"] for g in golds.values())
    for u, n in urls.items():
        if n > 1:
            errors.append(f"source_url used {n} times: {u}")

    fam = collections.Counter(g["family"] for g in golds.values())
    typ = collections.Counter((g["family"], g["type"]) for g in golds.values())
    year = collections.Counter((g["issued_on"] or "none")[:4] for g in golds.values())
    place = collections.Counter(g["place"] or "none" for g in golds.values())
    held = [i for i in golds if held_out(i)]
    ntasks = sum(len(g["tasks"]) for g in golds.values())
    nsig = sum(1 for g in golds.values() if g["signer"]["name"])
    if not quiet:
        print(f"documents: {len(golds)}  (held out: {len(held)}, tuning: {len(golds) - len(held)})")
        print(f"tasks: {ntasks}  with a named signer: {nsig}  with bases: {sum(1 for g in golds.values() if g['bases'])}")
        print("by family:", dict(sorted(fam.items())))
        print("by family/type:")
        for (f, t), n in sorted(typ.items()):
            print(f"  {f:15} {t:22} {n}")
        print("by year:", dict(sorted(year.items())))
        print("by place:", dict(sorted(place.items(), key=lambda kv: (-kv[1], kv[0]))))
        print("held out:", " ".join(held))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
