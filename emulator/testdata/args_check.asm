# 64-bit argument tests through both halves (little-endian target).
.arch x86_64
  A = nr
  if (A != openat) goto allow
  A = args[2] >> 32          # flags, high half
  if (A != 0) goto deny
  A = args[2]                # flags, low half
  if (A & 0x3) goto deny     # O_WRONLY | O_RDWR
  if (!(A & 0x80000)) goto deny   # require O_CLOEXEC
  A = args[0].hi
  if (A > 0) goto allow
  A = args[0].lo
  if (A >= 0x80000000) goto deny
  A = instruction_pointer >> 32
  if (A <= 0x7fff) goto allow
  A = ip
  if (A < 0x1000) goto deny
allow:
  return ALLOW
deny:
  return ERRNO(1)
