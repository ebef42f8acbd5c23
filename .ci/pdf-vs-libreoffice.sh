#!/usr/bin/env bash
# The app's PDF against the usual office route to the same document, side by side in one run:
# the charter of the demo plan and of the large plan (plantest.Large), written as a PDF by
# `coplaunch export -charter-pdf`, and as Markdown (`-markdown`) turned into DOCX by pandoc
# and into PDF by LibreOffice. Each route is timed as whole processes (wall time) with its
# peak resident memory (the largest of its processes), median of RUNS runs.
#
#   .ci/pdf-vs-libreoffice.sh [BINARY] [RUNS]
#
# Skips, with a message and exit status 0, where pandoc or LibreOffice (soffice) is missing.
# The plan PDF has no Markdown twin yet (the Markdown export is the charter's), so the plan
# is compared through its charter only.
set -euo pipefail
bin=$(realpath "${1:-./coplaunch}")
runs=${2:-3}
root=$(dirname "$(dirname "$(realpath "$0")")")
for tool in pandoc soffice; do
  if ! command -v "$tool" >/dev/null; then
    echo "pdf-vs-libreoffice: skipped: $tool is not installed (apt-get install pandoc libreoffice-writer)"
    exit 0
  fi
done
[ -x /usr/bin/time ] || { echo "pdf-vs-libreoffice: skipped: /usr/bin/time is not installed (apt-get install time)"; exit 0; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANG=en_US.UTF-8 HOME="$work/home" COPLAUNCH_DB="$work/lib.db"
mkdir -p "$HOME"
demo=$("$bin" demo)
(cd "$root" && go build -o "$work/largelib" ./internal/tools/largelib)
large=$("$work/largelib" "$COPLAUNCH_DB")

# measure OUT CMD...: runs CMD, appends "seconds kB" (wall time, peak RSS) to OUT.
measure() {
  local out=$1
  shift
  /usr/bin/time -f '%e %M' -o "$work/t" "$@" >/dev/null 2>>"$work/log"
  cat "$work/t" >>"$out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '| %-28s | %-10s | %-12s | %-10s | %-12s |\n' "charter of" "app PDF" "app memory" "office" "office memory"
printf '| %-28s | %-10s | %-12s | %-10s | %-12s |\n' "---" "---" "---" "---" "---"
for plan in "demo plan:$demo" "large plan:$large"; do
  name=${plan%%:*} id=${plan#*:}
  : >"$work/app" ; : >"$work/office"
  for _ in $(seq 1 "$runs"); do
    rm -f "$work"/out.*
    measure "$work/app" "$bin" export -plan "$id" -charter-pdf "$work/out.pdf"
    # The office route: three processes one after the other; their times add up, the
    # memory is the largest of the three.
    : >"$work/steps"
    measure "$work/steps" "$bin" export -plan "$id" -markdown "$work/out.md"
    measure "$work/steps" pandoc "$work/out.md" -o "$work/out.docx"
    measure "$work/steps" soffice --headless --convert-to pdf --outdir "$work/pdf" "$work/out.docx"
    [ -s "$work/pdf/out.pdf" ] || { cat "$work/log" >&2; echo "pdf-vs-libreoffice: LibreOffice wrote no PDF" >&2; exit 1; }
    awk '{ t += $1; if ($2 > m) m = $2 } END { print t, m }' "$work/steps" >>"$work/office"
  done
  at=$(awk '{ print $1 }' "$work/app" | median) am=$(awk '{ print $2 }' "$work/app" | median)
  ot=$(awk '{ print $1 }' "$work/office" | median) om=$(awk '{ print $2 }' "$work/office" | median)
  printf '| %-28s | %-10s | %-12s | %-10s | %-12s |\n' "$name" "${at} s" "$((${am%.*} / 1024)) MB" "${ot} s" "$((${om%.*} / 1024)) MB"
done
