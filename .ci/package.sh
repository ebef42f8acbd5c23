#!/usr/bin/env bash
# Builds the Linux package (dist/) with the fyne tool. The tool reads FyneApp.toml from the
# folder of the main package and bumps its Build number on every run, so it is given a
# throw-away copy beside cmd/coplaunch that points at the icon in assets/.
set -euo pipefail
cd "$(dirname "$0")/.."
gobin=$(go env GOPATH)/bin
if ! PATH="$PATH:$gobin" command -v fyne >/dev/null; then
  go install fyne.io/tools/cmd/fyne@v1.7.4
fi
export PATH="$PATH:$gobin"
toml=cmd/coplaunch/FyneApp.toml
trap 'rm -f "$toml"' EXIT
sed 's#^Icon = "assets/icon.png"#Icon = "../../assets/icon.png"#' FyneApp.toml > "$toml"
mkdir -p dist
(cd cmd/coplaunch && fyne package -os linux -release)
mv cmd/coplaunch/*.tar.xz dist/
ls -l dist/
