#!/usr/bin/env bash
# spacedrop_profile.sh PATH WORKDIR — where Ferry's time goes when it sends PATH (a file or a
# folder) over loopback.
#
#   sudo scripts/in-sandbox.sh bench/spacedrop_profile.sh /path/to/big.bin /tmp/sdprof
#   (bench/spacedrop_bench.sh --profile runs it on its 2 GiB file.)
#
# Two `ferry` processes on 127.0.0.1 as in spacedrop_bench.sh (`ferry receive --accept-all`,
# `ferry send --peer`), three passes, each into a fresh folder of WORKDIR (kept: perf data, logs):
#   1. plain: wall time, user/sys per process (/usr/bin/time, /proc) and CPU seconds per thread
#      (/proc/PID/task/*/stat, sampled every 0.1 s while the transfer runs).
#   2. perf (when `perf record` works): both processes, DWARF call graphs; prints the hottest
#      symbols per process and thread, and for unnamed addresses in libcrypto (Debian strips its
#      internal AES/GHASH/SHA routines) what the instructions there are (aesenc, pclmul, sha256).
#   3. strace -c -f (when strace is installed): syscalls per process, counts and time.
# Needs the sandbox (FERRY_SANDBOX) like every program here that opens sockets.
# Environment: FERRY_BIN (default build/app/ferry), PASSES (default "plain perf strace").
set -euo pipefail
export LC_ALL=C

if [[ -z ${FERRY_SANDBOX:-} ]]; then
  echo "spacedrop_profile.sh: run it inside scripts/in-sandbox.sh (it opens sockets)" >&2
  exit 2
