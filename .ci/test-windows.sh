#!/usr/bin/env bash
# The Windows tests, under Wine on Linux (make test-windows):
#   1. pure   the planner packages' tests, cross-compiled for Windows and run under Wine;
#   2. cli    the packaged coplaunch.exe's command line: demo, survey and candidate imports,
#             every export, a plan file round trip, exit codes, Windows paths;
#   3. gui    the app under Wine and Xvfb: the home window appears, the app is killed without
#             a clean quit (wineserver -k) and started again on the same library, three times;
#             the library passes integrity_check and lists every plan each time.
# Usage: .ci/test-windows.sh [pure|cli|gui ...]   (default: all three; cli and gui need
# dist/windows/coplaunch.exe from `make windows`)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
here=$root/.ci
. "$here/wine.sh"
. "$here/xvfb.sh"
export LANG=en_US.UTF-8

phases=("$@")
[ ${#phases[@]} -gt 0 ] || phases=(pure cli gui)
exe=$root/dist/windows/coplaunch.exe

app=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; stop_xvfb; wine_cleanup; }
trap cleanup EXIT
trap "exit 143" INT TERM
fail() { echo "test-windows: FAIL: $*" >&2; exit 1; }
t0=$(date +%s)
wine_setup
echo "test-windows: Wine prefix ready in $(( $(date +%s) - t0 ))s"

# winpath PATH: the Windows name of a Linux path (Wine maps / to Z:).
winpath() { printf 'Z:%s' "${1//\//\\}"; }
# win ARGS...: runs coplaunch.exe under Wine; stdout and stderr go to $work/out and $work/err.
win() { wine "$exe" "$@" >"$work/out" 2>"$work/err"; }
# must ARGS...: win, failing the test unless it exits 0.
must() { win "$@" || fail "coplaunch.exe $* exited $?: $(cat "$work/err")"; }

pure() {
  local s=$(date +%s) log="$WINE_TMP/pure.log" rc=0
  GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go test -v -count=1 -overlay "$WINE_OVERLAY" \
    -exec "$here/wine-exec" ./planner/... >"$log" 2>&1 || rc=$?
  grep -E '^(ok|FAIL|\?) ' "$log" || true
  if [ "$rc" -ne 0 ]; then
    grep -E -B2 -A12 -- '--- FAIL|^panic:|build failed' "$log" | head -150 >&2
    fail "pure-Go tests under Wine (exit $rc)"
  fi
  echo "test-windows: pure-Go tests under Wine passed in $(( $(date +%s) - s ))s:" \
    "$(grep -cE '^ *--- PASS' "$log") passed, $(grep -cE '^ *--- SKIP' "$log") skipped (tests and subtests)"
  grep -E -B1 '^ *--- SKIP' "$log" | grep -v -- '^--$' | grep -v '=== ' | sed 's/^/  /' | head -40
}

cli() {
  local s=$(date +%s)
  [ -x "$exe" ] || fail "no $exe: run make windows first"
  work="$WINE_TMP/work"
  mkdir -p "$work"
  # The library in its default place, %AppData%\coplaunch\library.db (os.UserConfigDir).
  lib="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/coplaunch/library.db"

  must demo
  id=$(tr -d '\r\n' <"$work/out")
  [ -f "$lib" ] || fail "demo made no library in %AppData% ($lib)"
  must list
  grep -q "^$id	Creator Growth Circle" "$work/out" || fail "list does not show the demo plan: $(cat "$work/out")"

  # Imports of files as Windows tools save them: CRLF line ends, a byte order mark.
  in="$work/in put"
  mkdir -p "$in"
  { printf '\xef\xbb\xbf'; sed 's/$/\r/' planner/csvimport/testdata/google_forms.csv; } >"$in/responses.csv"
  sed 's/$/\r/' planner/csvimport/testdata/candidates.csv >"$in/candidates.csv"
  must import -plan "$id" -survey "$(winpath "$in/responses.csv")"
  grep -q "responses added" "$work/out" || fail "survey import: $(cat "$work/out")"
  must import -plan "$id" -candidates "$(winpath "$in/candidates.csv")"
  grep -q "added" "$work/out" || fail "candidate import: $(cat "$work/out")"

  # Every export, into a folder with a space and an accent, named with backslashes.
  out="$work/Exports Zoë"
  mkdir -p "$out"
  local w; w=$(winpath "$out")
  must export -plan "$id" -json "$w\\plan.json" -charter-pdf "$w\\charter.pdf" -plan-pdf "$w\\plan.pdf" \
    -markdown "$w\\charter.md" -ics "$w\\launch.ics" -candidates-csv "$w\\candidates.csv" -reviews-csv "$w\\reviews.csv"
  [ "$(ls "$out" | wc -l)" -eq 7 ] || fail "exports: $(ls -A "$out")"
  for f in charter.pdf plan.pdf; do head -c 5 "$out/$f" | grep -q '%PDF-' || fail "$f is not a PDF"; done
  head -c 15 "$out/launch.ics" | grep -q 'BEGIN:VCALENDAR' || fail "launch.ics is not a calendar"
  for f in candidates.csv reviews.csv; do
    [ "$(head -c 3 "$out/$f" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "$f has no UTF-8 byte order mark"
    [ "$(grep -c $'\r$' "$out/$f")" -eq "$(wc -l <"$out/$f")" ] || fail "$f has lines not ending in CRLF"
  done
  # The exported candidates read back through the import into a new plan.
  must import -json "$w\\plan.json"
  copy=$(tr -d '\r\n' <"$work/out")
  [ -n "$copy" ] && [ "$copy" != "$id" ] || fail "plan file import gave ID '$copy'"
  must export -plan "$copy" -json "$w\\copy.json"
  strip() { sed -E 's/"(Updated|exported)": ?"[^"]*"//g' "$1"; }
  diff <(strip "$out/plan.json") <(strip "$out/copy.json") >/dev/null || {
    diff <(strip "$out/plan.json") <(strip "$out/copy.json") | head -20 >&2
    fail "the plan file round trip changed the plan"
  }
  must import -plan "$copy" -candidates "$w\\candidates.csv"

  # Exit codes as on Linux: 2 wrong usage, 1 failure, and an error message.
  set +e
  win frobnicate; code=$?
  set -e
  [ "$code" -eq 2 ] || fail "unknown command exited $code, want 2"
  set +e
  win export -plan "No such plan" -json "$w\\x.json"; code=$?
  set -e
  [ "$code" -eq 1 ] && grep -q "No such plan" "$work/err" || fail "unknown plan exited $code: $(cat "$work/err")"
  # A library named by -db with a drive letter and backslashes.
  other="$work/Other Library"
  mkdir -p "$other"
  must -db "$(winpath "$other")\\lib.db" demo
  [ -f "$other/lib.db" ] || fail "-db with a Windows path made no library there"

  [ "$(sqlite3 "$lib" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check of the library"
  echo "test-windows: command line passed in $(( $(date +%s) - s ))s"
}

gui() {
  local s=$(date +%s) round plans
  [ -x "$exe" ] || fail "no $exe: run make windows first"
  work="$WINE_TMP/work"
  mkdir -p "$work"
  lib="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/coplaunch/library.db"
  [ -f "$lib" ] || { must demo; }
  must list
  plans=$(cut -f1 "$work/out" | tr -d '\r' | sort | tr '\n' ' ')
  start_xvfb
  # Wine's desktop process started with the prefix, before there was a display: restart the
  # prefix's server so that the app's windows reach Xvfb.
  wineserver -k || true
  wineserver -w
  wineserver -p </dev/null >/dev/null 2>&1
  for round in 1 2 3; do
    wine "$exe" >"$work/gui.log" 2>&1 &
    app=$!
    WINDOW_TREE=1 wait_window "$app" 1 180 >/dev/null || { cat "$work/gui.log" >&2; fail "round $round: no home window"; }
    sleep 3
    import -window root "$work/home-$round.png"
    not_blank "$work/home-$round.png" || fail "round $round: the home window is blank"
    # No clean quit: end every process of the prefix at once, as a crash or power cut would.
    wineserver -k
    wait "$app" 2>/dev/null || true
    app=
    [ "$(sqlite3 "$lib" 'PRAGMA integrity_check')" = ok ] || fail "round $round: integrity_check"
    must list
    [ "$(cut -f1 "$work/out" | tr -d '\r' | sort | tr '\n' ' ')" = "$plans" ] ||
      fail "round $round: plans listed $(cut -f1 "$work/out" | tr '\n' ' '), want $plans"
    echo "test-windows: GUI round $round: home window up, killed, library intact"
  done
  echo "test-windows: GUI kill-and-restart passed in $(( $(date +%s) - s ))s"
}

for p in "${phases[@]}"; do
  case "$p" in
    pure|cli|gui) "$p" ;;
    *) fail "unknown phase $p (pure, cli or gui)" ;;
  esac
done
echo "test-windows: PASS ($(( $(date +%s) - t0 ))s)"
