# newsdesk — `make demo` runs the whole pipeline on the bundled sample corpus; `make test` runs the tests.
SWIFT ?= swift
# Extra options for swift build and swift test, e.g. --scratch-path DIR.
SWIFT_FLAGS ?=
SYSTEM_PACKAGES := libxml2-dev libsqlite3-dev zlib1g-dev pkg-config
BIN := .build/debug/newsdesk

.PHONY: demo test test-llm deps build release quality check-site bench-site clean

# Installs missing system libraries when run as root; otherwise prints the command to run.
deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "newsdesk needs:$$missing"; echo "install with: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build --product newsdesk

release: deps
	$(SWIFT) build -c release --product newsdesk

demo: build
	$(BIN) demo

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The model engine against a real local model (SmolLM2-135M-Instruct behind llama-cpp-python's
# server, built into .venv-llm on first use); `make test` skips that suite.
test-llm: deps
	SWIFT="$(SWIFT)" SWIFT_FLAGS="$(SWIFT_FLAGS)" bash scripts/test-llm.sh

# Scores newsdesk on the shared benchmarks and fails when a figure drops below its pinned floor.
quality: build
	python3 scripts/check-quality.py --bin $(BIN)

# Builds the demo site and checks it: the W3C Nu HTML checker on every page, links, accessibility,
# feeds, sitemaps and JSON-LD, then headless Chromium (screenshots in .artifacts/site-check/).
check-site: build
	bash scripts/check-site.sh $(BIN)

# Builds a site of 10,000 stories with a release build and prints the seconds it took.
bench-site:
	bash scripts/bench-site.sh

clean:
	rm -rf .build site .site-builds .newsdesk-demo .artifacts
