#!/bin/bash
# DemoTest: the README's main command runs and validates the bundled filter.
set -euo pipefail
out=$("$TEST_SRCDIR/seccomp_emu/tools/demo")
echo "$out"
grep -q "^OK: [0-9]* instructions" <<<"$out"
grep -q "if (A == getpid) goto" <<<"$out"
