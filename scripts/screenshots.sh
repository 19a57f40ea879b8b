#!/usr/bin/env bash
# screenshots.sh [BUILD_DIR] — refreshes docs/screenshots/ (README shows them): real windows on
# two lab hosts under Xvfb with a window manager and a tray (tests/e2e/tst_desktoplab: the
# request prompt, the sender's and the receiver's window after a transfer), and the window's
# dialogs rendered offscreen (tests/ui/tst_mainwindow: settings, about, empty state, dark palette).
# Then the window's pictures again in German (docs/screenshots/de/), the longest language: no text
# may be cut off. Runs the tests in the sandbox (root); look at the pictures before committing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
export FERRY_BIN=$build/app/ferry FERRY_SOURCE_DIR=$root FERRY_SCREENSHOT_DIR=$shots
"$root/scripts/in-sandbox.sh" "$build/tests/tst_desktoplab" -silent
"$root/scripts/in-sandbox.sh" "$build/tests/tst_mainwindow" screenshots -silent
mkdir -p "$root/docs/screenshots"
for name in desktop-request desktop-sent desktop-received ferry-settings ferry-about ferry-empty \
  ferry-main-dark; do
  cp "$shots/$name.png" "$root/docs/screenshots/$name.png"
done
mkdir -p "$shots/de" "$root/docs/screenshots/de"
FERRY_SCREENSHOT_DIR=$shots/de FERRY_SCREENSHOT_LANG=de \
  "$root/scripts/in-sandbox.sh" "$build/tests/tst_mainwindow" screenshots -silent
for name in ferry-main ferry-request ferry-settings ferry-about ferry-empty; do
  cp "$shots/de/$name.png" "$root/docs/screenshots/de/$name.png"
done
ls -l "$root/docs/screenshots" "$root/docs/screenshots/de"
