# Two commands for a fresh machine (see README):
#   make run    build and chat with the bundled knowledge base
#   make test   build and run every test (what CI runs)
# And one for a kiosk or any other machine:
#   make install PREFIX=/usr/local   (DESTDIR= for packaging)

SWIFT ?= swift
BINARY := .build/debug/ketaguide
RELEASE_BINARY := .build/release/ketaguide
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: run test build deps release check-kb bench-build bench man completions install test-install fuzz fuzz-smoke medicines inflections

run: deps build
	$(BINARY)

test: deps build check-kb bench-build test-install fuzz-smoke
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
	@for set in questions:0.97 questions-patients:0.95 questions-patients-c:0.83 questions-heldout:0.84 questions-heldout-b:0.70 safety:0.95 safety-b:0.98 safety-c:0.99 safety-heldout:0.83 safety-d:0.97 safety-heldout-b:0.87 safety-e:0.97 safety-e-heldout:0.75; do \
		file=$(FIXTURES)/$${set%%:*}.tsv; \
		$(BINARY) eval $$file --min-accuracy $${set##*:} > .build/eval.txt || { cat .build/eval.txt; exit 1; }; \
		head -1 .build/eval.txt; \
	done

build:
	$(SWIFT) build

# The Swift standard library and Foundation are linked in, so the binary runs
# on a machine without Swift (it needs only libc, libstdc++ and libedit2).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# The man page, generated from the command's argument definitions by
# swift-argument-parser's plugin (from the debug build the tests use anyway).
MAN_PAGE := .build/plugins/GenerateManual/outputs/ketaguide/ketaguide.1
man: build
	$(SWIFT) package plugin generate-manual --configuration debug > /dev/null

# Shell completions for bash, zsh and fish, written by the binary itself.
COMPLETIONS := .build/completions
completions: build
	mkdir -p $(COMPLETIONS)
	$(BINARY) --generate-completion-script bash > $(COMPLETIONS)/ketaguide.bash
	$(BINARY) --generate-completion-script zsh > $(COMPLETIONS)/_ketaguide
	$(BINARY) --generate-completion-script fish > $(COMPLETIONS)/ketaguide.fish

# The binary, the knowledge base (where the binary looks for it:
# PREFIX/share/ketaguide/KnowledgeBase), the man page, the completions and
# the kiosk's systemd unit (as an example, not enabled).
ROOT := $(DESTDIR)$(PREFIX)
install: release man completions
	install -d "$(ROOT)/bin" "$(ROOT)/share/ketaguide" "$(ROOT)/share/man/man1" \
		"$(ROOT)/share/bash-completion/completions" "$(ROOT)/share/zsh/site-functions" \
		"$(ROOT)/share/fish/vendor_completions.d"
	install -m 755 $(RELEASE_BINARY) "$(ROOT)/bin/ketaguide"
	rm -rf "$(ROOT)/share/ketaguide/KnowledgeBase"
	cp -R KnowledgeBase "$(ROOT)/share/ketaguide/KnowledgeBase"
	rm -f "$(ROOT)/share/ketaguide/KnowledgeBase/.ketaguide-index"
	chmod -R u=rwX,go=rX "$(ROOT)/share/ketaguide/KnowledgeBase"
	install -m 644 contrib/ketaguide-kiosk.service "$(ROOT)/share/ketaguide/ketaguide-kiosk.service"
	install -m 644 $(MAN_PAGE) "$(ROOT)/share/man/man1/ketaguide.1"
	install -m 644 $(COMPLETIONS)/ketaguide.bash "$(ROOT)/share/bash-completion/completions/ketaguide"
	install -m 644 $(COMPLETIONS)/_ketaguide "$(ROOT)/share/zsh/site-functions/_ketaguide"
	install -m 644 $(COMPLETIONS)/ketaguide.fish "$(ROOT)/share/fish/vendor_completions.d/ketaguide.fish"

# Installs into a scratch prefix and runs the installed binary with the Swift
# toolchain hidden (a mount namespace; needs root, as on CI).
INSTALL_TEST := $(CURDIR)/.build/install-test
test-install:
	rm -rf "$(INSTALL_TEST)"
	$(MAKE) --no-print-directory install DESTDIR="$(INSTALL_TEST)" PREFIX=/usr/local
	Tests/Install/check-installed.sh "$(INSTALL_TEST)/usr/local"

# The safety screen's word lists of medicines and poisons (KnowledgeBase/
# language/medicines-en.txt, poisons-en.txt) are made offline from Debian's
# WordNet and committed: neither building nor testing needs wordnet-base,
# only remaking the lists.
medicines:
	@if [ ! -f /usr/share/wordnet/data.noun ]; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wordnet-base; \
	fi
	python3 tools/medicines/build.py
	python3 tools/poisons/build.py

# Irregular verb forms (language/inflections-en.txt), from the same WordNet,
# stemmed by Snowball's Porter2 (PyPI's snowballstemmer) as the guide stems.
inflections:
	@if [ ! -f /usr/share/wordnet/verb.exc ]; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wordnet-base; \
	fi
	@python3 -c "import snowballstemmer" 2>/dev/null || python3 -m pip install -q snowballstemmer
	python3 tools/inflections/build.py

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
