// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
#include "emulator/arch/abi.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu::arch {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

const Abi& GetAbi(absl::string_view name) {
  absl::StatusOr<const Abi*> abi = FindAbi(name);
  EXPECT_TRUE(abi.ok()) << abi.status();
  return **abi;
}

// Issue 4's list of ABIs, each by its registry name.
TEST(AbiTest, RegistryCoversEverySeccompAbi) {
  std::set<std::string> names;
  for (const Abi& abi : AllAbis()) names.insert(std::string(abi.name));
  EXPECT_EQ(names, (std::set<std::string>{
                       "x86_64", "x32", "x86", "arm", "aarch64", "mips",
                       "mipsel", "mips64", "mipsel64", "mips64n32",
                       "mipsel64n32", "ppc", "ppc64", "ppc64le", "s390", "s390x",
                       "riscv32", "riscv64", "loongarch64", "parisc", "parisc64",
                       "sh", "sheb", "m68k", "csky", "xtensa"}));
}

// Every AUDIT_ARCH value and its LE/64-bit flags match include/uapi/linux/
// audit.h as transcribed in third_party/linux-syscalls/audit_arch.csv.
TEST(AbiTest, AuditArchValuesMatchAuditH) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  std::ifstream in(std::string(srcdir ? srcdir : ".") +
                   "/seccomp_emu/third_party/linux-syscalls/audit_arch.csv");
  ASSERT_TRUE(in.good());
  std::map<std::string, uint32_t> values;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f = absl::StrSplit(line, ',');
    ASSERT_THAT(f, SizeIs(4)) << line;
    uint32_t v = 0;
    ASSERT_TRUE(absl::SimpleHexAtoi(f[1], &v)) << line;
    values[f[0]] = v;
  }
  for (const Abi& abi : AllAbis()) {
    SCOPED_TRACE(abi.name);
    ASSERT_EQ(values.count(std::string(abi.audit_arch_name)), 1u);
    EXPECT_EQ(values[std::string(abi.audit_arch_name)], abi.audit_arch);
    // The LE flag follows the byte order except on xtensa (no flag on any
    // core).
    if (abi.name != "xtensa") {
      EXPECT_EQ((abi.audit_arch & kAuditArchLe) != 0,
                abi.byte_order == ByteOrder::kLittle);
    }
    // The 64-bit flag follows the register width (n32 and x32 included).
    EXPECT_EQ((abi.audit_arch & kAuditArch64Bit) != 0, abi.register_bits == 64);
    EXPECT_STREQ(abi.Table().id, std::string(abi.syscall_table).c_str());
    if (!abi.compat_host.empty()) {
      EXPECT_TRUE(FindAbi(abi.compat_host).ok());
    }
  }
}

// No spelling names two ABIs (x86_64 owns AUDIT_ARCH_X86_64, not x32).
TEST(AbiTest, EverySpellingFindsItsOwnAbi) {
  std::map<std::string, std::string> owner;
  for (const Abi& abi : AllAbis()) {
    for (const std::string& name : AbiNames(abi)) {
      const std::string key = absl::AsciiStrToLower(name);
      if (abi.name == "x32" && key == "audit_arch_x86_64") continue;
      EXPECT_TRUE(owner.emplace(key, std::string(abi.name)).second)
          << name << " names " << owner[key] << " and " << abi.name;
      absl::StatusOr<const Abi*> found = FindAbi(name);
      ASSERT_TRUE(found.ok()) << name;
      EXPECT_EQ((*found)->name, abi.name) << name;
    }
  }
}

TEST(AbiTest, FindsToolSpellings) {
  EXPECT_EQ(GetAbi("amd64").name, "x86_64");
  EXPECT_EQ(GetAbi("SCMP_ARCH_X86_64").name, "x86_64");
  EXPECT_EQ(GetAbi("AUDIT_ARCH_X86_64").name, "x86_64");
  EXPECT_EQ(GetAbi("arm64").name, "aarch64");
  EXPECT_EQ(GetAbi("386").name, "x86");
  EXPECT_EQ(GetAbi("i386").name, "x86");
  EXPECT_EQ(GetAbi("mips64le").name, "mipsel64");
  EXPECT_EQ(GetAbi("loong64").name, "loongarch64");
  EXPECT_EQ(GetAbi("SCMP_ARCH_SH").name, "sh");
  EXPECT_EQ(GetAbi("AUDIT_ARCH_SH").name, "sheb");
  EXPECT_EQ(GetAbi("0xC00000B7").name, "aarch64");
  EXPECT_EQ(GetAbi(" PPC64LE ").name, "ppc64le");
}

TEST(AbiTest, UnknownNameIsShortNotFound) {
  absl::StatusOr<const Abi*> abi = FindAbi("vax");
  EXPECT_EQ(abi.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(abi.status().message()),
              HasSubstr("unknown architecture \"vax\""));
  EXPECT_LT(abi.status().message().size(), 200u);
  EXPECT_EQ(FindAbi("0x12345678").status().code(), absl::StatusCode::kNotFound);
}

TEST(AbiTest, AuditArchLookupOrdersNativeFirst) {
  std::vector<const Abi*> x86 = FindAbiByAuditArch(0xC000003E);
  ASSERT_THAT(x86, SizeIs(2));
  EXPECT_EQ(x86[0]->name, "x86_64");
  EXPECT_EQ(x86[1]->name, "x32");
  std::vector<const Abi*> rv = FindAbiByAuditArch(0xC00000F3);
  ASSERT_THAT(rv, SizeIs(2));
  EXPECT_EQ(rv[0]->name, "riscv64");
  EXPECT_EQ(rv[1]->name, "riscv32");
  EXPECT_THAT(FindAbiByAuditArch(0x00000028), SizeIs(0));  // ARMEB: never produced
}

