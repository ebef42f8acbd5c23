#!/usr/bin/env bash
# Builds the Windows app with the fyne tool (cross-compiled with mingw-w64): the icon, name and
# version come from FyneApp.toml, the program is a GUI program (no console window). Leaves
#   dist/windows/coplaunch.exe
#   dist/coplaunch-<version>-windows-amd64.zip   (folder "CoP Launch Planner": the app, README.txt)
# The fyne tool is installed into bin/ (it must not go into go.mod: it would move Fyne to 2.8).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
fyne="$root/bin/fyne"
[ -x "$fyne" ] || GOBIN="$root/bin" go install fyne.io/tools/cmd/fyne@v1.7.4

version=$(sed -n 's/^Version = "\(.*\)"/\1/p' FyneApp.toml)
name=$(sed -n 's/^Name = "\(.*\)"/\1/p' FyneApp.toml)
# The tool reads FyneApp.toml from the package's folder and bumps its Build on every run:
# give it a throw-away copy that points at the icon in assets/.
toml=cmd/coplaunch/FyneApp.toml
trap 'rm -f "$toml" "cmd/coplaunch/$name.exe"' EXIT
sed 's#^Icon = "assets/icon.png"#Icon = "../../assets/icon.png"#' FyneApp.toml > "$toml"

start=$(date +%s)
(cd cmd/coplaunch && CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ GOARCH=amd64 \
  "$fyne" package -os windows -release)
echo "fyne package -os windows: $(( $(date +%s) - start ))s"

rm -rf dist/windows dist/coplaunch-*-windows-amd64.zip
mkdir -p "dist/windows"
mv "cmd/coplaunch/$name.exe" dist/windows/coplaunch.exe

stage=$(mktemp -d)
trap 'rm -f "$toml" "cmd/coplaunch/$name.exe"; rm -rf "$stage"' EXIT
mkdir "$stage/$name"
cp dist/windows/coplaunch.exe "$stage/$name/"
sed 's/$/\r/' > "$stage/$name/README.txt" <<TXT
$name $version for Windows 10 and 11 (64-bit)

Start: double-click coplaunch.exe. Nothing needs installing; keep this folder where you like
(for example in Documents) and pin the app to the taskbar or Start once it runs.

Your plans are kept in %AppData%\\coplaunch\\library.db, with daily backups in
%AppData%\\coplaunch\\backups. Only your Windows account can open that folder.

Command line (cmd.exe or PowerShell, in this folder):
  .\\coplaunch.exe list            list your plans
  .\\coplaunch.exe help            every command
TXT
zip="dist/coplaunch-$version-windows-amd64.zip"
(cd "$stage" && zip -q -r -X "$root/$zip" "$name")
ls -l dist/windows/coplaunch.exe "$zip"