fi
(($# == 2)) || { echo "usage: $0 PATH WORKDIR" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
ferry=${FERRY_BIN:-$root/build/app/ferry}
file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$2
passes=${PASSES:-plain perf strace}
[[ -e $file ]] || { echo "no file or folder $file" >&2; exit 2; }
[[ -x $ferry ]] || { echo "no ferry at $ferry" >&2; exit 2; }
mkdir -p "$work"
work=$(cd "$work" && pwd)
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
export FERRY_INTERFACES=lo
bytes=$(du -sb --apparent-size "$file" | cut -f1)
files=$(find "$file" -type f | wc -l)
clk=$(getconf CLK_TCK)

declare -a bg=()
# shellcheck disable=SC2317  # called through the EXIT trap
cleanup() {
  local p
  for p in "${bg[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${bg[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
# same COPY — the copy in a receive folder is byte for byte PATH.
same() {
  if [[ -d $file ]]; then diff -r -q "$file" "$1" >/dev/null; else cmp -s "$file" "$1"; fi
}
die() {
  echo "spacedrop_profile.sh: $*" >&2
  exit 1
}
now_us() { local t=${EPOCHREALTIME/./}; echo $((10#$t)); }

mkfifo "$work/.tick" 2>/dev/null || true
exec {tick}<>"$work/.tick"
nap() { read -r -t "$1" -u "$tick" _ || true; }

for d in tx rx; do
  [[ -f $work/ferry-$d/keys ]] || "$ferry" identity --data-dir "$work/ferry-$d" >/dev/null 2>&1 \
    || true
done

# receiver DEST [WRAPPER...] — sets rx_pid (ferry's pid) and rx_port.
receiver() {
  local dest=$1 log=$work/$pass.rx.log i line
  mkdir -p "$dest"
  "$ferry" receive --data-dir "$work/ferry-rx" --name sdprof-rx --listen 127.0.0.1 --port 0 \
    --interfaces lo --accept-all --dest "$dest" </dev/null >"$log" 2>"$log.err" &
  rx_pid=$!
  bg+=("$rx_pid")
  for ((i = 0; i < 1000; i++)); do
    grep -q '^saving to' "$log" 2>/dev/null && break
    kill -0 "$rx_pid" 2>/dev/null || die "ferry receive exited: $(cat "$log.err")"
    nap 0.01
  done
  line=$(grep -m1 '^listening' "$log") || die "ferry receive is not listening"
  rx_port=${line##* }
}
stop_receiver() {
  kill -TERM "$rx_pid" 2>/dev/null || true
  wait "$rx_pid" 2>/dev/null || true
}
send_args() {
  echo send --data-dir "$work/ferry-tx" --name sdprof-tx --listen 127.0.0.1 --port 0 \
    --interfaces lo --peer "127.0.0.1:$rx_port" --to sdprof-rx
}

# sampler OUT STOPFILE PID — until STOPFILE exists, every 0.1 s: each thread's utime+stime.
# Writes "tid ticks_at_first_sight ticks_last comm" per thread. Forks nothing while it samples.
sampler() {
  local out=$1 stop=$2 pid=$3 st line tid rest comm
  local -A first=() last=() name=()
  while :; do
    for st in /proc/"$pid"/task/*/stat; do
      { read -r line <"$st"; } 2>/dev/null || continue
      tid=${st%/stat} tid=${tid##*/}
      comm=${line#*(} comm=${comm%)*}
      rest=${line##*) }
      read -r -a v <<<"$rest"
      [[ -n ${first[$tid]:-} ]] || first[$tid]=$((v[11] + v[12]))
      last[$tid]=$((v[11] + v[12]))
      name[$tid]=${comm// /_}
    done
    [[ -e $stop ]] && break
    nap 0.1
  done
  for tid in "${!last[@]}"; do echo "$tid ${first[$tid]} ${last[$tid]} ${name[$tid]}"; done >"$out"
}

# threads_report FILE LABEL BASE0 — CPU seconds per thread name; BASE0=1: count from zero (a
# process started with the transfer), else from the first sample.
threads_report() {
  awk -v clk="$clk" -v label="$2" -v zero="$3" '
    { d = zero ? $3 : $3 - $2; by[$4] += d; n[$4]++; tot += d }
    END {
      printf "  %s threads (CPU s):", label
      for (k in by) if (by[k] > 0) printf "  %s%s %.2f", k, (n[k] > 1 ? "×" n[k] : ""), by[k] / clk
      printf "  | total %.2f\n", tot / clk
    }' "$1"
}

pass_plain() {
  local dest=$work/plain.recv t0 t1 r0 r1 rs txw txp
  receiver "$dest"
  rm -f "$work/plain.stop"
  sampler "$work/plain.rx.threads" "$work/plain.stop" "$rx_pid" &
  local srx=$!
  nap 0.3
  sync
  r0=$(awk '{ print $14 " " $15 }' "/proc/$rx_pid/stat")
  t0=$(now_us)
  # shellcheck disable=SC2046
  /usr/bin/time -f '%e %U %S %M %c %w' -o "$work/plain.tx.time" \
    "$ferry" $(send_args) "$file" >"$work/plain.tx.log" 2>&1 &
  txw=$!
  for ((i = 0; i < 500; i++)); do
    txp=$(pgrep -P "$txw" || true)
    [[ -n $txp ]] && break
    nap 0.002
  done
  [[ -n $txp ]] || die "no sender process"
  sampler "$work/plain.tx.threads" "$work/plain.stop" "$txp" &
  local stx=$!
  wait "$txw" || die "ferry send failed: $(cat "$work/plain.tx.log")"
  t1=$(now_us)
  r1=$(awk '{ print $14 " " $15 }' "/proc/$rx_pid/stat")
  rs=$(awk '/^VmHWM:/ { print $2 }' "/proc/$rx_pid/status")
  touch "$work/plain.stop"
  wait "$srx" "$stx"
  stop_receiver
  same "$dest/$(basename "$file")" || die "what was received differs"
  read -r _ tu ts tm tc tw <"$work/plain.tx.time"
  read -r ru rsy <<<"$r0"
  read -r ru1 rsy1 <<<"$r1"
  awk -v w=$((t1 - t0)) -v b="$bytes" -v tu="$tu" -v ts="$ts" -v tm="$tm" -v tc="$tc" -v tw="$tw" \
    -v ru=$((ru1 - ru)) -v rs=$((rsy1 - rsy)) -v clk="$clk" -v rm="$rs" -v f="$files" 'BEGIN {
      w /= 1e6; ru /= clk; rs /= clk
      printf "plain: %.3f s, %.0f MB/s, %.0f files/s\n", w, b / w / 1e6, f / w
      printf "  sender   user %.2f s  sys %.2f s  = %.0f%% of a core, peak RSS %.1f MiB, context switches %d involuntary %d voluntary\n", tu, ts, 100 * (tu + ts) / w, tm / 1024, tc, tw
      printf "  receiver user %.2f s  sys %.2f s  = %.0f%% of a core, peak RSS %.1f MiB\n", ru, rs, 100 * (ru + rs) / w, rm / 1024
    }'
  threads_report "$work/plain.tx.threads" sender 1
  threads_report "$work/plain.rx.threads" receiver 0
}

perf_works() { perf record -q -o /dev/null -- true >/dev/null 2>&1; }

# crypto_kind DSO_PATH OFFSET — what the code around OFFSET of DSO does, from its instructions.
crypto_kind() {
  local start=$(($2 - 48)) stop=$(($2 + 48)) dis
  dis=$(objdump -d --no-show-raw-insn --start-address=$start --stop-address=$stop "$1" 2>/dev/null)
  if grep -q 'sha256rnds2\|sha256msg' <<<"$dis"; then echo "SHA-256 (SHA-NI)"
  elif grep -q 'aesenc\|aesdec' <<<"$dis" && grep -q 'pclmul' <<<"$dis"; then echo "AES-GCM (stitched AES+GHASH)"
  elif grep -q 'aesenc\|aesdec' <<<"$dis"; then echo "AES"
  elif grep -q 'pclmul' <<<"$dis"; then echo "GHASH (pclmul)"
  elif grep -q 'rep movs\|vmovdqu' <<<"$dis"; then echo "copy/move"
  else echo "?"; fi
}

# categories DATA — self time summed by kind of work. The main thread ("ferry") does the network
# side (TLS, frames, socket); the worker threads ("QThread") do the files: a FileReadWorker reads
# and hashes, a FileWriteWorker hashes and writes. So libcrypto in a worker is SHA-256 and in the
# main thread is TLS, and the kernel in a worker is file I/O and in the main thread socket I/O,
# poll and wake-ups.
categories() {
  perf report -i "$1" --no-children -g none --sort comm,dso,sym --stdio -t '|' 2>/dev/null \
    | grep -v '^#' | awk -F'|' '
    NF >= 4 {
      p = $1; sub(/%.*/, "", p); p += 0
      comm = $2; gsub(/ +$/, "", comm); dso = $3; gsub(/ +$/, "", dso); sym = $4
      main = comm == "ferry"
      if (dso ~ /libcrypto|libssl/) k = main ? "TLS (AES-GCM, records)" : "SHA-256 (worker)"
      else if (sym ~ /mem(cpy|move)/) k = "memcpy/memmove (" (main ? "main" : "worker") ")"
      else if (sym ~ /memset/) k = "memset (" (main ? "main" : "worker") ")"
      else if (sym ~ /malloc|_int_free|cfree|free@|unlink_chunk|consolidate|realloc/) k = "malloc/free"
      else if (dso ~ /kernel/) k = main ? "kernel: socket, poll, wake-ups (main)" : "kernel: file I/O (worker)"
      else if (dso ~ /Qt6|glib/) k = "Qt and glib (event loop, buffers)"
      else if (dso == "ferry") k = "Ferry code"
      else k = "other (" dso ")"
      s[k] += p
    }
    END { for (k in s) printf "    %6.2f%%  %s\n", s[k], k }' | sort -rn
}

perf_report() { # DATA LABEL
  local data=$1 label=$2 lib
  echo "  $label: self time by kind of work"
  categories "$data"
  echo "  $label: top self time by thread, library and symbol (>= 1 %)"
  perf report -i "$data" --no-children -g none --percent-limit 1 --stdio \
    --sort comm,dso,sym 2>/dev/null | grep -v '^#' | grep -v '^$' | head -30 | sed 's/^/    /'
  lib=$(ldconfig -p | awk '/libcrypto.so.3 .*x86-64/ { print $NF; exit }')
  if [[ -n $lib ]]; then
    echo "  $label: libcrypto's unnamed hot addresses (>= 0.5 %), by what the code there does"
    perf report -i "$data" --no-children -g none --percent-limit 0.5 --stdio --dsos libcrypto.so.3 \
      --sort sym 2>/dev/null | awk '/\[\.\] 0x/ { print $1, $3 }' | while read -r pct addr; do
      echo "$pct $(crypto_kind "$lib" "$((addr))")"
    done | awk '{ p = $1; sub(/%/, "", p); k = $0; sub(/^[^ ]+ /, "", k); s[k] += p }
      END { for (k in s) printf "    %6.2f%%  %s\n", s[k], k }' | sort -rn
  fi
}

pass_perf() {
  perf_works || { echo "perf: perf record does not work here; skipped"; return 0; }
  local dest=$work/perf.recv perfrx t0 t1
  receiver "$dest"
  perf record -q -F 999 --call-graph dwarf,16384 -p "$rx_pid" -o "$work/perf.rx.data" \
    >/dev/null 2>&1 &
  perfrx=$!
  nap 0.5
  sync
  t0=$(now_us)
  # shellcheck disable=SC2046
  perf record -q -F 999 --call-graph dwarf,16384 -o "$work/perf.tx.data" -- \
    "$ferry" $(send_args) "$file" >"$work/perf.tx.log" 2>&1 || die "ferry send under perf failed"
  t1=$(now_us)
  kill -INT "$perfrx"
  wait "$perfrx" || true
  stop_receiver
  same "$dest/$(basename "$file")" || die "what was received differs"
  awk -v w=$((t1 - t0)) -v b="$bytes" 'BEGIN { printf "perf: %.3f s, %.0f MB/s (under perf)\n", w / 1e6, b / w }'
  perf_report "$work/perf.tx.data" sender
  perf_report "$work/perf.rx.data" receiver
}

pass_strace() {
  command -v strace >/dev/null || { echo "strace: not installed; skipped"; return 0; }
  local dest=$work/strace.recv st
  receiver "$dest"
  strace -q -c -f -S calls -p "$rx_pid" -o "$work/strace.rx" &
  st=$!
  nap 0.5
  # shellcheck disable=SC2046
  strace -q -c -f -S calls -o "$work/strace.tx" "$ferry" $(send_args) "$file" \
    >"$work/strace.tx.log" 2>&1 || die "ferry send under strace failed"
  kill -INT "$st"
  wait "$st" || true
  stop_receiver
  same "$dest/$(basename "$file")" || die "what was received differs"
  for s in tx rx; do
    echo "strace -c -f, $([[ $s == tx ]] && echo sender || echo receiver) (top 12 by calls):"
    sed -n '1,2p;3,14p' "$work/strace.$s" | sed 's/^/    /'
  done
}

echo "spacedrop_profile.sh: $(basename "$file") ($files files, $bytes B), $("$ferry" --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
for pass in $passes; do
  "pass_$pass"
done
