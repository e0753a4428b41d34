// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Tests for the kernel's load-time checks (kernel-spec.md §3). The live kernel
// re-checks the opcode table in //conformance:validator_kernel_test.
#include "emulator/validator.h"

#include "absl/strings/str_cat.h"

#include <cerrno>
#include <vector>

#include "emulator/kernel_error.h"
#include "emulator/opcode_table.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

using ::testing::HasSubstr;
using namespace bpf;  // NOLINT(build/namespaces)

constexpr uint32_t kAllow = 0x7fff0000;

bool Accepts(const std::vector<Instruction>& program) {
  return ValidateFilter(program).ok();
}

// Expects rejection with EINVAL and a message naming `pc`.
void ExpectRejectedAt(const std::vector<Instruction>& program, int pc) {
  absl::StatusOr<Program> result = ValidateFilter(program);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(KernelErrno(result.status()), EINVAL);
  EXPECT_THAT(std::string(result.status().message()),
              HasSubstr(absl::StrCat("pc ", pc, ":")));
}

// §3.2, §3.5, §3.6: all 65,536 opcode values with representative k/jt/jf.
TEST(ValidatorTest, AllOpcodesClassifiedAsSpecSays) {
  int generic_accepted = 0;
  int seccomp_accepted = 0;
  for (const testing::OpcodeCase& c : testing::AllOpcodeCases()) {
    const std::vector<Instruction> program = testing::ProgramFor(c.tested);
    const bool generic = CheckClassicFilter(program).ok();
    absl::StatusOr<Program> seccomp = ValidateFilter(program);
    ASSERT_EQ(generic, c.generic_accepts)
        << "generic pass, code 0x" << std::hex << c.tested.code << " k 0x"
        << c.tested.k << " jt " << int{c.tested.jt} << " jf " << int{c.tested.jf};
    ASSERT_EQ(seccomp.ok(), c.seccomp_accepts)
        << "seccomp pass, code 0x" << std::hex << c.tested.code << " k 0x"
        << c.tested.k << " jt " << int{c.tested.jt} << " jf " << int{c.tested.jf};
    if (!seccomp.ok()) {
      ASSERT_EQ(KernelErrno(seccomp.status()), EINVAL);
    }
    generic_accepted += generic;
    seccomp_accepted += seccomp.ok();
  }
  // Sanity: the tables are not vacuous.
  EXPECT_GT(seccomp_accepted, 41 * 3);
  EXPECT_GT(generic_accepted, seccomp_accepted);
}

// §3.1: 1 <= len <= BPF_MAXINSNS.
TEST(ValidatorTest, LengthMustBeOneTo4096) {
  EXPECT_FALSE(Accepts({}));
  std::vector<Instruction> max(4096, Stmt(kLd | kImm, 0));
  max.back() = Stmt(kRet | kK, kAllow);
  EXPECT_TRUE(Accepts(max));
  max.insert(max.begin(), Stmt(kLd | kImm, 0));
  absl::StatusOr<Program> result = ValidateFilter(max);
  EXPECT_EQ(KernelErrno(result.status()), EINVAL);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("length 4097"));
}

// §3.2: high bits of the 16-bit code are not ignored.
TEST(ValidatorTest, ExtraHighBitsInCodeRejected) {
  ExpectRejectedAt({Stmt(0x0106, kAllow)}, 0);
  ExpectRejectedAt({Stmt(kLd | kImm, 0), Stmt(0x8000 | kRet | kK, kAllow)}, 1);
}

// §3.2: RET|X (0x0e) does not exist.
TEST(ValidatorTest, RetXRejected) { ExpectRejectedAt({Stmt(0x0e, 0)}, 0); }

// §3.3: the last instruction must be RET K or RET A.
TEST(ValidatorTest, LastInstructionMustBeRet) {
  ExpectRejectedAt({Stmt(kRet | kK, kAllow), Stmt(kLd | kImm, 0)}, 1);
  EXPECT_TRUE(Accepts({Stmt(kRet | kRetA, 0)}));
}

// §3.3: JA offsets are compared unsigned, so huge k cannot wrap.
TEST(ValidatorTest, JumpAlwaysHugeOffsetRejected) {
  ExpectRejectedAt({Stmt(kJmp | kJa, 0xffffffff), Stmt(kRet | kK, kAllow)}, 0);
  ExpectRejectedAt({Stmt(kJmp | kJa, 1), Stmt(kRet | kK, kAllow)}, 0);
  EXPECT_TRUE(Accepts({Stmt(kJmp | kJa, 0), Stmt(kRet | kK, kAllow)}));
}

// §3.3: conditional jumps reach at most 255 instructions forward, in range.
TEST(ValidatorTest, ConditionalJumpTargetsMustBeInRange) {
  std::vector<Instruction> program(257, Stmt(kRet | kK, kAllow));
  program[0] = Jump(kJmp | kJeq | kK, 0, 255, 0);
  EXPECT_TRUE(Accepts(program));
  program.resize(256);
  ExpectRejectedAt(program, 0);
}

// §3.3: the jt/jf of JA are ignored.
TEST(ValidatorTest, JumpAlwaysIgnoresJtJf) {
  EXPECT_TRUE(Accepts({Jump(kJmp | kJa, 0, 200, 200), Stmt(kRet | kK, kAllow)}));
}

