#!/usr/bin/env bash
# spacedrop_bench.sh [--rounds N] [--build-dir DIR] [--only large|tree|small]... [--profile]
#
# Spacedrop end to end: two `ferry` processes on 127.0.0.1 (`ferry receive --accept-all` and
# `ferry send --peer`) against what a user would run instead, interleaved round by round
# (A B A B ...), the median of N rounds reported, with ratios Ferry / baseline (bench/README.md,
# "Spacedrop").
#
#   sudo bench/spacedrop_bench.sh                      # 3 rounds; builds build/ first
#   sudo bench/spacedrop_bench.sh --rounds 5 --build-dir build-rel --profile
#
# Outside the sandbox it installs what is missing (apt: nginx openssh-server openssh-client socat
# curl time), builds with scripts/build.sh (build/, RelWithDebInfo) unless --build-dir is given,
# and re-runs itself inside scripts/in-sandbox.sh: a private network namespace with only lo, so
# all traffic stays on 127.0.0.1 there. Its files live in the sandbox's TMPDIR, removed on exit.
#
# Sections (each round runs every method of a section in turn, then the next section):
#   large  one 2 GiB random file: ferry | curl -T -> nginx (HTTPS PUT, TLS 1.3 AES-128-GCM) |
#          scp (default cipher) | scp -c aes128-gcm@openssh.com
#   tree   10,000 × 4 KiB files in 100 folders: ferry | tar c | socat OPENSSL -> socat
#          OPENSSL-LISTEN | tar x (TLS 1.3 AES-128-GCM) | scp -r
#   small  one 1-byte file: ferry | curl -> nginx (what a transfer costs before its first byte)
# Every run receives into a fresh folder; nothing received is deleted until the end
# (performance.md §6, quirk 2), and `sync` runs before each run. Wall time runs from the sender's
# launch until the sender and (for the one-shot receivers socat|tar) the receiver have exited;
# Ferry's receiver (and nginx, sshd) runs before and after. The output is checked (cmp, diff -r)
# after each run, outside the timing. CPU: /usr/bin/time on senders and one-shot receivers;
# /proc deltas for Ferry's receiver and the nginx worker (utime+stime) and sshd's listener
# (cutime+cstime of its reaped connection children). Peak RSS of both ferry processes.
#
# --profile: afterwards one more 2 GiB Ferry transfer under bench/spacedrop_profile.sh (perf, and
# per-thread CPU from /proc). It prints PASS/MISS per target and exits 0 unless it could not
# measure (a transfer failed or its output differs; then it prints no table).
set -euo pipefail
export LC_ALL=C

root=$(cd "$(dirname "$0")/.." && pwd)
self=$root/bench/$(basename "$0")

usage() {
  sed -n '2,3p' "$0" | sed 's/^# //' >&2
  echo "  see the comment at the top of $0 and bench/README.md" >&2
  exit 2
}

rounds=3
build_dir=
only=()
profile=0
args=("$@")
while (($#)); do
  case $1 in
  --rounds) rounds=${2:-}; shift 2 ;;
  --build-dir) build_dir=${2:-}; shift 2 ;;
  --only) only+=("${2:-}"); shift 2 ;;
  --profile) profile=1; shift ;;
  -h | --help) usage ;;
  *) echo "spacedrop_bench.sh: unknown argument: $1" >&2; usage ;;
  esac
done
if ! [[ $rounds =~ ^[0-9]+$ ]] || ((rounds < 1)); then
  echo "--rounds must be >= 1" >&2
  exit 2
fi
for s in "${only[@]}"; do
  [[ $s == large || $s == tree || $s == small ]] || { echo "--only large|tree|small" >&2; exit 2; }
