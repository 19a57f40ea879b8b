#!/usr/bin/env bash
# discovery_lab.sh [RUNS] — discovery on 3 hosts: how long after a node starts until every other
# node lists it, and until it lists every other node. The 3-host part of the discovery benchmark
# (bench/README.md); bench_discovery is the one-process part.
#
#   sudo scripts/in-sandbox.sh bench/discovery_lab.sh [RUNS]      # RUNS defaults to 5
#
# It multicasts, so it refuses to run outside scripts/in-sandbox.sh (FERRY_SANDBOX unset). It
# builds its own lab (scripts/netns-lab.sh, 3 hosts, a unique prefix) and removes it on exit.
# Every ferry runs without a session bus, so each host keeps its key in its own data folder, like
# the separate machine it stands for (as in tests/e2e/tst_discoverylab.cpp).
#
# Each run, with fresh data folders:
#   1. `ferry --headless` on h1 and h2; wait until each prints `found` for the other, then
#      SETTLE_MS more (default 1500), so that neither announced in the last second (§12.3: such
#      a node defers its answer until the second is over).
#   2. h3's key is made (`ferry identity`, not timed). Baseline: `ferry identity` on h3 again,
#      timed from launch to exit: process start + key load, the floor for "a node is up". The
#      run's baseline is the median of BASE_SAMPLES (default 3) such launches.
#   3. t0, then `ferry --headless` on h3. up: until h3 prints its `discovery` line (printed
#      just after its QUERY went out). (a) until h1 and h2 both print `found` for h3 (its QUERY
#      announces it). (b) until h3 prints `found` for h1 and h2 (their answers, sent after a
#      random 0-500 ms).
#   4. SIGTERM to the three nodes, wait for them to exit; nothing may be left on the hosts.
# Times come from bash's $EPOCHREALTIME (the clock of `date +%s%N`, read without a fork). The logs
# are polled every 5 ms, and the poll loop forks nothing, so it takes next to no CPU from the
# nodes. A time is late by 0-5 ms. Medians over runs; a ratio is a run's time over that run's
# baseline. It prints no numbers if anything fails.
#
# Environment: FERRY_BIN (default build/app/ferry), SETTLE_MS (1500), BASE_SAMPLES (3),
# TIMEOUT_MS (per wait, 10000).
set -euo pipefail
export LC_ALL=C # "." in $EPOCHREALTIME, C sorting

if [[ -z ${FERRY_SANDBOX:-} ]]; then
  echo "discovery_lab.sh: refusing to run outside the sandbox (FERRY_SANDBOX is unset):" >&2
  echo "  it multicasts. Run it as: sudo scripts/in-sandbox.sh bench/discovery_lab.sh [RUNS]" >&2
  exit 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)
ferry=${FERRY_BIN:-$root/build/app/ferry}
runs=${1:-5}
settle_ms=${SETTLE_MS:-1500}
base_samples=${BASE_SAMPLES:-3}
timeout_ms=${TIMEOUT_MS:-10000}
if ! [[ $runs =~ ^[0-9]+$ ]] || ((runs < 1)); then
  echo "usage: $0 [RUNS]   (RUNS >= 1, default 5)" >&2
  exit 2
fi
for v in "$settle_ms" "$base_samples" "$timeout_ms"; do
  if ! [[ $v =~ ^[0-9]+$ ]] || ((v < 1)); then
    echo "discovery_lab.sh: SETTLE_MS, BASE_SAMPLES and TIMEOUT_MS must be positive integers" >&2
    exit 2
  fi
done
[[ -x $ferry ]] || { echo "discovery_lab.sh: no ferry executable at $ferry (FERRY_BIN)" >&2; exit 2; }
((EUID == 0)) || { echo "discovery_lab.sh: must run as root (ip netns)" >&2; exit 1; }

export NETNS_PREFIX="fdlab$$x$RANDOM"
export NETNS_HOSTS=3
lab=$root/scripts/netns-lab.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-dlab.XXXXXX")
run_dir=$work

# No keychain: no session bus, no display (GLib would autolaunch a bus), an empty runtime dir.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY FERRY_INTERFACES
export XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$XDG_RUNTIME_DIR"

declare -A pid=()   # host -> pid of its headless node
declare -A rfd=()   # host -> fd reading its log
declare -A part=()  # host -> unfinished last line of its log
declare -A short=() # host -> its short identity
declare -A seen=()  # "HOST SHORT" -> µs when HOST printed `found SHORT`; "HOST up" -> its QUERY
lab_up=0

# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
  local h
  for h in "${!pid[@]}"; do kill -KILL "${pid[$h]}" 2>/dev/null || true; done
  for h in "${!pid[@]}"; do wait "${pid[$h]}" 2>/dev/null || true; done
  ((lab_up)) && "$lab" down
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# fail MESSAGE — print it and this run's logs, exit without numbers.
fail() {
  local f
  echo "discovery_lab.sh: $1" >&2
  for f in "$run_dir"/*.log "$run_dir"/*.err; do
    [[ -s $f ]] || continue
    echo "--- ${f##*/}" >&2
    cat "$f" >&2
  done
  exit 1
}

# stamp — now: µs since the epoch, without a fork.
stamp() {
  local t=${EPOCHREALTIME/./}
  now=$((10#$t))
}

# A FIFO nobody writes to: `read -t` on it is a sleep without a fork.
mkfifo "$work/tick"
exec {tick}<>"$work/tick"
nap() { read -r -t "$1" -u "$tick" _ || true; }

# start_node HOST NAME — `ferry --headless` on HOST with data folder $run_dir/hHOST, in the
# background; its output goes to hHOST.log, which fd rfd[HOST] reads.
start_node() {
  local h=$1 log=$run_dir/h$1.log fd
  : >"$log"
  exec {fd}<"$log"
  rfd[$h]=$fd
  part[$h]=
  # A simple command, not a function: the background job then execs ip, which execs ferry, so
  # $! is ferry's pid and SIGTERM reaches it.
  ip netns exec "$NETNS_PREFIX-h$h" "$ferry" --headless --data-dir "$run_dir/h$h" --name "$2" \
    >>"$log" 2>"$run_dir/h$h.err" &
  pid[$h]=$!
}

# scan HOST — read what HOST's node printed since the last scan; new lines get the time $now.
scan() {
  local h=$1 line re_found='^found +([^ ]+) ' re_short='^short +([^ ]+)$'
  while IFS= read -r -u "${rfd[$h]}" line; do
    line=${part[$h]}$line
    part[$h]=
    if [[ $line =~ $re_found ]]; then
      [[ -n ${seen["$h ${BASH_REMATCH[1]}"]:-} ]] || seen["$h ${BASH_REMATCH[1]}"]=$now
    elif [[ $line =~ $re_short ]]; then
      short[$h]=${BASH_REMATCH[1]}
    elif [[ $line == discovery\ * ]]; then # printed just after its QUERY went out
      seen["$h up"]=$now
    fi
  done
  part[$h]+=$line # a line not finished yet
}

# found_at I J — sets `at` to the µs when host I printed `found` for host J, or to "".
found_at() {
  at=
  [[ -n ${short[$2]:-} ]] && at=${seen["$1 ${short[$2]}"]:-}
  return 0
}

# wait_found "I J"... — poll every 5 ms until each host I has printed `found` for host J.
wait_found() {
  local deadline h pair missing
  stamp
  deadline=$((now + timeout_ms * 1000))
  while :; do
    stamp
    for h in "${!pid[@]}"; do
      kill -0 "${pid[$h]}" 2>/dev/null || fail "the node on h$h exited early"
      scan "$h"
    done
    missing=
    for pair in "$@"; do
      found_at "${pair% *}" "${pair#* }"
      [[ -n $at ]] || { missing=$pair; break; }
    done
    [[ -n $missing ]] || return 0
    ((now < deadline)) || fail "no \`found\` within $timeout_ms ms for (host, peer) $missing"
    nap 0.005
  done
}

# latest "I J"... — sets `latest` to the last of the times found_at gives for the pairs.
latest() {
  local pair
  latest=0
  for pair in "$@"; do
    found_at "${pair% *}" "${pair#* }"
    ((at > latest)) && latest=$at
  done
  return 0
}

# stop_nodes — SIGTERM to every node, wait up to 5 s each for it to exit, then SIGKILL.
stop_nodes() {
  local h n fd
  for h in "${!pid[@]}"; do kill -TERM "${pid[$h]}" 2>/dev/null || true; done
  for h in "${!pid[@]}"; do
    for ((n = 0; n < 500; n++)); do
      kill -0 "${pid[$h]}" 2>/dev/null || break
      nap 0.01
    done
    kill -KILL "${pid[$h]}" 2>/dev/null || true
    wait "${pid[$h]}" 2>/dev/null || true
    fd=${rfd[$h]}
    exec {fd}<&-
  done
  pid=() rfd=() part=() short=() seen=()
  for h in 1 2 3; do # nothing of this run may answer in the next one
    [[ -z $(ip netns pids "$NETNS_PREFIX-h$h") ]] || fail "a process outlived its run on h$h"
  done
}

# identity_ms — runs `ferry identity` on h3 with h3's data folder; sets `ms` to its duration.
identity_ms() {
  local t
  stamp
  t=$now
  ip netns exec "$NETNS_PREFIX-h3" "$ferry" identity --data-dir "$run_dir/h3" \
    >"$run_dir/id3.log" 2>"$run_dir/id3.err" || fail "ferry identity on h3 failed"
  stamp
  ms=$(awk -v d=$((now - t)) 'BEGIN { printf "%.2f", d / 1000 }')
}

# stats — "median min max" of the numbers on stdin.
stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s %s %s\n", m, v[1], v[NR] }'
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
ms_since() { awk -v d=$(($1 - $2)) 'BEGIN { printf "%.1f", d / 1000 }'; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.4f", x / y }'; }

"$lab" up >/dev/null
lab_up=1

header="discovery_lab.sh: 3 hosts on one bridge (scripts/netns-lab.sh), default intervals, $runs runs
$("$ferry" --version 2>/dev/null | head -n1), $(nproc) CPUs, load average at start: $(load)
h1 and h2 up and settled ${settle_ms} ms, then h3 starts. Times in ms from h3's launch, polled every 5 ms
baseline: \`ferry identity\` on h3, launch to exit (process start + key load), median of $base_samples per run
ratio = Ferry / baseline of the same run"

up=() a=() b=() base=()
per_run=""
for ((r = 1; r <= runs; r++)); do
  echo "run $r/$runs" >&2
  run_dir=$work/run$r
  mkdir "$run_dir"

  start_node 1 "Host one"
  start_node 2 "Host two"
  wait_found "1 2" "2 1"
  nap "$((settle_ms / 1000)).$(printf '%03d' $((settle_ms % 1000)))"

  identity_ms # makes h3's key
  grep -q '^key stored .*(created now)$' "$run_dir/id3.log" || fail "h3's key was not made anew"
  short[3]=$(awk '$1 == "short" { print $2 }' "$run_dir/id3.log")
  samples=()
  for ((s = 0; s < base_samples; s++)); do
    identity_ms
    ! grep -q '(created now)' "$run_dir/id3.log" || fail "the baseline made a key, not loaded it"
    samples+=("$ms")
  done
  read -r base_ms _ <<<"$(printf '%s\n' "${samples[@]}" | stats)"

  stamp
  t0=$now
  start_node 3 "Host three"
  wait_found "1 3" "2 3" "3 1" "3 2"
  latest "1 3" "2 3"
  t_a=$latest
  latest "3 1" "3 2"
  t_b=$latest
  t_up=${seen["3 up"]:-}
  [[ -n $t_up ]] || fail "h3 did not print its discovery line"
  for h in 1 2 3; do
    grep -q '^discovery *UDP port 47474 on eth0$' "$run_dir/h$h.log" \
      || fail "h$h's discovery is not on eth0, port 47474"
  done
  stop_nodes

  up+=("$(ms_since "$t_up" "$t0")")
  a+=("$(ms_since "$t_a" "$t0")")
  b+=("$(ms_since "$t_b" "$t0")")
  base+=("$base_ms")
  per_run+=$(printf '  run %-3d up %6s  (a) %6s  (b) %6s  baseline %6.1f  ratios (a) %5.2f  (b) %6.2f' \
    "$r" "${up[-1]}" "${a[-1]}" "${b[-1]}" "$base_ms" \
    "$(ratio "${a[-1]}" "$base_ms")" "$(ratio "${b[-1]}" "$base_ms")")$'\n'
done

ratios() { # ratios NAME-OF-ARRAY — that array's runs over the runs' baselines, one a line
  local -n xs=$1
  local i
  for i in "${!xs[@]}"; do
    ratio "${xs[$i]}" "${base[$i]}"
    echo
  done
}

row() { # row FIGURE DECIMALS "median min max"
  local m lo hi
  read -r m lo hi <<<"$3"
  printf '  %-58s %8.*f %8.*f %8.*f\n' "$1" "$2" "$m" "$2" "$lo" "$2" "$hi"
}

echo "$header"
echo
echo "per run"
printf '%s' "$per_run"
echo
printf '  %-58s %8s %8s %8s\n' "figure" "median" "min" "max"
row "up: h3 prints \`discovery\` (its QUERY is out), ms" 1 "$(printf '%s\n' "${up[@]}" | stats)"
row "(a) both h1 and h2 print \`found\` for h3, ms" 1 "$(printf '%s\n' "${a[@]}" | stats)"
row "(b) h3 prints \`found\` for h1 and h2, ms" 1 "$(printf '%s\n' "${b[@]}" | stats)"
row "baseline: \`ferry identity\` on h3, launch to exit, ms" 1 "$(printf '%s\n' "${base[@]}" | stats)"
row "ratio up / baseline" 2 "$(ratios up | stats)"
row "ratio (a) / baseline" 2 "$(ratios a | stats)"
row "ratio (b) / baseline" 2 "$(ratios b | stats)"
echo "  # load average now $(load)"