// kernel-spec.md §8 table.
TEST(AbiTest, StrictModeListsMatchSpec) {
  auto strict = [](absl::string_view abi, ExecutionMode mode) {
    absl::StatusOr<std::vector<int32_t>> list = StrictModeSyscalls(GetAbi(abi), mode);
    EXPECT_TRUE(list.ok()) << list.status();
    return list.value_or(std::vector<int32_t>{});
  };
  EXPECT_THAT(strict("x86_64", ExecutionMode::kNative),
              ElementsAre(0, 1, 60, 15, 335, 336));
  EXPECT_THAT(strict("x86", ExecutionMode::kNative), ElementsAre(3, 4, 1, 119));
  EXPECT_THAT(strict("x86", ExecutionMode::kCompat), ElementsAre(3, 4, 1, 119));
  // x32 is compared with the ia32 list: nothing can match.
  EXPECT_THAT(strict("x32", ExecutionMode::kDefault), ElementsAre(3, 4, 1, 119));
  EXPECT_THAT(strict("aarch64", ExecutionMode::kNative),
              ElementsAre(63, 64, 93, 139));
  EXPECT_THAT(strict("arm", ExecutionMode::kCompat), ElementsAre(3, 4, 1, 173));
  EXPECT_THAT(strict("mips", ExecutionMode::kNative),
              ElementsAre(4003, 4004, 4001, 4193));
  EXPECT_THAT(strict("mipsel", ExecutionMode::kCompat),
              ElementsAre(4003, 4004, 4001, 4193));
  EXPECT_THAT(strict("mips64n32", ExecutionMode::kCompat),
              ElementsAre(6000, 6001, 6058, 6211));
  EXPECT_THAT(strict("mips64", ExecutionMode::kNative),
              ElementsAre(5000, 5001, 5058, 5211));
  EXPECT_THAT(strict("ppc", ExecutionMode::kCompat), ElementsAre(3, 4, 1, 119));
  EXPECT_THAT(strict("ppc64", ExecutionMode::kNative), ElementsAre(3, 4, 1, 172));
  EXPECT_THAT(strict("s390x", ExecutionMode::kNative), ElementsAre(3, 4, 1, 119));
  for (const Abi& abi : AllAbis()) {
    EXPECT_TRUE(StrictModeSyscalls(abi, ExecutionMode::kDefault).ok()) << abi.name;
  }
}

TEST(AbiTest, ModesFollowCompatHosts) {
  EXPECT_EQ(ResolveMode(GetAbi("x32"), ExecutionMode::kDefault).value(),
            ExecutionMode::kCompat);
  EXPECT_EQ(ResolveMode(GetAbi("x86_64"), ExecutionMode::kCompat).status().code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(GetAbi("x86").compat_host, "x86_64");
  EXPECT_EQ(GetAbi("arm").compat_host, "aarch64");
  EXPECT_EQ(GetAbi("s390").compat_host, "s390x");
  EXPECT_EQ(Widening(GetAbi("s390"), ExecutionMode::kCompat).value(),
            ArgWidening::kZeroExtend32);
  EXPECT_EQ(Widening(GetAbi("x86"), ExecutionMode::kCompat).value(),
            ArgWidening::kRawRegister);
}

TEST(AbiTest, ErrnoAndSignalNumberingDiffers) {
  EXPECT_EQ(ErrnoNumber(ErrnoFlavor::kGeneric, "ENOSYS").value(), 38);
  EXPECT_EQ(ErrnoNumber(ErrnoFlavor::kMips, "ENOSYS").value(), 89);
  EXPECT_EQ(ErrnoNumber(ErrnoFlavor::kParisc, "ENOSYS").value(), 251);
  EXPECT_EQ(ErrnoNumber(ErrnoFlavor::kMips, "EPERM").value(), 1);
  EXPECT_EQ(ErrnoName(ErrnoFlavor::kMips, 122).value(), "EOPNOTSUPP");
  EXPECT_EQ(ErrnoNumber(ErrnoFlavor::kGeneric, "EWHAT").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(GetAbi("mips64").sigsys, 12);
  EXPECT_EQ(GetAbi("mips64").errno_flavor, ErrnoFlavor::kMips);
  EXPECT_EQ(GetAbi("parisc").errno_flavor, ErrnoFlavor::kParisc);
  EXPECT_EQ(GetAbi("parisc").sigsys, 31);
  EXPECT_EQ(GetAbi("x86_64").sigsys, 31);
}

TEST(AbiTest, FindSyscallAcceptsNamesAliasesAndNumbers) {
  const Abi& x64 = GetAbi("x86_64");
  EXPECT_EQ(SyscallNr(x64, "newfstatat").value(), 262);
  EXPECT_EQ(SyscallNr(x64, "sys_newfstatat").value(), 262);
  EXPECT_EQ(SyscallNr(GetAbi("x86"), "llseek").value(), 140);  // sys_llseek
  EXPECT_STREQ(FindSyscall(x64, "262").value()->name, "newfstatat");
  EXPECT_STREQ(FindSyscall(GetAbi("x32"), "0x40000200").value()->name,
               "rt_sigaction");
  EXPECT_EQ(SyscallNameForNr(GetAbi("mips"), 4001).value(), "exit");
  absl::StatusOr<int32_t> absent = SyscallNr(GetAbi("aarch64"), "open");
  EXPECT_EQ(absent.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(absent.status().message()),
              HasSubstr("absent on ABI aarch64"));
  EXPECT_EQ(FindSyscall(x64, "9999").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace seccomp_emu::arch
