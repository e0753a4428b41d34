// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Names for architectures (AUDIT_ARCH values) and syscall numbers, as used by the
// disassembler and assembler. The ABI registry in emulator/arch implements it.
#ifndef SECCOMP_EMU_EMULATOR_SYMBOLS_H_
#define SECCOMP_EMU_EMULATOR_SYMBOLS_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace seccomp_emu {

// Symbols
//
// Read-only name lookups. Implementations must be thread-compatible.
class Symbols {
 public:
  virtual ~Symbols() = default;

  // ArchName
  //
  // Returns the canonical name of an AUDIT_ARCH value ("x86_64", "i386"), or
  // nullopt if unknown.
  virtual std::optional<std::string> ArchName(uint32_t audit_arch) const = 0;

  // ArchValue
  //
  // Returns the AUDIT_ARCH value for any accepted spelling of an architecture
  // name ("x86_64", "amd64", "SCMP_ARCH_X86_64", "AUDIT_ARCH_X86_64"), or nullopt.
  virtual std::optional<uint32_t> ArchValue(absl::string_view name) const = 0;

  // SyscallName
  //
  // Returns the name of syscall `nr` as `seccomp_data.nr` holds it on the ABI
  // whose AUDIT_ARCH is `audit_arch` (mips numbers include their +4000/+5000/+6000
  // base, x32 numbers have bit 30 set), or nullopt if no syscall has that number.
  // Where several ABIs share an AUDIT_ARCH (x86_64 and x32), each is searched.
  virtual std::optional<std::string> SyscallName(uint32_t audit_arch,
                                                 int32_t nr) const = 0;

  // SyscallNumber
  //
  // Inverse of SyscallName(): the seccomp_data.nr value of syscall `name` on the
  // ABI of `audit_arch` (the native one where several share the value), or
  // nullopt.
  virtual std::optional<int32_t> SyscallNumber(uint32_t audit_arch,
                                               absl::string_view name) const = 0;
};

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_SYMBOLS_H_
