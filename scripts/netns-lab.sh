#!/usr/bin/env bash
# netns-lab.sh up|down|status — a LAN of N isolated hosts on one bridge, for end-to-end tests.
#
#   hosts  ${NETNS_PREFIX}-h1 .. -hN   interface eth0: 10.77.0.i/24 and fd77::i/64, multicast
#                                      (224.0.0.0/4) routed to eth0
#   switch ${NETNS_PREFIX}-sw          bridge br0 with ports p1..pN, multicast snooping off (floods
#                                      multicast, no IGMP querier needed)
#   run a command on a host:  ip netns exec ${NETNS_PREFIX}-h1 CMD...
# NETNS_PREFIX defaults to "ferry", NETNS_HOSTS (N) to 3. Use a unique prefix per test run.
# Everything, the bridge included, lives in namespaces this script creates: the host namespace is
# untouched and there is no route out of the lab. IPv6 multicast needs no extra route here (real
# veth links, unlike lo). Needs root; works nested inside scripts/in-sandbox.sh (toolchain.md §3c).
set -euo pipefail

P=${NETNS_PREFIX:-ferry}
N=${NETNS_HOSTS:-3}

usage() {
  echo "usage: [NETNS_PREFIX=name] [NETNS_HOSTS=n] $0 up|down|status" >&2
  exit 2
}
[[ $P =~ ^[A-Za-z0-9_.-]{1,40}$ ]] || { echo "netns-lab.sh: bad NETNS_PREFIX '$P'" >&2; exit 2; }
if ! [[ $N =~ ^[0-9]+$ ]] || ((N < 1 || N > 250)); then
  echo "netns-lab.sh: NETNS_HOSTS must be 1..250, not '$N'" >&2
  exit 2
fi

exists() { ip netns list | awk -v n="$1" '$1 == n { f = 1 } END { exit !f }'; }

need_root() {
  ((EUID == 0)) || { echo "netns-lab.sh: must run as root (ip netns)" >&2; exit 1; }
}

up() {
  need_root
  if exists "$P-sw" || exists "$P-h1"; then
    echo "netns-lab.sh: a lab with prefix '$P' already exists; run '$0 down' first" >&2
    exit 1
  fi
  trap 'down; echo "netns-lab.sh: setup failed, lab removed" >&2' ERR
  ip netns add "$P-sw"
  ip -n "$P-sw" link set lo up
  ip -n "$P-sw" link add br0 type bridge mcast_snooping 0
  ip -n "$P-sw" link set br0 up
  local i ns
  for ((i = 1; i <= N; i++)); do
    ns="$P-h$i"
    ip netns add "$ns"
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 \
      net.ipv6.conf.all.keep_addr_on_down=1 net.ipv6.conf.default.keep_addr_on_down=1
    ip -n "$ns" link set lo up
    ip -n "$ns" link add eth0 type veth peer name "p$i" netns "$P-sw"
    ip -n "$P-sw" link set "p$i" master br0
    ip -n "$P-sw" link set "p$i" up
    ip -n "$ns" addr add "10.77.0.$i/24" dev eth0
    ip -n "$ns" addr add "fd77::$i/64" dev eth0 nodad
    ip -n "$ns" link set eth0 up
    ip -n "$ns" route add 224.0.0.0/4 dev eth0   # multicast without naming an interface
  done
  trap - ERR
  echo "netns-lab: $N hosts up: $P-h1..$P-h$N (10.77.0.1..$N, fd77::1..$N), switch $P-sw"
}

# Processes still running in a host are killed first: deleting a namespace only drops its name,
# and whatever runs there would otherwise keep it (and its ports) alive.
down() {
  need_root
  local i ns pids
  for ((i = 0; i <= N; i++)); do
    ((i == 0)) && ns="$P-sw" || ns="$P-h$i"
    exists "$ns" || continue
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    # shellcheck disable=SC2086  # one pid per word
    [[ -z $pids ]] || kill -KILL $pids 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
  done
}

status() {
  local found=0 i
  exists "$P-sw" && found=1
  for ((i = 1; i <= N; i++)); do
    if exists "$P-h$i"; then
      found=1
      echo "$P-h$i: $(ip -n "$P-h$i" -br addr show dev eth0 2>/dev/null || echo '(no eth0)')"
    fi
  done
  ((found)) || { echo "netns-lab: no lab with prefix '$P'"; return 1; }
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) usage ;;
esac
