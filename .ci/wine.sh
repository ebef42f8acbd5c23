# Sourced by the Windows test scripts: a throw-away Wine prefix that runs Go 1.26 programs.
# Sets WINEPREFIX, WINEDEBUG and WINE_OVERLAY; wine_cleanup removes the prefix.
#
# Two things Wine 8.0 lacks, worked around here and nowhere else:
#  - bcryptprimitives.dll (ProcessPrng), which every Go 1.26 program loads before main:
#    .ci/wine/processprng.c is built with mingw into the prefix's system32.
#  - FileDispositionInformationEx, which Go's os.RemoveAll (and so t.TempDir's cleanup) asks
#    for first. Wine answers "not implemented" where Windows before 10 1607 answers "invalid
#    info class"; WINE_OVERLAY is a go build -overlay that lets Go take its older-Windows path
#    for that answer too. It touches only the test binaries built with it.
wine_setup() {
  local here src
  here=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
  WINE_TMP=$(mktemp -d "${TMPDIR:-/tmp}/coplaunch-wine.XXXXXX")
  export WINEPREFIX="$WINE_TMP/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINE_TMP/bcryptprimitives.dll" \
    "$here/wine/processprng.c" -ladvapi32
  wineboot -i >/dev/null 2>&1 || true
  wineserver -w
  # One wineserver for the whole run, started here with no terminal or pipe: otherwise the
  # first program started under `go test` spawns it (and Wine's background services), they
  # inherit that test's output pipe, and go test waits a minute for it to close.
  wineserver -p </dev/null >/dev/null 2>&1
  cp "$WINE_TMP/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"

  src=$(go env GOROOT)/src/internal/syscall/windows/at_windows.go
  sed 's#^\t\tSTATUS_NOT_SUPPORTED: #\t\tSTATUS_NOT_SUPPORTED, NTStatus(0xC0000002): #' "$src" > "$WINE_TMP/at_windows.go"
  if cmp -s "$src" "$WINE_TMP/at_windows.go"; then
    echo "wine.sh: $src has changed; the os.RemoveAll overlay no longer applies" >&2
    return 1
  fi
  printf '{"Replace":{"%s":"%s"}}\n' "$src" "$WINE_TMP/at_windows.go" > "$WINE_TMP/overlay.json"
  export WINE_OVERLAY="$WINE_TMP/overlay.json"
}

wine_cleanup() {
  [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null
  [ -n "${WINE_TMP:-}" ] && rm -rf "$WINE_TMP"
  return 0
}
