# partnermap: `make demo` renders the default Nanning maps into out/, `make test` runs the tests.
# Both install the Debian packages they need first (quickly skipped when present).
SWIFT ?= swift
# Libraries and fonts the tool needs to build and run (libxml2-dev for FoundationXML, which reads
# .xlsx tables and is linked in by the static release build).
RUN_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libproj-dev proj-data libshp-dev zlib1g-dev libqpdf-dev libxml2-dev \
	fonts-noto-core fonts-noto-cjk
# Tools the tests use to check outputs (pdfinfo, pdftotext, pdffonts; qpdf --check; Pillow decodes PNGs;
# ffmpeg and ffprobe make and count the frames of videos).
TEST_PACKAGES := poppler-utils qpdf python3-pil ffmpeg
BIN := .build/release/partnermap

.PHONY: all deps test-deps build demo test bench clean
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

clean:
	rm -rf .build out/*.png out/*.pdf out/*.svg
