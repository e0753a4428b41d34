# Opcodes the generic classic-BPF pass accepts but seccomp rejects (EINVAL):
# MOD, half-word and byte loads, indexed loads and MSH.
  A = u16[0x2]
  A = u8[0x7]
  A = u32[X + 0x4]
  A = u16[X + 0x4]
  A = u8[X + 0x4]
  X = 4 * (u8[0xe] & 0xf)
  A %= 3
  A %= X
  A = u32[0x3c]
  return A
