# Every ALU operation seccomp accepts with X as the operand.
  X = 3
  A = args[0]
  A += X
  A -= X
  A *= X
  A /= X        # X != 0 here; X == 0 would return 0 (KILL_THREAD)
  A |= X
  A &= X
  A ^= X
  A <<= X
  A >>= X
  return A
