// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Runs one validated filter over seccomp_data. Mirrors the classic-to-eBPF
// converted program the kernel runs from seccomp_run_filters() (bpf_prog_run_pin_on_cpu
// over the output of bpf_convert_filter()). Spec: kernel-spec.md §4.1–§4.3.
#ifndef SECCOMP_EMU_EMULATOR_INTERPRETER_H_
#define SECCOMP_EMU_EMULATOR_INTERPRETER_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "emulator/instruction.h"
#include "emulator/program.h"
#include "emulator/seccomp_data.h"

namespace seccomp_emu {

// RunResult
//
// The filter's 32-bit return value and how many instructions executed (the RET
// included; a DIV by X == 0 counts as the last executed instruction).
struct RunResult {
  uint32_t value = 0;
  uint32_t executed = 0;

  friend bool operator==(const RunResult&, const RunResult&) = default;
};

// TraceStep
//
// The machine state right after one instruction executed.
struct TraceStep {
  uint32_t pc = 0;
  Instruction instruction;
  uint32_t a = 0;
  uint32_t x = 0;
  // The scratch slot the instruction read or wrote, and its value, if any.
  std::optional<uint32_t> mem_slot;
  uint32_t mem_value = 0;
};

// RunFilter
//
// Evaluates `program` on `words`. Cannot fail, allocates nothing. A and X start
// at 0; arithmetic wraps at 32 bits; DIV by X == 0 makes the filter return 0;
// shifts by X use X & 31 (the x86-64/arm64 behaviour; ppc and s390 JITs differ,
// see docs/semantics.md).
RunResult RunFilter(const Program& program, const SeccompWords& words);

// TraceFilter
//
// As RunFilter(), and also appends one TraceStep per executed instruction to
// `trace`.
RunResult TraceFilter(const Program& program, const SeccompWords& words,
                      std::vector<TraceStep>& trace);

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_INTERPRETER_H_
