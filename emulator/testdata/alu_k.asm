# Every ALU operation seccomp accepts, immediate operand, and NEG.
  A = args[1]
  A += 1
  A -= 0x10
  A *= 3
  A /= 7
  A |= 0x100
  A &= 0xffff
  A ^= 0x5a5a
  A <<= 4
  A >>= 31
  A = -A
  if (A == 0) goto zero
  return ERRNO(2)
zero:
  return ALLOW
