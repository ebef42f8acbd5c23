# Sourced by the window scripts: starts Xvfb on a free display and stops it on exit.
# Sets DISPLAY and XVFB_PID. start_xvfb [WIDTHxHEIGHT] (1280x800 by default).
start_xvfb() {
  local n size=${1:-1280x800}
  for n in $(seq 91 140); do
    [ -e "/tmp/.X${n}-lock" ] || [ -e "/tmp/.X11-unix/X${n}" ] || break
  done
  # -noreset: by default Xvfb resets whenever its last client disconnects, and a program
  # starting during the reset fails with "X11: Failed to open display" (5 of 60 quick
  # start/kill rounds did here; none of 200 with -noreset).
  Xvfb ":${n}" -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":${n}"
  for _ in $(seq 1 50); do
    xdpyinfo >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "Xvfb did not start on $DISPLAY" >&2
  return 1
}

stop_xvfb() { [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null; wait "$XVFB_PID" 2>/dev/null || true; }

# Windows are found by the process that owns them (the _NET_WM_PID that GLFW and Wine set),
# never by their titles: titles carry plan and library names, and xdotool's --name does not
# match patterns with non-ASCII characters such as the em dash of "Plan — CoP Launch Planner".

# proc_tree PID: PID and every process descended from it, one a line (a Windows program under
# Wine owns its windows from a process of its own).
proc_tree() {
  ps -e -o pid=,ppid= | awk -v root="$1" '
    { parent[$1] = $2; pids[NR] = $1 }
    END {
      keep[root] = 1; print root
      do {
        grew = 0
        for (i in pids) { p = pids[i]; if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; print p; grew = 1 } }
      } while (grew)
    }'
}

# pid_windows PID: the visible windows of PID, oldest first (X hands out a client's window IDs
# in increasing order, so the home window sorts before the plan windows opened from it). With
# WINDOW_TREE=1 the windows of PID's descendants count too.
pid_windows() {
  local p pids=$1
  [ "${WINDOW_TREE:-0}" = 1 ] && pids=$(proc_tree "$1")
  for p in $pids; do
    xdotool search --onlyvisible --pid "$p" 2>/dev/null || true
  done | sort -n -u
}

# wait_window PID [N] [SECONDS]: waits until PID shows N visible windows (1 by default) and
# prints the ID of the Nth oldest; fails after SECONDS (60) or when PID has exited.
wait_window() {
  local pid=$1 n=${2:-1} secs=${3:-60} id deadline
  deadline=$(($(date +%s) + secs))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    id=$(pid_windows "$pid" | sed -n "${n}p")
    if [ -n "$id" ]; then echo "$id"; return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "process $pid exited before showing window $n" >&2; return 1; }
    sleep 0.02
  done
  echo "process $pid showed no window $n after ${secs}s" >&2
  return 1
}

# not_blank PNG: fails when the image is one flat colour.
not_blank() {
  local sd
  sd=$(convert "$1" -colorspace Gray -format '%[fx:standard_deviation]' info:)
  awk -v sd="$sd" 'BEGIN { exit !(sd > 0.02) }' || { echo "$1 looks blank (sd=$sd)" >&2; return 1; }
}