// §16 #7: MOD, LD H/B ABS, IND loads and LDX MSH pass the generic check but not
// the seccomp one.
TEST(ValidatorTest, EdgeCase07GenericOnlyOpcodesRejectedBySeccomp) {
  for (uint16_t code : {kAlu | kMod | kK, kAlu | kMod | kX, kLd | kH | kAbs,
                        kLd | kB | kAbs, kLd | kW | kInd, kLd | kH | kInd,
                        kLd | kB | kInd, kLdx | kB | kMsh}) {
    const std::vector<Instruction> program = {Stmt(code, 1), Stmt(kRet | kK, kAllow)};
    EXPECT_TRUE(CheckClassicFilter(program).ok()) << code;
    ExpectRejectedAt(program, 0);
  }
}

// §16 #8: LD W ABS needs k < 64 and k % 4 == 0.
TEST(ValidatorTest, EdgeCase08SeccompDataLoadsMustBeAlignedAndInRange) {
  for (uint32_t k = 0; k < 80; ++k) {
    const std::vector<Instruction> program = {Stmt(kLd | kW | kAbs, k),
                                              Stmt(kRet | kRetA, 0)};
    EXPECT_EQ(Accepts(program), k < 64 && k % 4 == 0) << k;
  }
}

// §16 #9: the scratch check does not reset after RET (a false reject, §3.4's
// worked example)...
TEST(ValidatorTest, EdgeCase09ScratchCheckDoesNotResetAfterRet) {
  ExpectRejectedAt({Stmt(kSt, 0), Jump(kJmp | kJeq | kK, 1, 2, 0), Stmt(kSt, 1),
                    Stmt(kJmp | kJa, 1), Stmt(kRet | kRetA, 0), Stmt(kLd | kMem, 1),
                    Stmt(kRet | kRetA, 0)},
                   5);
}

// ...and code right after a JA is fully "initialised" unless jumps narrow it.
TEST(ValidatorTest, EdgeCase09CodeAfterJumpAlwaysMayReadAnySlot) {
  EXPECT_TRUE(Accepts({Stmt(kJmp | kJa, 1), Stmt(kLd | kMem, 7),
                       Stmt(kRet | kK, kAllow)}));
  // A conditional jump into that code narrows it again.
  ExpectRejectedAt({Jump(kJmp | kJeq | kK, 0, 2, 0), Stmt(kJmp | kJa, 1),
                    Stmt(kRet | kK, kAllow), Stmt(kLd | kMem, 3),
                    Stmt(kRet | kRetA, 0)},
                   3);
}

// §3.4: a plain read before any write is rejected, even if unreachable.
TEST(ValidatorTest, ScratchReadBeforeWriteRejected) {
  ExpectRejectedAt({Stmt(kLdx | kMem, 2), Stmt(kRet | kK, kAllow)}, 0);
  EXPECT_TRUE(Accepts({Stmt(kStx, 2), Stmt(kLdx | kMem, 2), Stmt(kRet | kK, kAllow)}));
}

// §3.3: unknown ancillary loads are a generic-pass error.
TEST(ValidatorTest, UnknownAncillaryLoadRejectedByGenericPass) {
  EXPECT_TRUE(CheckClassicFilter({Stmt(kLd | kB | kAbs, 0xfffff000 + 60),
                                  Stmt(kRet | kRetA, 0)})
                  .ok());
  EXPECT_FALSE(CheckClassicFilter({Stmt(kLd | kB | kAbs, 0xfffff000 + 64),
                                   Stmt(kRet | kRetA, 0)})
                   .ok());
}

// §3.5: LEN loads are rewritten to the constant 64; the original is kept.
TEST(ValidatorTest, LenLoadsRewrittenOriginalKept) {
  const std::vector<Instruction> program = {Stmt(kLd | kW | kLen, 0),
                                            Stmt(kLdx | kW | kLen, 0),
                                            Stmt(kRet | kRetA, 0)};
  absl::StatusOr<Program> validated = ValidateFilter(program);
  ASSERT_TRUE(validated.ok());
  EXPECT_EQ(validated->decoded()[0].op, Operation::kLdImm);
  EXPECT_EQ(validated->decoded()[0].k, 64u);
  EXPECT_EQ(validated->decoded()[1].op, Operation::kLdxImm);
  EXPECT_EQ(validated->decoded()[1].k, 64u);
  EXPECT_EQ(std::vector<Instruction>(validated->instructions().begin(),
                                     validated->instructions().end()),
            program);
}

// §3.3: division by a constant zero and shifts by >= 32 are load-time errors.
TEST(ValidatorTest, ConstantDivideByZeroAndWideShiftsRejected) {
  ExpectRejectedAt({Stmt(kAlu | kDiv | kK, 0), Stmt(kRet | kRetA, 0)}, 0);
  ExpectRejectedAt({Stmt(kAlu | kLsh | kK, 32), Stmt(kRet | kRetA, 0)}, 0);
  ExpectRejectedAt({Stmt(kAlu | kRsh | kK, 32), Stmt(kRet | kRetA, 0)}, 0);
  EXPECT_TRUE(Accepts({Stmt(kAlu | kRsh | kK, 31), Stmt(kRet | kRetA, 0)}));
}

}  // namespace
}  // namespace seccomp_emu