done
((${#only[@]})) || only=(large tree small)
wants() { [[ " ${only[*]} " == *" $1 "* ]]; }

# ---------------------------------------------------------------- outside: deps, build, sandbox
if [[ -z ${FERRY_SANDBOX:-} ]]; then
  if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 && exec sudo "$self" "${args[@]}"
    echo "spacedrop_bench.sh: must run as root (apt, ip netns)" >&2
    exit 1
  fi
  missing=()
  for pair in nginx:nginx sshd:openssh-server ssh:openssh-client scp:openssh-client \
    socat:socat curl:curl /usr/bin/time:time; do
    cmd=${pair%%:*} pkg=${pair#*:}
    [[ -x $cmd || -x /usr/sbin/$cmd ]] || command -v "$cmd" >/dev/null 2>&1 \
      || [[ " ${missing[*]} " == *" $pkg "* ]] || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "==> apt-get install ${missing[*]}" >&2
    # No daemon may start on the host: invoke-rc.d asks policy-rc.d, and 101 means "no".
    made_policy=0
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
      chmod 755 /usr/sbin/policy-rc.d
      made_policy=1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
      >/dev/null
    ((made_policy)) && rm -f /usr/sbin/policy-rc.d
  fi
  if [[ -z $build_dir ]]; then
    echo "==> scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo" >&2
    "$root/scripts/build.sh" build -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
    build_dir=$root/build
  fi
  build_dir=$(cd "$build_dir" && pwd)
  [[ -x $build_dir/app/ferry ]] || { echo "no ferry in $build_dir/app" >&2; exit 2; }
  pass=(--rounds "$rounds" --build-dir "$build_dir")
  for s in "${only[@]}"; do pass+=(--only "$s"); done
  ((profile)) && pass+=(--profile)
  exec "$root/scripts/in-sandbox.sh" "$self" "${pass[@]}"
fi

# ---------------------------------------------------------------- inside the sandbox
[[ -n $build_dir ]] || build_dir=$root/build
ferry=$build_dir/app/ferry
[[ -x $ferry ]] || { echo "spacedrop_bench.sh: no ferry at $ferry" >&2; exit 2; }
# Ferry keeps its key in its data folder (no keychain prompt, no session bus), as on a server.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
export FERRY_INTERFACES=lo

work=$(mktemp -d "${TMPDIR:-/tmp}/spacedrop-bench.XXXXXX")
src=$work/src
recv=$work/recv
srv=$work/srv
mkdir -p "$src" "$recv" "$srv"
results=$work/results # section method round wall_s tx_cpu_s rx_cpu_s tx_rss_kb rx_rss_kb
: >"$results"
large_bytes=$((2 << 30))
tree_dirs=100 tree_files=100 tree_size=4096
tree_count=$((tree_dirs * tree_files))
tree_bytes=$((tree_count * tree_size))
clk=$(getconf CLK_TCK)

# When the last run deleted its small files: ext4 skips inodes freed in the last few minutes,
# which makes creating 10,000 files several times slower (performance.md §6, quirk 2).
deleted_stamp=${TMPDIR:-/tmp}/spacedrop-bench.deleted
quiet_after_delete=300

declare -a bg_pids=()
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
  local p
  for p in "${bg_pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${bg_pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
  if wants tree; then touch "$deleted_stamp" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# forget PID — no longer to be stopped on exit (it has been waited for).
forget() {
  local p keep=()
  for p in "${bg_pids[@]}"; do [[ $p == "$1" ]] || keep+=("$p"); done
  bg_pids=("${keep[@]}")
}
secs() { awk -v d="$1" 'BEGIN { printf "%.4f", d / 1e6 }'; }

die() {
  echo "spacedrop_bench.sh: $*" >&2
  exit 1
}
log() { echo "$*" >&2; }
now_us() { local t=${EPOCHREALTIME/./}; echo $((10#$t)); }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# proc_ticks PID FIELDS — sum of /proc/PID/stat fields, counted after the "(comm)" field as
# ps(5) numbers them (14 utime, 15 stime, 16 cutime, 17 cstime).
proc_ticks() {
  local s f sum=0
  s=$(<"/proc/$1/stat")
  s=${s##*) }
  read -r -a v <<<"$s"
  for f in "${@:2}"; do sum=$((sum + v[f - 3])); done
  echo "$sum"
}
ticks_to_s() { awk -v t="$1" -v c="$clk" 'BEGIN { printf "%.3f", t / c }'; }
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

# timed_sender OUT_PREFIX CMD... — runs CMD under /usr/bin/time; sets t_start (µs) and leaves
# "elapsed user sys maxrss_kb" in OUT_PREFIX.time. Returns CMD's status.
timed_sender() {
  local out=$1
  shift
  t_start=$(now_us)
  /usr/bin/time -f '%e %U %S %M' -o "$out.time" "$@" >"$out.out" 2>"$out.err"
}
time_cpu() { awk '{ printf "%.3f", $2 + $3 }' "$1"; }
time_rss() { awk '{ print $4 }' "$1"; }

# wait_listen PORT — until something listens on 127.0.0.1:PORT (at most 10 s).
wait_listen() {
  local i
  for ((i = 0; i < 1000; i++)); do
    [[ -n $(ss -Hltn "sport = :$1") ]] && return 0
    sleep 0.01
  done
  die "nothing listens on port $1"
}

record() { echo "$*" >>"$results"; }

# ---------------------------------------------------------------- data
make_data() {
  local d
  head -c 1 /dev/urandom >"$src/one.bin"
  if wants large || ((profile)); then
    log "making a 2 GiB random file..."
    head -c "$large_bytes" /dev/urandom >"$src/big.bin"
    cat "$src/big.bin" >/dev/null # hot in the page cache, like the anchors
  fi
  if wants tree; then
    log "making a tree of $tree_count × $tree_size B files in $tree_dirs folders..."
    mkdir "$src/tree"
    for ((d = 0; d < tree_dirs; d++)); do
      mkdir "$src/tree/d$d"
      head -c $((tree_files * tree_size)) /dev/urandom \
        | (cd "$src/tree/d$d" && split -b "$tree_size" -d -a 3 - f)
    done
    [[ $(find "$src/tree" -type f | wc -l) == "$tree_count" ]] || die "tree has the wrong count"
  fi
  sync
}

# ---------------------------------------------------------------- servers (nginx, sshd, TLS)
setup_tls() {
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj /CN=localhost -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$srv/key.pem" -out "$srv/cert.pem" 2>/dev/null
  cat "$srv/cert.pem" "$srv/key.pem" >"$srv/server.pem"
  # socat has no TLS 1.3 suite option: force the suite through OpenSSL's config (performance.md §2).
  cat >"$srv/aes128.cnf" <<'EOF'
openssl_conf = default_conf
[default_conf]
ssl_conf = ssl_sect
[ssl_sect]
system_default = system_default_sect
[system_default_sect]
Ciphersuites = TLS_AES_128_GCM_SHA256
EOF
}

nginx_port=18443
start_nginx() {
  mkdir -p "$srv/nginx/tmp" "$srv/www/up"
  cat >"$srv/nginx/nginx.conf" <<EOF
user root;
worker_processes 1;
pid $srv/nginx/nginx.pid;
error_log $srv/nginx/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $srv/nginx/tmp;
  proxy_temp_path $srv/nginx/tmp;
  fastcgi_temp_path $srv/nginx/tmp;
  uwsgi_temp_path $srv/nginx/tmp;
  scgi_temp_path $srv/nginx/tmp;
  client_max_body_size 0;
  client_body_buffer_size 1m;
  server {
    listen 127.0.0.1:$nginx_port ssl;
    ssl_certificate $srv/cert.pem;
    ssl_certificate_key $srv/key.pem;
    ssl_protocols TLSv1.3;
    root $srv/www;
    location /up/ { dav_methods PUT; create_full_put_path on; dav_access user:rw; }
  }
}
EOF
  nginx -p "$srv/nginx" -c "$srv/nginx/nginx.conf" -e "$srv/nginx/error.log" \
    || die "nginx did not start: $(cat "$srv/nginx/error.log")"
  wait_listen "$nginx_port"
  nginx_master=$(<"$srv/nginx/nginx.pid")
  local i
  for ((i = 0; i < 500; i++)); do
    nginx_worker=$(pgrep -P "$nginx_master" || true)
    [[ -z $nginx_worker ]] || break
    sleep 0.01
  done
  [[ $nginx_worker =~ ^[0-9]+$ ]] || die "not one nginx worker: '$nginx_worker'"
  bg_pids+=("$nginx_master")
}

ssh_port=12222
start_sshd() {
  mkdir -p "$srv/ssh" /run/sshd
  ssh-keygen -q -t ed25519 -N '' -f "$srv/ssh/host_key"
  ssh-keygen -q -t ed25519 -N '' -f "$srv/ssh/client_key"
  cp "$srv/ssh/client_key.pub" "$srv/ssh/authorized_keys"
  cat >"$srv/ssh/sshd_config" <<EOF
Port $ssh_port
ListenAddress 127.0.0.1
HostKey $srv/ssh/host_key
PidFile $srv/ssh/sshd.pid
AuthorizedKeysFile $srv/ssh/authorized_keys
StrictModes no
UsePAM no
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
Subsystem sftp internal-sftp
EOF
  /usr/sbin/sshd -t -f "$srv/ssh/sshd_config" || die "bad sshd_config"
  /usr/sbin/sshd -D -f "$srv/ssh/sshd_config" -E "$srv/ssh/sshd.log" &
  sshd_pid=$!
  bg_pids+=("$sshd_pid")
  wait_listen "$ssh_port"
}
scp_opts=(-q -F /dev/null -P "$ssh_port" -o BatchMode=yes -o StrictHostKeyChecking=no
  -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR)

# sshd_children_gone — until the listener has reaped its connection children (at most 10 s), so
# that their CPU is in its cutime/cstime.
sshd_children_gone() {
  local i
  for ((i = 0; i < 1000; i++)); do
    pgrep -P "$sshd_pid" >/dev/null || return 0
    sleep 0.01
  done
  die "sshd's connection did not end"
}

# ---------------------------------------------------------------- Ferry
setup_ferry() {
  mkdir -p "$work/ferry-tx" "$work/ferry-rx"
  "$ferry" identity --data-dir "$work/ferry-tx" >/dev/null 2>&1 || die "ferry identity failed"
  "$ferry" identity --data-dir "$work/ferry-rx" >/dev/null 2>&1 || die "ferry identity failed"
}

# ferry_receiver DEST LOG — starts `ferry receive` into DEST; sets rx_pid and rx_port once it
# prints where it saves to (it is listening then).
ferry_receiver() {
  local dest=$1 log=$2 i line
  "$ferry" receive --data-dir "$work/ferry-rx" --name sdbench-rx --listen 127.0.0.1 --port 0 \
    --interfaces lo --accept-all --dest "$dest" </dev/null >"$log" 2>"$log.err" &
  rx_pid=$!
  bg_pids+=("$rx_pid")
  for ((i = 0; i < 1000; i++)); do
    grep -q '^saving to' "$log" 2>/dev/null && break
    kill -0 "$rx_pid" 2>/dev/null || die "ferry receive exited: $(cat "$log.err")"
    sleep 0.01
  done
  line=$(grep -m1 '^listening' "$log") || die "ferry receive is not listening: $(cat "$log.err")"
  rx_port=${line##* }
  line=$(grep -m1 '^identity' "$log") || die "ferry receive printed no identity"
  rx_id=${line##* }
}

stop_ferry_receiver() {
  local i
  kill -TERM "$rx_pid" 2>/dev/null || true
  for ((i = 0; i < 500; i++)); do
    kill -0 "$rx_pid" 2>/dev/null || break
    sleep 0.01
  done
  kill -KILL "$rx_pid" 2>/dev/null || true
  wait "$rx_pid" 2>/dev/null || true
  forget "$rx_pid"
}

# run_ferry SECTION ROUND PATH — one Ferry transfer of PATH into a fresh folder.
run_ferry() {
  local section=$1 r=$2 path=$3 dest=$recv/$1-ferry-$2 out=$work/$1-ferry-$2 rx0 rx1 t1 rss
  mkdir "$dest"
  ferry_receiver "$dest" "$out.rx"
  sync
  rx0=$(proc_ticks "$rx_pid" 14 15)
  timed_sender "$out.tx" "$ferry" send --data-dir "$work/ferry-tx" --name sdbench-tx \
    --listen 127.0.0.1 --port 0 --interfaces lo --peer "127.0.0.1:$rx_port" --to "$rx_id" \
    "$path" || die "ferry send failed ($section, round $r): $(cat "$out.tx.err")"
  t1=$(now_us)
  rx1=$(proc_ticks "$rx_pid" 14 15)
  rss=$(hwm_kb "$rx_pid")
  stop_ferry_receiver
  verify "$path" "$dest/$(basename "$path")"
  record "$section ferry $r $(secs $((t1 - t_start))) $(time_cpu "$out.tx.time") \
$(ticks_to_s $((rx1 - rx0))) $(time_rss "$out.tx.time") $rss"
}

# ---------------------------------------------------------------- baselines
run_curl() {
  local section=$1 r=$2 path=$3 name cpu0 cpu1 t1 out=$work/$1-curl-$2 code
  name=$(basename "$path")
  sync
  cpu0=$(proc_ticks "$nginx_worker" 14 15)
  timed_sender "$out" curl -sS -k --fail --tlsv1.3 --tls13-ciphers TLS_AES_128_GCM_SHA256 \
    -o /dev/null -w '%{http_code}' -T "$path" \
    "https://127.0.0.1:$nginx_port/up/$section-curl-$r/$name" \
    || die "curl failed ($section, round $r): $(cat "$out.err")"
  t1=$(now_us)
  cpu1=$(proc_ticks "$nginx_worker" 14 15)
  code=$(<"$out.out")
  [[ $code == 201 ]] || die "nginx answered $code to the PUT"
  verify "$path" "$srv/www/up/$section-curl-$r/$name"
  record "$section curl $r $(secs $((t1 - t_start))) $(time_cpu "$out.time") \
$(ticks_to_s $((cpu1 - cpu0))) - -"
}

# run_scp SECTION METHOD ROUND PATH [SCP OPTIONS...]
run_scp() {
  local section=$1 method=$2 r=$3 path=$4 dest=$recv/$1-$2-$3 out=$work/$1-$2-$3 cpu0 cpu1 t1
  shift 4
  mkdir "$dest"
  sync
  cpu0=$(proc_ticks "$sshd_pid" 16 17)
  timed_sender "$out" scp "${scp_opts[@]}" -i "$srv/ssh/client_key" "$@" "$path" \
    "root@127.0.0.1:$dest/" || die "scp failed ($method, round $r): $(cat "$out.err")"
  t1=$(now_us)
  sshd_children_gone
  cpu1=$(proc_ticks "$sshd_pid" 16 17)
  verify "$path" "$dest/$(basename "$path")"
  record "$section $method $r $(secs $((t1 - t_start))) $(time_cpu "$out.time") \
$(ticks_to_s $((cpu1 - cpu0))) - -"
}

socat_port=14433
run_tar_socat() {
  local r=$1 path=$2 dest=$recv/tree-socat-$1 out=$work/tree-socat-$1 rx t1 parent name
  parent=$(dirname "$path") name=$(basename "$path")
  mkdir "$dest"
  sync
  OPENSSL_CONF=$srv/aes128.cnf /usr/bin/time -f '%e %U %S %M' -o "$out.rx.time" sh -c \
    "socat -b 131072 -u OPENSSL-LISTEN:$socat_port,bind=127.0.0.1,reuseaddr,cert=$srv/server.pem,verify=0 - \
     | tar x -C '$dest'" >"$out.rx.out" 2>"$out.rx.err" &
  rx=$!
  bg_pids+=("$rx")
  wait_listen "$socat_port"
  OPENSSL_CONF=$srv/aes128.cnf timed_sender "$out.tx" sh -c \
    "tar c -C '$parent' '$name' | socat -b 131072 -u - OPENSSL:127.0.0.1:$socat_port,verify=0" \
    || die "tar | socat failed (round $r): $(cat "$out.tx.err")"
  wait "$rx" || die "socat | tar x failed (round $r): $(cat "$out.rx.err")"
  t1=$(now_us)
  forget "$rx"
  verify "$path" "$dest/$name"
  record "tree socat $r $(secs $((t1 - t_start))) $(time_cpu "$out.tx.time") \
$(time_cpu "$out.rx.time") - -"
}

# verify SOURCE COPY — byte for byte (outside the timing).
verify() {
  if [[ -d $1 ]]; then
    diff -r -q "$1" "$2" >/dev/null || die "received tree $2 differs from $1"
    [[ $(find "$2" -type f | wc -l) == "$(find "$1" -type f | wc -l)" ]] || die "$2: file count"
  else
    cmp -s "$1" "$2" || die "received file $2 differs from $1"
  fi
}

# TLS check, once: socat with the config negotiates TLS_AES_128_GCM_SHA256.
check_socat_suite() {
  local got
  OPENSSL_CONF=$srv/aes128.cnf socat -u \
    "OPENSSL-LISTEN:$socat_port,bind=127.0.0.1,reuseaddr,cert=$srv/server.pem,verify=0" - \
    >/dev/null 2>&1 &
  local p=$!
  wait_listen "$socat_port"
  got=$( (openssl s_client -connect "127.0.0.1:$socat_port" -tls1_3 </dev/null 2>/dev/null || true) \
    | awk '/^New, TLSv1.3, Cipher is/ { print $NF }')
  wait "$p" 2>/dev/null || true
  [[ $got == TLS_AES_128_GCM_SHA256 ]] || die "socat negotiated '$got', not TLS_AES_128_GCM_SHA256"
}

# ---------------------------------------------------------------- run
need=$(((rounds * 4 + 2) * large_bytes / 1024))
avail=$(df -k --output=avail "$work" | tail -n1)
if wants large && ((avail < need + (4 << 20))); then
  die "needs about $((need >> 20)) GiB free under $work, has $((avail >> 20)) GiB"
fi

log "spacedrop_bench.sh: $rounds rounds, sections: ${only[*]}; work in $work"
if wants tree && [[ -e $deleted_stamp ]]; then
  since=$(($(date +%s) - $(stat -c %Y "$deleted_stamp")))
  if ((since >= 0 && since < quiet_after_delete)); then
    log "an earlier run deleted its small files ${since} s ago: waiting $((quiet_after_delete - since)) s" \
      "until ext4 reuses those inodes again (performance.md §6, quirk 2)"
    sleep $((quiet_after_delete - since))
  fi
fi
make_data
setup_tls
setup_ferry
if wants large || wants small; then start_nginx; fi
if wants large || wants tree; then start_sshd; fi
if wants tree; then check_socat_suite; fi
header="spacedrop_bench.sh: $("$ferry" --version | head -n1) ($build_dir), $(nproc) CPUs, $rounds rounds
$(nginx -v 2>&1 | sed 's/.*: //'), $(ssh -V 2>&1 | cut -d, -f1), $(socat -V | sed -n 2p | cut -d' ' -f1-3), \
$(curl --version | head -n1 | cut -d' ' -f1-2), $(openssl version | cut -d' ' -f1-2)
load average at start: $(load)"

for ((r = 1; r <= rounds; r++)); do
  if wants large; then
    log "round $r/$rounds: large (ferry, curl, scp, scp aes128-gcm)"
    run_ferry large "$r" "$src/big.bin"
    run_curl large "$r" "$src/big.bin"
    run_scp large scp "$r" "$src/big.bin"
    run_scp large scp-aes "$r" "$src/big.bin" -c aes128-gcm@openssh.com
  fi
  if wants tree; then
    log "round $r/$rounds: tree (ferry, tar|socat, scp -r)"
    run_ferry tree "$r" "$src/tree"
    run_tar_socat "$r" "$src/tree"
    run_scp tree scp "$r" "$src/tree" -r
  fi
  if wants small; then
    log "round $r/$rounds: small (ferry, curl)"
    run_ferry small "$r" "$src/one.bin"
    run_curl small "$r" "$src/one.bin"
  fi
done
load_end=$(load)

# ---------------------------------------------------------------- report
echo "$header"
echo
awk -v large="$large_bytes" -v tree="$tree_bytes" -v files="$tree_count" -v rounds="$rounds" '
function median(list,   n, a, i, j, t) {
  n = split(list, a, " ")
  for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
  return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function minmax(list,   n, a, i, lo, hi) {
  n = split(list, a, " "); lo = hi = a[1]
  for (i = 2; i <= n; i++) { if (a[i] + 0 < lo + 0) lo = a[i]; if (a[i] + 0 > hi + 0) hi = a[i] }
  return sprintf("%.2f-%.2f", lo, hi)
}
function add(k, v) { L[k] = (k in L) ? L[k] " " v : v }
{
  key = $1 SUBSEP $2
  if (!(key in seen)) { seen[key] = 1; order[++n] = key }
  bytes = $1 == "large" ? large : ($1 == "tree" ? tree : 1)
  add(key SUBSEP "wall", $4 + 0)
  add(key SUBSEP "tx", $5 / (bytes / 1e9)); add(key SUBSEP "rx", $6 / (bytes / 1e9))
  add(key SUBSEP "txs", $5); add(key SUBSEP "rxs", $6)
  add(key SUBSEP "txp", 100 * $5 / $4); add(key SUBSEP "rxp", 100 * $6 / $4)
  if ($7 != "-") { add(key SUBSEP "txrss", $7 / 1024); add(key SUBSEP "rxrss", $8 / 1024) }
  W[$1, $2, $3] = $4 + 0
}
END {
  names["large", "ferry"] = "ferry send -> ferry receive"
  names["large", "curl"] = "curl -T -> nginx (HTTPS PUT, AES-128-GCM)"
  names["large", "scp"] = "scp (default: chacha20-poly1305)"
  names["large", "scp-aes"] = "scp -c aes128-gcm@openssh.com"
  names["tree", "ferry"] = "ferry send -> ferry receive"
  names["tree", "socat"] = "tar c | socat OPENSSL -> tar x (AES-128-GCM)"
  names["tree", "scp"] = "scp -r"
  names["small", "ferry"] = "ferry send -> ferry receive"
  names["small", "curl"] = "curl -T -> nginx"
  printf "%-44s %8s %11s %8s %9s %9s %9s %5s %5s %7s %7s\n", "method (median of " rounds ")", "wall s", "(min-max)", "MB/s", "files/s", "tx CPU", "rx CPU", "tx%", "rx%", "tx RSS", "rx RSS"
  printf "%-44s %8s %11s %8s %9s %9s %9s %5s %5s %7s %7s\n", "", "", "", "", "", "s/GB", "s/GB", "", "", "MiB", "MiB"
  last = ""
  for (i = 1; i <= n; i++) {
    k = order[i]; split(k, p, SUBSEP)
    if (p[1] != last) { printf "%s\n", p[1] == "large" ? "large: one 2 GiB file" : (p[1] == "tree" ? "tree: 10,000 × 4 KiB in 100 folders" : "small: one 1-byte file"); last = p[1] }
    w = median(L[k SUBSEP "wall"])
    bytes = p[1] == "large" ? large : (p[1] == "tree" ? tree : 1)
    mbs = p[1] == "small" ? "-" : sprintf("%.0f", bytes / w / 1e6)
    fps = p[1] == "tree" ? sprintf("%.0f", files / w) : "-"
    txc = p[1] == "small" ? sprintf("%.3fs", median(L[k SUBSEP "txs"])) : sprintf("%.2f", median(L[k SUBSEP "tx"]))
    rxc = p[1] == "small" ? sprintf("%.3fs", median(L[k SUBSEP "rxs"])) : sprintf("%.2f", median(L[k SUBSEP "rx"]))
    txr = (k SUBSEP "txrss") in L ? sprintf("%.1f", median(L[k SUBSEP "txrss"])) : "-"
    rxr = (k SUBSEP "rxrss") in L ? sprintf("%.1f", median(L[k SUBSEP "rxrss"])) : "-"
    printf "  %-42s %8.3f %11s %8s %9s %9s %9s %5.0f %5.0f %7s %7s\n", names[p[1], p[2]], w, minmax(L[k SUBSEP "wall"]), mbs, fps, txc, rxc, median(L[k SUBSEP "txp"]), median(L[k SUBSEP "rxp"]), txr, rxr
    if (p[2] == "ferry") { maxrss[p[1]] = 0; split(L[k SUBSEP "txrss"] " " L[k SUBSEP "rxrss"], rs, " "); for (j in rs) if (rs[j] + 0 > maxrss[p[1]]) maxrss[p[1]] = rs[j] + 0 }
  }
  print ""
  print "ratios: Ferry speed / baseline speed (= baseline wall / Ferry wall), per round, median (range)"
  nt = split("large curl 1.0|large scp 0|large scp-aes 0|tree socat 0.5|tree scp 5.0|small curl 0", T, "|")
  for (t = 1; t <= nt; t++) {
    split(T[t], q, " "); s = q[1]; b = q[2]; target = q[3] + 0
    if (!((s SUBSEP "ferry") in seen) || !((s SUBSEP b) in seen)) continue
    list = ""
    for (r = 1; r <= rounds; r++) if ((s, "ferry", r) in W && (s, b, r) in W) list = list (list == "" ? "" : " ") sprintf("%.4f", W[s, b, r] / W[s, "ferry", r])
    m = median(list)
    verdict = target > 0 ? sprintf("target >= %.1f×: %s", target, m >= target ? "PASS" : "MISS") : ""
    printf "  %-5s Ferry / %-44s %6.2f× (%s)  %s\n", s, names[s, b], m, minmax(list), verdict
  }
  if ("large" in maxrss) printf "  large peak RSS of either ferry process: %.1f MiB  target < 64 MiB: %s\n", maxrss["large"], maxrss["large"] < 64 ? "PASS" : "MISS"
  if ("tree" in maxrss) printf "  tree  peak RSS of either ferry process: %.1f MiB\n", maxrss["tree"]
}' "$results"
echo
echo "per run (section method round wall_s tx_cpu_s rx_cpu_s tx_rss_KiB rx_rss_KiB):"
sed 's/^/  /' "$results"
echo "load average at start: ${header##*start: }, at the end: $load_end"

if ((profile)); then
  echo
  FERRY_BIN=$ferry bash "$root/bench/spacedrop_profile.sh" "$src/big.bin" "$work/profile"
fi
