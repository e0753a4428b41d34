// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
#include "emulator/arch/seccomp_data_builder.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "emulator/arch/abi.h"
#include "emulator/instruction.h"
#include "emulator/interpreter.h"
#include "emulator/program.h"
#include "emulator/seccomp_data.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu::arch {
namespace {

using ::testing::ElementsAreArray;

const Abi& GetAbi(absl::string_view name) {
  absl::StatusOr<const Abi*> abi = FindAbi(name);
  EXPECT_TRUE(abi.ok()) << abi.status();
  return **abi;
}

constexpr uint64_t kArg1 = 0x1122334455667788;
constexpr uint32_t kAllow = 0x7fff0000;
constexpr uint32_t kErrnoEperm = 0x00050001;

// The whole 64 bytes of openat(AT_FDCWD, 0x1122334455667788, 0x80000) at
// ip 0x00007f0012345678 on s390x, written out by hand (kernel-spec.md §1.5 and
// §4.4: every field in the kernel's native, big-endian, order).
TEST(SeccompDataBuilderTest, S390xBytesAreBigEndian) {
  const uint8_t kExpected[64] = {
      0x00, 0x00, 0x01, 0x20,                          // nr = 288 (openat)
      0x80, 0x00, 0x00, 0x16,                          // AUDIT_ARCH_S390X
      0x00, 0x00, 0x7f, 0x00, 0x12, 0x34, 0x56, 0x78,  // instruction_pointer
      0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x9c,  // args[0] = -100
      0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,  // args[1]
      0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00,  // args[2] = O_CLOEXEC
      0, 0, 0, 0, 0, 0, 0, 0,                          // args[3]
      0, 0, 0, 0, 0, 0, 0, 0,                          // args[4]
      0, 0, 0, 0, 0, 0, 0, 0,                          // args[5]
  };
  absl::StatusOr<SeccompBytes> bytes = BuildSeccompBytes(
      GetAbi("s390x"), "openat", {static_cast<uint64_t>(-100), kArg1, 0x80000},
      0x00007f0012345678);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  EXPECT_THAT(*bytes, ElementsAreArray(kExpected));
}

// The same call on x86_64: every field little-endian.
TEST(SeccompDataBuilderTest, X86_64BytesAreLittleEndian) {
  const uint8_t kExpected[64] = {
      0x01, 0x01, 0x00, 0x00,                          // nr = 257 (openat)
      0x3e, 0x00, 0x00, 0xc0,                          // AUDIT_ARCH_X86_64
      0x78, 0x56, 0x34, 0x12, 0x00, 0x7f, 0x00, 0x00,  // instruction_pointer
      0x9c, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,  // args[0] = -100
      0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11,  // args[1]
      0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00,  // args[2] = O_CLOEXEC
      0, 0, 0, 0, 0, 0, 0, 0,                          // args[3]
      0, 0, 0, 0, 0, 0, 0, 0,                          // args[4]
      0, 0, 0, 0, 0, 0, 0, 0,                          // args[5]
  };
  absl::StatusOr<SeccompBytes> bytes = BuildSeccompBytes(
      GetAbi("x86_64"), "openat", {static_cast<uint64_t>(-100), kArg1, 0x80000},
      0x00007f0012345678);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  EXPECT_THAT(*bytes, ElementsAreArray(kExpected));
}

struct WordOrderCase {
  std::string abi;
  int32_t openat_nr;
  // args[1] bytes 24..31 as they sit in the target's memory.
  std::vector<uint8_t> arg1_bytes;
  // Offsets of args[1]'s high and low words (§4.4: 20+8i is high on LE).
  uint32_t high_offset, low_offset;
};

class WordOrderTest : public ::testing::TestWithParam<WordOrderCase> {};

// A filter comparing args[1]'s high and low words, as libseccomp emits it for
// the target's byte order, must see high = 0x11223344 and low = 0x55667788.
TEST_P(WordOrderTest, FilterSeesArgHalvesInTargetOrder) {
  const WordOrderCase& c = GetParam();
  const Abi& abi = GetAbi(c.abi);
  absl::StatusOr<SeccompData> data =
      BuildSeccompData(abi, "openat", {0, kArg1, 0}, 0x1000);
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->nr, c.openat_nr);
  EXPECT_EQ(data->arch, abi.audit_arch);
  const SeccompBytes bytes = ToBytes(*data, abi.byte_order);
  EXPECT_THAT(std::vector<uint8_t>(bytes.begin() + 24, bytes.begin() + 32),
              ElementsAreArray(c.arg1_bytes));
  const SeccompWords words = ToWords(*data, abi.byte_order);
  EXPECT_EQ(words[c.high_offset / 4], 0x11223344u);
  EXPECT_EQ(words[c.low_offset / 4], 0x55667788u);

  using namespace bpf;  // NOLINT: opcode constants
  auto filter = [](uint32_t high_offset, uint32_t low_offset) {
    return std::vector<Instruction>{
        Stmt(kLd | kW | kAbs, high_offset),      // A = args[1] high
        Jump(kJmp | kJeq | kK, 0x11223344, 0, 3),  // if A != high goto errno
        Stmt(kLd | kW | kAbs, low_offset),       // A = args[1] low
        Jump(kJmp | kJeq | kK, 0x55667788, 0, 1),  // if A != low goto errno
        Stmt(kRet | kK, kAllow),                 // ALLOW
        Stmt(kRet | kK, kErrnoEperm),            // ERRNO(EPERM)
    };
  };
  absl::StatusOr<Program> right = ValidateFilter(filter(c.high_offset, c.low_offset));
  ASSERT_TRUE(right.ok()) << right.status();
  EXPECT_EQ(RunFilter(*right, words).value, kAllow);
  // The other byte order's offsets see the halves swapped.
  absl::StatusOr<Program> wrong = ValidateFilter(filter(c.low_offset, c.high_offset));
  ASSERT_TRUE(wrong.ok()) << wrong.status();
  EXPECT_EQ(RunFilter(*wrong, words).value, kErrnoEperm);
}

