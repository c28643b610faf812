#!/usr/bin/env python3
"""The include arrows of docs/architecture.md, checked.

Every `#include "…"` in src/ (tests and test kits too) must point along an arrow of the table
below, which mirrors the diagram in docs/architecture.md: a module may include itself and any
module it reaches through the arrows (they point inward, so reaching is transitive). Test code
(`*_test.cc`, `*_test_kit.h`, `*_test_support.h`, `test_*.h`) may also include the test
extras of its module; production code may never include test code. Headers of src/ are named
from src/ in quotes: `<app/…>` and `"../…"` are refused, so neither slips past the table.

The includes that break an arrow today are listed one by one in KNOWN_EXCEPTIONS with the
reason; the check fails on any other include against the arrows, and on an exception that no
longer occurs (remove it from the table when the include goes).

Usage: check_includes.py [--src DIR]   (default: src/ of this repository)
Exit status 0 when every include follows the arrows, 1 otherwise (each broken one is printed
as file:line with the arrow it breaks).
"""
import argparse
import os
import re
import sys

# Module of a file: its top folder under src/, or top/sub for the folders split into
# sub-libraries in the diagram (storage/sqlite, documents/read, ...).
SPLIT_FOLDERS = ("storage", "documents")

# The arrows of docs/architecture.md: module -> the modules it may include directly.
ARROWS = {
    "core": [],
    "text": ["core"],
    "domain": ["text"],
    "app": ["domain"],
    # storage/migrations.h and the storage-level tests; sqlite/ and memory/ implement app's ports.
    "storage": ["app"],
    "storage/sqlite": ["storage", "app"],
    "storage/memory": ["storage", "app"],
    # CSV and XLSX readers -> domain (BatchRowInput).
    "import": ["domain"],
    # read/ opens DOCX through import/'s zip reader.
    "documents/read": ["import", "text"],
    "documents/parse": ["documents/read", "text"],
    "documents/render": ["domain"],
    # a dialogue's records -> drafts of the conclusion and compiled answers (app's records).
    "documents/records": ["documents/render", "app"],
    "documents/corpus": ["documents/parse", "documents/read"],
    # the SMTP adapter of app's MailSender port.
    "mail": ["app"],
    "http": ["app"],
    # cli wires the adapters (issue 17 wants that wiring in main/).
    "cli": ["http", "app", "storage/sqlite", "storage/memory", "import",
            "documents/read", "documents/parse", "documents/render", "documents/records",
            "documents/corpus", "mail"],
    "main": ["cli"],
}

# What test code of a module may include beyond its arrows: the real stores (no mocks where
# the real thing runs), and for documents/ the sibling folders that write or read its fixtures.
ALL_DOCUMENTS = ["documents/read", "documents/parse", "documents/render", "documents/records",
                 "documents/corpus"]
STORES = ["storage/sqlite", "storage/memory"]
TEST_EXTRAS = {
    "app": STORES,
    "storage": STORES,
    "http": STORES,
    **{d: ALL_DOCUMENTS + ["import", "app"] + STORES for d in ALL_DOCUMENTS},
}

# Includes that break an arrow today: (including file, included header) -> reason.
WIRING = "issue 17: wiring to move to main/"
KNOWN_EXCEPTIONS = {
    ("http/api/conclusion_api.cc", "documents/parse/document_json.h"): WIRING,
    ("http/api/conclusion_api.cc", "documents/parse/parse_document.h"): WIRING,
    ("http/api/conclusion_api.cc", "documents/records/issue_records.h"): WIRING,
    ("http/api/conclusion_api.cc", "documents/render/official_document.h"): WIRING,
    ("http/api/conclusion_api.cc", "documents/render/task_table_xlsx.h"): WIRING,
    ("http/api/document_api.cc", "documents/records/from_records.h"): WIRING,
    ("http/api/document_api.cc", "documents/render/docx_renderer.h"): WIRING,
    ("http/api/document_api.cc", "documents/render/pdf_renderer.h"): WIRING,
    ("http/api/document_read_api.cc", "documents/parse/document_json.h"): WIRING,
    ("http/api/document_read_api.cc", "documents/parse/parse_document.h"): WIRING,
    ("http/api/document_read_api.cc", "documents/parse/provenance.h"): WIRING,
    ("http/api/document_read_api.cc", "documents/read/read_document.h"): WIRING,
    ("http/api/indicator_api.cc", "documents/render/indicator_xlsx.h"): WIRING,
    ("http/api/indicator_api.cc", "import/indicator_sheet.h"): WIRING,
    ("http/api/indicator_report_api.cc", "documents/render/docx_renderer.h"): WIRING,
    ("http/api/indicator_report_api.cc", "documents/render/indicator_report.h"): WIRING,
    ("http/api/indicator_report_api.cc", "documents/render/pdf_renderer.h"): WIRING,
    ("http/api/question_api.cc", "import/question_sheet.h"): WIRING,
}

