#!/usr/bin/env python3
"""One definition per type name: the ODR check the compiler cannot make.

Two different `struct Programme` in namespace doithoai (one in app/live, one in
domain/indicator) once compiled and linked cleanly and crashed the server: the linker kept one
type's inline member functions for both (session 8). This check scans every header and source
file in src/ and fails when a class, struct, union or enum is defined at namespace scope under
the same qualified name in more than one file. Forward declarations, nested types, template
specialisations and anything inside an anonymous namespace (private to its .cc) are fine.

It is a scanner, not a compiler: comments, string and character literals and preprocessor lines
are dropped, then braces are followed, each `{` classified by the words before it (namespace,
type head, or any other block).

Usage: check_type_names.py [--src DIR]   (default: src/ of this repository)
Exit status 0 when every name is defined once, 1 otherwise (each duplicate printed with the
files and lines of its definitions).
"""
import argparse
import collections
import os
import re
import sys

# Same-named definitions that are known and harmless: qualified name -> reason. Empty: keep it so.
KNOWN_DUPLICATES = {}

LEXEMES = re.compile(
    r'R"(?P<delim>[^()\\\s]{0,16})\((?:.|\n)*?\)(?P=delim)"'  # raw string literal
    r'|"(?:\\.|[^"\\\n])*"'  # string literal
    r"|'(?:\\[^'\n]*|[^'\\\n])'"  # character literal
    r"|//[^\n]*"  # line comment
    r"|/\*(?:.|\n)*?\*/"  # block comment
)
PREPROCESSOR = re.compile(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", re.M)
NAMESPACE = re.compile(r"(?:^|[\s;}])(?:inline\s+)?namespace\s*([\w:]*)\s*(?:\[\[[^\]]*\]\])?\s*$")
EXTERN_C = re.compile(r'(?:^|\s)extern\s+""\s*$')
TYPE_HEAD = re.compile(
    r"(?:^|[\s;}>\]])(class|struct|union|enum(?:\s+(?:class|struct))?)\s+"
    r"(?:\[\[[^\]]*\]\]\s*)?(?:alignas\s*\([^)]*\)\s*)?"
    r"([A-Za-z_]\w*)\s*(?:final\s*)?(?::(?!:)[^{]*)?$")


def blank(match):
    """Replaces a literal or comment by blanks, keeping its newlines (so lines still count)."""
    text = match.group(0)
    if text.startswith(("//", "/*")):
        return re.sub(r"[^\n]", " ", text)
    return '""' + "\n" * text.count("\n")


def clean(text):
    text = LEXEMES.sub(blank, text)
    return PREPROCESSOR.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def definitions(text):
    """Yields (qualified name, line) of each type defined at namespace scope in `text`."""
    text = clean(text)
    scopes = []  # each: ("namespace", name) | ("anonymous", "") | ("type", name) | ("block", "")
    head_start = 0
    for m in re.finditer(r"[{};]", text):
        char = m.group(0)
        if char == "{":
            head = " ".join(text[head_start:m.start()].split())
            ns, type_head = NAMESPACE.search(head), TYPE_HEAD.search(head)
            if ns:
                names = [n for n in ns.group(1).split("::") if n]
                scopes.append(("namespace", "::".join(names)) if names else ("anonymous", ""))
            elif EXTERN_C.search(head):
                scopes.append(("namespace", ""))
            elif type_head:
                name = type_head.group(2)
                if all(kind == "namespace" for kind, _ in scopes):
                    qualified = "::".join([n for _, n in scopes if n] + [name])
                    yield qualified, text.count("\n", 0, m.start()) + 1
                scopes.append(("type", name))
            else:
                scopes.append(("block", ""))
        elif char == "}" and scopes:
            scopes.pop()
        head_start = m.end()


def check(src):
    where = collections.defaultdict(list)
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith((".h", ".cc")):
                continue
            full = os.path.join(root, f)
            rel = "src/" + os.path.relpath(full, src).replace(os.sep, "/")
            with open(full, encoding="utf-8") as handle:
                for name, line in definitions(handle.read()):
                    where[name].append((rel, line))
    problems, used = [], set()
    for name, places in sorted(where.items()):
        if len({path for path, _ in places}) < 2:
            continue
        if name in KNOWN_DUPLICATES:
            used.add(name)
            continue
        listed = ", ".join(f"{path}:{line}" for path, line in places)
        problems.append(f"{name} is defined {len(places)} times: {listed} (rename one, or move "
                        f"a .cc-private one into an anonymous namespace)")
    for name in sorted(set(KNOWN_DUPLICATES) - used):
        problems.append(f"known duplicate {name} is no longer defined twice: remove it from "
                        f"KNOWN_DUPLICATES in {__file__}")
    return problems, len(where)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default=os.path.join(here, "..", "..", "src"))
    args = parser.parse_args()
    problems, names = check(os.path.normpath(args.src))
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} type name(s) defined more than once at namespace scope")
        return 1
    print(f"{names} namespace-scope type names, each defined in one file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
