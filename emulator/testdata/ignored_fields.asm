# Fields the opcode ignores may be set; the kernel accepts them, so the
# disassembler must keep them (the asm form writes them as .insn).
  .insn 0x0020, 1, 2, 0x00000000   # A = nr, jt/jf set
  .insn 0x0007, 0, 0, 0x12345678   # X = A, k set
  .insn 0x0005, 9, 9, 0x00000000   # goto next, jt/jf set
  .insn 0x0016, 0, 0, 0xffffffff   # return A, k set
