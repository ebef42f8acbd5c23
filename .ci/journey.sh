#!/usr/bin/env bash
# A new user's journey through the real window under Xvfb, driven with xdotool: every step and
# tab of the demo plan and of a plan whose texts are as long as allowed (5,000 characters),
# clicking list items, scrolling with the wheel, typing long and wrong values into fields;
# then a plan made, filled and exported from the keyboard alone (keyboard_run); then, on a
# German system (LANG=de_DE.UTF-8), every page and tab of the demo plan and the keyboard run
# again (german_run: German has the longest words of the app's languages).
# JOURNEY_PARTS="mouse keyboard german" (the default) picks the parts, e.g.
# JOURNEY_PARTS=keyboard; by default the German part runs at 1366x768 only.
# Fails when a window ever grows past the screen, when a typed value is not in the library
# afterwards, when a wrong value was saved, or when PRAGMA integrity_check is not ok.
#
#   .ci/journey.sh BINARY OUTDIR [SETUP...]
#
# A setup is WIDTHxHEIGHT or WIDTHxHEIGHT@SCALE (FYNE_SCALE); by default 1280x800, 1366x768
# and 1920x1080@1.5. Screenshots go to OUTDIR/<setup>/, a summary to OUTDIR/summary.txt.
set -euo pipefail
bin=$(realpath "${1:-./coplaunch}")
out=$(realpath -m "${2:-screenshots/journey}")
shift 2 || true
setups=("$@")
[ ${#setups[@]} -gt 0 ] || setups=(1280x800 1366x768 1920x1080@1.5)
here=$(dirname "$(realpath "$0")")
root=$(dirname "$here")
. "$here/xvfb.sh"

work=$(mktemp -d)
app=
cleanup() { set +e; [ -n "$app" ] && kill "$app" 2>/dev/null; stop_xvfb; rm -rf "$work"; }
trap cleanup EXIT
export LANG=en_US.UTF-8
mkdir -p "$out"
: >"$out/summary.txt"
failures=()
fail() { echo "journey: FAIL: $*" >&2; failures+=("$*"); }

# The long plan: the demo's plan file with every free text at its longest, made with the CLI.
export COPLAUNCH_DB="$work/make.db" HOME="$work/home"
mkdir -p "$HOME"
demo_id=$("$bin" demo)
"$bin" export -plan "$demo_id" -json "$work/demo.json" >/dev/null
(cd "$root" && go run ./internal/tools/longtexts) <"$work/demo.json" >"$work/long.json"
# A name past the limit is refused by the CLI with a sentence.
sed 's/"Name": "Name[0-9]* /&'"$(printf 'n%.0s' $(seq 1 300))"'/' "$work/long.json" >"$work/too-long.json"
if "$bin" import -json "$work/too-long.json" >/dev/null 2>"$work/too-long.err"; then
  fail "the CLI imported a plan whose name is past the length limit"
elif ! grep -q "characters is too long" "$work/too-long.err"; then
  fail "the CLI refused the too-long name without saying why: $(cat "$work/too-long.err")"
fi

# Setup state, set by run_setup.
S=1 SW=0 SH=0 dir= maxw=0 maxh=0 shotn=0

px() { awk -v v="$1" -v s="$S" 'BEGIN { printf "%d", v * s + 0.5 }'; }

# check_windows WHAT: every visible window of the app fits the screen; records the largest seen.
check_windows() {
  local id
  for id in $(pid_windows "$app"); do
    eval "$(xdotool getwindowgeometry --shell "$id" 2>/dev/null)" || continue
    [ "$WIDTH" -gt "$maxw" ] && maxw=$WIDTH
    [ "$HEIGHT" -gt "$maxh" ] && maxh=$HEIGHT
    if [ "$WIDTH" -gt "$SW" ] || [ "$HEIGHT" -gt "$SH" ]; then
      fail "$setup: window '$(xdotool getwindowname "$id")' is ${WIDTH}x${HEIGHT} on a ${SW}x${SH} screen after: $1"
      shot "too-big"
    fi
  done
}

# shot NAME: a numbered screenshot of the whole screen.
shot() {
  shotn=$((shotn + 1))
  import -window root "$dir/$(printf '%03d' "$shotn")-$1.png"
}

# click X Y: a left click at logical coordinates in the plan window.
click() {
  xdotool mousemove --window "$plan" "$(px "$1")" "$(px "$2")" click 1
  sleep 0.4
}

# wheel X Y N: N notches of the mouse wheel down (N<0: up) over a point.
wheel() {
  local b=5 n=$3
  [ "$n" -lt 0 ] && b=4 n=$((-n))
  xdotool mousemove --window "$plan" "$(px "$1")" "$(px "$2")" click --repeat "$n" --delay 15 "$b"
  sleep 0.3
}

# retype X Y TEXT: click a field, select what it holds and type TEXT over it.
retype() {
  click "$1" "$2"
  xdotool key --clearmodifiers ctrl+a
  xdotool type --delay 4 -- "$3"
  sleep 1
}

key() { xdotool windowfocus --sync "$plan" key --clearmodifiers "$@"; sleep 0.8; }

# Where things are, in Fyne units from the window's top-left corner (the same at every
# scale). The sidebar lists the overview, the five steps and Export; steps 1 and 3–5 show tabs.
side_y=(49 87 126 165 204 243 284)
tab_y=131
declare -A tabs=(
  [1]="285 377 493 649 807"
  [3]="307 403 506 621 728 872 978 1077"
  [4]="269 351 446 553"
  [5]="277 383 515"
)
# A list item to click on each page ("x y"), and a point over the page to wheel over.
declare -A item=([1]="300 333" [2]="300 395" [5]="300 534")
content_x=700 content_y=450

# visit NAME: screenshots of the current page as it opens and after wheeling down, then back.
visit() {
  shot "$1"
  check_windows "$1"
  wheel $content_x $content_y 6
  shot "$1-wheeled"
  check_windows "$1 (wheeled)"
  wheel $content_x $content_y -6
}

# tour PLANNAME: every page and tab of the open plan, with a list item opened where there is one.
tour() {
  local i n x
  for i in "${!side_y[@]}"; do
    click 70 "${side_y[$i]}"
    sleep 1 # a page is built the first time it is shown
    visit "$1-page$i"
    if [ -n "${item[$i]:-}" ]; then
      click ${item[$i]}
      sleep 0.6
      shot "$1-page$i-item"
      check_windows "$1 page $i, a list item opened"
    fi
    n=0
    for x in ${tabs[$i]:-}; do
      n=$((n + 1))
      click "$x" "$tab_y"
      sleep 0.3
      visit "$1-page$i-tab$n"
      if [ "$i" = 3 ] && [ "$n" = 2 ]; then
        click 390 333 # a role: its form, holders and move row
        shot "$1-page$i-tab$n-role"
        check_windows "$1 charter roles, a role opened"
      fi
    done
  done
}

# open_plan ID NAME: starts the app on a plan and waits for its window, the app's second (the
# home window comes first).
open_plan() {
  COPLAUNCH_OPEN_PLAN=$1 "${app_env[@]}" "$bin" 2>>"$work/app.log" &
  app=$!
  plan=$(wait_window "$app" 2 90) || { shot "no-window"; fail "$setup: the window of plan '$2' did not open"; return 1; }
  xdotool windowfocus --sync "$plan"
  sleep 2
}

quit_app() {
  key ctrl+q
  for _ in $(seq 1 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$app" 2>/dev/null; then
    fail "$setup: Ctrl+Q did not quit"
    kill "$app"
  fi
  wait "$app" 2>/dev/null || true
  app=
}

q() { sqlite3 "$COPLAUNCH_DB" "$1"; }

# journey_plan ID NAME: the tour, then typing: a long purpose and an event title that
# must be saved, an impossible date and clock time that must not.
journey_plan() {
  local id=$1 name=$2 token
  token="J$RANDOM$RANDOM"
  open_plan "$id" "$name" || return 0
  tour "$name"

  click 70 "${side_y[3]}"
  click "${tabs[3]%% *}" "$tab_y"
  wheel $content_x $content_y -60
  retype 800 285 "Journey purpose $token $(printf 'grow together week by week %.0s' $(seq 1 25))"
  shot "$name-typed-purpose"
  check_windows "$name: a long purpose typed"

  click 70 "${side_y[4]}"
  click "${tabs[4]%% *}" "$tab_y"
  wheel $content_x $content_y -60
  retype 800 254 "Journey event $token"
  retype 800 417 "2026-13-45"
  shot "$name-typed-bad-date"
  check_windows "$name: a wrong date typed"
  retype 800 480 "25:99"
  shot "$name-typed-bad-time"
  check_windows "$name: a wrong time typed"
  quit_app

  [ "$(q "SELECT instr(purpose, 'Journey purpose $token') > 0 FROM charter WHERE plan_id = $id")" = 1 ] ||
    fail "$setup: the purpose typed into '$name' is not in the library"
  [ "$(q "SELECT title FROM event WHERE plan_id = $id")" = "Journey event $token" ] ||
    fail "$setup: the event title typed into '$name' is not in the library"
  [ "$(q "SELECT count(*) FROM event WHERE plan_id = $id AND (date = '2026-13-45' OR time = '25:99')")" = 0 ] ||
    fail "$setup: an impossible date or time typed into '$name' was saved"
  [ "$(q 'PRAGMA integrity_check')" = ok ] || fail "$setup: integrity_check after '$name'"
}

# keys WINDOW KEY...: key presses sent to WINDOW (given the focus first; no pointer).
keys() { xdotool windowfocus --sync "$1" key --clearmodifiers --delay 120 "${@:2}"; sleep 0.5; }

# tabs WINDOW N: N presses of Tab.
tabs() { local i; for i in $(seq 1 "$2"); do keys "$1" Tab; done; }

# typein WINDOW TEXT: selects what the focused field holds and types TEXT over it, then
# waits for the autosave pause.
typein() {
  keys "$1" ctrl+a
  xdotool windowfocus --sync "$1" type --delay 6 -- "$2"
  sleep 1.5
}

# keyboard_run: the five steps, a client, an issued charter, a review, a backup and a restore
# from the keyboard alone, with no pointer event at all. Ctrl+K opens Clients, where a client
# is typed and Esc saves it; Ctrl+N makes a plan; one field of every page is typed into
# (reached with the Go menu's Ctrl+0…5 and Tab; a question, a candidate and a review are
# added with Space on the list's Add button); Ctrl+I and Enter issue charter version 1.0; the charter PDF is
# exported with Ctrl+E and its dialog closed with Esc; Ctrl+B backs the library up (the form
# over the home window: a folder typed, Enter); the audience is then changed, and
# Ctrl+Shift+B restores the backup (Up to the newest copy, Enter, Enter to confirm), which
# must undo that change and leave the app on the library's own file: Ctrl+N there makes one
# more plan, and Ctrl+Q quits. The library must then hold exactly what was typed before the
# backup, the client and the version; the library as it was before the restore is kept
# beside it. The Tab counts and each dialog's first field are the ones
# TestKeyboardJourneyReachesItsFields (ui/keys_test.go) checks against the real widgets.
keyboard_run() {
  local token home pdf id db
  token="K$RANDOM$RANDOM"
  pdf="$work/$setup$lang_tag-keys-$token.pdf"
  db="$work/$setup$lang_tag-keys.db" # a library of its own, empty: the app starts on its welcome
  COPLAUNCH_DB="$db" "${app_env[@]}" "$bin" 2>>"$work/app.log" &
  app=$!
  home=$(wait_window "$app" 1 90) || { shot "keys-no-home"; fail "$setup: keyboard: the home window did not open"; return 0; }
  sleep 2
  keys "$home" ctrl+k # Clients: the name field has the focus; Esc saves and closes
  sleep 1
  typein "$home" "Client $token"
  shot "keys$lang_tag-client"
  check_windows "keyboard: a client typed"
  keys "$home" Escape
  sleep 0.5
  keys "$home" ctrl+n
  sleep 1
  xdotool windowfocus --sync "$home" type --delay 6 -- "Keyboard plan $token"
  keys "$home" Return
  plan=$(wait_window "$app" 2 90) || { shot "keys-no-plan"; fail "$setup: keyboard: Ctrl+N and Enter opened no plan window"; quit_keys "$home"; return 0; }
  sleep 2
  shot "keys-new-plan"
  check_windows "keyboard: a plan made with Ctrl+N"

  # page tabs [add-then-tabs] text
  local stops=(
    "0 9 0 Audience $token"
    "1 8 4 Question $token"
    "2 5 2 Candidate $token"
    "3 9 0 Charter $token"
    "4 6 0 Event $token"
    "5 7 4 12"
  )
  local st page n add text
  for st in "${stops[@]}"; do
    read -r page n add text <<<"$st"
    keys "$plan" "ctrl+$page"
    sleep 1 # a page is built the first time it is shown
    tabs "$plan" "$n"
    if [ "$add" -gt 0 ]; then
      keys "$plan" space
      sleep 0.6
      tabs "$plan" "$add"
    fi
    typein "$plan" "$text"
    shot "keys$lang_tag-page$page"
    check_windows "keyboard: typed into page $page"
  done

  keys "$plan" ctrl+i # Issue charter version: the number (1.0) has the focus; Enter issues it
  sleep 1
  shot "keys$lang_tag-issue"
  check_windows "keyboard: the Issue version dialog"
  keys "$plan" Return
  sleep 1
  shot "keys$lang_tag-issued"

  keys "$plan" ctrl+e # Export charter PDF: the save dialog focuses its file name box
  sleep 2
  typein "$plan" "$pdf"
  keys "$plan" Return
  sleep 4
  shot "keys-exported"
  keys "$plan" Escape # closes the Exported dialog
  sleep 0.5
  shot "keys-exported-closed"

  # Back up now from the plan window, pressed while a field has the focus (a menu shortcut
  # fires before the field sees the keys): the form opens over the home window, its folder
  # focused.
  local bkdir="$work/$setup$lang_tag-keys-backups" n
  mkdir -p "$bkdir"
  read -r page n _ <<<"${stops[0]}"
  keys "$plan" "ctrl+$page"
  sleep 1
  tabs "$plan" "$n"
  keys "$plan" ctrl+b
  sleep 1.5
  typein "$home" "$bkdir"
  shot "keys$lang_tag-backup-form"
  check_windows "keyboard: the Back up now form"
  keys "$home" Return
  sleep 3
  shot "keys$lang_tag-backed-up"
  keys "$home" Escape # closes the "copied to" message

  # A change after the backup, which the restore must undo.
  read -r page n _ <<<"${stops[0]}"
  keys "$plan" "ctrl+$page"
  sleep 1
  tabs "$plan" "$n"
  typein "$plan" "After backup $token"

  # Restore from backup: the list of copies has the focus; Up to the newest (the backup just
  # made), Enter asks, Enter restores. The plan window closes; the home window stays.
  keys "$plan" ctrl+shift+b
  sleep 2
  shot "keys$lang_tag-restore-list"
  check_windows "keyboard: the Restore from backup list"
  for n in 1 2 3 4 5; do keys "$home" Up; done
  keys "$home" Return
  sleep 1
  shot "keys$lang_tag-restore-confirm"
  keys "$home" Return
  sleep 4
  shot "keys$lang_tag-restored"
  check_windows "keyboard: restored"
  keys "$home" Escape # closes the "restored" message
  [ "$(xdotool getwindowname "$home")" = "CoP Launch Planner" ] ||
    fail "$setup: keyboard: after the restore the home window is titled '$(xdotool getwindowname "$home")', not the app's own library"
  # The app works on the restored library: Ctrl+N makes one more plan in it.
  keys "$home" ctrl+n
  sleep 1
  xdotool windowfocus --sync "$home" type --delay 6 -- "Restored plan $token"
  keys "$home" Return
  plan=$(wait_window "$app" 2 90) || { shot "keys-no-plan-restored"; fail "$setup: keyboard: after the restore Ctrl+N and Enter opened no plan window"; quit_keys "$home"; return 0; }
  sleep 2
  shot "keys$lang_tag-after-restore"
  quit_keys "$plan"

  id=$(sqlite3 "$db" "SELECT id FROM plans WHERE name = 'Keyboard plan $token'")
  if [ -z "$id" ]; then
    fail "$setup: keyboard: the plan named with Ctrl+N is not in the library"
    return 0
  fi
  local want got
  for want in \
    "SELECT audience FROM plans WHERE id = $id|Audience $token" \
    "SELECT count(*) FROM questions WHERE plan_id = $id AND title = 'Question $token'|1" \
    "SELECT group_concat(name) FROM candidates WHERE plan_id = $id|Candidate $token" \
    "SELECT name FROM charter WHERE plan_id = $id|Charter $token" \
    "SELECT title FROM event WHERE plan_id = $id|Event $token" \
    "SELECT group_concat(members_total) FROM reviews WHERE plan_id = $id|12" \
    "SELECT group_concat(name) FROM clients|Client $token" \
    "SELECT group_concat(version) FROM versions WHERE plan_id = $id AND snapshot <> ''|1.0" \
    "SELECT count(*) FROM plans WHERE name = 'Restored plan $token'|1"; do
    got=$(sqlite3 "$db" "${want%%|*}")
    [ "$got" = "${want#*|}" ] || fail "$setup: keyboard: ${want%%|*} gave '$got', want '${want#*|}'"
  done
  [ "$(sqlite3 "$db" "SELECT (SELECT count(*) FROM plans WHERE instr(audience || domain, char(9)) > 0) + (SELECT count(*) FROM questions WHERE instr(title, char(9)) > 0)")" = 0 ] ||
    fail "$setup: keyboard: a tab character was stored"
  local copies=("$bkdir"/*.db) aside
  if [ ${#copies[@]} != 1 ] || [ ! -f "${copies[0]}" ]; then
    fail "$setup: keyboard: Ctrl+B and Enter left ${#copies[@]} copies in $bkdir, want 1"
  elif [ "$(sqlite3 "${copies[0]}" "SELECT audience FROM plans WHERE id = $id")" != "Audience $token" ]; then
    fail "$setup: keyboard: the backup does not hold the audience typed before it"
  fi
  aside=$(ls "${db%.db}".before-restore-*.db 2>/dev/null | head -1)
  if [ -z "$aside" ]; then
    fail "$setup: keyboard: the library as it was before the restore was not kept"
  elif [ "$(sqlite3 "$aside" "SELECT audience FROM plans WHERE id = $id")" != "After backup $token" ]; then
    fail "$setup: keyboard: the library set aside by the restore does not hold the change made after the backup"
  fi
  head -c 5 "$pdf" 2>/dev/null | grep -q '%PDF-' || fail "$setup: keyboard: Ctrl+E and Enter wrote no PDF at $pdf"
  [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "$setup: keyboard: integrity_check"
  echo "$setup: keyboard-only run$lang_tag done" >>"$out/summary.txt"
}

# quit_keys WINDOW: Ctrl+Q in WINDOW, then waits for the app to end.
quit_keys() {
  keys "$1" ctrl+q
  for _ in $(seq 1 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$app" 2>/dev/null; then
    fail "$setup: keyboard: Ctrl+Q did not quit"
    kill "$app"
  fi
  wait "$app" 2>/dev/null || true
  app=
}

# The app's environment: the system's language of the run (app_env), and the tag of the
# German run's screenshots and files.
app_env=(env)
lang_tag=

# german_run: the demo plan on a German system, every page (Ctrl+0…6) and every tab
# (Ctrl+Tab) with a screenshot, no window past the screen; then the keyboard run in German.
german_run() {
  local demo=$1 page n
  app_env=(env LANG=de_DE.UTF-8 LANGUAGE=de LC_ALL=de_DE.UTF-8)
  lang_tag=-de
  if open_plan "$demo" demo-de; then
    for page in 0 1 2 3 4 5 6; do
      keys "$plan" "ctrl+$page"
      sleep 1
      shot "de-page$page"
      check_windows "German: page $page"
      n=$(wc -w <<<"${tabs[$page]:-}")
      while [ "$n" -gt 1 ]; do
        keys "$plan" ctrl+Tab
        sleep 0.5
        shot "de-page$page-tab"
        check_windows "German: a tab of page $page"
        n=$((n - 1))
      done
    done
    quit_app
  fi
  keyboard_run
  app_env=(env)
  lang_tag=
  echo "$setup: German run done" >>"$out/summary.txt"
}

run_setup() {
  setup=$1
  local size=${setup%@*}
  S=1
  [[ $setup == *@* ]] && S=${setup#*@}
  SW=${size%x*} SH=${size#*x} maxw=0 maxh=0 shotn=0
  dir="$out/$setup"
  rm -rf "$dir"
  mkdir -p "$dir"
  export COPLAUNCH_DB="$work/$setup.db" HOME="$work/home-$setup" FYNE_SCALE=$S
  mkdir -p "$HOME"
  local start=$SECONDS demo long
  demo=$("$bin" demo)
  long=$("$bin" import -json "$work/long.json")
  start_xvfb "$size"

  local parts=${JOURNEY_PARTS:-mouse keyboard}
  [ -z "${JOURNEY_PARTS:-}" ] && [ "$setup" = 1366x768 ] && parts="$parts german"
  case " $parts " in *" mouse "*)
    journey_plan "$demo" demo
    journey_plan "$long" long
    ;;
  esac
  case " $parts " in *" keyboard "*) keyboard_run ;; esac
  case " $parts " in *" german "*) german_run "$demo" ;; esac

  stop_xvfb
  XVFB_PID=
  local secs=$((SECONDS - start))
  echo "$setup: ${secs}s, largest window ${maxw}x${maxh} on a ${SW}x${SH} screen" | tee -a "$out/summary.txt"
}

for s in "${setups[@]}"; do
  run_setup "$s"
done

if [ ${#failures[@]} -gt 0 ]; then
  echo "journey: ${#failures[@]} failure(s):" >&2
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "journey: PASS"
