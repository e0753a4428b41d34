// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Builds struct seccomp_data as the kernel fills it for a given ABI: mirrors
// populate_seccomp_data() in kernel/seccomp.c (nr from syscall_get_nr(), arch
// from syscall_get_arch(), args from syscall_get_arguments(), ip from
// KSTK_EIP), with the per-ABI widening of kernel-spec.md §4.5 and the byte
// layout of §4.4.
//
// Example:
//
//   SECCOMP_EMU_ASSIGN_OR_RETURN(const Abi* abi, FindAbi("s390x"));
//   SECCOMP_EMU_ASSIGN_OR_RETURN(
//       SeccompBytes bytes,
//       BuildSeccompBytes(*abi, "openat", {AT_FDCWD, path, flags}, ip));
#ifndef SECCOMP_EMU_EMULATOR_ARCH_SECCOMP_DATA_BUILDER_H_
#define SECCOMP_EMU_EMULATOR_ARCH_SECCOMP_DATA_BUILDER_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "emulator/arch/abi.h"
#include "emulator/seccomp_data.h"

namespace seccomp_emu::arch {

// WidenArgument
//
// Returns the u64 the kernel stores for an argument register holding `value`
// under `widening`: unchanged (kNone, kRawRegister), low 32 bits
// (kZeroExtend32) or bit 31 copied upwards (kSignExtend32).
uint64_t WidenArgument(uint64_t value, ArgWidening widening);

// BuildSeccompDataForNr
//
// Returns the seccomp_data a task of `abi` running in `mode` produces when it
// issues seccomp_data.nr `nr` (used verbatim: mips numbers include their
// 4000/5000/6000 base, x32 numbers bit 30; unknown numbers are allowed) with
// up to six argument register values and the given instruction pointer.
// Arguments are widened per Widening(abi, mode) and missing ones are 0; the
// instruction pointer is truncated to 32 bits on ABIs with 32-bit registers.
// On mips o32 the indirect syscall(2) (nr 4000) is unwrapped as
// arch/mips/kernel/scall32-o32.S does: nr = args[0] and the arguments shift
// down by one (the 7th, read from the user stack, is modelled as 0).
//
// Returns InvalidArgument for more than six arguments and FailedPrecondition
// if `abi` cannot run in `mode`.
absl::StatusOr<SeccompData> BuildSeccompDataForNr(
    const Abi& abi, int32_t nr, absl::Span<const uint64_t> args,
    uint64_t instruction_pointer, ExecutionMode mode = ExecutionMode::kDefault);

// BuildSeccompData
//
// As BuildSeccompDataForNr(), with the syscall given as a name, an entry-point
// alias or a number (see FindSyscall()). Returns NotFound if a name is absent
// on the ABI; numbers are accepted even when no syscall has them.
absl::StatusOr<SeccompData> BuildSeccompData(
    const Abi& abi, absl::string_view syscall, absl::Span<const uint64_t> args,
    uint64_t instruction_pointer, ExecutionMode mode = ExecutionMode::kDefault);

// BuildSeccompBytes
//
// Returns the 64 bytes of BuildSeccompData() laid out in the ABI's byte order.
absl::StatusOr<SeccompBytes> BuildSeccompBytes(
    const Abi& abi, absl::string_view syscall, absl::Span<const uint64_t> args,
    uint64_t instruction_pointer, ExecutionMode mode = ExecutionMode::kDefault);

}  // namespace seccomp_emu::arch

#endif  // SECCOMP_EMU_EMULATOR_ARCH_SECCOMP_DATA_BUILDER_H_
