# doithoai — the two commands are `make run` and `make test` (see README.md).
PORT ?= 8080
BUILD ?= build
DB ?= var/doithoai.db
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: run test build deps configure bench format clean

# Installs what is missing, builds, creates the demo database if absent, and serves.
run: configure
	cmake --build $(BUILD) -j $(JOBS) --target doithoai
	./$(BUILD)/doithoai --db $(DB) demo-data --if-empty
	./$(BUILD)/doithoai --db $(DB) serve --address 127.0.0.1 --port $(PORT)

# Installs, builds and runs every test: unit, storage suite (SQLite and in-memory), API
# scenarios against a real server, and the browser walk in Debian's chromium.
test: TEST_DEPS = --test
test: build
	cd $(BUILD) && status=0; ctest --output-on-failure -j $(JOBS) --output-junit ctest-junit.xml || status=$$?; \
	  ../scripts/test-summary.sh ctest-junit.xml; exit $$status

deps:
	./scripts/install-deps.sh $(TEST_DEPS)

configure: deps
	@if [ ! -f $(BUILD)/build.ninja ]; then cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS); fi

build: configure
	cmake --build $(BUILD) -j $(JOBS)

bench: build
	./scripts/install-deps.sh --bench
	./bench/run-all.sh

format:
	clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'tests/*.h' 'bench/*.cc')

clean:
	rm -rf $(BUILD)
