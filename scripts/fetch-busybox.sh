#!/usr/bin/env bash
# Fetches Debian's busybox-static for arm64 with apt-get download, unpacks it with dpkg-deb -x
# and prints the path of the busybox binary. Idempotent: a cached binary is printed at once.
# Cache: $NOVA_CACHE, default <repo>/.cache. Needs root only when it must fetch.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${NOVA_CACHE:-$repo/.cache}"
dest="$cache/busybox-static-arm64"
bin="$dest/bin/busybox"
if [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi
mkdir -p "$cache"
if ! dpkg --print-foreign-architectures | grep -qx arm64 \
    && [ "$(dpkg --print-architecture)" != arm64 ]; then
  dpkg --add-architecture arm64
  apt-get update -qq
fi
if ! apt-cache show busybox-static:arm64 >/dev/null 2>&1; then
  apt-get update -qq
fi
work="$(mktemp -d "$cache/fetch.XXXXXX")"
trap 'rm -rf "$work"' EXIT
chmod 0777 "$work"   # apt-get download drops to the _apt user when it can write there
(cd "$work" && apt-get download -qq busybox-static:arm64 >/dev/null)
deb="$(ls "$work"/busybox-static_*_arm64.deb)"
dpkg-deb -x "$deb" "$work/root"
# Atomic publish: if a concurrent run got there first, its copy is as good as ours.
mv -T "$work/root" "$dest" 2>/dev/null || true
[ -x "$bin" ] || { echo "fetch-busybox: $bin missing after unpacking $deb" >&2; exit 1; }
echo "$bin"
