#!/usr/bin/env bash
# The C++ sources follow .clang-format (Google base, 100 columns): fails naming each file that
# clang-format 14 (Debian's, the version that wrote them) would change, and how to fix it.
# Usage: scripts/checks/check_format.sh [FILE…]   (default: every .cc and .h of the project)
set -uo pipefail
cd "$(dirname "$0")/../.."
tool="${CLANG_FORMAT:-clang-format-14}"
command -v "$tool" >/dev/null || { echo "check_format: $tool not found (scripts/install-deps.sh --test)" >&2; exit 2; }
if (($#)); then
  files=("$@")
else
  mapfile -t files < <(find src tests bench fuzz -name '*.cc' -o -name '*.h' | sort)
fi
# One run over all files; each file that would change is named in a "warning:" line.
mapfile -t drifted < <("$tool" --dry-run "${files[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: .*/\1/p' | sort -u)
if ((${#drifted[@]})); then
  printf 'check_format: %s is not formatted\n' "${drifted[@]}"
  echo "check_format: ${#drifted[@]} of ${#files[@]} files drifted; fix with: $tool -i FILE"
  exit 1
fi
echo "check_format: ${#files[@]} files formatted"
