# Dispatch on three arches; the same name resolves per arch.
  A = arch
  if (A == ARCH_X86_64) goto x86_64
  if (A == ARCH_I386) goto i386
  if (A == ARCH_AARCH64) goto aarch64
  return KILL
x86_64:
  A = nr
  if (A == execve) goto deny else goto allow
i386:
  A = nr
  if (A == execve) goto deny else goto allow
aarch64:
  A = nr
  if (A != execve) goto allow
deny:
  return ERRNO(13)
allow:
  return ALLOW
