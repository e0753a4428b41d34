// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The kernel's load-time checks for classic BPF filters. Mirrors bpf_check_classic()
// and check_load_and_stores() in net/core/filter.c, and seccomp_check_filter() in
// kernel/seccomp.c. Spec: kernel-spec.md §3.
#ifndef SECCOMP_EMU_EMULATOR_VALIDATOR_H_
#define SECCOMP_EMU_EMULATOR_VALIDATOR_H_

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "emulator/instruction.h"
#include "emulator/program.h"  // IWYU pragma: export (ValidateFilter)

namespace seccomp_emu {

// CheckClassicFilter
//
// Runs only the generic classic-BPF pass that socket filters use too
// (SO_ATTACH_FILTER): the length check (1..4096), bpf_check_classic() and
// check_load_and_stores(). Returns OK or a KernelError() carrying EINVAL and
// naming the pc. ValidateFilter() runs this first, then the seccomp pass.
absl::Status CheckClassicFilter(absl::Span<const Instruction> instructions);

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_VALIDATOR_H_
