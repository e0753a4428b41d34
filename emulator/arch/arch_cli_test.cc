// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
#include "emulator/arch/arch_cli.h"

#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu::arch {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

TEST(ArchCliTest, ResolvesNamesAndNumbers) {
  std::ostringstream out;
  const std::vector<std::string> queries = {"openat", "60", "sys_newfstatat"};
  EXPECT_TRUE(PrintSyscalls("amd64", queries, false, out).ok());
  EXPECT_EQ(out.str(),
            "# x86_64 (AUDIT_ARCH_X86_64): arch/x86/entry/syscalls/syscall_64.tbl\n"
            "openat\t257\n"
            "exit\t60\n"
            "newfstatat\t262\n");
}

TEST(ArchCliTest, ListsWholeTable) {
  std::ostringstream out;
  EXPECT_TRUE(PrintSyscalls("mips", {}, false, out).ok());
  EXPECT_THAT(out.str(), StartsWith("# mips (AUDIT_ARCH_MIPS): "));
  EXPECT_THAT(out.str(), HasSubstr("\n4001\texit\tsys_exit\n"));
}

TEST(ArchCliTest, JsonResults) {
  std::ostringstream out;
  const std::vector<std::string> queries = {"read", "nosuch"};
  absl::Status status = PrintSyscalls("x32", queries, true, out);
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(status.message()), HasSubstr("nosuch"));
  EXPECT_THAT(out.str(),
              StartsWith("{\"arch\":\"x32\",\"audit_arch\":\"0xc000003e\","
                         "\"results\":[{\"query\":\"read\",\"name\":\"read\","
                         "\"nr\":1073741824,\"table_nr\":0,"));
  EXPECT_THAT(out.str(), HasSubstr("{\"query\":\"nosuch\",\"error\":"));
}

TEST(ArchCliTest, UnknownArchPrintsNothing) {
  std::ostringstream out;
  absl::Status status = PrintSyscalls("vax", {}, false, out);
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(out.str(), "");
}

TEST(ArchCliTest, ArchesListsEveryAbi) {
  std::ostringstream text;
  EXPECT_TRUE(PrintArches(false, text).ok());
  EXPECT_THAT(text.str(), HasSubstr("x86_64       0xc000003e little 64-bit -"));
  EXPECT_THAT(text.str(), HasSubstr("compat:x86_64"));
  std::ostringstream json;
  EXPECT_TRUE(PrintArches(true, json).ok());
  EXPECT_THAT(json.str(), StartsWith("[{\"name\":\"x86_64\""));
  EXPECT_THAT(json.str(), HasSubstr("\"goarch\":\"arm64\""));
  EXPECT_THAT(json.str(), Not(HasSubstr(",]")));
}

}  // namespace
}  // namespace seccomp_emu::arch
