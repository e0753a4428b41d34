// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// RegistrySymbols: the seccomp_emu::Symbols interface (emulator/symbols.h)
// answered from the ABI registry and the generated syscall tables.
#ifndef SECCOMP_EMU_EMULATOR_ARCH_REGISTRY_SYMBOLS_H_
#define SECCOMP_EMU_EMULATOR_ARCH_REGISTRY_SYMBOLS_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "emulator/symbols.h"

namespace seccomp_emu::arch {

// RegistrySymbols
//
// Stateless and thread-safe. ArchName() returns the kernel's spelling
// ("x86_64", "i386", "aarch64") where it has one, else the registry name.
class RegistrySymbols final : public Symbols {
 public:
  std::optional<std::string> ArchName(uint32_t audit_arch) const override;
  std::optional<uint32_t> ArchValue(absl::string_view name) const override;
  std::optional<std::string> SyscallName(uint32_t audit_arch,
                                         int32_t nr) const override;
  std::optional<int32_t> SyscallNumber(uint32_t audit_arch,
                                       absl::string_view name) const override;
};

// DefaultSymbols
//
// Returns a process-wide RegistrySymbols.
const Symbols& DefaultSymbols();

}  // namespace seccomp_emu::arch

#endif  // SECCOMP_EMU_EMULATOR_ARCH_REGISTRY_SYMBOLS_H_
