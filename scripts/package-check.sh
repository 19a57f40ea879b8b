#!/usr/bin/env bash
# package-check.sh [BUILD_DIR] — build the .deb from BUILD_DIR (default build/, already built) and
# check it end to end; the `package` phase of scripts/test.sh.
#
#   1. cpack -G DEB in BUILD_DIR;
#   2. lintian: any error or warning fails;
#   3. desktop-file-validate on the shipped XDG desktop entries, appstreamcli validate --no-net on
#      the shipped metainfo (and validate-tree on the whole tree), and the files the package must
#      contain;
#   4. dpkg -i (apt-get -f install only when dpkg reports missing dependencies);
#   5. inside scripts/in-sandbox.sh: the installed /usr/bin/ferry --version, and a headless node
#      (no discovery, any free port, a temporary data dir) that must say it is accepting and exit
#      cleanly on SIGTERM; the installed systemd user unit is verified with systemd-analyze;
#   6. dpkg --purge, then every file and folder the package created must be gone.
#
# It INSTALLS AND REMOVES the package `ferry` on this machine, so it needs root. To never break a
# developer's own install, it refuses to run when a `ferry` package it did not install is present,
# or when /usr/bin/ferry belongs to no package. It is idempotent: a run that was killed before
# it could purge leaves a marker, and the next run purges what that run installed. Whatever
# happens, the package is purged when the script exits.
#
# Internal: package-check.sh --smoke FERRY VERSION runs step 5 (inside the sandbox).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
marker=/var/tmp/ferry-package-check.installed
T0=$SECONDS

say() { echo "package-check: $*"; }
die() {
  echo "package-check: FAILED: $*" >&2
  exit 1
}

# --smoke FERRY VERSION: what runs inside the sandbox.
smoke() {
  local ferry=$1 version=$2 dir pid rc=0
  local got
  got=$("$ferry" --version)
  [[ $got == "ferry $version" ]] || die "'$ferry --version' printed '$got', not 'ferry $version'"
  say "$got"
  dir=$(mktemp -d)
  mkdir "$dir/received"
  "$ferry" --headless --no-discovery --port 0 --data-dir "$dir/data" --dest "$dir/received" \
    >"$dir/out" 2>"$dir/err" &
  pid=$!
  local waited=0
  until grep -qs '^accepting' "$dir/out"; do
    if ! kill -0 "$pid" 2>/dev/null || ((waited >= 300)); then
      kill -KILL "$pid" 2>/dev/null || true
      cat "$dir/out" "$dir/err" >&2
      die "the headless node did not start (no 'accepting' line within 30 s)"
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  kill -TERM "$pid"
  wait "$pid" || rc=$?
  sed 's/^/  | /' "$dir/out"
  # SIGTERM is the normal way to stop it (systemd's): it exits 0 or, like a shell, 143.
  if ((rc != 0 && rc != 143)); then
    cat "$dir/err" >&2
    die "the headless node exited with $rc on SIGTERM"
  fi
  say "headless node started and stopped on SIGTERM (exit $rc)"
  rm -rf "$dir"
}

if [[ ${1:-} == --smoke ]]; then
  smoke "$2" "$3"
  exit 0
fi

build=$(cd "${1:-$here/../build}" && pwd)
((EUID == 0)) || die "must run as root: it installs and removes the package ferry (dpkg -i)"
for tool in cpack lintian desktop-file-validate appstreamcli dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/deps.sh installs it)"
done
[[ -f $build/CMakeCache.txt && -x $build/app/ferry ]] || die "$build is not a built tree"

installed() { [[ $(dpkg-query -W -f='${db:Status-Abbrev}' ferry 2>/dev/null || true) == i* ]]; }
# Known to dpkg in any state but "not installed" (a removed package keeps its conffiles).
present() {
  dpkg-query -W ferry >/dev/null 2>&1 &&
    [[ $(dpkg-query -W -f='${Status}' ferry) != *not-installed* ]]
}

# Never touch a developer's own ferry.
if present; then
  if [[ -f $marker ]]; then
    say "purging the package a previous, interrupted run installed"
    dpkg --purge ferry >/dev/null
    rm -f "$marker"
  else
    die "a ferry package is installed ($(dpkg-query -W -f='${Version}' ferry)) that this script did
    not install; remove it first (sudo apt purge ferry) if you want this check to run"
  fi
fi
if [[ -e /usr/bin/ferry ]] && ! dpkg -S /usr/bin/ferry >/dev/null 2>&1; then
  die "/usr/bin/ferry exists and belongs to no package (a 'cmake --install' to /usr?); the
    package would overwrite it and its removal would delete it"
fi

