#!/bin/bash
# The README's main job: validate the bundled libseccomp filter the way the
# kernel does, then show it.
set -euo pipefail
RUNFILES="${RUNFILES_DIR:-$0.runfiles}/seccomp_emu"
BIN="$RUNFILES/emulator/seccomp-emu"
FILTER="$RUNFILES/tools/example_x86_64.bpf"
echo "== seccomp-emu check (kernel validation rules) =="
"$BIN" check "$FILTER"
echo
echo "== seccomp-emu disasm --arch=x86_64 =="
"$BIN" disasm --arch=x86_64 "$FILTER"
