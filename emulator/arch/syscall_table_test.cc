// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Checks the generated syscall tables against the committed kernel tables,
// read by a parser of this test's own (independent of tools/gen_syscalls.py).
// The tag sets are transcribed from third_party/linux-syscalls/ABIS.md.
#include "emulator/arch/syscall_table.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "absl/strings/numbers.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu::arch {
namespace {

using ::testing::IsNull;
using ::testing::NotNull;

std::string DataPath(const std::string& file) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  std::string base = srcdir ? std::string(srcdir) + "/seccomp_emu/" : "";
  return base + "third_party/linux-syscalls/" + file;
}

struct Expected {
  std::string file;
  std::set<std::string> tags;  // empty = every row
  int32_t offset = 0;
  uint32_t nr_or = 0;
};

// table id -> (file, tags, transform), from ABIS.md "Seccomp-capable
// architectures and ABIs".
const std::map<std::string, Expected>& ExpectedTables() {
  static const auto* kTables = new std::map<std::string, Expected>{
      {"x86_64", {"arch__x86__entry__syscalls__syscall_64.tbl", {"common", "64"}}},
      {"x32",
       {"arch__x86__entry__syscalls__syscall_64.tbl", {"common", "x32"}, 0,
        0x40000000u}},
      {"i386", {"arch__x86__entry__syscalls__syscall_32.tbl", {"i386"}}},
      {"arm", {"arch__arm__tools__syscall.tbl", {"common", "eabi"}}},
      {"aarch64",
       {"scripts__syscall.tbl",
        {"common", "64", "renameat", "newstat", "rlimit", "memfd_secret"}}},
      {"riscv64",
       {"scripts__syscall.tbl",
        {"common", "64", "riscv", "newstat", "rlimit", "memfd_secret"}}},
      {"riscv32",
       {"scripts__syscall.tbl", {"common", "32", "riscv", "memfd_secret"}}},
      {"loongarch64",
       {"scripts__syscall.tbl", {"common", "64", "memfd_secret"}}},
      {"csky",
       {"scripts__syscall.tbl",
        {"common", "32", "csky", "time32", "stat64", "rlimit"}}},
      {"m68k", {"arch__m68k__kernel__syscalls__syscall.tbl", {"common"}}},
      {"mips_o32", {"arch__mips__kernel__syscalls__syscall_o32.tbl", {}, 4000}},
      {"mips_n64", {"arch__mips__kernel__syscalls__syscall_n64.tbl", {}, 5000}},
      {"mips_n32", {"arch__mips__kernel__syscalls__syscall_n32.tbl", {}, 6000}},
      {"parisc", {"arch__parisc__kernel__syscalls__syscall.tbl", {"common", "32"}}},
      {"parisc64",
       {"arch__parisc__kernel__syscalls__syscall.tbl", {"common", "64"}}},
      {"ppc",
       {"arch__powerpc__kernel__syscalls__syscall.tbl", {"common", "nospu", "32"}}},
      {"ppc64",
       {"arch__powerpc__kernel__syscalls__syscall.tbl", {"common", "nospu", "64"}}},
      {"s390x", {"arch__s390__kernel__syscalls__syscall.tbl", {"common"}}},
      {"s390", {"s390_31bit_v6.18.csv", {}}},
      {"sh", {"arch__sh__kernel__syscalls__syscall.tbl", {"common"}}},
      {"xtensa", {"arch__xtensa__kernel__syscalls__syscall.tbl", {"common"}}},
  };
  return *kTables;
}

// Returns name -> number of the selected rows.
std::map<std::string, int32_t> LoadRows(const Expected& want) {
  std::ifstream in(DataPath(want.file));
  EXPECT_TRUE(in.good()) << DataPath(want.file);
  std::map<std::string, int32_t> rows;
  std::string line;
  const bool csv = want.file.size() > 4 &&
                   want.file.compare(want.file.size() - 4, 4, ".csv") == 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    if (csv) {
      f = absl::StrSplit(line, ',');
    } else {
      f = absl::StrSplit(line, absl::ByAnyChar(" \t"), absl::SkipEmpty());
    }
    if (f.empty()) continue;
    int32_t nr = 0;
    if (csv) {
      if (f.size() != 2 || f[1] == "PNR") continue;
      EXPECT_TRUE(absl::SimpleAtoi(f[1], &nr)) << line;
      rows[f[0]] = nr;
      continue;
    }
    EXPECT_GE(f.size(), 3u) << line;
    EXPECT_TRUE(absl::SimpleAtoi(f[0], &nr)) << line;
    if (!want.tags.empty() && want.tags.count(f[1]) == 0) continue;
    EXPECT_EQ(rows.count(f[2]), 0u) << "duplicate " << f[2];
    rows[f[2]] = nr;
  }
  return rows;
}

