// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Symbols over the ABI registry (see registry_symbols.h).
#include "emulator/arch/registry_symbols.h"

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "emulator/arch/abi.h"

namespace seccomp_emu::arch {

std::optional<std::string> RegistrySymbols::ArchName(uint32_t audit_arch) const {
  for (const Abi* abi : FindAbiByAuditArch(audit_arch)) {
    if (abi->audit_arch != audit_arch) continue;  // only compat-reported
    return std::string(abi->kernel_name.empty() ? abi->name : abi->kernel_name);
  }
  return std::nullopt;
}

std::optional<uint32_t> RegistrySymbols::ArchValue(absl::string_view name) const {
  absl::StatusOr<const Abi*> abi = FindAbi(name);
  if (!abi.ok()) return std::nullopt;
  return (*abi)->audit_arch;
}

std::optional<std::string> RegistrySymbols::SyscallName(uint32_t audit_arch,
                                                        int32_t nr) const {
  // x86_64 then x32; riscv64 then riscv32 compat (which reports RISCV64).
  for (const Abi* abi : FindAbiByAuditArch(audit_arch)) {
    if (const SyscallEntry* e = abi->Table().FindBySeccompNr(nr)) {
      return std::string(e->name);
    }
  }
  return std::nullopt;
}

std::optional<int32_t> RegistrySymbols::SyscallNumber(
    uint32_t audit_arch, absl::string_view name) const {
  for (const Abi* abi : FindAbiByAuditArch(audit_arch)) {
    absl::StatusOr<int32_t> nr = SyscallNr(*abi, name);
    if (nr.ok()) return *nr;
  }
  return std::nullopt;
}

const Symbols& DefaultSymbols() {
  static const auto* kSymbols = new RegistrySymbols();
  return *kSymbols;
}

}  // namespace seccomp_emu::arch
