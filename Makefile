# partnermap: `make demo` renders the default Nanning maps into out/, `make test` runs the tests.
# Both install the Debian packages they need first (quickly skipped when present).
# `make fuzz` fuzzes every parser of untrusted input, `make fuzz-smoke` each for a few seconds.
SWIFT ?= swift
# Libraries and fonts the tool needs to build and run (libxml2-dev for FoundationXML, which reads
# .xlsx tables and is linked in by the static release build).
RUN_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libproj-dev proj-data libshp-dev zlib1g-dev libqpdf-dev libxml2-dev \
	fonts-noto-core fonts-noto-cjk
# Tools the tests use to check outputs (pdfinfo, pdftotext, pdffonts; qpdf --check; Pillow decodes PNGs;
# ffmpeg and ffprobe make and count the frames of videos; GDAL's ogrinfo reads the GeoJSON; rsvg-convert draws SVGs;
# Ghostscript makes and separates CMYK PDFs; GNU parallel runs the README's batch-shard recipe;
# headless Chromium with Selenium drives the interactive HTML map).
TEST_PACKAGES := poppler-utils qpdf python3-pil ffmpeg gdal-bin librsvg2-bin ghostscript parallel \
	chromium chromium-driver python3-selenium
BIN := .build/release/partnermap
# Fuzz targets (Fuzz/Sources), built with libFuzzer and AddressSanitizer from the Swift toolchain.
FUZZ_TARGETS ?= CSV Spec PMB Shapefile DBF GeoJSON PRJ
FUZZ_RUNS ?= 1000000
FUZZ_SMOKE_SECONDS ?= 3
# More libFuzzer flags for every target, e.g. FUZZ_FLAGS=-max_total_time=600.
FUZZ_FLAGS ?=
# lld, where the toolchain ships it, links them without gold's hundreds of warnings.
FUZZ_LD := $(if $(wildcard $(dir $(realpath $(shell command -v $(SWIFT))))ld.lld),-Xswiftc -use-ld=lld)
# debug (the default: quick to build) or release (optimised: the spec target runs about 2,400
# inputs a second instead of 100 to 250, so a million take minutes, not hours).
FUZZ_CONFIG ?= debug
export FUZZ_CONFIG
FUZZ_BUILD := PARTNERMAP_FUZZ=1 $(SWIFT) build -c $(FUZZ_CONFIG) --scratch-path .build-fuzz \
	-Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing $(FUZZ_LD)

.PHONY: all deps test-deps build demo test bench fuzz-build fuzz fuzz-smoke clean
all: demo

deps:
	@scripts/install-deps.sh $(RUN_PACKAGES)

test-deps:
	@scripts/install-deps.sh $(RUN_PACKAGES) $(TEST_PACKAGES)

build: deps
	$(SWIFT) build -c release --static-swift-stdlib --product partnermap

demo: build
	$(BIN)
	@mkdir -p docs/gallery && cp out/gallery/*.png docs/gallery/ && echo "refreshed docs/gallery (the README gallery)"

test: test-deps
	$(SWIFT) build
	$(SWIFT) test
	$(SWIFT) build -c release --static-swift-stdlib --product partnermap

bench: build
	$(BIN) bench

fuzz-build: deps
	for target in $(FUZZ_TARGETS); do $(FUZZ_BUILD) --product Fuzz$$target || exit 1; done

# FUZZ_RUNS inputs per target, one target (one process) at a time; fails if any target crashed.
fuzz: fuzz-build
	@failed=; for target in $(FUZZ_TARGETS); do scripts/fuzz-run.sh $$target -runs=$(FUZZ_RUNS) $(FUZZ_FLAGS) || failed="$$failed $$target"; done; \
	if [ -n "$$failed" ]; then echo "fuzz: crashes in$$failed (inputs in .build-fuzz/crashes)" >&2; exit 1; fi

# FUZZ_SMOKE_SECONDS per target: CI's check that the targets build and survive their seeds.
fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_RUNS=-1 FUZZ_FLAGS=-max_total_time=$(FUZZ_SMOKE_SECONDS)

clean:
	rm -rf .build out/*.png out/*.pdf out/*.svg
