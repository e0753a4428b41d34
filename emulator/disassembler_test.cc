// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Unit tests for the disassembler: pseudo-code of every generic opcode, the
// listing/JSON/asm layouts, and name display driven by AnalyzeContext().
#include "emulator/disassembler.h"

#include <cstdint>
#include <string>
#include <vector>

#include "emulator/disassembler_test_symbols.h"
#include "emulator/instruction.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

using namespace ::seccomp_emu::bpf;  // NOLINT: opcode field constants.
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Text of a single instruction at pc 0 of a one-instruction program.
std::string One(Instruction insn, const DisassemblerOptions& options = {}) {
  std::vector<Instruction> program = {insn};
  return InstructionTexts(program, options)[0];
}

// The seccomp-tools README example, with syscall and arch names.
TEST(DisassemblerTest, ListingMatchesSeccompToolsStyle) {
  const std::vector<Instruction> program = {
      Stmt(kLd | kW | kAbs, 4),                   // A = arch
      Jump(kJmp | kJeq | kK, 0xc000003e, 0, 4),   // if (A != ARCH_X86_64)
      Stmt(kLd | kW | kAbs, 0),                   // A = nr
      Jump(kJmp | kJge | kK, 0x40000000, 2, 0),   // if (A >= 0x40000000)
      Jump(kJmp | kJeq | kK, 1, 0, 1),            // if (A != write)
      Stmt(kRet | kK, 0x7fff0000),                // return ALLOW
      Stmt(kRet | kK, 0x00050005),                // return ERRNO(5)
  };
  TestSymbols symbols;
  DisassemblerOptions options;
  options.symbols = &symbols;
  EXPECT_EQ(Disassemble(program, DisasmFormat::kListing, options),
            " line  CODE  JT   JF      K\n"
            "=================================\n"
            " 0000: 0x20 0x00 0x00 0x00000004  A = arch\n"
            " 0001: 0x15 0x00 0x04 0xc000003e  if (A != ARCH_X86_64) goto 0006\n"
            " 0002: 0x20 0x00 0x00 0x00000000  A = nr\n"
            " 0003: 0x35 0x02 0x00 0x40000000  if (A >= 0x40000000) goto 0006\n"
            " 0004: 0x15 0x00 0x01 0x00000001  if (A != write) goto 0006\n"
            " 0005: 0x06 0x00 0x00 0x7fff0000  return ALLOW\n"
            " 0006: 0x06 0x00 0x00 0x00050005  return ERRNO(5)\n");
}

