# Two commands for a fresh machine (see README):
#   make run    build and chat with the bundled knowledge base
#   make test   build and run every test (what CI runs)

SWIFT ?= swift
BINARY := .build/debug/ketaguide

.PHONY: run test build deps release check-kb bench-build bench fuzz fuzz-smoke

run: deps build
	$(BINARY)

test: deps build check-kb bench-build fuzz-smoke
	$(SWIFT) test

# Coverage-guided fuzzing with libFuzzer (fuzz/run): `make fuzz` runs each
# target for FUZZ_SECONDS (60) on an optimised build; CI runs a 10-second
# smoke run per target on an unoptimised build, which compiles faster.
fuzz:
	fuzz/run

fuzz-smoke:
	FUZZ_SECONDS=10 FUZZ_OPTIMIZE=-Onone fuzz/run

# CI only checks that the benchmark suite builds; `make bench` runs it.
bench-build:
	$(SWIFT) build --package-path benchmarks --product ketaguide-bench

bench:
	benchmarks/run --medquad ../shared/corpora/medquad/medquad-answered.jsonl

# The knowledge base validates, and the labelled sets keep their accuracy.
FIXTURES := Tests/GuideEngineTests/Fixtures
check-kb: build
	$(BINARY) validate > /dev/null
	@for set in questions:0.95 questions-patients:0.93 questions-patients-c:0.80 questions-heldout:0.85 questions-heldout-b:0.70 safety:0.95; do \
		file=$(FIXTURES)/$${set%%:*}.tsv; \
		$(BINARY) eval $$file --min-accuracy $${set##*:} > .build/eval.txt || { cat .build/eval.txt; exit 1; }; \
		head -1 .build/eval.txt; \
	done

build:
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# libedit-dev (the line editor's C library and headers) and tmux (the
# terminal tests) come from Debian; installing needs root, as on CI.
deps:
	@missing=""; \
	pkg-config --exists libedit 2>/dev/null || missing="$$missing libedit-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
