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

# wait_window NAME [SECONDS]: prints the ID of the first visible window whose title is NAME.
wait_window() {
  local name=$1 secs=${2:-60} id
  for _ in $(seq 1 $((secs * 5))); do
    id=$(xdotool search --onlyvisible --name "^${name}\$" 2>/dev/null | head -n 1)
    if [ -n "$id" ]; then echo "$id"; return 0; fi
    sleep 0.2
  done
  echo "no window named '$name' after ${secs}s" >&2
  return 1
}

# not_blank PNG: fails when the image is one flat colour.
not_blank() {
  local sd
  sd=$(convert "$1" -colorspace Gray -format '%[fx:standard_deviation]' info:)
  awk -v sd="$sd" 'BEGIN { exit !(sd > 0.02) }' || { echo "$1 looks blank (sd=$sd)" >&2; return 1; }
}
