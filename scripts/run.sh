#!/usr/bin/env bash
# run.sh [FERRY ARGS...] — install what is missing, build build/, and start Ferry.
#
#   scripts/run.sh                   the GUI (needs a display: X11 or Wayland)
#   scripts/run.sh --headless        a node without a window
#   scripts/run.sh identity          print this device's identity
# Ferry started this way is on your real network. Tests never run like this; they run in a
# private network namespace (scripts/test.sh, scripts/in-sandbox.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
scripts/build.sh build

if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} && $# -eq 0 ]]; then
  echo "run.sh: no DISPLAY or WAYLAND_DISPLAY: the GUI cannot open a window here." >&2
  echo "        Try: scripts/run.sh --headless   (or QT_QPA_PLATFORM=offscreen)" >&2
fi
exec build/app/ferry "$@"