// Every generated (table, name, number) is a selected kernel row and every
// selected kernel row is generated, with the ABI's nr transform.
TEST(SyscallTableTest, MatchesCommittedKernelTables) {
  ASSERT_EQ(GeneratedSyscallTables().size(), ExpectedTables().size());
  for (const auto& [id, want] : ExpectedTables()) {
    SCOPED_TRACE(id);
    const SyscallTable* table = FindSyscallTable(id);
    ASSERT_THAT(table, NotNull());
    EXPECT_EQ(table->nr_offset, want.offset);
    EXPECT_EQ(table->nr_or, want.nr_or);
    std::map<std::string, int32_t> rows = LoadRows(want);
    size_t from_table = 0;
    for (const SyscallEntry& e : table->Entries()) {
      if (e.origin == SyscallEntry::Origin::kArmPrivate) continue;
      ++from_table;
      auto it = rows.find(e.name);
      ASSERT_NE(it, rows.end()) << e.name << " is not a selected row";
      EXPECT_EQ(e.number, it->second) << e.name;
      const int32_t nr = static_cast<int32_t>(
          static_cast<uint32_t>(it->second + want.offset) | want.nr_or);
      EXPECT_EQ(table->SeccompNr(e), nr) << e.name;
      EXPECT_EQ(table->FindByName(e.name), &e);
      EXPECT_EQ(table->FindBySeccompNr(nr), &e);
    }
    EXPECT_EQ(from_table, rows.size());
  }
}

// The counts cross-checked in third_party/linux-syscalls/SOURCES notes.
TEST(SyscallTableTest, RowCountsMatchLibseccompCrossCheck) {
  const std::map<std::string, size_t> kCounts = {
      {"i386", 461},    {"x86_64", 385},  {"x32", 374},    {"aarch64", 327},
      {"m68k", 443},    {"parisc", 407},  {"parisc64", 386}, {"ppc", 452},
      {"ppc64", 424},   {"riscv64", 328}, {"s390x", 390},  {"sh", 436},
      {"arm", 424 + 6}, {"mips_o32", 445}, {"mips_n64", 375}, {"mips_n32", 399},
      {"loongarch64", 324}};
  for (const auto& [id, count] : kCounts) {
    ASSERT_THAT(FindSyscallTable(id), NotNull()) << id;
    EXPECT_EQ(FindSyscallTable(id)->size, count) << id;
  }
}

TEST(SyscallTableTest, AbsentSyscallIsNull) {
  // open(2) has no row in the generic table; _llseek is 32-bit only on parisc
  // since "parisc: _llseek syscall is only available for 32-bit userspace".
  EXPECT_THAT(FindSyscallTable("aarch64")->FindByName("open"), IsNull());
  EXPECT_THAT(FindSyscallTable("parisc64")->FindByName("_llseek"), IsNull());
  EXPECT_THAT(FindSyscallTable("parisc")->FindByName("_llseek"), NotNull());
  // 64-bit-only rows are not in x32 (ABIS.md trap 1).
  EXPECT_THAT(FindSyscallTable("x32")->FindBySeccompNr(0x40000000 | 13),
              IsNull());
  EXPECT_THAT(FindSyscallTable("x32")->FindBySeccompNr(0x40000000 | 512),
              NotNull());
}

TEST(SyscallTableTest, AliasesResolveEntryPoints) {
  const SyscallEntry* e = FindSyscallTable("x86_64")->FindByAlias("sys_newfstatat");
  ASSERT_THAT(e, NotNull());
  EXPECT_STREQ(e->name, "newfstatat");
  e = FindSyscallTable("x32")->FindByAlias("compat_sys_execve");
  ASSERT_THAT(e, NotNull());
  EXPECT_STREQ(e->name, "execve");
  // Shared entry points are not aliases.
  EXPECT_THAT(FindSyscallTable("arm")->FindByAlias("sys_ni_syscall"), IsNull());
}

TEST(SyscallTableTest, ArmPrivateSyscallsUseArmNrBase) {
  const SyscallEntry* e = FindSyscallTable("arm")->FindByName("set_tls");
  ASSERT_THAT(e, NotNull());
  EXPECT_EQ(e->number, 0x0f0005);
  EXPECT_EQ(e->origin, SyscallEntry::Origin::kArmPrivate);
}

}  // namespace
}  // namespace seccomp_emu::arch