INSTANTIATE_TEST_SUITE_P(
    BigAndLittleEndian, WordOrderTest,
    ::testing::Values(
        WordOrderCase{"s390x", 288,
                      {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88}, 24, 28},
        WordOrderCase{"ppc64", 286,
                      {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88}, 24, 28},
        WordOrderCase{"mips64", 5247,
                      {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88}, 24, 28},
        WordOrderCase{"x86_64", 257,
                      {0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11}, 28, 24},
        WordOrderCase{"aarch64", 56,
                      {0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11}, 28, 24}),
    [](const ::testing::TestParamInfo<WordOrderCase>& info) {
      return info.param.abi;
    });

// A 32-bit big-endian task's argument value sits in the word at 20+8i (§10).
TEST(SeccompDataBuilderTest, PpcCompatArgumentIsMaskedAndInSecondWord) {
  absl::StatusOr<SeccompData> data = BuildSeccompData(
      GetAbi("ppc"), "write", {0xffffffff00000001, 0xdeadbeef}, 0x10000000,
      ExecutionMode::kCompat);
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->arch, 0x00000014u);
  EXPECT_EQ(data->nr, 4);
  EXPECT_EQ(data->args[0], 1u);  // compat_arg masked to 32 bits
  const SeccompWords words = ToWords(*data, ByteOrder::kBig);
  EXPECT_EQ(words[4], 0u);
  EXPECT_EQ(words[5], 1u);
  EXPECT_EQ(words[7], 0xdeadbeefu);
}

TEST(SeccompDataBuilderTest, MipsNumbersIncludeAbiBase) {
  EXPECT_EQ(BuildSeccompData(GetAbi("mipsel"), "exit", {}, 0)->nr, 4001);
  EXPECT_EQ(BuildSeccompData(GetAbi("mipsel64"), "exit", {}, 0)->nr, 5058);
  EXPECT_EQ(BuildSeccompData(GetAbi("mipsel64n32"), "exit", {}, 0)->nr, 6058);
}

TEST(SeccompDataBuilderTest, X32NumbersCarryX32BitAndSameArch) {
  absl::StatusOr<SeccompData> data =
      BuildSeccompData(GetAbi("x32"), "rt_sigaction", {}, 0);
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(data->nr, 0x40000000 | 512);
  EXPECT_EQ(data->arch, 0xC000003Eu);
}

TEST(SeccompDataBuilderTest, Ia32CompatIsI386WithZeroHighHalves) {
  absl::StatusOr<SeccompData> data =
      BuildSeccompData(GetAbi("ia32"), "read", {3, 0xffffd000, 4096},
                       0xf7fd1234, ExecutionMode::kCompat);
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(data->arch, 0x40000003u);
  EXPECT_EQ(data->nr, 3);
  EXPECT_EQ(data->args[1], 0xffffd000u);  // never sign-extended on x86-64
  EXPECT_EQ(data->instruction_pointer, 0xf7fd1234u);
}

TEST(SeccompDataBuilderTest, RiscV32CompatReportsRiscV64) {
  absl::StatusOr<SeccompData> data = BuildSeccompData(
      GetAbi("riscv32"), "read", {}, 0, ExecutionMode::kCompat);
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(data->arch, 0xC00000F3u);
}

TEST(SeccompDataBuilderTest, MipsN32ArgumentsAreSignExtended) {
  absl::StatusOr<SeccompData> data =
      BuildSeccompData(GetAbi("mips64n32"), "read", {0x80000000}, 0);
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(data->args[0], 0xffffffff80000000u);
}

TEST(SeccompDataBuilderTest, MipsO32IndirectSyscallIsUnwrapped) {
  // syscall(__NR_write, 1, buf, 5) on o32: nr 4000 with the real nr in a0.
  absl::StatusOr<SeccompData> data =
      BuildSeccompData(GetAbi("mips"), "syscall", {4004, 1, 0x400000, 5}, 0);
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(data->nr, 4004);
  EXPECT_EQ(data->args[0], 1u);
  EXPECT_EQ(data->args[1], 0x400000u);
  EXPECT_EQ(data->args[2], 5u);
  EXPECT_EQ(data->args[5], 0u);
}

TEST(SeccompDataBuilderTest, NumbersAreUsedVerbatim) {
  absl::StatusOr<SeccompData> data = BuildSeccompData(GetAbi("x86_64"), "-1", {}, 0);
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(data->nr, -1);
  EXPECT_EQ(BuildSeccompData(GetAbi("x86_64"), "0x40000000", {}, 0)->nr,
            0x40000000);
}

TEST(SeccompDataBuilderTest, AbsentSyscallIsNotFound) {
  absl::StatusOr<SeccompData> data = BuildSeccompData(GetAbi("aarch64"), "open", {}, 0);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(data.status().message()),
              ::testing::HasSubstr("open\" is absent on ABI aarch64"));
}

TEST(SeccompDataBuilderTest, SevenArgumentsAreInvalid) {
  absl::StatusOr<SeccompData> data =
      BuildSeccompData(GetAbi("x86_64"), "read", {1, 2, 3, 4, 5, 6, 7}, 0);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(SeccompDataBuilderTest, X32NativeIsFailedPrecondition) {
  absl::StatusOr<SeccompData> data = BuildSeccompData(
      GetAbi("x32"), "read", {}, 0, ExecutionMode::kNative);
  EXPECT_EQ(data.status().code(), absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace seccomp_emu::arch