work=$(mktemp -d /tmp/ferry-package-check.XXXXXX)
cleanup() {
  if installed || present; then
    dpkg --purge ferry >/dev/null 2>&1 || echo "package-check: could not purge ferry" >&2
  fi
  present || rm -f "$marker"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. The package.
rm -f "$build"/ferry_*.deb
if ! (cd "$build" && cpack -G DEB) >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  die "cpack -G DEB failed"
fi
debs=("$build"/ferry_*.deb)
if ((${#debs[@]} != 1)) || [[ ! -f ${debs[0]} ]]; then
  die "cpack made no single ferry_*.deb"
fi
deb=${debs[0]}
say "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -f "$deb" Package Version Section Priority Maintainer Homepage Depends Recommends |
  sed 's/^/  /'

# 2. lintian. It warns that it runs as root; that is all the filter removes.
say "lintian"
rc=0
lintian --fail-on error,warning --display-level '>=info' "$deb" >"$work/lintian.log" 2>&1 || rc=$?
grep -v 'running with root privileges is not recommended' "$work/lintian.log" |
  sed 's/^/  /' || true
((rc == 0)) || die "lintian reported errors or warnings (exit $rc)"
say "lintian: no errors, no warnings (overridden, with the reason in packaging/lintian-overrides:" \
  "$(grep -v '^#' "$here/../packaging/lintian-overrides" | cut -d' ' -f2 | xargs))"

# 3. What the package ships.
tree=$work/tree
dpkg-deb -x "$deb" "$tree"
version=$(dpkg-deb -f "$deb" Version)
version=${version%-*}
expect=(usr/bin/ferry usr/share/man/man1/ferry.1.gz usr/share/doc/ferry/copyright
  usr/share/doc/ferry/changelog.Debian.gz usr/share/applications/ferry.desktop
  usr/share/applications/ferry-send.desktop usr/share/Thunar/sendto/ferry.desktop
  usr/share/kio/servicemenus/ferry-send.desktop usr/share/icons/hicolor/scalable/apps/ferry.svg
  usr/lib/systemd/user/ferry.service etc/ufw/applications.d/ferry
  usr/lib/firewalld/services/ferry.xml)
for size in 16 22 24 32 48 64 128 256 512; do
  expect+=("usr/share/icons/hicolor/${size}x${size}/apps/ferry.png")
done
for f in "${expect[@]}"; do
  [[ -f $tree/$f ]] || die "the package has no /$f"
done
for f in "$tree"/usr/share/icons/hicolor/*x*/apps/ferry.png; do
  size=$(basename "$(dirname "$(dirname "$f")")")
  file -b "$f" | grep -q "PNG image data, ${size/x/ x }," || die "$f is not a $size PNG"
done
metainfo=("$tree"/usr/share/metainfo/*.metainfo.xml)
[[ -f ${metainfo[0]} ]] || die "the package has no AppStream metainfo"
grep -q "^ExecStart=/usr/bin/ferry --headless$" "$tree/usr/lib/systemd/user/ferry.service" ||
  die "the systemd unit does not start /usr/bin/ferry --headless"
# Dolphin's service menu is KDE's format (Type=Service), which desktop-file-validate rejects by
# design; the others are XDG desktop entries.
say "desktop-file-validate"
desktop-file-validate "$tree"/usr/share/applications/*.desktop \
  "$tree"/usr/share/Thunar/sendto/ferry.desktop || die "desktop-file-validate failed"
say "appstreamcli validate --no-net"
appstreamcli validate --no-net "${metainfo[@]}" | sed 's/^/  /' ||
  die "appstreamcli validate failed"
# The tree as installed: the metainfo's launchable must name a shipped desktop entry.
say "appstreamcli validate-tree --no-net"
appstreamcli validate-tree --no-net "$tree" | sed 's/^/  /' ||
  die "appstreamcli validate-tree failed"

# 4. Install. First note which of the package's paths exist already (shared folders such as
# /usr/share): after the purge, every other path it lists must be gone.
before=$work/existed-before
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' | grep -v '^/\?$' |
  while read -r p; do [[ -e $p ]] && echo "$p"; done >"$before" || true
touch "$marker"
say "dpkg -i"
if ! dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
  if grep -q 'dependency problems' "$work/dpkg.log"; then
    say "dpkg -i: missing dependencies; apt-get -f install"
    DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq >>"$work/dpkg.log" 2>&1 </dev/null ||
      { cat "$work/dpkg.log" >&2; die "apt-get -f install failed"; }
  else
    cat "$work/dpkg.log" >&2
    die "dpkg -i failed"
  fi
fi
installed || { cat "$work/dpkg.log" >&2; die "ferry is not installed after dpkg -i"; }
dpkg -L ferry | grep -v '^/\.$' >"$work/files"
say "installed $(dpkg-query -W -f='${Version}' ferry): $(wc -l <"$work/files") paths"

# 5. Run it, only inside the sandbox (a private network namespace).
"$here/in-sandbox.sh" "$here/package-check.sh" --smoke /usr/bin/ferry "$version" ||
  die "the installed ferry failed its smoke check"
if command -v systemd-analyze >/dev/null; then
  # Also checks that ExecStart's binary and the Documentation man page exist.
  systemd-analyze verify /usr/lib/systemd/user/ferry.service ||
    die "systemd-analyze verify ferry.service failed"
  say "systemd-analyze verify ferry.service: ok"
fi

# 6. Purge; nothing the package created may be left.
say "dpkg --purge ferry"
if ! dpkg --purge ferry >"$work/dpkg.log" 2>&1; then
  cat "$work/dpkg.log" >&2
  die "dpkg --purge failed"
fi
present && die "ferry is still known to dpkg after the purge"
rm -f "$marker"
left=()
while read -r p; do
  grep -qxF "$p" "$before" && continue # a shared folder such as /usr/share
  [[ -e $p || -L $p ]] && left+=("$p")
done <"$work/files"
((${#left[@]} == 0)) || die "left after the purge: ${left[*]}"
say "purged; none of its $(wc -l <"$work/files") paths is left"
say "ok ($((SECONDS - T0)) s)"
