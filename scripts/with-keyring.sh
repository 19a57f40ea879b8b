#!/usr/bin/env bash
# with-keyring.sh CMD... — run CMD with throwaway HOME/XDG dirs and an unlocked gnome-keyring
# (Secret Service), so QtKeychain works for real and never waits for a prompt.
#
# Use only inside a private session bus:   dbus-run-session -- scripts/with-keyring.sh CMD...
# (toolchain.md §4b). Without one, or with a keyring that stays locked, QtKeychain jobs hang.
# The directories are made under ${TMPDIR:-/tmp}; scripts/in-sandbox.sh points TMPDIR at a
# per-run directory that it deletes afterwards. When CMD exits, dbus-run-session stops the bus and
# gnome-keyring-daemon exits with it.
set -euo pipefail

if (($# == 0)); then
  echo "usage: dbus-run-session -- $0 CMD..." >&2
  exit 2
fi
if [[ -z ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
  echo "with-keyring.sh: no session bus; run it as: dbus-run-session -- $0 CMD..." >&2
  exit 2
fi

# A fresh HOME every run: an old login.keyring with another password would stay locked.
HOME=$(mktemp -d "${TMPDIR:-/tmp}/ferry-home.XXXXXX")
# FERRY_RUNTIME_DIR (an existing private folder) is kept as the runtime folder instead, so that
# other processes of the same test can reach what the command serves there (Ferry's control
# socket).
XDG_RUNTIME_DIR=${FERRY_RUNTIME_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/ferry-run.XXXXXX")}
chmod 700 "$HOME" "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
export XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache
export XDG_STATE_HOME=$HOME/.local/state

# Services the bus starts on demand get the same throwaway dirs, never the caller's real HOME.
dbus-update-activation-environment HOME XDG_RUNTIME_DIR XDG_DATA_HOME XDG_CONFIG_HOME \
  XDG_CACHE_HOME XDG_STATE_HOME

# Creates the "login" keyring (the default collection), unlocks it and registers
# org.freedesktop.secrets on the session bus; prints GNOME_KEYRING_CONTROL=... for eval.
keyring_env=$(printf '%s' 'ferry-test-password' \
  | gnome-keyring-daemon --unlock --components=secrets)
eval "$keyring_env"
export GNOME_KEYRING_CONTROL

# gnome-keyring-daemon returns before its daemon owns org.freedesktop.secrets. A client that
# calls in that gap makes the bus start a second, empty keyring whose prompt never comes; so
# wait for the name (measured: up to ~30 ms after gnome-keyring-daemon returned).
has_owner() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
    | grep -q 'boolean true'
}
for ((i = 0; i < 200; i++)); do
  has_owner && break
  sleep 0.05
done
if ! has_owner; then
  echo "with-keyring.sh: gnome-keyring did not register org.freedesktop.secrets within 10 s" >&2
  exit 1
fi

exec "$@"
