#!/usr/bin/env bash
# test.sh — the single test entry point (CI runs exactly this, through .ci/run).
#
# Phases, each timed; a failed phase makes the phases that need it skip, and the script exits
# non-zero if any phase failed:
#   deps        scripts/deps.sh (apt only for what is missing)
#   build       build/      RelWithDebInfo
#   tests       the whole ctest suite of build/, inside scripts/in-sandbox.sh (private network
#               namespace with only lo, private D-Bus + unlocked keyring, offscreen Qt)
#   asan-build  build-asan/ Debug, -DFERRY_SANITIZE=ON (ASan + UBSan), no benchmarks
#   asan-tests  ctest -L 'unit|integration' of build-asan/ in the sandbox; leaks, memory errors
#               and undefined behaviour fail the test (scripts/lsan.supp: system-library leaks)
#   fuzz        scripts/fuzz.sh in the sandbox, if that script exists
#   package     scripts/package-check.sh build: the .deb from build/ (cpack), lintian, the desktop
#               and AppStream validators; it installs the package on this machine, runs it in
#               the sandbox, and purges it again (README: Installing)
# The last line printed is the main suite's ctest closing line ("100% tests passed, ...").
set -euo pipefail
cd "$(dirname "$0")/.."

if ((EUID != 0)); then
  # Tests only ever run inside a private network namespace (scripts/in-sandbox.sh), which needs
  # root: ask for it rather than fail.
  if command -v sudo >/dev/null 2>&1; then
    exec sudo --preserve-env=CI "$0" "$@"
  fi
  echo "test.sh: must run as root: tests only ever run inside a private network namespace" >&2
  echo "         (scripts/in-sandbox.sh), which needs root, and sudo is not installed." >&2
  exit 1
fi

T0=$SECONDS
summary=()
failed=0

# phase NAME CMD... — run CMD, print and record its time and result; returns CMD's status.
phase() {
  local name=$1 start=$SECONDS rc=0
  shift
  echo
  echo "==> $name: $*"
  "$@" || rc=$?
  local result=ok
  ((rc == 0)) || { result="FAILED (exit $rc)"; failed=1; }
  local line
  line=$(printf '%-11s %5d s  %s' "$name" $((SECONDS - start)) "$result")
  echo "<== $line"
  summary+=("$line")
  return "$rc"
}
skip() {
  summary+=("$(printf '%-11s %5s    skipped (%s)' "$1" - "$2")")
}
# closing NAME LOG — ctest's closing line from LOG, or a note that there is none.
closing() {
  grep -E '^[0-9]+% tests passed' "$2" 2>/dev/null | tail -n 1 \
    || echo "$1: ctest printed no result line"
}

# ctest_in_sandbox BUILD_DIR [CTEST ARGS...] — output also kept in BUILD_DIR/ferry-ctest.log.
# ctest stops any test after 300 s; --no-tests=error, because a suite that finds no tests must not
# pass. (No outer `timeout`: it would move the run out of the terminal's process group, and Ctrl-C
# would then leave the tests running.)
# shellcheck disable=SC2317  # called through phase()
ctest_in_sandbox() {
  local dir=$1
  shift
  scripts/in-sandbox.sh \
    ctest --test-dir "$dir" --output-on-failure -j2 --timeout 300 --no-tests=error "$@" \
    2>&1 | tee "$dir/ferry-ctest.log"
}

# shellcheck disable=SC2317  # called through phase()
asan_tests() (   # a subshell: the sanitizer settings stay out of the other phases
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  if [[ -f scripts/lsan.supp ]]; then
    export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
  fi
  ctest_in_sandbox build-asan -L 'unit|integration'
)

phase deps scripts/deps.sh || exit 1   # nothing else can work without it

main_log=build/ferry-ctest.log
asan_log=build-asan/ferry-ctest.log
rm -f "$main_log" "$asan_log"

if phase build scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo; then
  phase tests ctest_in_sandbox build || true

  if phase asan-build scripts/build.sh build-asan -DFERRY_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug \
      -DFERRY_BUILD_BENCH=OFF; then
    phase asan-tests asan_tests || true
  else
    skip asan-tests "asan-build failed"
  fi

  if [[ -f scripts/fuzz.sh ]]; then
    fuzz=(scripts/fuzz.sh)
    [[ -x scripts/fuzz.sh ]] || fuzz=(bash scripts/fuzz.sh)
    phase fuzz scripts/in-sandbox.sh "${fuzz[@]}" || true
  else
    skip fuzz "no scripts/fuzz.sh"
  fi

  phase package scripts/package-check.sh build || true
else
  for p in tests asan-build asan-tests fuzz package; do skip "$p" "build failed"; done
fi

echo
echo "==== Ferry test summary ($(nproc) cores) ===="
printf '%s\n' "${summary[@]}"
printf '%-11s %5d s  %s\n' total $((SECONDS - T0)) "$( ((failed)) && echo FAILED || echo ok)"
[[ -f $asan_log ]] && echo "sanitizer suite: $(closing asan-tests "$asan_log")"
if [[ -f $main_log ]]; then
  closing tests "$main_log"
else
  echo "the main test suite did not run"
fi
exit "$failed"
