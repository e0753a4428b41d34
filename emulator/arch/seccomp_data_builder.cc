// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// populate_seccomp_data() (kernel/seccomp.c) per ABI; see the header.
#include "emulator/arch/seccomp_data_builder.h"

#include <array>
#include <cstdint>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "emulator/arch/abi.h"
#include "emulator/seccomp_data.h"
#include "emulator/status_macros.h"

namespace seccomp_emu::arch {
namespace {

// arch/mips/kernel/syscalls/syscall_o32.tbl: 0 o32 syscall sys_syscall.
constexpr int32_t kMipsO32IndirectSyscall = 4000;

}  // namespace

uint64_t WidenArgument(uint64_t value, ArgWidening widening) {
  switch (widening) {
    case ArgWidening::kNone:
    case ArgWidening::kRawRegister:
      return value;
    case ArgWidening::kZeroExtend32:
      return value & 0xffffffffu;
    case ArgWidening::kSignExtend32:
      return static_cast<uint64_t>(
          static_cast<int64_t>(static_cast<int32_t>(static_cast<uint32_t>(value))));
  }
  return value;
}

absl::StatusOr<SeccompData> BuildSeccompDataForNr(
    const Abi& abi, int32_t nr, absl::Span<const uint64_t> args,
    uint64_t instruction_pointer, ExecutionMode mode) {
  if (args.size() > 6) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "a syscall has at most 6 arguments, got %d", args.size()));
  }
  SECCOMP_EMU_ASSIGN_OR_RETURN(const uint32_t arch, SeccompArch(abi, mode));
  SECCOMP_EMU_ASSIGN_OR_RETURN(const ArgWidening widening, Widening(abi, mode));
  SeccompData data;
  data.nr = nr;
  data.arch = arch;
  std::array<uint64_t, 6> regs = {};
  for (size_t i = 0; i < args.size(); ++i) regs[i] = args[i];
  // arch/mips/include/asm/syscall.h mips_get_syscall_arg() and
  // syscall_get_nr(): for o32 syscall(2) the real number is the first
  // argument and every argument moves down by one (spec §10).
  if (abi.syscall_table == "mips_o32" && nr == kMipsO32IndirectSyscall) {
    data.nr = static_cast<int32_t>(static_cast<uint32_t>(regs[0]));
    for (size_t i = 0; i + 1 < regs.size(); ++i) regs[i] = regs[i + 1];
    regs[5] = 0;
  }
  for (size_t i = 0; i < regs.size(); ++i) {
    data.args[i] = WidenArgument(regs[i], widening);
  }
  // KSTK_EIP: a 32-bit task's PC is a 32-bit register (zero-extended).
  data.instruction_pointer = abi.register_bits == 32
                                 ? (instruction_pointer & 0xffffffffu)
                                 : instruction_pointer;
  return data;
}

absl::StatusOr<SeccompData> BuildSeccompData(const Abi& abi,
                                             absl::string_view syscall,
                                             absl::Span<const uint64_t> args,
                                             uint64_t instruction_pointer,
                                             ExecutionMode mode) {
  std::optional<int32_t> nr = ParseSyscallNumber(syscall);
  if (!nr.has_value()) {
    SECCOMP_EMU_ASSIGN_OR_RETURN(nr, SyscallNr(abi, syscall));
  }
  return BuildSeccompDataForNr(abi, *nr, args, instruction_pointer, mode);
}

absl::StatusOr<SeccompBytes> BuildSeccompBytes(const Abi& abi,
                                               absl::string_view syscall,
                                               absl::Span<const uint64_t> args,
                                               uint64_t instruction_pointer,
                                               ExecutionMode mode) {
  SECCOMP_EMU_ASSIGN_OR_RETURN(
      SeccompData data,
      BuildSeccompData(abi, syscall, args, instruction_pointer, mode));
  return ToBytes(data, abi.byte_order);
}

}  // namespace seccomp_emu::arch
