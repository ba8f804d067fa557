#!/usr/bin/env bash
# Installs the Debian packages the tests use: the aarch64 cross compiler (test programs),
# qemu-aarch64 (the differential oracle). Idempotent; needs root (CI and sessions run as root).
set -euo pipefail
need=()
command -v aarch64-linux-gnu-gcc >/dev/null || need+=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross)
command -v qemu-aarch64 >/dev/null || need+=(qemu-user)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] || { echo "install-deps: JDK 25 missing at /usr/lib/jvm/temurin-25-jdk-amd64" >&2; exit 1; }
