#!/usr/bin/env bash
# Installs what doithoai needs to build, run and test on Debian 12 (as root, or with sudo).
# Idempotent: packages already present are skipped, so `make run` stays fast after the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake pkg-config ninja-build
  libboost1.81-dev nlohmann-json3-dev libsqlite3-dev sqlite3 libsodium-dev libicu-dev
  libspdlog-dev libfmt-dev libcli11-dev libxlsxwriter-dev libzip-dev libpugixml-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libcairo2-dev libpango1.0-dev fonts-liberation2 libcurl4-openssl-dev
  libpoppler-cpp-dev libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-vie hunspell-vi
)
# Tests also need a real browser, readers for generated documents (and for feeds and
# calendars: Python's feedparser and icalendar; a real SMTP server, aiosmtpd, and openssl for
# its certificate), and curl; clang-format 14 for the format check; and clang with
# its sanitizer and libFuzzer runtimes and llvm-symbolizer for the sanitizer build and the fuzz
# targets (docs/security.md, "Fuzzing and sanitizers"). `scripts/install-deps.sh --test` adds them.
TEST_PACKAGES=(chromium curl ca-certificates poppler-utils libreoffice-writer-nogui
               clang-14 clang-format-14 libclang-rt-14-dev llvm-14 imagemagick ghostscript img2pdf
               python3-feedparser python3-icalendar python3-aiosmtpd openssl iproute2)
# Benchmarks need these; tests don't. `scripts/install-deps.sh --bench` adds them.
BENCH_PACKAGES=(wrk nginx-light)

want=("${APT_PACKAGES[@]}")
for arg in "$@"; do
  case "$arg" in
    --test) want+=("${TEST_PACKAGES[@]}") ;;
    --bench) want+=("${TEST_PACKAGES[@]}" "${BENCH_PACKAGES[@]}") ;;
    *) echo "install-deps: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
# Node.js: Debian's nodejs+npm unless a node with its own npm is already installed.
command -v npm >/dev/null 2>&1 || want+=(nodejs npm)
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
if ((${#missing[@]})); then
  echo "install-deps: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Front-end test tooling from npm (playwright-core drives Debian's chromium; never a downloaded browser).
if [[ ! -d node_modules/playwright-core || ! -d node_modules/axe-core || package.json -nt node_modules/.stamp ]]; then
  echo "install-deps: npm ci"
  if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
  touch node_modules/.stamp
fi
