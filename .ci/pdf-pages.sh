#!/usr/bin/env bash
# Renders every page of the demo plan's charter PDF and plan PDF to PNG with pdftoppm.
set -euo pipefail
bin=$(realpath "${1:-./coplaunch}")
out=$(realpath -m "${2:-screenshots/pdf}")
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export COPLAUNCH_DB="$work/lib.db" LANG=en_US.UTF-8
id=$("$bin" demo)
"$bin" export -plan "$id" -charter-pdf "$work/charter.pdf" -plan-pdf "$work/plan.pdf" >/dev/null
rm -f "$out"/charter-*.png "$out"/plan-*.png
pdftoppm -png -r 70 "$work/charter.pdf" "$out/charter"
pdftoppm -png -r 70 "$work/plan.pdf" "$out/plan"
cp "$work/charter.pdf" "$work/plan.pdf" "$out/"
ls -1 "$out"
