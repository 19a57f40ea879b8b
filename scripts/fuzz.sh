#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/) with clang in build-fuzz/ and runs each one for
# FERRY_FUZZ_SECONDS seconds (default 20) through ctest's `fuzz` label. Only the fuzz targets are
# built, not the rest of the project.
#
#   scripts/fuzz.sh                       # all targets, 20 s each
#   FERRY_FUZZ_SECONDS=300 scripts/fuzz.sh -R fuzz_hello    # extra arguments go to ctest
#
# A crash or a violated invariant fails the test; the input that caused it is saved under
# build-fuzz/tests/fuzz/findings/<target>/ and reproduces with: <target> <that file>.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${FERRY_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${FERRY_FUZZ_SECONDS:-20}
jobs=${FERRY_FUZZ_JOBS:-$(nproc)}

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DFERRY_FUZZ=ON \
    -DFERRY_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFERRY_FUZZ_SECONDS="$seconds"
cmake --build "$build" --target ferry_fuzzers

findings=$build/tests/fuzz/findings
started=$(mktemp)
trap 'rm -f "$started"' EXIT
if ! ctest --test-dir "$build" -L fuzz --output-on-failure -j "$jobs" "$@"; then
    echo >&2
    echo "fuzz: FAILED. Inputs that crashed or broke an invariant in this run:" >&2
    find "$findings" -type f -newer "$started" -printf '  %p\n' >&2
    echo "Reproduce with: $build/tests/fuzz/<target> <input>" >&2
    echo "(findings are in $findings/<target>/)" >&2
    exit 1
fi
echo "fuzz: no findings (${seconds} s per target); grown corpora in $build/tests/fuzz/corpus/"
