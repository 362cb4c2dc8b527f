# Two commands for a fresh machine (see README):
#   make run    build and chat with the bundled knowledge base
#   make test   build and run every test (what CI runs)

SWIFT ?= swift
BINARY := .build/debug/ketaguide

.PHONY: run test build deps release

run: deps build
	$(BINARY)

test: deps build
	$(SWIFT) test

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
