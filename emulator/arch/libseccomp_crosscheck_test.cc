// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Cross-checks the generated syscall tables against the system libseccomp
// (Debian's, via seccomp_syscall_resolve_name_arch() and
// seccomp_syscall_resolve_num_arch()): every syscall both know, on every ABI
// both know, has the same seccomp_data.nr, in both directions.
//
// "Knows" means libseccomp returns a number >= 0. Differences that are not
// disagreements, and so are not failures:
//  * syscalls newer than the system libseccomp's table (statmount, mseal,
//    rseq_slice_yield, ...): libseccomp returns __NR_SCMP_ERROR;
//  * mips placeholder rows (unused18, reserved82, reserved221, ...): kernel
//    rows with sys_ni_syscall that libseccomp omits;
//  * direct socket and SysV IPC calls on mips o32 and s390: libseccomp maps
//    them to negative pseudo-syscalls multiplexed through socketcall(2)/ipc(2);
//  * ARM private calls (__ARM_NR_BASE + 1..6): both know them and must agree.
// Real disagreements are listed in kExceptions with the reason.
#include <seccomp.h>

#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "emulator/arch/abi.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu::arch {
namespace {

using ::testing::Gt;

// (ABI, syscall) pairs where libseccomp and the committed kernel tables
// disagree, and why.
const std::set<std::pair<std::string, std::string>>& Exceptions() {
  static const auto* kExceptions = new std::set<std::pair<std::string, std::string>>{
      // Mainline "parisc: _llseek syscall is only available for 32-bit
      // userspace" (v7.1-rc) retagged row 140 `32`; libseccomp before its
      // v7.1.0-rc4 table update still lists parisc64 _llseek = 140.
      {"parisc64", "_llseek"},
  };
  return *kExceptions;
}

// ABIs libseccomp supports only in versions newer than Debian's 2.5.4.
const std::set<std::string>& NewerLibseccompArches() {
  static const auto* kArches =
      new std::set<std::string>{"loongarch64", "m68k", "sh", "sheb"};
  return *kArches;
}

int LibseccompNr(uint32_t token, const char* name) {
  const int nr = seccomp_syscall_resolve_name_arch(token, name);
  return nr < 0 ? -1 : nr;
}

std::string LibseccompName(uint32_t token, int nr) {
  char* name = seccomp_syscall_resolve_num_arch(token, nr);
  if (name == nullptr) return "";
  std::string out(name);
  free(name);
  return out;
}

bool IsException(const Abi& abi, const std::string& name) {
  return Exceptions().count({std::string(abi.name), name}) > 0;
}

std::vector<const Abi*> LibseccompAbis() {
  std::vector<const Abi*> out;
  for (const Abi& abi : AllAbis()) {
    if (!abi.libseccomp_name.empty()) out.push_back(&abi);
  }
  return out;
}

class LibseccompCrossCheckTest : public ::testing::TestWithParam<const Abi*> {
 protected:
  // Returns libseccomp's token for the ABI, or 0 (test skipped) if this
  // libseccomp predates the arch.
  uint32_t Token() {
    const Abi& abi = *GetParam();
    const uint32_t token =
        seccomp_arch_resolve_name(std::string(abi.libseccomp_name).c_str());
    if (token == 0) {
      EXPECT_EQ(NewerLibseccompArches().count(std::string(abi.name)), 1u)
          << "libseccomp does not know " << abi.libseccomp_name;
    }
    return token;
  }
};

// libseccomp's arch token is the AUDIT_ARCH value, except x32's
// (EM_X86_64 | __AUDIT_ARCH_LE), which never appears in seccomp_data.
TEST_P(LibseccompCrossCheckTest, ArchTokenIsAuditArch) {
  const Abi& abi = *GetParam();
  const uint32_t token = Token();
  if (token == 0) GTEST_SKIP() << "libseccomp predates " << abi.name;
  if (abi.name == "x32") {
    EXPECT_EQ(token, 0x4000003Eu);
  } else {
    EXPECT_EQ(token, abi.audit_arch);
  }
}

// Every syscall of the generated table that libseccomp knows on this arch
// resolves to the same seccomp_data.nr.
TEST_P(LibseccompCrossCheckTest, NamesResolveToSameNumber) {
  const Abi& abi = *GetParam();
  const uint32_t token = Token();
  if (token == 0) GTEST_SKIP() << "libseccomp predates " << abi.name;
  const SyscallTable& table = abi.Table();
  int both = 0;
  for (const SyscallEntry& e : table.Entries()) {
    const int nr = LibseccompNr(token, e.name);
    if (nr < 0) continue;
    ++both;
    if (IsException(abi, e.name)) continue;
    EXPECT_EQ(nr, table.SeccompNr(e)) << e.name;
  }
  EXPECT_THAT(both, Gt(300));
}

// Every number libseccomp names on this arch (the whole table range, and the
// ARM private range) is the same syscall here, or one the tables lack.
TEST_P(LibseccompCrossCheckTest, NumbersResolveToSameName) {
  const Abi& abi = *GetParam();
  const uint32_t token = Token();
  if (token == 0) GTEST_SKIP() << "libseccomp predates " << abi.name;
  const SyscallTable& table = abi.Table();
  std::vector<int32_t> candidates;
  for (int32_t i = 0; i < 1200; ++i) {
    candidates.push_back(static_cast<int32_t>(
        static_cast<uint32_t>(i + table.nr_offset) | table.nr_or));
  }
  for (int32_t i = 0x0f0000; i < 0x0f0010; ++i) candidates.push_back(i);
  std::vector<std::string> lib_only;
  for (int32_t nr : candidates) {
    const std::string name = LibseccompName(token, nr);
    if (name.empty()) continue;
    if (IsException(abi, name)) {
      lib_only.push_back(name);
      continue;
    }
    const SyscallEntry* by_nr = table.FindBySeccompNr(nr);
    ASSERT_NE(by_nr, nullptr) << "libseccomp knows " << name << " = " << nr;
    EXPECT_EQ(name, by_nr->name) << nr;
  }
  for (const std::string& name : lib_only) {
    EXPECT_TRUE(IsException(abi, name)) << name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    AllAbis, LibseccompCrossCheckTest, ::testing::ValuesIn(LibseccompAbis()),
    [](const ::testing::TestParamInfo<const Abi*>& info) {
      return std::string(info.param->name);
    });

}  // namespace
}  // namespace seccomp_emu::arch
