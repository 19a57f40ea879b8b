#!/usr/bin/env bash
# deps.sh — install from Debian's apt archive everything Ferry needs to build, run and test.
#
# Idempotent: when every package is already installed, apt is not touched at all (no update, no
# network, no root needed). Otherwise one `apt-get update` and one quiet
# `apt-get install --no-install-recommends`, through sudo when not root.
set -euo pipefail

PKGS=(
  # build
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools          # Qt Core/Network/Widgets/Test, offscreen + xcb, moc
  qt6-tools-dev qt6-tools-dev-tools        # LinguistTools CMake config
  qt6-l10n-tools                           # lrelease/lupdate, needed at build time
  qtkeychain-qt6-dev libssl-dev openssl
  libqt6svg6                               # the SVG icon engine: HiDPI icons from resources/
  qt6-translations-l10n                    # Qt's own strings (OK, Cancel, Close) translated
  # run and test: a private D-Bus session with an unlocked Secret Service
  dbus dbus-bin gnome-keyring libsecret-1-0  # libqt6keychain dlopens libsecret-1.so.0
  xvfb xauth                               # GUI tests that want a real X server
  openbox trayer xdotool x11-utils imagemagick # the real-window test: WM, tray host, keys, shots
  iproute2                                 # ip netns: the test sandbox and the multi-host lab
  # packaging (scripts/package-check.sh): cpack's DEB generator needs dpkg-shlibdeps (dpkg-dev)
  # and file; the package is checked with lintian and the desktop and AppStream validators
  dpkg-dev file lintian desktop-file-utils appstream
  # fuzzing (libFuzzer runtime) and formatting
  clang libclang-rt-14-dev llvm clang-format
  # NOT dbus-x11: with DISPLAY set and no bus, GLib would autolaunch a bus plus gnome-keyring and
  # hang waiting for a prompt (toolchain.md §4, hang hazard 2).
)

missing=()
for p in "${PKGS[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
  [[ $status == ii* ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "deps: all ${#PKGS[@]} packages already installed"
  exit 0
fi

echo "deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
SUDO=()
if ((EUID != 0)); then
  if ! command -v sudo >/dev/null; then
    echo "deps: not root and no sudo; as root, install: ${missing[*]}" >&2
    exit 1
  fi
  SUDO=(sudo)
fi
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300)

log=$(mktemp /tmp/ferry-deps.XXXXXX.log)
trap 'rm -f "$log"' EXIT
apt_install() {
  "${APT[@]}" -qq update
  "${APT[@]}" install -y -qq --no-install-recommends "${missing[@]}"
}
if ! apt_install >"$log" 2>&1 </dev/null; then
  cat "$log" >&2
  echo "deps: apt-get failed (log above)" >&2
  exit 1
fi
echo "deps: done"
