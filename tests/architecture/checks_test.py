#!/usr/bin/env python3
"""The architecture checks can fail: each runs on a copy of src/ (which passes) with one
planted fault (which must fail, naming the file and line). Run by ctest (architecture label)."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
INCLUDES = os.path.join(ROOT, "scripts", "checks", "check_includes.py")
TYPE_NAMES = os.path.join(ROOT, "scripts", "checks", "check_type_names.py")
FORMAT = os.path.join(ROOT, "scripts", "checks", "check_format.sh")


def run(script, src):
    done = subprocess.run([sys.executable, script, "--src", src], capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


class Tree(unittest.TestCase):
    """A copy of src/'s headers and sources in a temporary folder."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="doithoai-checks-")
        self.src = os.path.join(self.tmp, "src")
        shutil.copytree(os.path.join(ROOT, "src"), self.src,
                        ignore=lambda d, names: [n for n in names if os.path.isfile(
                            os.path.join(d, n)) and not n.endswith((".h", ".cc"))])

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, path, text):
        full = os.path.join(self.src, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)

    def edit(self, path, old, new):
        full = os.path.join(self.src, path)
        with open(full, encoding="utf-8") as f:
            text = f.read()
        self.assertIn(old, text)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new))


class IncludeArrows(Tree):
    def test_the_tree_as_it_is_passes(self):
        code, out = run(INCLUDES, self.src)
        self.assertEqual(code, 0, out)

    def test_an_include_against_the_arrows_fails_naming_file_line_and_arrow(self):
        self.write("domain/task/leak.h", '#pragma once\n\n#include "core/date.h"\n'
                   '#include "app/context.h"\n')
        code, out = run(INCLUDES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn('src/domain/task/leak.h:4: #include "app/context.h" breaks the arrows: '
                      "domain -> app", out)

    def test_a_new_http_include_of_documents_fails_though_older_ones_are_excepted(self):
        self.write("http/api/new_api.cc", '#include "documents/render/docx_renderer.h"\n')
        code, out = run(INCLUDES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn("src/http/api/new_api.cc:1:", out)
        self.assertIn("http -> documents/render", out)

    def test_sibling_stores_do_not_include_each_other(self):
        self.write("storage/memory/leak.cc", '#include "storage/sqlite/sqlite_store.h"\n')
        code, out = run(INCLUDES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn("storage/memory -> storage/sqlite", out)

    def test_a_test_may_include_the_real_store_but_production_code_may_not(self):
        self.write("app/leak_test.cc", '#include "storage/memory/memory_store.h"\n')
        self.assertEqual(run(INCLUDES, self.src)[0], 0)
        self.write("app/leak.cc", '#include "storage/memory/memory_store.h"\n')
        code, out = run(INCLUDES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn("src/app/leak.cc:1:", out)

    def test_production_code_never_includes_a_test_kit(self):
        self.write("app/leak.cc", '#include "app/app_test_kit.h"\n')
        code, out = run(INCLUDES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn("production code includes test code", out)

    def test_an_exception_that_no_longer_occurs_fails(self):
        self.edit("http/api/question_api.cc", '#include "import/question_sheet.h"\n', "\n")
        code, out = run(INCLUDES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn("no longer occurs", out)

    def test_angle_brackets_and_relative_paths_do_not_slip_past(self):
        self.write("domain/task/leak.cc", "#include <vector>\n#include <app/context.h>\n"
                   '#include "../app/context.h"\n')
        code, out = run(INCLUDES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn("src/domain/task/leak.cc:2: #include <app/context.h>", out)
        self.assertIn("src/domain/task/leak.cc:3:", out)
        self.assertNotIn("leak.cc:1:", out)

    def test_a_folder_missing_from_the_table_fails(self):
        self.write("demo/seed.cc", '#include "core/date.h"\n')
        code, out = run(INCLUDES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn("folder 'demo' is not in the arrow table", out)


PROGRAMME = """#pragma once
namespace doithoai {
struct Programme {
  int items = 0;
};
}  // namespace doithoai
"""


class TypeNames(Tree):
    def test_the_tree_as_it_is_passes(self):
        code, out = run(TYPE_NAMES, self.src)
        self.assertEqual(code, 0, out)

    def test_the_session_8_programme_fails_naming_both_definitions(self):
        self.write("app/live/programme.h", PROGRAMME)
        code, out = run(TYPE_NAMES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn("doithoai::Programme is defined 2 times", out)
        self.assertIn("src/app/live/programme.h:3", out)
        self.assertIn("src/domain/indicator/indicator.h:", out)

    def test_a_duplicate_enum_in_a_named_namespace_of_a_cc_fails(self):
        self.write("storage/a.cc", "namespace doithoai::storage {\nenum class Kind { kA };\n}\n")
        self.write("storage/b.cc", "namespace doithoai {\nnamespace storage {\n"
                   "// a comment { with braces\nconst char* s = \"}{\";\n"
                   "struct Kind final : Base<int> {};\n}\n}\n")
        code, out = run(TYPE_NAMES, self.src)
        self.assertEqual(code, 1, out)
        self.assertIn("doithoai::storage::Kind is defined 2 times: src/storage/a.cc:2, "
                      "src/storage/b.cc:5", out)

    def test_forward_declarations_nested_and_private_types_pass(self):
        self.write("app/live/a.h", "namespace doithoai {\nstruct Programme;\n"
                   "struct Day {\n  struct Programme {};\n};\n}\n")
        self.write("app/live/b.cc", "namespace doithoai {\nnamespace {\n"
                   "struct Programme { int x; };\n}\n"
                   "template <class T> struct Wrap {};\ntemplate <> struct Wrap<int> {};\n}\n")
        code, out = run(TYPE_NAMES, self.src)
        self.assertEqual(code, 0, out)

    def test_a_type_in_a_comment_or_string_is_not_a_definition(self):
        self.write("app/live/c.cc", "namespace doithoai {\n/* struct Programme { }; */\n"
                   'const char* k = "struct Programme {";\nchar o = \'{\';\n}\n')
        code, out = run(TYPE_NAMES, self.src)
        self.assertEqual(code, 0, out)


class Format(unittest.TestCase):
    """check_format.sh passes a file as .clang-format writes it and names one that drifted."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="doithoai-format-")
        shutil.copy(os.path.join(ROOT, ".clang-format"), self.tmp)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def check(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        done = subprocess.run([FORMAT, path], capture_output=True, text=True)
        return done.returncode, done.stdout + done.stderr, path

    def test_a_formatted_file_passes(self):
        code, out, _ = self.check("good.cc", "int Twice(int x) { return 2 * x; }\n")
        self.assertEqual(code, 0, out)

    def test_a_drifted_file_fails_by_name(self):
        code, out, path = self.check("bad.cc", "int  Twice( int x ){return 2*x;}\n")
        self.assertEqual(code, 1, out)
        self.assertIn(path + " is not formatted", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
