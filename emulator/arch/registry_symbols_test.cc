// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
#include "emulator/arch/registry_symbols.h"

#include <optional>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu::arch {
namespace {

using ::testing::Eq;
using ::testing::Optional;

TEST(RegistrySymbolsTest, ArchNamesUseKernelSpelling) {
  const Symbols& s = DefaultSymbols();
  EXPECT_THAT(s.ArchName(0xC000003E), Optional(Eq("x86_64")));
  EXPECT_THAT(s.ArchName(0x40000003), Optional(Eq("i386")));
  EXPECT_THAT(s.ArchName(0xC00000B7), Optional(Eq("aarch64")));
  EXPECT_THAT(s.ArchName(0x4000002A), Optional(Eq("sh")));
  EXPECT_EQ(s.ArchName(0x00000028), std::nullopt);  // ARMEB
}

TEST(RegistrySymbolsTest, ArchValueAcceptsEverySpelling) {
  const Symbols& s = DefaultSymbols();
  for (const char* name : {"x86_64", "amd64", "SCMP_ARCH_X86_64", "AUDIT_ARCH_X86_64"}) {
    EXPECT_THAT(s.ArchValue(name), Optional(Eq(0xC000003Eu))) << name;
  }
  EXPECT_EQ(s.ArchValue("pdp11"), std::nullopt);
}

TEST(RegistrySymbolsTest, SyscallNamesSearchEveryAbiOfTheArch) {
  const Symbols& s = DefaultSymbols();
  EXPECT_THAT(s.SyscallName(0xC000003E, 257), Optional(Eq("openat")));
  EXPECT_THAT(s.SyscallName(0xC000003E, 0x40000000 | 512),
              Optional(Eq("rt_sigaction")));  // x32
  EXPECT_THAT(s.SyscallName(0x00000008, 4001), Optional(Eq("exit")));
  EXPECT_EQ(s.SyscallName(0x00000008, 1), std::nullopt);  // no base
  EXPECT_EQ(s.SyscallName(0xC000003E, -1), std::nullopt);
  EXPECT_THAT(s.SyscallName(0x40000028, 0xf0005), Optional(Eq("set_tls")));
}

TEST(RegistrySymbolsTest, SyscallNumberPrefersNativeAbi) {
  const Symbols& s = DefaultSymbols();
  EXPECT_THAT(s.SyscallNumber(0xC000003E, "read"), Optional(Eq(0)));
  EXPECT_THAT(s.SyscallNumber(0xC000003E, "sys_newfstatat"), Optional(Eq(262)));
  EXPECT_THAT(s.SyscallNumber(0x80000008, "read"), Optional(Eq(5000)));
  EXPECT_EQ(s.SyscallNumber(0xC00000B7, "open"), std::nullopt);
}

}  // namespace
}  // namespace seccomp_emu::arch