INCLUDE = re.compile(r'^\s*#\s*include\s*(?:"([^"]+)"|<([^>]+)>)')
TEST_FILE = re.compile(r'(_test\.cc|_test_kit\.h|_test_support\.h)$|^test_\w+\.h$')


def module_of(path):
    """Module of a path relative to src/, or None when it names no folder of src/."""
    parts = path.split("/")
    if len(parts) < 2:
        return None
    if parts[0] in SPLIT_FOLDERS and len(parts) > 2:
        return parts[0] + "/" + parts[1]
    return parts[0]


def reachable(module):
    """The modules `module` may include: itself and everything its arrows reach."""
    seen, todo = {module}, list(ARROWS.get(module, []))
    while todo:
        m = todo.pop()
        if m not in seen:
            seen.add(m)
            todo.extend(ARROWS.get(m, []))
    return seen


def is_test(path):
    return bool(TEST_FILE.search(os.path.basename(path)))


def sources(src):
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for f in sorted(files):
            if f.endswith((".h", ".cc")):
                full = os.path.join(root, f)
                yield full, os.path.relpath(full, src).replace(os.sep, "/")


def check(src):
    """Returns the list of problems (strings) of the tree under `src`."""
    problems, used = [], set()
    for full, rel in sources(src):
        source = module_of(rel)
        if source not in ARROWS:
            problems.append(f"src/{rel}: folder '{source}' is not in the arrow table of "
                            f"{os.path.basename(__file__)} (add it, mirroring docs/architecture.md)")
            continue
        allowed = reachable(source)
        test = is_test(rel)
        if test:
            for extra in TEST_EXTRAS.get(source, []):
                allowed |= reachable(extra)
        with open(full, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                header = m.group(1) or m.group(2)
                target = module_of(header)
                where = f"src/{rel}:{number}"
                if m.group(2):  # <…>: a system header, unless it names a folder of src/
                    if target in ARROWS:
                        problems.append(f'{where}: #include <{header}>: include a header of '
                                        f'src/ with quotes, "{header}"')
                    continue
                if header.startswith("."):
                    problems.append(f'{where}: #include "{header}": name the header from src/')
                    continue
                if target not in ARROWS:
                    problems.append(f'{where}: #include "{header}" names no module of src/')
                    continue
                if is_test(header) and not test:
                    problems.append(f'{where}: production code includes test code "{header}"')
                    continue
                if target in allowed:
                    continue
                if (rel, header) in KNOWN_EXCEPTIONS:
                    used.add((rel, header))
                    continue
                arrows = ", ".join(sorted(allowed - {source}))
                problems.append(f'{where}: #include "{header}" breaks the arrows: {source} -> '
                                f'{target} is not drawn in docs/architecture.md '
                                f'({source}{" test code" if test else ""} may include: {arrows})')
    for (rel, header), reason in sorted(KNOWN_EXCEPTIONS.items()):
        if (rel, header) not in used:
            problems.append(f'known exception src/{rel} -> "{header}" ({reason}) no longer '
                            f"occurs: remove it from KNOWN_EXCEPTIONS in {__file__}")
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default=os.path.join(here, "..", "..", "src"))
    args = parser.parse_args()
    problems = check(os.path.normpath(args.src))
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) against the arrows of docs/architecture.md")
        return 1
    print(f"includes follow the arrows of docs/architecture.md "
          f"({len(KNOWN_EXCEPTIONS)} known exceptions, issue 17)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
