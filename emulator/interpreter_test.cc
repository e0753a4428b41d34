// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Tests for filter execution (kernel-spec.md §4). Each rule also has a corpus case
// replayed against the live kernel.
#include "emulator/interpreter.h"

#include <vector>

#include "emulator/validator.h"
#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

using namespace bpf;  // NOLINT(build/namespaces)

Program MustValidate(const std::vector<Instruction>& instructions) {
  absl::StatusOr<Program> program = ValidateFilter(instructions);
  EXPECT_TRUE(program.ok()) << program.status();
  return *std::move(program);
}

uint32_t Exec(const std::vector<Instruction>& instructions,
             const SeccompWords& words = {}) {
  return RunFilter(MustValidate(instructions), words).value;
}

// Runs `A = a; X = x; A op= X; return A`.
uint32_t AluX(uint16_t op, uint32_t a, uint32_t x) {
  return Exec({Stmt(kLd | kImm, a), Stmt(kLdx | kImm, x), Stmt(kAlu | op | kX, 0),
              Stmt(kRet | kRetA, 0)});
}

// §4.1: A and X start at 0.
TEST(InterpreterTest, RegistersStartAtZero) {
  EXPECT_EQ(Exec({Stmt(kRet | kRetA, 0)}), 0u);
  EXPECT_EQ(Exec({Stmt(kMisc | kTxa, 0), Stmt(kRet | kRetA, 0)}), 0u);
}

// §4.2: TAX is X := A and TXA is A := X (gVisor has them swapped).
TEST(InterpreterTest, TaxCopiesAToXAndTxaCopiesXToA) {
  EXPECT_EQ(Exec({Stmt(kLd | kImm, 7), Stmt(kMisc | kTax, 0), Stmt(kLd | kImm, 0),
                 Stmt(kMisc | kTxa, 0), Stmt(kRet | kRetA, 0)}),
            7u);
  EXPECT_EQ(Exec({Stmt(kLdx | kImm, 9), Stmt(kMisc | kTax, 0), Stmt(kMisc | kTxa, 0),
                 Stmt(kRet | kRetA, 0)}),
            0u);
}

// §4.2: arithmetic wraps at 32 bits.
TEST(InterpreterTest, ArithmeticWrapsAt32Bits) {
  EXPECT_EQ(AluX(kAdd, 0xffffffff, 2), 1u);
  EXPECT_EQ(AluX(kSub, 1, 2), 0xffffffffu);
  EXPECT_EQ(AluX(kMul, 0x10000, 0x10001), 0x10000u);
  EXPECT_EQ(AluX(kDiv, 0xffffffff, 2), 0x7fffffffu);  // unsigned
  EXPECT_EQ(AluX(kAnd, 0xf0f0, 0xff00), 0xf000u);
  EXPECT_EQ(AluX(kOr, 0xf0f0, 0x0f00), 0xfff0u);
  EXPECT_EQ(AluX(kXor, 0xffff, 0x0ff0), 0xf00fu);
  EXPECT_EQ(Exec({Stmt(kLd | kImm, 5), Stmt(kAlu | kNeg, 0), Stmt(kRet | kRetA, 0)}),
            0xfffffffbu);
  EXPECT_EQ(Exec({Stmt(kLd | kImm, 0x80000000), Stmt(kAlu | kRsh | kK, 31),
                 Stmt(kRet | kRetA, 0)}),
            1u);  // logical shift
}

// §16 #5: DIV by X == 0 makes the whole filter return 0, not A = 0.
TEST(InterpreterTest, EdgeCase05DivideByZeroXReturnsKillThread) {
  const Program program = MustValidate(
      {Stmt(kLd | kImm, 10), Stmt(kAlu | kDiv | kX, 0), Stmt(kRet | kK, 0x7fff0000)});
  const RunResult result = RunFilter(program, {});
  EXPECT_EQ(result.value, 0u);
  EXPECT_EQ(result.executed, 2u);
}

