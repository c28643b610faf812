# doithoai — the two commands are `make run` and `make test` (see README.md).
PORT ?= 8080
BUILD ?= build
DB ?= var/doithoai.db
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
# The sanitizer build (clang, ASan + UBSan, asserts on) that `make test` also runs the unit
# tests, the API scenarios and a short fuzz of every parser in; `make fuzz` fuzzes for long.
SAN_BUILD ?= build-asan
SAN_CMAKE_FLAGS ?= -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" -DDOITHOAI_SANITIZE=ON -DDOITHOAI_FUZZ=ON
SAN_ENV = DOITHOAI_SANITIZED=1 UBSAN_OPTIONS=print_stacktrace=1 LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp \
  ASAN_SYMBOLIZER_PATH=$$(command -v llvm-symbolizer-14)
FUZZ_SECONDS ?= 600

.PHONY: run test build deps configure bench format clean sanitize-build fuzz fuzz-merge

# Installs what is missing, builds, creates the demo database if absent, and serves.
run: configure
	cmake --build $(BUILD) -j $(JOBS) --target doithoai
	./$(BUILD)/doithoai --db $(DB) demo-data --if-empty
	./$(BUILD)/doithoai --db $(DB) serve --address 127.0.0.1 --port $(PORT)

# Installs, builds and runs every test: unit, storage suite (SQLite and in-memory), API
# scenarios against a real server, and the browser walk in Debian's chromium; then the unit
# tests, storage suite and API scenarios again under ASan + UBSan, and each fuzz target for
# 30 s (docs/security.md, "Fuzzing and sanitizers"). The last line sums both runs.
test: TEST_DEPS = --test
test: build sanitize-build
	status=0; (cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --output-junit ctest-junit.xml) || status=$$?; \
	  (cd $(SAN_BUILD) && $(SAN_ENV) ctest --output-on-failure -j $(JOBS) -L '^(unit|storage|api|fuzz)$$' \
	    --output-junit ctest-junit.xml) || status=$$?; \
	  scripts/test-summary.sh $(BUILD)/ctest-junit.xml $(SAN_BUILD)/ctest-junit.xml; exit $$status

deps:
	./scripts/install-deps.sh $(TEST_DEPS)

configure: deps
	@if [ ! -f $(BUILD)/build.ninja ]; then cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS); fi

build: configure
	cmake --build $(BUILD) -j $(JOBS)

sanitize-build: deps
	@if [ ! -f $(SAN_BUILD)/build.ninja ]; then cmake -S . -B $(SAN_BUILD) -G Ninja $(SAN_CMAKE_FLAGS); fi
	cmake --build $(SAN_BUILD) -j $(JOBS)

# Runs every fuzz target for FUZZ_SECONDS (default 600) on all cores; new inputs stay in
# $(SAN_BUILD)/fuzz/long until `make fuzz-merge` minimises them into fuzz/corpus.
fuzz: TEST_DEPS = --test
fuzz: deps
	@if [ ! -f $(SAN_BUILD)/build.ninja ]; then cmake -S . -B $(SAN_BUILD) -G Ninja $(SAN_CMAKE_FLAGS); fi
	cmake --build $(SAN_BUILD) -j $(JOBS) --target fuzz_targets
	$(SAN_ENV) scripts/fuzz.sh run $(SAN_BUILD) $(FUZZ_SECONDS) $(JOBS)

fuzz-merge:
	scripts/fuzz.sh merge $(SAN_BUILD)

bench: build
	./scripts/install-deps.sh --bench
	./bench/run-all.sh

format:
	clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'tests/*.h' 'bench/*.cc')

clean:
	rm -rf $(BUILD)
