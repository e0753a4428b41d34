#!/bin/bash
# SeccompEmuCliTest: end-to-end checks of the seccomp-emu verbs.
set -u
BIN="${TEST_SRCDIR}/seccomp_emu/emulator/seccomp-emu"
TMP="${TEST_TMPDIR:-/tmp}"
failures=0
expect() {  # expect NAME WANT_EXIT WANT_SUBSTRING -- command...
  local name=$1 want_exit=$2 want=$3; shift 4
  local out; out=$("$@" 2>&1); local code=$?
  if [[ $code -ne $want_exit || "$out" != *"$want"* ]]; then
    echo "FAIL $name: exit $code (want $want_exit), output: $out"; failures=$((failures+1))
  else
    echo "ok   $name"
  fi
}
# RET ALLOW, little-endian.
printf '\x06\x00\x00\x00\x00\x00\xff\x7f' > "$TMP/allow.bpf"
# LD W ABS 2 (misaligned), RET A.
printf '\x20\x00\x00\x00\x02\x00\x00\x00\x16\x00\x00\x00\x00\x00\x00\x00' > "$TMP/misaligned.bpf"
printf '\x06\x00\x00' > "$TMP/ragged.bpf"
expect CheckAccepts 0 "OK: 1 instructions" -- "$BIN" check --byte_order=little "$TMP/allow.bpf"
expect CheckRejectsWithErrno 1 "EINVAL: pc 0: seccomp_data load at offset 2" -- "$BIN" check --byte_order=little "$TMP/misaligned.bpf"
expect CheckReadsStdin 0 "OK" -- bash -c "'$BIN' check --byte_order=little - < '$TMP/allow.bpf'"
expect CheckRaggedFile 2 "ragged.bpf: filter size 3 bytes is not a multiple of 8" -- "$BIN" check "$TMP/ragged.bpf"
expect CheckMissingFile 2 "cannot open" -- "$BIN" check /nonexistent.bpf
expect UnknownVerb 2 'unknown verb "frobnicate"' -- "$BIN" frobnicate
expect BadByteOrder 2 'unknown byte order "middle"' -- "$BIN" check --byte_order=middle "$TMP/allow.bpf"
# asm -> check -> disasm --asm -> asm is the identity; names come from the registry.
cat > "$TMP/f.asm" <<'ASM'
  A = arch
  if (A != ARCH_X86_64) goto kill
  A = nr
  if (A == getpid) goto deny
  A = args[1] >> 32
  if (A & 0x1) goto kill
  return ALLOW
deny:
  return ERRNO(1)
kill:
  return KILL_PROCESS
ASM
expect AsmWrites 0 "" -- "$BIN" asm --arch=x86_64 --byte_order=little "$TMP/f.asm" -o "$TMP/f.bpf"
expect AsmOutputValid 0 "OK: 9 instructions" -- "$BIN" check --byte_order=little "$TMP/f.bpf"
expect DisasmShowsNames 0 "if (A == getpid) goto 0007" -- "$BIN" disasm --arch=x86_64 --byte_order=little "$TMP/f.bpf"
expect DisasmJson 0 '"text": "A = arch"' -- "$BIN" disasm --json --byte_order=little "$TMP/f.bpf"
"$BIN" disasm --asm --arch=x86_64 --byte_order=little "$TMP/f.bpf" > "$TMP/g.asm"
expect AsmRoundTrip 0 "" -- "$BIN" asm --byte_order=little "$TMP/g.asm" -o "$TMP/g.bpf"
expect RoundTripIdentical 0 "" -- cmp "$TMP/f.bpf" "$TMP/g.bpf"
printf 'A = nr\nif (A == opne) goto 2\nreturn ALLOW\n' > "$TMP/bad.asm"
expect AsmErrorNamesLine 2 'line 2, column' -- "$BIN" asm --arch=x86_64 "$TMP/bad.asm" -o "$TMP/bad.bpf"
expect SyscallsResolves 0 "59" -- "$BIN" syscalls --arch=amd64 execve
expect SyscallsUnknownArch 2 'unknown architecture "vax"' -- "$BIN" syscalls --arch=vax read
expect ArchesLists 0 "s390x" -- "$BIN" arches
[[ $failures -eq 0 ]]
