#!/usr/bin/env bash
# `make bench`: the performance budgets of issue 7 in one table (also saved to bench.txt).
#
# Every figure is measured beside its floor in the same run, because the machines are shared
# and noisy: Go benchmarks (median of BENCH_COUNT runs) for the library, PDFs, CSV import, plan
# file and the GUI's step switches under Fyne's test driver; then, under Xvfb, the real
# binary's start-up time and resident memory against a minimal Fyne window built now with the
# same toolchain (internal/tools/minimal). Windows are found by their process, never by their
# titles (see .ci/xvfb.sh). The exit status is 1 when a row misses its budget.
#
#   BENCH_COUNT   rounds of the Go benchmarks (default 5)
#   BENCH_RUNS    start-ups of each program under Xvfb (default 21)
#   BENCH_OUT     where the table is saved (default bench.txt)
#   BENCH_GO=0    skip the Go benchmarks (to try the window part alone)
#   BENCH_SMOKE=1 the smoke pass `make test` runs: every step of the harness once (one round,
#                 one iteration of each benchmark, one start-up and one memory reading each),
#                 no budget judged, but it fails when a step fails or a row has no figure
set -euo pipefail
cd "$(dirname "$0")/.."
here=$(realpath .ci)
. "$here/xvfb.sh"

count=${BENCH_COUNT:-5}
runs=${BENCH_RUNS:-21}
out=${BENCH_OUT:-bench.txt}
smoke=${BENCH_SMOKE:-0}
rss_runs=3 settle=3 benchtime=() tableflags=()
if [ "$smoke" = 1 ]; then
  count=1 runs=1 rss_runs=1 settle=1 benchtime=(-benchtime 1x) tableflags=(-smoke)
  out=${BENCH_OUT:-/dev/null}
fi
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
go build -o "$work/minimal" ./internal/tools/minimal
go build -o "$work/largelib" ./internal/tools/largelib
go build -o "$work/benchtable" ./internal/tools/benchtable
# Both programs run from copies, as a user's installed binary: a file the linker has just
# written sits in the page cache in large folios, and a fault maps a whole folio, so more of
# it is resident than of the same bytes copied or read back from disk (coplaunch 37.8 MB of
# code and read-only data against 31.2 MB, the minimal program 2.2 MB more, 2026-12-07).
cp "$bin" "$work/coplaunch"
bin="$work/coplaunch"
cp "$work/minimal" "$work/minimal.linked"
cp "$work/minimal.linked" "$work/minimal"

