# An allowlist in the shape libseccomp emits: arch check, x32 guard,
# then one comparison per syscall, default ERRNO(1).
.arch x86_64
  A = arch
  if (A != ARCH_X86_64) goto kill
  A = nr
  if (A >= 0x40000000) goto kill
  if (A == read) goto allow
  if (A == write) goto allow
  if (A == close) goto allow
  if (A == exit_group) goto allow
  return ERRNO(1)
allow:
  return ALLOW
kill:
  return KILL_PROCESS
