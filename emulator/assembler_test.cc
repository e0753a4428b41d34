// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Unit tests for the assembler: syntax, names, directives, listing rows and
// error positions.
#include "emulator/assembler.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "emulator/disassembler.h"
#include "emulator/disassembler_test_symbols.h"
#include "emulator/instruction.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

using namespace ::seccomp_emu::bpf;  // NOLINT: opcode field constants.
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Assembles `source`, failing the test on error.
std::vector<Instruction> Asm(const std::string& source,
                             const AssemblerOptions& options = {}) {
  absl::StatusOr<std::vector<Instruction>> program = Assemble(source, options);
  EXPECT_TRUE(program.ok()) << program.status();
  return program.ok() ? *program : std::vector<Instruction>{};
}

// Returns the error message of assembling `source`.
std::string AsmError(const std::string& source,
                     const AssemblerOptions& options = {}) {
  absl::StatusOr<std::vector<Instruction>> program = Assemble(source, options);
  EXPECT_FALSE(program.ok());
  if (program.ok()) return "";
  EXPECT_EQ(program.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(program.status().message());
}

AssemblerOptions WithSymbols(const TestSymbols& symbols) {
  AssemblerOptions options;
  options.symbols = &symbols;
  return options;
}

TEST(AssemblerTest, EmptySourceIsEmptyProgram) {
  EXPECT_THAT(Asm(""), ElementsAre());
  EXPECT_THAT(Asm("# only a comment\n\n// another\n"), ElementsAre());
}

TEST(AssemblerTest, LabelsAndCommentsResolveForwardJumps) {
  EXPECT_THAT(Asm("  A = nr            # load the number\n"
                  "  if (A == 0x3b) goto deny  // execve\n"
                  "  if (A > 400) goto deny else goto allow\n"
                  "allow: return ALLOW\n"
                  "deny:\n"
                  "  goto kill\n"
                  "kill:\n"
                  "  return KILL\n"),
              ElementsAre(Stmt(kLd | kW | kAbs, 0),
                          Jump(kJmp | kJeq | kK, 0x3b, 2, 0),
                          Jump(kJmp | kJgt | kK, 400, 1, 0),
                          Stmt(kRet | kK, 0x7fff0000), Stmt(kJmp | kJa, 0),
                          Stmt(kRet | kK, 0)));
}

TEST(AssemblerTest, NegatedConditionsJumpOnFalse) {
  EXPECT_THAT(Asm("if (A != 1) goto 0002\n"
                  "if (A <= X) goto 0002\n"
                  "if (A < 7) goto 0003 else goto 0004\n"
                  "if (!(A & 0x10)) goto 0004\n"
                  "return A\n"),
              ElementsAre(Jump(kJmp | kJeq | kK, 1, 0, 1),
                          Jump(kJmp | kJgt | kX, 0, 0, 0),
                          Jump(kJmp | kJge | kK, 7, 1, 0),
                          Jump(kJmp | kJset | kK, 0x10, 0, 0),
                          Stmt(kRet | kRetA, 0)));
}

TEST(AssemblerTest, NamedActions) {
  EXPECT_THAT(
      Asm("return ALLOW\nreturn KILL\nreturn KILL_THREAD\nreturn KILL_PROCESS\n"
          "return TRAP\nreturn TRAP(3)\nreturn ERRNO(1)\nreturn TRACE(7)\n"
          "return LOG\nreturn USER_NOTIF\nreturn 0x10000\nreturn errno(0xffff)\n"),
      ElementsAre(Stmt(kRet | kK, 0x7fff0000), Stmt(kRet | kK, 0),
                  Stmt(kRet | kK, 0), Stmt(kRet | kK, 0x80000000),
                  Stmt(kRet | kK, 0x00030000), Stmt(kRet | kK, 0x00030003),
                  Stmt(kRet | kK, 0x00050001), Stmt(kRet | kK, 0x7ff00007),
                  Stmt(kRet | kK, 0x7ffc0000), Stmt(kRet | kK, 0x7fc00000),
                  Stmt(kRet | kK, 0x00010000), Stmt(kRet | kK, 0x0005ffff)));
}

// kernel-spec.md §4.4: args[i].lo is offset 16 + 8i on little-endian targets
// and 20 + 8i on big-endian ones.
TEST(AssemblerTest, FieldNamesFollowTheByteOrder) {
  const std::string source =
      "A = nr\nA = sys_number\nA = arch\nA = ip\nA = instruction_pointer >> 32\n"
      "A = args[2]\nA = args[2].lo\nA = args[2].hi\nA = args[2] >> 32\n";
  EXPECT_THAT(Asm(source),
              ElementsAre(Stmt(kLd | kW | kAbs, 0), Stmt(kLd | kW | kAbs, 0),
                          Stmt(kLd | kW | kAbs, 4), Stmt(kLd | kW | kAbs, 8),
                          Stmt(kLd | kW | kAbs, 12), Stmt(kLd | kW | kAbs, 32),
                          Stmt(kLd | kW | kAbs, 32), Stmt(kLd | kW | kAbs, 36),
                          Stmt(kLd | kW | kAbs, 36)));
  AssemblerOptions big;
  big.byte_order = ByteOrder::kBig;
  EXPECT_THAT(Asm(source, big),
              ElementsAre(Stmt(kLd | kW | kAbs, 0), Stmt(kLd | kW | kAbs, 0),
                          Stmt(kLd | kW | kAbs, 4), Stmt(kLd | kW | kAbs, 12),
                          Stmt(kLd | kW | kAbs, 8), Stmt(kLd | kW | kAbs, 36),
                          Stmt(kLd | kW | kAbs, 36), Stmt(kLd | kW | kAbs, 32),
                          Stmt(kLd | kW | kAbs, 32)));
  EXPECT_THAT(Asm(".endian big\nA = args[0]\n"),
              ElementsAre(Stmt(kLd | kW | kAbs, 20)));
}

TEST(AssemblerTest, RegistersMemoryAndArithmetic) {
  EXPECT_THAT(
      Asm("A = 5\nX = 0x10\nA = -1\nA = X\nX = A\nmem[3] = A\nM[4] = X\n"
          "A = mem[3]\nX = M[4]\nA += X\nA -= 1\nA *= 2\nA /= 3\nA %= X\n"
          "A |= 4\nA &= 5\nA ^= X\nA <<= 6\nA >>= X\nA = -A\nA = len\nX = len\n"),
      ElementsAre(Stmt(kLd | kImm, 5), Stmt(kLdx | kImm, 16),
                  Stmt(kLd | kImm, 0xffffffff), Stmt(kMisc | kTxa, 0),
                  Stmt(kMisc | kTax, 0), Stmt(kSt, 3), Stmt(kStx, 4),
                  Stmt(kLd | kMem, 3), Stmt(kLdx | kMem, 4),
                  Stmt(kAlu | kAdd | kX, 0), Stmt(kAlu | kSub | kK, 1),
                  Stmt(kAlu | kMul | kK, 2), Stmt(kAlu | kDiv | kK, 3),
                  Stmt(kAlu | kMod | kX, 0), Stmt(kAlu | kOr | kK, 4),
                  Stmt(kAlu | kAnd | kK, 5), Stmt(kAlu | kXor | kX, 0),
                  Stmt(kAlu | kLsh | kK, 6), Stmt(kAlu | kRsh | kX, 0),
                  Stmt(kAlu | kNeg, 0), Stmt(kLd | kW | kLen, 0),
                  Stmt(kLdx | kW | kLen, 0)));
}

TEST(AssemblerTest, PacketLoadsTheSeccompPassRejects) {
  EXPECT_THAT(Asm("A = u16[0x2]\nA = u8[7]\nA = u32[X + 4]\nA = u16[X + 4]\n"
                  "A = u8[X + 4]\nX = 4 * (u8[0xe] & 0xf)\nA = u32[0x41]\n"),
              ElementsAre(Stmt(kLd | kH | kAbs, 2), Stmt(kLd | kB | kAbs, 7),
                          Stmt(kLd | kW | kInd, 4), Stmt(kLd | kH | kInd, 4),
                          Stmt(kLd | kB | kInd, 4), Stmt(kLdx | kB | kMsh, 14),
                          Stmt(kLd | kW | kAbs, 0x41)));
}

TEST(AssemblerTest, RawInstructions) {
  EXPECT_THAT(Asm(".insn 0x1234, 1, 2, 0xffffffff\n"),
              ElementsAre(Instruction{0x1234, 1, 2, 0xffffffff}));
}

TEST(AssemblerTest, SyscallNamesUseTheArchTheProgramChecks) {
  TestSymbols symbols;
  EXPECT_THAT(Asm("A = arch\n"
                  "if (A != ARCH_I386) goto other\n"
                  "A = nr\n"
                  "if (A == write) goto ok\n"
                  "return KILL\n"
                  "other: A = nr\n"
                  "if (A == aarch64.write) goto ok\n"
                  "return KILL\n"
                  "ok: return ALLOW\n",
                  WithSymbols(symbols)),
              ElementsAre(Stmt(kLd | kW | kAbs, 4),
                          Jump(kJmp | kJeq | kK, kTestArchI386, 0, 3),
                          Stmt(kLd | kW | kAbs, 0),
                          Jump(kJmp | kJeq | kK, 4, 4, 0), Stmt(kRet | kK, 0),
                          Stmt(kLd | kW | kAbs, 0),
                          Jump(kJmp | kJeq | kK, 64, 1, 0), Stmt(kRet | kK, 0),
                          Stmt(kRet | kK, 0x7fff0000)));
}

TEST(AssemblerTest, DefaultArchAndArchDirective) {
  TestSymbols symbols;
  AssemblerOptions options = WithSymbols(symbols);
  options.default_arch = kTestArchX86_64;
  EXPECT_THAT(Asm("A = nr\nif (A == execve) goto 0002\nreturn ALLOW\n", options),
              ElementsAre(Stmt(kLd | kW | kAbs, 0),
                          Jump(kJmp | kJeq | kK, 59, 0, 0),
                          Stmt(kRet | kK, 0x7fff0000)));
  EXPECT_THAT(Asm(".arch i386\nA = nr\nif (A == execve) goto 0002\nreturn ALLOW\n",
                  options),
              ElementsAre(Stmt(kLd | kW | kAbs, 0),
                          Jump(kJmp | kJeq | kK, 11, 0, 0),
                          Stmt(kRet | kK, 0x7fff0000)));
  EXPECT_THAT(Asm("A = arch\nif (A == AUDIT_ARCH_X86_64) goto 0002\nreturn A\n",
                  options),
              ElementsAre(Stmt(kLd | kW | kAbs, 4),
                          Jump(kJmp | kJeq | kK, kTestArchX86_64, 0, 0),
                          Stmt(kRet | kRetA, 0)));
}

TEST(AssemblerTest, UnknownSyscallNamesLineAndColumn) {
  TestSymbols symbols;
  AssemblerOptions options = WithSymbols(symbols);
  options.default_arch = kTestArchX86_64;
  EXPECT_EQ(AsmError("A = nr\n\n\n\n\n\nif (A == opne) goto 0002\nreturn KILL\n"
                     "return ALLOW\n",
                     options),
            "line 7, column 10: unknown syscall \"opne\" for arch x86_64");
}

TEST(AssemblerTest, SyscallNameWithoutArchIsAnError) {
  TestSymbols symbols;
  EXPECT_THAT(AsmError("A = nr\nif (A == write) goto 0002\nreturn A\n",
                       WithSymbols(symbols)),
              HasSubstr("line 2, column 10: syscall name \"write\" needs an arch"));
  EXPECT_THAT(AsmError("if (A == write) goto 0001\nreturn A\n"),
              HasSubstr("line 1, column 10: unknown name \"write\""));
}

TEST(AssemblerTest, ErrorsNameLineAndColumn) {
  EXPECT_EQ(AsmError("return ALLOW\n  goto nowhere\n"),
            "line 2, column 8: undefined label \"nowhere\"");
  EXPECT_THAT(AsmError("here: return ALLOW\ngoto here\n"),
              HasSubstr("line 2, column 6: jump target 0 is not after the jump"));
  EXPECT_EQ(AsmError("A = 0x100000000\n"),
            "line 1, column 5: number 0x100000000 does not fit in 32 bits");
  EXPECT_EQ(AsmError("A == 3\n"),
            "line 1, column 3: expected \"=\" or an operator such as \"+=\", "
            "found \"==\"");
  EXPECT_EQ(AsmError("frobnicate\n"),
            "line 1, column 1: unknown instruction \"frobnicate\"");
  EXPECT_EQ(AsmError("return ALLOW(70000)\n"),
            "line 1, column 14: action data 70000 does not fit in 16 bits");
  EXPECT_EQ(AsmError("return NOPE\n"),
            "line 1, column 8: unknown action \"NOPE\"");
  EXPECT_EQ(AsmError("A = args[6]\n"),
            "line 1, column 10: args index 6 out of range 0..5");
  EXPECT_EQ(AsmError("A = nr $\n"), "line 1, column 8: unexpected character '$'");
  EXPECT_EQ(AsmError("A = nr X\n"),
            "line 1, column 8: expected end of statement, found \"X\"");
  EXPECT_EQ(AsmError("x: return A\nx: return A\n"),
            "line 2, column 1: label \"x\" defined twice");
  EXPECT_EQ(AsmError("return A\n.endian big\n"),
            "line 2, column 2: .endian must come before any instruction");
  EXPECT_EQ(AsmError("A = arch\nif (A == ARCH_X86_64) goto 0002\nreturn A\n"),
            "line 2, column 10: arch name \"ARCH_X86_64\" needs a symbol table");
}

TEST(AssemblerTest, ConditionalJumpsReachAtMost255) {
  std::string source = "if (A == 1) goto far\n";
  for (int i = 0; i < 256; ++i) source += "return A\n";
  source += "far: return A\n";
  EXPECT_THAT(AsmError(source),
              HasSubstr("line 1, column 18: conditional jump to 257 is 256 "
                        "instructions ahead; at most 255 fit"));
}

TEST(AssemblerTest, ReadsListingRowsBack) {
  EXPECT_THAT(Asm(" line  CODE  JT   JF      K\n"
                  "=================================\n"
                  " 0000: 0x20 0x00 0x00 0x00000004  A = arch\n"
                  " 0001: 0x07 0x01 0x02 0x00000003  X = A\n"
                  " 0002: 0x1234 0x00 0x00 0x00000000  unknown opcode 0x1234\n"
                  " 0003: 0x06 0x00 0x00 0x7fff0000  return ALLOW\n"),
              ElementsAre(Stmt(kLd | kW | kAbs, 4),
                          Instruction{kMisc | kTax, 1, 2, 3},
                          Stmt(0x1234, 0), Stmt(kRet | kK, 0x7fff0000)));
  EXPECT_EQ(AsmError(" 0000: 0x20 0x00 0x00 0x00000000  A = arch\n"),
            "line 1, column 2: the listing columns do not match the instruction "
            "text");
  EXPECT_EQ(AsmError(" 0001: 0x20 0x00 0x00 0x00000004  A = arch\n"),
            "line 1, column 2: line number 0001 does not match instruction "
            "number 0");
}

}  // namespace
}  // namespace seccomp_emu
