# reframe: `make run` opens the demo, `make test` runs every test.
GO       ?= go
# An execution count, not a duration: Go 1.26's fuzz coordinator can fail a run with "context
# deadline exceeded" when a duration ends mid-execution (golang/go#75804, fixed in Go 1.27).
FUZZTIME ?= 2000x

.PHONY: run test fmt-check vet unit fuzz eval bench build

run:
	$(GO) run ./cmd/reframe demo

build:
	$(GO) build -o reframe ./cmd/reframe

test: fmt-check vet unit fuzz

fmt-check:
	@out="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

unit:
	$(GO) test -race -count=1 ./...

# A short run of every native fuzz target, one at a time (go test -fuzz takes one target).
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "fuzz $$pkg $$target"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg; \
		done; \
	done

# The development corpus (its floors are tested) and the held-out pairs, written apart from the
# engine and never tuned on.
eval:
	$(GO) run ./cmd/reframe-eval testdata/pairs testdata/heldout

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
