#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the project needs, only those that are missing.
#   .ci/deps.sh build   cgo headers for Fyne's GLFW driver, and the fonts Fyne falls back to on
#                       Linux for Arabic, Hebrew, Devanagari (Noto), Chinese and Japanese (Droid
#                       Sans Fallback) and Korean (Nanum) (enough to build and run the app)
#   .ci/deps.sh test    build + Xvfb, poppler-utils, qpdf, sqlite3, xdotool, ImageMagick (tests)
#   .ci/deps.sh windows mingw-w64 cross compiler, Wine, zip (make windows, make test-windows)
set -euo pipefail

build_pkgs=(gcc pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
  fonts-noto-core fonts-droid-fallback fonts-nanum)
test_pkgs=(xvfb xauth x11-utils xdotool poppler-utils qpdf sqlite3 imagemagick util-linux)
windows_pkgs=(gcc-mingw-w64-x86-64 wine wine64 zip)

case "${1:-build}" in
  build) want=("${build_pkgs[@]}") ;;
  test)  want=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
  windows) want=("${build_pkgs[@]}" "${test_pkgs[@]}" "${windows_pkgs[@]}") ;;
  *) echo "usage: $0 build|test|windows" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ! command -v go >/dev/null 2>&1; then
  echo "Go is not on PATH: install Go 1.26 or newer from your distribution or go.dev, then run this again." >&2
  exit 1
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing packages: ${missing[*]} (no apt-get here: install them with your package manager)." >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
