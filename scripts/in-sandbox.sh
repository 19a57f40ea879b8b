#!/usr/bin/env bash
# in-sandbox.sh CMD... — run CMD where it cannot reach the real network; our tests only run so.
#
# CMD runs inside a fresh, private network namespace that has only `lo`, so nothing (discovery
# that multicasts on "all interfaces" included) can put a packet on the host's eth0, which leads
# off this machine. Inside the namespace:
#   * lo is up with the MULTICAST flag (so Qt reports CanMulticast), IPv4 224.0.0.0/4 is routed
#     via lo, and `local ff00::/8 dev lo table local` makes IPv6 multicast loop back on lo
#     (toolchain.md §3b; without it IPv6 multicast sends fail);
#   * a private D-Bus session (dbus-run-session) with an unlocked gnome-keyring and throwaway
#     HOME/XDG dirs (scripts/with-keyring.sh): QtKeychain never hangs, no real keyring is used;
#   * QT_QPA_PLATFORM=offscreen, DISPLAY/WAYLAND_DISPLAY unset, a private 0700 XDG_RUNTIME_DIR,
#     TMPDIR set to a per-run directory, and FERRY_SANDBOX set to the namespace's name;
#   * its own PID namespace and its own, initially empty, list of named namespaces (/run/netns).
# When CMD exits, every process it left behind is killed with the PID namespace; then (also on
# error or signal) the network namespace is deleted and the per-run directory removed. The exit
# status is CMD's.
# Needs root (ip netns). Nesting works: CMD may create further namespaces (scripts/netns-lab.sh).
set -euo pipefail

if (($# == 0)); then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi
if ((EUID != 0)); then
  cat >&2 <<'MSG'
in-sandbox.sh: must run as root.
  It creates a private network namespace (ip netns add), which needs CAP_SYS_ADMIN/CAP_NET_ADMIN.
  Running the tests outside such a namespace is not allowed: discovery tests would send multicast
  on the host's real interfaces. Run it with sudo, e.g.  sudo scripts/test.sh
MSG
  exit 1
fi

here=$(cd "$(dirname "$0")" && pwd)
ns="ferry-sbx-$$-$RANDOM"
rundir=$(mktemp -d /tmp/ferry-sandbox.XXXXXX)
chmod 700 "$rundir"

# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
  ip netns del "$ns" 2>/dev/null || true
  rm -rf "$rundir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ip netns add "$ns"
ip -n "$ns" link set lo up multicast on
ip -n "$ns" route add 224.0.0.0/4 dev lo src 127.0.0.1
ip -n "$ns" -6 route add local ff00::/8 dev lo table local

export QT_QPA_PLATFORM=offscreen
export TMPDIR=$rundir
export XDG_RUNTIME_DIR=$rundir   # replaced by with-keyring.sh's own 0700 dir below it
export FERRY_SANDBOX=$ns
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# unshare: a PID namespace (and its own mount namespace, /proc remounted) whose init is
# dbus-run-session. When it exits, or unshare is killed (Ctrl-C), the kernel kills every process
# left inside, including those a test started in the hosts of a nested netns-lab. A private tmpfs
# on /run/netns gives the sandbox its own namespace names: a nested `ip netns add` cannot clash
# with the host's or another sandbox's names (PIDs, often used in names, restart at 1 here), and
# whatever a test forgets to delete disappears with the sandbox.
rc=0
ip netns exec "$ns" unshare --pid --kill-child --mount-proc --propagation private \
  sh -c 'mkdir -p /run/netns && mount -t tmpfs -o mode=0755,size=1m ferry-netns /run/netns &&
         exec "$@"' sh \
  dbus-run-session -- "$here/with-keyring.sh" "$@" || rc=$?
exit "$rc"
