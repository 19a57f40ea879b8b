#!/usr/bin/env bash
# build.sh [BUILD_DIR] [EXTRA CMAKE ARGS...] — configure with Ninja and build with all cores.
#
#   scripts/build.sh                       -> build/, RelWithDebInfo
#   scripts/build.sh build-asan -DFERRY_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
#   scripts/build.sh -DFERRY_BUILD_BENCH=OFF   (first argument starts with '-': build/)
#
# The build type defaults to RelWithDebInfo unless the arguments name one or the build dir has
# already been configured with one (so re-running without arguments keeps what was chosen).
set -euo pipefail
cd "$(dirname "$0")/.."

dir=build
if (($# > 0)) && [[ $1 != -* ]]; then
  dir=$1
  shift
fi

args=(-S . -B "$dir" -G Ninja)
has_type=0
for a in "$@"; do
  if [[ $a == -DCMAKE_BUILD_TYPE=* || $a == -DCMAKE_BUILD_TYPE:*=* ]]; then has_type=1; fi
done
if ((!has_type)) && ! grep -qs '^CMAKE_BUILD_TYPE:[A-Z]*=.\+' "$dir/CMakeCache.txt"; then
  args+=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi

cmake "${args[@]}" "$@"
cmake --build "$dir" -j"$(nproc)"