// §16 #6: shifts by X use X & 31.
TEST(InterpreterTest, EdgeCase06ShiftByXMasksCount) {
  EXPECT_EQ(AluX(kLsh, 1, 33), 2u);
  EXPECT_EQ(AluX(kLsh, 1, 32), 1u);
  EXPECT_EQ(AluX(kRsh, 0x80000000, 63), 1u);
  EXPECT_EQ(AluX(kRsh, 0x80000000, 31), 1u);
}

// §16 #8: LD/LDX W LEN load 64.
TEST(InterpreterTest, EdgeCase08LenLoads64) {
  EXPECT_EQ(Exec({Stmt(kLd | kW | kLen, 0), Stmt(kRet | kRetA, 0)}), 64u);
  EXPECT_EQ(Exec({Stmt(kLdx | kW | kLen, 0), Stmt(kMisc | kTxa, 0),
                 Stmt(kRet | kRetA, 0)}),
            64u);
}

// §4.2: JSET is true iff A & operand != 0; compares are unsigned 32-bit.
TEST(InterpreterTest, JumpsCompareUnsigned) {
  const auto jump = [](uint16_t op, uint32_t a, uint32_t k) {
    return Exec({Stmt(kLd | kImm, a), Jump(kJmp | op | kK, k, 0, 1),
                Stmt(kRet | kK, 1), Stmt(kRet | kK, 2)});
  };
  EXPECT_EQ(jump(kJset, 0x10, 0x30), 1u);
  EXPECT_EQ(jump(kJset, 0x10, 0x20), 2u);
  EXPECT_EQ(jump(kJgt, 0x80000000, 1), 1u);
  EXPECT_EQ(jump(kJge, 5, 5), 1u);
  EXPECT_EQ(jump(kJgt, 5, 5), 2u);
  EXPECT_EQ(jump(kJeq, 5, 5), 1u);
}

// §4.4: LD W ABS k reads word k/4 of seccomp_data as the target lays it out.
TEST(InterpreterTest, LoadsSeccompDataWords) {
  SeccompData data;
  data.nr = 59;
  data.arch = 0xc000003e;
  data.args[1] = 0x1122334455667788ull;
  const std::vector<Instruction> low = {Stmt(kLd | kW | kAbs, 24),
                                        Stmt(kRet | kRetA, 0)};
  EXPECT_EQ(Exec(low, ToWords(data, ByteOrder::kLittle)), 0x55667788u);
  EXPECT_EQ(Exec(low, ToWords(data, ByteOrder::kBig)), 0x11223344u);
  EXPECT_EQ(Exec({Stmt(kLd | kW | kAbs, 0), Stmt(kRet | kRetA, 0)},
                ToWords(data, ByteOrder::kBig)),
            59u);
}

// §4.1: scratch memory round-trips and the trace records slots.
TEST(InterpreterTest, TraceRecordsEveryStep) {
  const Program program =
      MustValidate({Stmt(kLd | kImm, 3), Stmt(kSt, 4), Stmt(kLdx | kMem, 4),
                    Jump(kJmp | kJeq | kX, 0, 0, 1), Stmt(kRet | kK, 1),
                    Stmt(kRet | kK, 2)});
  std::vector<TraceStep> trace;
  const RunResult result = TraceFilter(program, {}, trace);
  EXPECT_EQ(result, (RunResult{1, 5}));
  ASSERT_EQ(trace.size(), 5u);
  EXPECT_EQ(trace[1].mem_slot, 4u);
  EXPECT_EQ(trace[1].mem_value, 3u);
  EXPECT_EQ(trace[2].x, 3u);
  EXPECT_EQ(trace[3].pc, 3u);
  EXPECT_EQ(trace[4].pc, 4u);
  EXPECT_EQ(RunFilter(program, {}), result);
}

// §4.1: at most len instructions execute, and JA skips.
TEST(InterpreterTest, JumpAlwaysSkipsAndCountsExecuted) {
  const Program program = MustValidate(
      {Stmt(kJmp | kJa, 2), Stmt(kRet | kK, 1), Stmt(kRet | kK, 2), Stmt(kRet | kK, 3)});
  EXPECT_EQ(RunFilter(program, {}), (RunResult{3, 2}));
}

}  // namespace
}  // namespace seccomp_emu
