// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// A validated seccomp filter program: the user's instructions exactly as supplied,
// plus the predecoded form the interpreter runs (after the rewrite done by
// seccomp_check_filter() in kernel/seccomp.c). Only the validator creates one.
#ifndef SECCOMP_EMU_EMULATOR_PROGRAM_H_
#define SECCOMP_EMU_EMULATOR_PROGRAM_H_

#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "emulator/instruction.h"

namespace seccomp_emu {

// Operation
//
// The 41 operations a validated seccomp program can contain, after the kernel's
// rewrite (LD|W|ABS becomes a seccomp_data word load, LD/LDX|W|LEN become
// immediates of 64).
enum class Operation : uint8_t {
  kLdWord,  // A := seccomp_data word k/4
  kLdImm, kLdxImm, kLdMem, kLdxMem, kSt, kStx,
  kAddK, kAddX, kSubK, kSubX, kMulK, kMulX, kDivK, kDivX,
  kOrK, kOrX, kAndK, kAndX, kXorK, kXorX, kLshK, kLshX, kRshK, kRshX, kNeg,
  kJa, kJeqK, kJeqX, kJgtK, kJgtX, kJgeK, kJgeX, kJsetK, kJsetX,
  kRetK, kRetA, kTax, kTxa,
};

// DecodedInstruction
//
// One predecoded instruction. For kLdWord, `k` is the word index (offset / 4);
// for LEN loads it is 64.
struct DecodedInstruction {
  Operation op;
  uint8_t jt;
  uint8_t jf;
  uint32_t k;
};

class Program;

// ValidateFilter
//
// Validates `instructions` exactly as the kernel does for SECCOMP_SET_MODE_FILTER:
// the length check, bpf_check_classic() (net/core/filter.c) and then
// seccomp_check_filter() (kernel/seccomp.c). Spec: kernel-spec.md §3.
// On rejection returns a KernelError() status carrying EINVAL whose message starts
// with "pc N: " (or "length N: ") and gives the reason.
absl::StatusOr<Program> ValidateFilter(absl::Span<const Instruction> instructions);

// Program
//
// An immutable, validated filter. Copyable.
class Program {
 public:
  // instructions
  //
  // The program exactly as supplied (what PTRACE_SECCOMP_GET_FILTER returns).
  absl::Span<const Instruction> instructions() const { return instructions_; }

  // decoded
  //
  // The predecoded program, one entry per instruction.
  absl::Span<const DecodedInstruction> decoded() const { return decoded_; }

  // size
  //
  // The number of instructions.
  size_t size() const { return instructions_.size(); }

 private:
  Program(std::vector<Instruction> instructions,
          std::vector<DecodedInstruction> decoded)
      : instructions_(std::move(instructions)), decoded_(std::move(decoded)) {}
  friend absl::StatusOr<Program> ValidateFilter(
      absl::Span<const Instruction> instructions);

  std::vector<Instruction> instructions_;
  std::vector<DecodedInstruction> decoded_;
};

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_PROGRAM_H_
