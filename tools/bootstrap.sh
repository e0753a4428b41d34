#!/bin/bash
# tools/bootstrap.sh: installs every Debian 12 package seccomp-emu needs.
#
# Idempotent: packages already present are left alone, and apt is not touched
# at all when nothing is missing. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  bazel-bootstrap      # Bazel 4.2.3, used in WORKSPACE mode, offline
  bazel-rules-java     # @rules_java for Bazel's own tools
  build-essential      # gcc/g++ 12, the default toolchain
  pkg-config           # link flags for @system (third_party/system)
  libabsl-dev          # abseil 20220623
  libprotobuf-dev      # protobuf runtime
  protobuf-compiler    # protoc, for corpus/corpus.proto
  libgtest-dev         # GoogleTest
  libgmock-dev         # GoogleMock
  libbenchmark-dev     # Google Benchmark
  libseccomp-dev       # libseccomp, to compile policies and cross-check tables
  clang                # --config=fuzz
  libclang-rt-14-dev   # libFuzzer and sanitizer runtimes for clang 14
  python3              # syscall-table generator
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "bootstrap: all ${#PACKAGES[@]} Debian packages are already installed."
  exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null; then
    echo "bootstrap: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
  SUDO=(sudo)
fi

echo "bootstrap: installing ${#missing[@]} Debian package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "bootstrap: done."
