# CoP Launch Planner. `make run` and `make test` install what is missing on Debian/Ubuntu first.
SHELL  := /bin/bash
GO     ?= go
BIN    := coplaunch
export LANG := en_US.UTF-8

.PHONY: run build test check vet cross-vet fmt-check no-fyne-in-planner no-store-in-ui no-fixtures-in-binary unit race smoke screenshots pdf-pages package windows test-windows test-windows-unit journey bench bench-smoke soak fuzz deps-build deps-test deps-windows clean

run: deps-build build
	./$(BIN)

build:
	$(GO) build -o $(BIN) ./cmd/coplaunch

deps-build:
	@.ci/deps.sh build

deps-test:
	@.ci/deps.sh test

deps-windows:
	@.ci/deps.sh windows

# The README's test command: static checks, every test, the race detector on every package,
# the real binary in a real window under Xvfb, and one round of every step of make bench (no
# budget judged) so that a change that breaks the harness fails here.
test: deps-test check unit race smoke bench-smoke

check: fmt-check vet cross-vet no-fyne-in-planner no-store-in-ui no-fixtures-in-binary

fmt-check:
	@bad=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$bad" ]; then echo "gofmt would change:"; echo "$$bad"; exit 1; fi; echo "gofmt: clean"

vet:
	$(GO) vet ./...

# The packages that need no cgo, vetted and built for the other desktop systems (the GUI needs
# cgo and a native toolchain: make windows builds it, a Mac builds its own).
cross-vet:
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $(GO) vet ./planner/...
	GOOS=darwin GOARCH=arm64 CGO_ENABLED=0 $(GO) vet ./planner/...
	GOOS=darwin GOARCH=arm64 CGO_ENABLED=0 $(GO) build ./planner/...

no-fyne-in-planner:
	@if $(GO) list -deps ./planner/... | grep -q '^fyne.io'; then \
		echo "planner/... imports Fyne:"; $(GO) list -deps ./planner/... | grep '^fyne.io'; exit 1; fi; \
	echo "planner/... imports no Fyne"

# The GUI reaches the library through its own Library interface: cmd wires the store in.
no-store-in-ui:
	@if $(GO) list -deps ./ui/ | grep -qE '/planner/store$$|^database/sql$$|^modernc.org/sqlite'; then \
		echo "ui imports the store or SQL:"; $(GO) list -deps ./ui/ | grep -E '/planner/store$$|^database/sql$$|^modernc.org/sqlite'; exit 1; fi; \
	echo "ui imports neither the store nor SQL"

# The app ships the sample plan (planner/sample), never the test fixtures: no symbol of
# planner/plantest (the large plan, the eight-script plan, the flow survey) in the binary.
no-fixtures-in-binary: build
	@if $(GO) tool nm $(BIN) | grep -q 'planner/plantest\.'; then \
		echo "$(BIN) links planner/plantest:"; $(GO) tool nm $(BIN) | grep 'planner/plantest\.' | head; exit 1; fi; \
	echo "$(BIN) links no test fixtures"

unit:
	$(GO) test -count=1 ./...

# Every package: the store, the GUI and the CLI run goroutines, and so can any writer or reader
# the GUI calls off its own goroutine (two PDF exports at once shared gofpdf's font bytes).
# The race detector slows the store's fsync-heavy tests several times over: 30 minutes, not 10.
race:
	$(GO) test -race -count=1 -timeout 30m ./...

smoke: build
	.ci/smoke.sh ./$(BIN)

# PNGs of the home screen and every step of the demo plan, from a real window under Xvfb.
screenshots: deps-test build
	.ci/screenshots.sh ./$(BIN) screenshots docs