# ---- Go benchmarks ---------------------------------------------------------------------
raw="$work/bench.out"
gobench() { # PACKAGE REGEXP [extra go test flags]
  local pkg=$1 re=$2
  shift 2
  if ! go test -run '^$' -bench "$re" -benchmem -count 1 ${benchtime[@]+"${benchtime[@]}"} "$@" "$pkg" >"$work/one.out" 2>&1; then
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
    gobench ./planner/csvimport/ '^Benchmark(Import10k|Import10kGuessing|CSVFloor)$'
    gobench ./planner/ '^BenchmarkPerfSurveySummary$'
    gobench ./planner/evidence/ '^BenchmarkPerfAttendance100$'
    gobench ./planner/export/ '^BenchmarkPerf'
    gobench ./planner/planfile/ '^BenchmarkPerf'
    if [ "$smoke" = 1 ]; then
      gobench ./ui/ '^BenchmarkPerf(Step|LongCharter)$'
    else
      gobench ./ui/ '^BenchmarkPerfStep$' -benchtime 5x
      gobench ./ui/ '^BenchmarkPerfLongCharter$' -benchtime 2x
    fi
    gobench ./ui/ '^BenchmarkPerfKeystroke$' -benchtime 500x
  done

  echo "bench: candidate list virtualization (ui)"
  go test -count=1 -run '^TestLargePlanCandidateListVirtualized$' -v ./ui/ >"$work/virt.out" 2>&1 ||
    { cat "$work/virt.out" >&2; echo "bench: the candidate list is not virtualized" >&2; exit 1; }
  rows=$(sed -n 's/.* \([0-9][0-9]*\) candidate rows built.*/\1/p' "$work/virt.out" | sort -n | tail -n 1)
  [ -n "$rows" ] && echo "rows $rows" >>"$kv"
fi

# ---- The real binary under Xvfb -------------------------------------------------------
# Start-up is timed from X's own events: xev, watching the root window, prints a line as each
# top-level window is mapped, and a blocking read takes the time when it comes. Polling with
# xdotool every 20 ms, as wait_window does, spawned processes that took CPU from the program
# being started on a 2-core machine; the alternating runs' medians moved by up to 10% from one
# make bench to the next. No other client maps windows on this server while it is timed.
maps=
watch_maps() {
  exec {maps}< <(exec stdbuf -oL xev -root -event substructure 2>>"$work/xev.log")
  sleep 1 # xev has selected the root window's events well before this
}

# launch_timed N CMD...: starts CMD, prints the milliseconds until it has mapped N windows,
# then ends it. A window counts when its _NET_WM_PID is CMD's process, asked once its map
# has been timed.
launch_timed() {
  local n=$1 t0 t1 pid line win rc got=0 deadline
  shift
  while IFS= read -r -t 0.1 line <&"$maps"; do :; done # what the last program's end left
  t0=$EPOCHREALTIME
  "$@" >/dev/null 2>>"$work/app.log" &
  pid=$!
  cur=$pid
  deadline=$((SECONDS + 90))
  while [ "$got" -lt "$n" ]; do
    IFS= read -r -t 1 line <&"$maps" && rc=0 || rc=$?
    case $rc in
    0) ;;
    1) echo "bench: xev stopped reporting windows (see $work/xev.log)" >&2 && exit 1 ;;
    *) line= ;; # a second with no event
    esac
    if [ -n "$line" ]; then
      [[ $line == MapNotify* ]] || continue
      t1=$EPOCHREALTIME
      IFS= read -r -t 5 line <&"$maps" || line= # "    event 0x…, window 0x…, override NO"
      win=${line#*, window }
      win=${win%%,*}
      if [ "$(xprop -id "$win" _NET_WM_PID 2>/dev/null | awk '{ print $NF }')" = "$pid" ]; then
        got=$((got + 1))
      fi
      continue
    fi
    if ! kill -0 "$pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "bench: $1 mapped no window" >&2
      tail -n 20 "$work/app.log" >&2
      exit 1
    fi
  done
  stop_program "$pid"
  echo $(((${t1//[!0-9]/} - ${t0//[!0-9]/}) / 1000)) # µs since the epoch, whatever the locale's decimal point
}

# rss_after N CMD...: starts CMD, waits for its Nth window and $settle seconds more, prints its
# VmRSS in kB, then ends it.
rss_after() {
  local n=$1 pid kb
  shift
  "$@" >/dev/null 2>>"$work/app.log" &
  pid=$!
  cur=$pid
  wait_window "$pid" "$n" 90 >/dev/null || { tail -n 20 "$work/app.log" >&2; exit 1; }
  sleep "$settle"
  kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
  stop_program "$pid"
  echo "$kb"
}

# stop_program PID: ends a measured program with SIGTERM, as a user's quit does. One that has
# not exited 10 s later is stuck: it gets SIGQUIT, which writes its goroutines to the log,
# kept as bench-hang.log, then SIGKILL, and the run says so on stderr (2026-12-07: once in
# about 300 quits, Fyne 2.7's shutdown waited forever for a lifecycle event it had drained).
stop_program() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -QUIT "$pid" 2>/dev/null || true
    sleep 1
    kill -KILL "$pid" 2>/dev/null || true
    cp "$work/app.log" bench-hang.log
    echo "bench: process $pid had not exited 10 s after SIGTERM; killed (its goroutines: bench-hang.log)" >&2
  fi
  wait "$pid" 2>/dev/null || true
  cur=
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

start_xvfb
export HOME="$work/home" COPLAUNCH_DB="$work/lib.db"
mkdir -p "$HOME"
id=$("$work/largelib" "$COPLAUNCH_DB")

echo "bench: start-up under Xvfb, $runs runs each (alternating)"
watch_maps
launch_timed 1 "$work/minimal" >/dev/null # warm the page cache for both
launch_timed 1 "$bin" >/dev/null
: >"$work/start_min"
: >"$work/start_app"
for _ in $(seq 1 "$runs"); do
  launch_timed 1 "$work/minimal" >>"$work/start_min"
  launch_timed 1 "$bin" >>"$work/start_app"
done
echo "  minimal window (ms): $(tr '\n' ' ' <"$work/start_min")"
echo "  coplaunch home (ms): $(tr '\n' ' ' <"$work/start_app")"
echo "startup_floor_ms $(median <"$work/start_min")" >>"$kv"
echo "startup_ms $(median <"$work/start_app")" >>"$kv"

echo "bench: resident memory, $rss_runs runs each"
: >"$work/rss_min"
: >"$work/rss_app"
: >"$work/rss_home"
: >"$work/rss_shape"
for _ in $(seq 1 "$rss_runs"); do
  rss_after 1 "$work/minimal" >>"$work/rss_min"
  # The home window first, then the large plan's.
  rss_after 2 env COPLAUNCH_OPEN_PLAN="$id" "$bin" >>"$work/rss_app"
  rss_after 1 "$bin" >>"$work/rss_home"
  rss_after 2 "$work/minimal" -shape >>"$work/rss_shape"
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
status=0
{
  if [ "$smoke" = 1 ]; then
    echo "make bench-smoke, $(date -u +%Y-%m-%d): one round of every step, no budget judged"
  else
    echo "make bench, $(date -u +%Y-%m-%d): $(nproc) cores, $(grep -m1 '^model name' /proc/cpuinfo | sed 's/^model name[[:space:]]*: //'), $(go version | awk '{ print $3 }'); Go benchmarks median of $count rounds (a ratio to a floor: the median of the rounds' ratios), start-up median of $runs runs, memory median of $rss_runs"
  fi
  echo
  "$work/benchtable" ${tableflags[@]+"${tableflags[@]}"} "$raw" "$kv" || status=$?
  exit "$status"
} | tee "$out"
status=${PIPESTATUS[0]}
if [ "$status" != 0 ]; then
  if [ "$smoke" = 1 ]; then
    echo "bench: the smoke pass is missing figures: a step of the harness is broken" >&2
  else
    echo "bench: a figure is out of its budget" >&2
  fi
fi
exit "$status"
