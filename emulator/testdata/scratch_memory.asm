# Scratch memory and register moves: ST, STX, LD MEM, LDX MEM, TAX, TXA.
  A = nr
  mem[0] = A
  X = A
  mem[15] = X
  A = args[0]
  X = mem[0]
  A = mem[15]
  A = X
  X = A
  M[7] = X
  A = M[7]
  return A
