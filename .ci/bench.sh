#!/usr/bin/env bash
# `make bench`: the performance budgets of issue 7 in one table (also saved to bench.txt).
#
# Every figure is measured beside its floor in the same run, because the machines are shared
# and noisy: Go benchmarks (median of BENCH_COUNT runs) for the library, PDFs, CSV import, plan
# file and the GUI's step switches under Fyne's test driver; then, under Xvfb, the real
# binary's start-up time and resident memory against a minimal Fyne window built now with the
# same toolchain (.ci/minimal).
#
#   BENCH_COUNT   rounds of the Go benchmarks (default 5)
#   BENCH_RUNS    start-ups of each program under Xvfb (default 7)
#   BENCH_OUT     where the table is saved (default bench.txt)
#   BENCH_GO=0    skip the Go benchmarks (to try the window part alone)
set -euo pipefail
cd "$(dirname "$0")/.."
here=$(realpath .ci)
. "$here/xvfb.sh"

count=${BENCH_COUNT:-5}
runs=${BENCH_RUNS:-7}
out=${BENCH_OUT:-bench.txt}
bin=$(realpath ./coplaunch)
[ -x "$bin" ] || { echo "bench: build ./coplaunch first (make build)" >&2; exit 1; }
export LANG=en_US.UTF-8

work=$(mktemp -d)
cur= # the program being measured, ended on exit
cleanup() {
  [ -n "$cur" ] && kill "$cur" 2>/dev/null
  stop_xvfb
  rm -rf "$work"
}
trap cleanup EXIT

echo "bench: building the helpers"
go build -o "$work/minimal" ./.ci/minimal
go build -o "$work/largelib" ./.ci/largelib
go build -o "$work/benchtable" ./.ci/benchtable

# ---- Go benchmarks ---------------------------------------------------------------------
raw="$work/bench.out"
gobench() { # PACKAGE REGEXP [extra go test flags]
  local pkg=$1 re=$2
  shift 2
  if ! go test -run '^$' -bench "$re" -benchmem -count 1 "$@" "$pkg" >"$work/one.out" 2>&1; then
    cat "$work/one.out" >&2
    echo "bench: go test $pkg failed" >&2
    exit 1
  fi
  cat "$work/one.out" >>"$raw"
  grep -E '^Benchmark' "$work/one.out" | sed 's/^/  /'
}
: >"$raw"
kv="$work/window.txt"
: >"$kv"
if [ "${BENCH_GO:-1}" != 0 ]; then
  # Round after round rather than -count N: a figure and its floor then alternate, so a burst
  # of load from elsewhere on the machine hits both rather than one.
  for round in $(seq 1 "$count"); do
    echo "bench: round $round of $count"
    gobench ./planner/store/ '^BenchmarkPerf'
    gobench ./planner/csvimport/ '^Benchmark(Import10k|CSVFloor)$'
    gobench ./planner/export/ '^BenchmarkPerf'
    gobench ./planner/planfile/ '^BenchmarkPerf'
    gobench ./ui/ '^BenchmarkPerfStep$' -benchtime 5x
  done

  echo "bench: candidate list virtualization (ui)"
  go test -count=1 -run '^TestLargePlanCandidateListVirtualized$' -v ./ui/ >"$work/virt.out" 2>&1 ||
    { cat "$work/virt.out" >&2; echo "bench: the candidate list is not virtualized" >&2; exit 1; }
  rows=$(sed -n 's/.* \([0-9][0-9]*\) candidate rows built.*/\1/p' "$work/virt.out" | sort -n | tail -n 1)
  [ -n "$rows" ] && echo "rows $rows" >>"$kv"
fi

# ---- The real binary under Xvfb -------------------------------------------------------
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# mapped_after PATTERN PID: waits until a visible window whose title matches PATTERN exists
# (polling every 20 ms) and prints nothing; fails after 90 s or if PID exits first.
mapped_after() {
  local pattern=$1 pid=$2 deadline=$(($(date +%s) + 90))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if xdotool search --onlyvisible --name "$pattern" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || {
      echo "bench: process $pid exited before its window appeared; its log:" >&2
      tail -n 20 "$work/app.log" >&2
      return 1
    }
    sleep 0.02
  done
  echo "bench: no window matching '$pattern' after 90 s" >&2
  return 1
}

