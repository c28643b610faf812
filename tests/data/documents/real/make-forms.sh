#!/usr/bin/env bash
# Makes the other forms in which each real document of this corpus could arrive (issue 11,
# "Measure on real documents"): for every vb-*.txt here (or the .txt files given with --only),
# into OUT_DIR (a build directory, never the repository):
#   <id>.docx      one paragraph per line of the .txt, Times New Roman 13 pt (LibreOffice
#                  substitutes the metric-compatible Liberation Serif when Times is absent)
#   <id>.pdf       that DOCX printed to PDF by LibreOffice: a PDF with a text layer
#   <id>.scan.pdf  that PDF rendered grey at 150 dpi, turned by 0.5–1.5° (the angle and its
#                  sign follow from the id, so every run makes the same file), slightly
#                  blurred, with light noise, as JPEG pages wrapped by img2pdf: image-only,
#                  no text layer
# A form newer than its .txt (and than this script) is kept. LibreOffice starts once per kind
# of conversion for all the files that need it (it takes seconds to start).
#
# Usage: make-forms.sh OUT_DIR [--only ID...] [--src DIR]
# Needs (scripts/install-deps.sh --test): libreoffice-writer-nogui, poppler-utils (pdftoppm),
# imagemagick (convert), python3-img2pdf (img2pdf). Debian's ImageMagick policy forbids
# writing PDF, hence img2pdf.
#
# tests/data/documents/scan-sample.pdf (the browser test's upload) was made by this script
# from vb-037.txt (a complete tune-split Công văn with recipients, a task and a signer; ids
# divisible by 3 are held out), two pages, 126 KB:
#   make-forms.sh /tmp/f --only vb-037 && cp /tmp/f/vb-037.scan.pdf ../scan-sample.pdf
set -euo pipefail

usage() { echo "usage: $0 OUT_DIR [--only ID...] [--src DIR]" >&2; exit 2; }
[[ $# -ge 1 ]] || usage
out=$1
shift
src=$(cd "$(dirname "$0")" && pwd)
script="$src/$(basename "$0")"
only=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only) shift; while [[ $# -gt 0 && $1 != --* ]]; do only+=("$1"); shift; done ;;
    --src) src=$(cd "$2" && pwd); shift 2 ;;
    *) usage ;;
  esac
done
for tool in libreoffice pdftoppm convert img2pdf; do
  command -v "$tool" >/dev/null || { echo "make-forms: $tool not found (scripts/install-deps.sh --test)" >&2; exit 1; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
work="$out/.work"
mkdir -p "$work"

ids=()
if ((${#only[@]})); then
  ids=("${only[@]}")
else
  for f in "$src"/vb-*.txt; do ids+=("$(basename "$f" .txt)"); done
fi

# fresh TARGET SOURCE: TARGET exists and is newer than SOURCE and than this script.
fresh() { [[ -s $1 && $1 -nt $2 && $1 -nt $script ]]; }

# One HTML paragraph per line, so LibreOffice keeps the line structure; runs of spaces are
# kept (no-break spaces), markup characters escaped.
to_html() {
  printf '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><style>'
  printf 'p{font-family:"Times New Roman";font-size:13pt;margin:0}</style></head><body>\n'
  sed -e 's/\r$//' -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' \
      -e 's/  / \&nbsp;/g' -e 's/^ /\&nbsp;/' -e 's/^\(.*\)$/<p>\1<\/p>/' -e 's/^<p><\/p>$/<p>\&nbsp;<\/p>/' "$1"
  printf '</body></html>\n'
}

lo_profile="file://$work/lo-profile"
lo_convert() {  # FILTER OUTDIR FILES...
  local filter=$1 dir=$2
  shift 2
  libreoffice -env:UserInstallation="$lo_profile" --headless --norestore \
    --convert-to "$filter" --outdir "$dir" "$@" >"$work/lo.log" 2>&1 || {
    cat "$work/lo.log" >&2; return 1; }
}

# 1. DOCX, through one LibreOffice run over every HTML that needs it.
need=()
for id in "${ids[@]}"; do
  txt="$src/$id.txt"
  [[ -f $txt ]] || { echo "make-forms: no $txt" >&2; exit 1; }
  fresh "$out/$id.docx" "$txt" && continue
  to_html "$txt" >"$work/$id.html"
  need+=("$work/$id.html")
done
if ((${#need[@]})); then
  lo_convert 'docx:MS Word 2007 XML' "$out" --infilter='HTML (StarWriter)' "${need[@]}"
fi

# 2. Text PDF from the DOCX, one LibreOffice run.
need=()
for id in "${ids[@]}"; do
  fresh "$out/$id.pdf" "$out/$id.docx" || need+=("$out/$id.docx")
done
if ((${#need[@]})); then
  lo_convert 'pdf:writer_pdf_Export' "$out" "${need[@]}"
fi

# 3. Scanned-looking image-only PDF.
# The angle: 0.5 + (cksum of the id mod 11)/10 degrees, sign from its parity.
angle_for() {
  local sum
  sum=$(printf '%s' "$1" | cksum | cut -d' ' -f1)
  local tenths=$((5 + sum % 11)) sign=""
  ((sum / 11 % 2)) && sign="-"
  printf '%s%d.%d' "$sign" $((tenths / 10)) $((tenths % 10))
}
scan_one() {
  local id=$1 pdf="$out/$1.pdf" dir="$work/$1.pages"
  fresh "$out/$id.scan.pdf" "$pdf" && return 0
  rm -rf "$dir"
  mkdir -p "$dir"
  pdftoppm -r 150 -gray -png "$pdf" "$dir/p"
  local angle seed pages=()
  angle=$(angle_for "$id")
  seed=$(printf '%s' "$id" | cksum | cut -d' ' -f1)
  for png in "$dir"/p*.png; do
    local jpg="${png%.png}.jpg"
    convert "$png" -seed $((seed % 100000)) -background white -rotate "$angle" \
      -blur 0x0.6 -attenuate 0.25 +noise Gaussian -colorspace Gray \
      -units PixelsPerInch -density 150 -quality 60 "$jpg"
    pages+=("$jpg")
  done
  img2pdf --producer "" --creationdate "2024-01-01" --moddate "2024-01-01" \
    -o "$out/$id.scan.pdf.tmp" "${pages[@]}"
  mv "$out/$id.scan.pdf.tmp" "$out/$id.scan.pdf"
  rm -rf "$dir"
}
for id in "${ids[@]}"; do scan_one "$id"; done
echo "make-forms: ${#ids[@]} documents in $out"
