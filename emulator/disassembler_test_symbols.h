// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// A small, fixed Symbols implementation for the disassembler and assembler
// tests: three arches and a handful of syscalls, independent of the ABI
// registry in emulator/arch.
#ifndef SECCOMP_EMU_EMULATOR_DISASSEMBLER_TEST_SYMBOLS_H_
#define SECCOMP_EMU_EMULATOR_DISASSEMBLER_TEST_SYMBOLS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "emulator/symbols.h"

namespace seccomp_emu {

inline constexpr uint32_t kTestArchX86_64 = 0xc000003e;
inline constexpr uint32_t kTestArchI386 = 0x40000003;
inline constexpr uint32_t kTestArchAarch64 = 0xc00000b7;
// x32 syscalls report arch X86_64 with bit 30 set in nr.
inline constexpr int32_t kTestX32Bit = 0x40000000;

// TestSymbols
//
// x86_64 (with x32 names under the same AUDIT_ARCH), i386 and aarch64.
class TestSymbols : public Symbols {
 public:
  std::optional<std::string> ArchName(uint32_t audit_arch) const override {
    for (const auto& [name, value] : Arches()) {
      if (value == audit_arch) return name;
    }
    return std::nullopt;
  }

  std::optional<uint32_t> ArchValue(absl::string_view name) const override {
    for (const auto& [arch_name, value] : Arches()) {
      if (arch_name == name) return value;
    }
    if (name == "amd64" || name == "AUDIT_ARCH_X86_64") return kTestArchX86_64;
    if (name == "AUDIT_ARCH_I386") return kTestArchI386;
    return std::nullopt;
  }

  std::optional<std::string> SyscallName(uint32_t audit_arch,
                                         int32_t nr) const override {
    for (const Syscall& s : Syscalls()) {
      if (s.arch != audit_arch) continue;
      if (s.nr == nr) return s.name;
      // The x32 ABI shares AUDIT_ARCH_X86_64 and sets bit 30.
      if (audit_arch == kTestArchX86_64 && (s.nr | kTestX32Bit) == nr) {
        return s.name;
      }
    }
    return std::nullopt;
  }

  std::optional<int32_t> SyscallNumber(uint32_t audit_arch,
                                       absl::string_view name) const override {
    for (const Syscall& s : Syscalls()) {
      if (s.arch == audit_arch && s.name == name) return s.nr;
    }
    return std::nullopt;
  }

 private:
  struct Syscall {
    uint32_t arch;
    int32_t nr;
    const char* name;
  };

  static const std::vector<std::pair<std::string, uint32_t>>& Arches() {
    static const auto* arches = new std::vector<std::pair<std::string, uint32_t>>{
        {"x86_64", kTestArchX86_64},
        {"i386", kTestArchI386},
        {"aarch64", kTestArchAarch64}};
    return *arches;
  }

  static const std::vector<Syscall>& Syscalls() {
    static const auto* syscalls = new std::vector<Syscall>{
        {kTestArchX86_64, 0, "read"},      {kTestArchX86_64, 1, "write"},
        {kTestArchX86_64, 2, "open"},      {kTestArchX86_64, 3, "close"},
        {kTestArchX86_64, 59, "execve"},   {kTestArchX86_64, 231, "exit_group"},
        {kTestArchX86_64, 257, "openat"},  {kTestArchI386, 3, "read"},
        {kTestArchI386, 4, "write"},       {kTestArchI386, 5, "open"},
        {kTestArchI386, 6, "close"},       {kTestArchI386, 11, "execve"},
        {kTestArchI386, 252, "exit_group"}, {kTestArchAarch64, 56, "openat"},
        {kTestArchAarch64, 57, "close"},   {kTestArchAarch64, 63, "read"},
        {kTestArchAarch64, 64, "write"},   {kTestArchAarch64, 221, "execve"}};
    return *syscalls;
  }
};

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_DISASSEMBLER_TEST_SYMBOLS_H_