# launch_timed PATTERN CMD...: starts CMD, prints the milliseconds until its window is mapped,
# then ends it.
launch_timed() {
  local pattern=$1 t0 t1 pid
  shift
  t0=$(now_ms)
  "$@" >/dev/null 2>>"$work/app.log" &
  pid=$!
  cur=$pid
  mapped_after "$pattern" "$pid"
  t1=$(now_ms)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cur=
  echo $((t1 - t0))
}

# rss_after PATTERN SETTLE CMD...: starts CMD, waits for its window and SETTLE seconds more,
# prints its VmRSS in kB, then ends it.
rss_after() {
  local pattern=$1 settle=$2 pid kb
  shift 2
  "$@" >/dev/null 2>>"$work/app.log" &
  pid=$!
  cur=$pid
  mapped_after "$pattern" "$pid"
  sleep "$settle"
  kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cur=
  echo "$kb"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

start_xvfb
export HOME="$work/home" COPLAUNCH_DB="$work/lib.db"
mkdir -p "$HOME"
id=$("$work/largelib" "$COPLAUNCH_DB")
minimal_title='^Minimal Fyne window$'
home_title='^CoP Launch Planner$'
plan_title='network scale$'

echo "bench: start-up under Xvfb, $runs runs each (alternating)"
launch_timed "$minimal_title" "$work/minimal" >/dev/null # warm the page cache for both
launch_timed "$home_title" "$bin" >/dev/null
: >"$work/start_min"
: >"$work/start_app"
for _ in $(seq 1 "$runs"); do
  launch_timed "$minimal_title" "$work/minimal" >>"$work/start_min"
  launch_timed "$home_title" "$bin" >>"$work/start_app"
done
echo "  minimal window (ms): $(tr '\n' ' ' <"$work/start_min")"
echo "  coplaunch home (ms): $(tr '\n' ' ' <"$work/start_app")"
echo "startup_floor_ms $(median <"$work/start_min")" >>"$kv"
echo "startup_ms $(median <"$work/start_app")" >>"$kv"

echo "bench: resident memory, 3 runs each"
: >"$work/rss_min"
: >"$work/rss_app"
: >"$work/rss_home"
: >"$work/rss_shape"
for _ in 1 2 3; do
  rss_after "$minimal_title" 3 "$work/minimal" >>"$work/rss_min"
  rss_after "$plan_title" 3 env COPLAUNCH_OPEN_PLAN="$id" "$bin" >>"$work/rss_app"
  rss_after "$home_title" 3 "$bin" >>"$work/rss_home"
  rss_after '^Minimal Fyne plan$' 3 "$work/minimal" -shape >>"$work/rss_shape"
done
echo "  minimal window (kB):        $(tr '\n' ' ' <"$work/rss_min")"
echo "  coplaunch, large plan (kB): $(tr '\n' ' ' <"$work/rss_app")"
echo "  coplaunch, home only (kB):  $(tr '\n' ' ' <"$work/rss_home")"
echo "  minimal, app's shape (kB):  $(tr '\n' ' ' <"$work/rss_shape")"
mb() { median <"$1" | awk '{ printf "%.1f", $1 / 1024 }'; }
{
  echo "rss_floor_mb $(mb "$work/rss_min")"
  echo "rss_mb $(mb "$work/rss_app")"
  echo "rss_home_mb $(mb "$work/rss_home")"
  echo "rss_shape_mb $(mb "$work/rss_shape")"
} >>"$kv"

# ---- The table ------------------------------------------------------------------------
{
  echo "make bench, $(date -u +%Y-%m-%d): $(nproc) cores, $(grep -m1 '^model name' /proc/cpuinfo | sed 's/^model name[[:space:]]*: //'), $(go version | awk '{ print $3 }'); Go benchmarks median of $count rounds, start-up median of $runs runs, memory median of 3"
  echo
  "$work/benchtable" "$raw" "$kv"
} | tee "$out"
