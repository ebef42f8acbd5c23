#!/usr/bin/env bash
# Screenshots of the real app under Xvfb at 1280×800: the home screen, then every step of the
# demo plan, reached with the Next step shortcut (Ctrl+PageDown) as a person would. Then the
# README's pictures, into DOCS (committed): the home screen, a step, a review with its
# trends and a page of the charter PDF.
#
#   .ci/screenshots.sh BINARY OUTDIR [DOCS]
set -euo pipefail
bin=$(realpath "${1:-./coplaunch}")
out=$(realpath -m "${2:-screenshots}")
docs=$(realpath -m "${3:-docs}")
here=$(dirname "$(realpath "$0")")
. "$here/xvfb.sh"
mkdir -p "$out"
work=$(mktemp -d)
cleanup() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null; stop_xvfb; rm -rf "$work"; }
trap cleanup EXIT
export COPLAUNCH_DB="$work/lib.db" LANG=en_US.UTF-8 HOME="$work/home"
mkdir -p "$HOME"

"$bin" demo >/dev/null
id=$("$bin" demo)
start_xvfb

"$bin" 2>"$work/home.log" &
app=$!
home=$(wait_window "$app" 1 90)
sleep 2
import -window root "$out/00-home.png"
mkdir -p "$docs"
import -window "$home" "$docs/home.png" # the README's pictures are of the window alone
xdotool windowfocus --sync "$home" key ctrl+q
wait "$app" || true

COPLAUNCH_OPEN_PLAN=$id "$bin" 2>"$work/plan.log" &
app=$!
plan=$(wait_window "$app" 2 90) # the home window, then the plan's
xdotool windowraise "$plan" windowfocus --sync "$plan"
sleep 2
# Steps 1 and 3-5 show their sections as tabs; each tab is clicked by where its title sits on a
# 1280x800 window (x of the title's middle, y of the tab bar).
declare -A tabs=(
  [survey]="285 377 493 649 807"
  [charter]="307 403 506 621 728 872 978 1077"
  [event]="269 351 446 553"
  [reviews]="277 383 515"
)
names=(overview survey recruitment charter event reviews export)
for i in "${!names[@]}"; do
  base="$out/$(printf '%02d' $((i + 1)))-${names[$i]}"
  import -window root "$base.png"
  [ "${names[$i]}" = charter ] && import -window "$plan" "$docs/step-charter.png"
  n=0
  for x in ${tabs[${names[$i]}]:-}; do
    n=$((n + 1))
    xdotool mousemove --window "$plan" "$x" 131 click 1
    sleep 1
    import -window root "$base-tab$n.png"
    [ "${names[$i]}" = reviews ] && [ "$n" = 2 ] && import -window "$plan" "$docs/review-trends.png"
    if [ "${names[$i]}" = charter ] && [ "$n" = 2 ]; then
      # The role form of the demo's second role (Sharer), with its holders and move row.
      xdotool mousemove --window "$plan" 390 333 click 1
      sleep 1
      import -window root "$base-tab$n-role.png"
    fi
  done
  xdotool windowfocus --sync "$plan" key ctrl+Next
  sleep 1.5
done
xdotool windowfocus --sync "$plan" key ctrl+q
wait "$app" || true
app=

# The README's page of the charter PDF.
"$bin" export -plan "$id" -charter-pdf "$work/charter.pdf" >/dev/null
pdftoppm -png -r 80 -f 2 -l 2 -singlefile "$work/charter.pdf" "$docs/charter-page"
ls -1 "$out" "$docs"