# A new user's journey through every step and tab of the demo plan and of a plan of
# 5,000-character texts in the real window under Xvfb, at 1280×800, 1366×768 and 1920×1080 with
# FYNE_SCALE=1.5 (screenshots in screenshots/journey/). JOURNEY_SETUPS picks others, e.g.
# JOURNEY_SETUPS="1280x720 2560x1440@2".
JOURNEY_SETUPS ?= 1280x800 1366x768 1920x1080@1.5
journey: deps-test build
	.ci/journey.sh ./$(BIN) screenshots/journey $(JOURNEY_SETUPS)

# Every page of the demo plan's charter and plan PDFs as PNGs (screenshots/pdf/).
pdf-pages: deps-test build
	.ci/pdf-pages.sh ./$(BIN) screenshots/pdf

package: deps-build
	.ci/package.sh

# The Windows app, cross-built with mingw-w64 and packaged by the fyne tool: dist/windows/
# coplaunch.exe (icon, name and version from FyneApp.toml, no console window) and its zip.
windows: deps-windows
	.ci/package-windows.sh

# The Windows tests under Wine: the planner packages' tests, the packaged app's command line,
# and its GUI killed and restarted three times on the same library (see .ci/test-windows.sh).
test-windows: windows
	.ci/test-windows.sh

# Only the first part of test-windows (no Windows build needed): about a minute once compiled.
test-windows-unit: deps-windows
	.ci/test-windows.sh pure

# The performance budgets in one table (bench.txt); fails when a row misses its budget. Not
# part of make test: its figures need a quiet machine.
bench: deps-test build
	.ci/bench.sh

# The smoke pass of make bench that make test runs: every step once, no budget judged.
bench-smoke: build
	BENCH_SMOKE=1 .ci/bench.sh

# The charter PDF against Markdown -> pandoc -> LibreOffice for the demo and the large plan
# (time and peak memory); skips where pandoc or LibreOffice is missing.
pdf-vs-libreoffice: build
	.ci/pdf-vs-libreoffice.sh ./$(BIN)

# The long runs: 200 SIGKILL trials of an editing process and 40 rounds of concurrent CLI writers.
soak:
	COPLAUNCH_SOAK=1 $(GO) test -count=1 -v -timeout 60m -run 'Crash|Concurrent' ./cmd/coplaunch/

FUZZTIME ?= 60s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) ./planner/planfile/
	$(GO) test -run '^$$' -fuzz '^FuzzReadSurvey$$' -fuzztime $(FUZZTIME) ./planner/csvimport/
	$(GO) test -run '^$$' -fuzz '^FuzzReadCandidates$$' -fuzztime $(FUZZTIME) ./planner/csvimport/
	$(GO) test -run '^$$' -fuzz '^FuzzReadSurveyXLSX$$' -fuzztime $(FUZZTIME) ./planner/csvimport/
	$(GO) test -run '^$$' -fuzz '^FuzzCleanText$$' -fuzztime $(FUZZTIME) ./planner/export/
	$(GO) test -run '^$$' -fuzz '^FuzzPDFText$$' -fuzztime $(FUZZTIME) ./planner/export/
	$(GO) test -run '^$$' -fuzz '^FuzzScriptText$$' -fuzztime $(FUZZTIME) ./planner/export/
	$(GO) test -run '^$$' -fuzz '^FuzzUnpackAnswers$$' -fuzztime $(FUZZTIME) ./planner/store/
	$(GO) test -run '^$$' -fuzz '^FuzzReadAttendance$$' -fuzztime $(FUZZTIME) ./planner/evidence/
	$(GO) test -run '^$$' -fuzz '^FuzzReadActivity$$' -fuzztime $(FUZZTIME) ./planner/evidence/
	$(GO) test -run '^$$' -fuzz '^FuzzParseMinutes$$' -fuzztime $(FUZZTIME) ./planner/evidence/
	$(GO) test -run '^$$' -fuzz '^FuzzReadPoll$$' -fuzztime $(FUZZTIME) ./planner/evidence/
	$(GO) test -run '^$$' -fuzz '^FuzzMatchThemes$$' -fuzztime $(FUZZTIME) ./planner/

clean:
	rm -rf $(BIN) screenshots dist