// Every opcode bpf_check_classic() accepts has a pseudo-code form.
TEST(DisassemblerTest, EveryGenericOpcodeHasPseudoCode) {
  struct Case {
    Instruction insn;
    const char* text;
  };
  const Case cases[] = {
      {Stmt(kLd | kW | kAbs, 0), "A = nr"},
      {Stmt(kLd | kW | kAbs, 4), "A = arch"},
      {Stmt(kLd | kW | kAbs, 8), "A = instruction_pointer"},
      {Stmt(kLd | kW | kAbs, 12), "A = instruction_pointer >> 32"},
      {Stmt(kLd | kW | kAbs, 16), "A = args[0]"},
      {Stmt(kLd | kW | kAbs, 28), "A = args[1] >> 32"},
      {Stmt(kLd | kW | kAbs, 56), "A = args[5]"},
      {Stmt(kLd | kW | kAbs, 64), "A = u32[0x40]"},
      {Stmt(kLd | kW | kAbs, 2), "A = u32[0x2]"},
      {Stmt(kLd | kH | kAbs, 2), "A = u16[0x2]"},
      {Stmt(kLd | kB | kAbs, 7), "A = u8[0x7]"},
      {Stmt(kLd | kW | kInd, 4), "A = u32[X + 0x4]"},
      {Stmt(kLd | kH | kInd, 4), "A = u16[X + 0x4]"},
      {Stmt(kLd | kB | kInd, 4), "A = u8[X + 0x4]"},
      {Stmt(kLd | kW | kLen, 0), "A = len"},
      {Stmt(kLd | kImm, 0x1234), "A = 0x1234"},
      {Stmt(kLd | kMem, 3), "A = mem[3]"},
      {Stmt(kLdx | kW | kLen, 0), "X = len"},
      {Stmt(kLdx | kB | kMsh, 14), "X = 4 * (u8[0xe] & 0xf)"},
      {Stmt(kLdx | kImm, 7), "X = 0x7"},
      {Stmt(kLdx | kMem, 15), "X = mem[15]"},
      {Stmt(kSt, 3), "mem[3] = A"},
      {Stmt(kStx, 4), "mem[4] = X"},
      {Stmt(kAlu | kAdd | kK, 1), "A += 0x1"},
      {Stmt(kAlu | kAdd | kX, 0), "A += X"},
      {Stmt(kAlu | kSub | kK, 1), "A -= 0x1"},
      {Stmt(kAlu | kSub | kX, 0), "A -= X"},
      {Stmt(kAlu | kMul | kK, 3), "A *= 0x3"},
      {Stmt(kAlu | kMul | kX, 0), "A *= X"},
      {Stmt(kAlu | kDiv | kK, 3), "A /= 0x3"},
      {Stmt(kAlu | kDiv | kX, 0), "A /= X"},
      {Stmt(kAlu | kMod | kK, 3), "A %= 0x3"},
      {Stmt(kAlu | kMod | kX, 0), "A %= X"},
      {Stmt(kAlu | kAnd | kK, 0xff), "A &= 0xff"},
      {Stmt(kAlu | kAnd | kX, 0), "A &= X"},
      {Stmt(kAlu | kOr | kK, 0x10), "A |= 0x10"},
      {Stmt(kAlu | kOr | kX, 0), "A |= X"},
      {Stmt(kAlu | kXor | kK, 0x10), "A ^= 0x10"},
      {Stmt(kAlu | kXor | kX, 0), "A ^= X"},
      {Stmt(kAlu | kLsh | kK, 4), "A <<= 0x4"},
      {Stmt(kAlu | kLsh | kX, 0), "A <<= X"},
      {Stmt(kAlu | kRsh | kK, 4), "A >>= 0x4"},
      {Stmt(kAlu | kRsh | kX, 0), "A >>= X"},
      {Stmt(kAlu | kNeg, 0), "A = -A"},
      {Stmt(kMisc | kTax, 0), "X = A"},
      {Stmt(kMisc | kTxa, 0), "A = X"},
      {Stmt(kRet | kK, 0x7fff0000), "return ALLOW"},
      {Stmt(kRet | kRetA, 0), "return A"},
      {Stmt(kJmp | kJa, 2), "goto 0003"},
      {Jump(kJmp | kJeq | kK, 5, 1, 0), "if (A == 0x5) goto 0002"},
      {Jump(kJmp | kJeq | kX, 0, 1, 0), "if (A == X) goto 0002"},
      {Jump(kJmp | kJgt | kK, 5, 1, 0), "if (A > 0x5) goto 0002"},
      {Jump(kJmp | kJgt | kX, 0, 1, 0), "if (A > X) goto 0002"},
      {Jump(kJmp | kJge | kK, 5, 1, 0), "if (A >= 0x5) goto 0002"},
      {Jump(kJmp | kJge | kX, 0, 1, 0), "if (A >= X) goto 0002"},
      {Jump(kJmp | kJset | kK, 5, 1, 0), "if (A & 0x5) goto 0002"},
      {Jump(kJmp | kJset | kX, 0, 1, 0), "if (A & X) goto 0002"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(One(c.insn), c.text) << "code 0x" << std::hex << c.insn.code;
    EXPECT_TRUE(bpf::IsClassicOpcode(c.insn.code));
  }
}

TEST(DisassemblerTest, JumpFormsDependOnWhichOffsetIsZero) {
  EXPECT_EQ(One(Jump(kJmp | kJeq | kK, 1, 0, 3)), "if (A != 0x1) goto 0004");
  EXPECT_EQ(One(Jump(kJmp | kJgt | kK, 1, 0, 3)), "if (A <= 0x1) goto 0004");
  EXPECT_EQ(One(Jump(kJmp | kJge | kK, 1, 0, 3)), "if (A < 0x1) goto 0004");
  EXPECT_EQ(One(Jump(kJmp | kJset | kK, 1, 0, 3)), "if (!(A & 0x1)) goto 0004");
  EXPECT_EQ(One(Jump(kJmp | kJeq | kK, 1, 2, 3)),
            "if (A == 0x1) goto 0003 else goto 0004");
  EXPECT_EQ(One(Jump(kJmp | kJeq | kK, 1, 0, 0)),
            "if (A == 0x1) goto 0001 else goto 0001");
}

TEST(DisassemblerTest, ActionsAreNamedWithTheirData) {
  EXPECT_EQ(One(Stmt(kRet | kK, 0x80000000)), "return KILL_PROCESS");
  EXPECT_EQ(One(Stmt(kRet | kK, 0)), "return KILL");
  EXPECT_EQ(One(Stmt(kRet | kK, 0x00030000)), "return TRAP");
  EXPECT_EQ(One(Stmt(kRet | kK, 0x00030005)), "return TRAP(5)");
  EXPECT_EQ(One(Stmt(kRet | kK, 0x00050000)), "return ERRNO(0)");
  EXPECT_EQ(One(Stmt(kRet | kK, 0x00050001)), "return ERRNO(1)");
  EXPECT_EQ(One(Stmt(kRet | kK, 0x7fc00000)), "return USER_NOTIF");
  EXPECT_EQ(One(Stmt(kRet | kK, 0x7ff00007)), "return TRACE(7)");
  EXPECT_EQ(One(Stmt(kRet | kK, 0x7ffc0000)), "return LOG");
  EXPECT_EQ(One(Stmt(kRet | kK, 0x7fff0000)), "return ALLOW");
  // Not one of the eight actions (the kernel treats it as KILL_PROCESS).
  EXPECT_EQ(One(Stmt(kRet | kK, 0x00010000)), "return 0x10000");
}

// kernel-spec.md §4.4: on a big-endian target the first word of a 64-bit
// field is its high half.
TEST(DisassemblerTest, BigEndianSwapsArgumentHalves) {
  DisassemblerOptions big;
  big.byte_order = ByteOrder::kBig;
  EXPECT_EQ(One(Stmt(kLd | kW | kAbs, 16), big), "A = args[0] >> 32");
  EXPECT_EQ(One(Stmt(kLd | kW | kAbs, 20), big), "A = args[0]");
  EXPECT_EQ(One(Stmt(kLd | kW | kAbs, 8), big), "A = instruction_pointer >> 32");
  EXPECT_EQ(One(Stmt(kLd | kW | kAbs, 12), big), "A = instruction_pointer");
}

TEST(DisassemblerTest, UnknownOpcodesAreShownNotRejected) {
  EXPECT_EQ(One(Stmt(0x0e, 0)), "unknown opcode 0x000e");  // RET|X
  EXPECT_EQ(One(Stmt(0x1234, 0)), "unknown opcode 0x1234");
  EXPECT_FALSE(bpf::IsClassicOpcode(0x0e));
  EXPECT_FALSE(bpf::IsClassicOpcode(0x8c));  // NEG|X
  EXPECT_FALSE(bpf::IsClassicOpcode(0x100));
  const std::vector<Instruction> program = {Stmt(0x1234, 0)};
  EXPECT_THAT(Disassemble(program, DisasmFormat::kListing),
              HasSubstr(" 0000: 0x1234 0x00 0x00 0x00000000  unknown opcode"));
}

TEST(DisassemblerTest, ExactlyTheGenericAllowListIsKnown) {
  int known = 0;
  for (uint32_t code = 0; code <= 0xffff; ++code) {
    if (bpf::IsClassicOpcode(static_cast<uint16_t>(code))) ++known;
  }
  // kernel-spec.md §3.2: 21 ALU, 9 LD, 4 LDX, ST, STX, TAX, TXA, 2 RET, 9 JMP.
  EXPECT_EQ(known, 49);
}

TEST(DisassemblerTest, JumpsPastTheEndAreRendered) {
  const std::vector<Instruction> program = {Stmt(kJmp | kJa, 0xffffffff),
                                            Jump(kJmp | kJeq | kK, 0, 9, 0)};
  EXPECT_THAT(InstructionTexts(program),
              ElementsAre("goto 4294967296", "if (A == 0x0) goto 0011"));
}

TEST(DisassemblerTest, SyscallNamesFollowTheArchTest) {
  TestSymbols symbols;
  DisassemblerOptions options;
  options.symbols = &symbols;
  const std::vector<Instruction> program = {
      Stmt(kLd | kW | kAbs, 4),                  // 0: A = arch
      Jump(kJmp | kJeq | kK, kTestArchI386, 0, 4),  // 1: i386 only
      Stmt(kLd | kW | kAbs, 0),                  // 2: A = nr
      Jump(kJmp | kJeq | kK, 4, 1, 0),           // 3: i386 write = 4
      Stmt(kRet | kK, 0),                        // 4
      Stmt(kRet | kK, 0x7fff0000),               // 5
      Jump(kJmp | kJeq | kK, 4, 0, 0),           // 6: A is arch again here
      Stmt(kRet | kK, 0),                        // 7
  };
  const std::vector<std::string> texts = InstructionTexts(program, options);
  EXPECT_EQ(texts[1], "if (A != ARCH_I386) goto 0006");
  EXPECT_EQ(texts[3], "if (A == write) goto 0005");
  // A holds arch at 6, and 4 names no arch: shown as a number.
  EXPECT_EQ(texts[6], "if (A == 0x4) goto 0007 else goto 0007");
}

TEST(DisassemblerTest, NoNamesWithoutAKnownArch) {
  TestSymbols symbols;
  DisassemblerOptions options;
  options.symbols = &symbols;
  const std::vector<Instruction> program = {
      Stmt(kLd | kW | kAbs, 0), Jump(kJmp | kJeq | kK, 1, 0, 0),
      Stmt(kRet | kK, 0)};
  EXPECT_EQ(InstructionTexts(program, options)[1],
            "if (A == 0x1) goto 0002 else goto 0002");
  options.default_arch = kTestArchX86_64;
  EXPECT_EQ(InstructionTexts(program, options)[1],
            "if (A == write) goto 0002 else goto 0002");
}

// An x32 number maps to a name whose native number differs, so it stays
// numeric (the assembler would read the name back as the x86_64 number).
TEST(DisassemblerTest, NamesShownOnlyWhenTheyMapBack) {
  TestSymbols symbols;
  DisassemblerOptions options;
  options.symbols = &symbols;
  options.default_arch = kTestArchX86_64;
  const std::vector<Instruction> program = {
      Stmt(kLd | kW | kAbs, 0), Jump(kJmp | kJeq | kK, 0x40000001, 1, 0),
      Stmt(kRet | kK, 0), Stmt(kRet | kK, 0)};
  EXPECT_EQ(InstructionTexts(program, options)[1],
            "if (A == 0x40000001) goto 0003");
}

TEST(DisassemblerTest, NamesOnlyForComparisonsOfNr) {
  TestSymbols symbols;
  DisassemblerOptions options;
  options.symbols = &symbols;
  options.default_arch = kTestArchX86_64;
  const std::vector<Instruction> program = {
      Stmt(kLd | kW | kAbs, 16),           // A = args[0]
      Jump(kJmp | kJeq | kK, 1, 1, 0),      // a plain number
      Stmt(kLd | kW | kAbs, 0),            // A = nr
      Jump(kJmp | kJset | kK, 1, 1, 0),     // JSET: a mask, never a name
      Stmt(kRet | kK, 0)};
  const std::vector<std::string> texts = InstructionTexts(program, options);
  EXPECT_EQ(texts[1], "if (A == 0x1) goto 0003");
  EXPECT_EQ(texts[3], "if (A & 0x1) goto 0005");
}

TEST(DisassemblerTest, AnalyzeContextMergesPaths) {
  const std::vector<Instruction> program = {
      Stmt(kLd | kW | kAbs, 4),                     // 0
      Jump(kJmp | kJeq | kK, kTestArchX86_64, 0, 2),  // 1
      Stmt(kLd | kW | kAbs, 0),                     // 2: x86_64, A = arch
      Stmt(kRet | kK, 0),                           // 3
      Stmt(kRet | kK, 0),                           // 4: not x86_64
  };
  const std::vector<InstructionContext> ctx = AnalyzeContext(program);
  EXPECT_EQ(ctx[2].a, AccumulatorSource::kArch);
  EXPECT_EQ(ctx[2].arch, kTestArchX86_64);
  EXPECT_EQ(ctx[3].a, AccumulatorSource::kNr);
  EXPECT_EQ(ctx[3].arch, kTestArchX86_64);
  EXPECT_EQ(ctx[4].a, AccumulatorSource::kArch);
  EXPECT_EQ(ctx[4].arch, std::nullopt);
}

TEST(DisassemblerTest, JsonHasOneObjectPerInstruction) {
  const std::vector<Instruction> program = {Stmt(kLd | kW | kAbs, 4),
                                            Stmt(kRet | kK, 0x7fff0000)};
  EXPECT_EQ(Disassemble(program, DisasmFormat::kJson),
            "[\n"
            "  {\"pc\": 0, \"code\": 32, \"jt\": 0, \"jf\": 0, \"k\": 4, "
            "\"text\": \"A = arch\"},\n"
            "  {\"pc\": 1, \"code\": 6, \"jt\": 0, \"jf\": 0, \"k\": 2147418112, "
            "\"text\": \"return ALLOW\"}\n"
            "]\n");
  EXPECT_EQ(Disassemble({}, DisasmFormat::kJson), "[]\n");
}

TEST(DisassemblerTest, AsmFormUsesLabelsAndRawInstructions) {
  TestSymbols symbols;
  DisassemblerOptions options;
  options.symbols = &symbols;
  options.default_arch = kTestArchX86_64;
  const std::vector<Instruction> program = {
      Stmt(kLd | kW | kAbs, 0),          // A = nr
      Jump(kJmp | kJeq | kK, 1, 0, 1),   // if (A != write) goto L0003
      Stmt(kRet | kK, 0x7fff0000),       // return ALLOW
      {kMisc | kTax, 1, 2, 3},           // TAX with ignored fields set
      Stmt(0x0e, 0),                     // unknown
  };
  EXPECT_EQ(Disassemble(program, DisasmFormat::kAsm, options),
            "# seccomp-emu assembler source, 5 instructions\n"
            ".endian little\n"
            ".arch x86_64\n"
            "  A = nr\n"
            "  if (A != write) goto L0003\n"
            "  return ALLOW\n"
            "L0003:\n"
            "  .insn 0x0007, 1, 2, 0x00000003  # X = A\n"
            "  .insn 0x000e, 0, 0, 0x00000000  # unknown opcode 0x000e\n");
}

TEST(DisassemblerTest, ClearUnusedFieldsKeepsWhatTheOpcodeReads) {
  EXPECT_EQ(ClearUnusedFields({kMisc | kTax, 1, 2, 3}),
            (Instruction{kMisc | kTax, 0, 0, 0}));
  EXPECT_EQ(ClearUnusedFields({kJmp | kJa, 1, 2, 3}),
            (Instruction{kJmp | kJa, 0, 0, 3}));
  EXPECT_EQ(ClearUnusedFields({kJmp | kJeq | kX, 1, 2, 3}),
            (Instruction{kJmp | kJeq | kX, 1, 2, 0}));
  EXPECT_EQ(ClearUnusedFields({kLd | kW | kLen, 1, 2, 3}),
            (Instruction{kLd | kW | kLen, 0, 0, 0}));
  EXPECT_EQ(ClearUnusedFields({kRet | kRetA, 1, 2, 3}),
            (Instruction{kRet | kRetA, 0, 0, 0}));
  EXPECT_EQ(ClearUnusedFields({kLdx | kB | kMsh, 1, 2, 3}),
            (Instruction{kLdx | kB | kMsh, 0, 0, 3}));
  EXPECT_FALSE(HasUnusedFieldsSet(Stmt(kLd | kImm, 5)));
  EXPECT_TRUE(HasUnusedFieldsSet({kAlu | kNeg, 0, 0, 1}));
}

}  // namespace
}  // namespace seccomp_emu
