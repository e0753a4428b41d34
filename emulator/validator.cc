// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The kernel's load-time checks for seccomp filters: bpf_check_basics_ok(),
// chk_code_allowed(), bpf_check_classic() and check_load_and_stores() from
// net/core/filter.c, then seccomp_check_filter() from kernel/seccomp.c.
// Spec: kernel-spec.md §3.1–§3.6.
#include "emulator/validator.h"

#include <array>
#include <cerrno>
#include <cstdint>
#include <optional>
#include <vector>

#include "absl/strings/str_format.h"
#include "emulator/kernel_error.h"
#include "emulator/status_macros.h"

namespace seccomp_emu {
namespace {

using namespace bpf;  // NOLINT(build/namespaces): opcode constants.

absl::Status Reject(uint32_t pc, absl::string_view reason) {
  return KernelError(EINVAL, absl::StrFormat("pc %d: %s", pc, reason));
}

// bpf_anc_helper() (include/linux/filter.h): the SKF_AD_* ancillary offsets the
// kernel knows, SKF_AD_PROTOCOL (0) through SKF_AD_VLAN_TPID (60), in steps of 4.
bool IsKnownAncillary(uint32_t k) {
  if (k < kAncillaryBase) return false;
  const uint32_t offset = k - kAncillaryBase;
  return offset <= 60 && offset % 4 == 0;
}

// The per-instruction checks of bpf_check_classic() (kernel-spec.md §3.3).
absl::Status CheckInstruction(const Instruction& insn, uint32_t pc, uint32_t len) {
  if (!IsClassicOpcode(insn.code)) {
    return Reject(pc, absl::StrFormat("opcode 0x%04x is not a classic BPF opcode",
                                      insn.code));
  }
  switch (insn.code) {
    case kAlu | kDiv | kK:
    case kAlu | kMod | kK:
      if (insn.k == 0) return Reject(pc, "division by constant 0");
      break;
    case kAlu | kLsh | kK:
    case kAlu | kRsh | kK:
      if (insn.k >= 32) {
        return Reject(pc, absl::StrFormat("shift by constant %d >= 32", insn.k));
      }
      break;
    case kLd | kMem:
    case kLdx | kMem:
    case kSt:
    case kStx:
      if (insn.k >= kMemWords) {
        return Reject(pc, absl::StrFormat("scratch slot M[%d] >= BPF_MEMWORDS (16)",
                                          insn.k));
      }
      break;
    case kJmp | kJa:
      // Unsigned, so a huge k cannot wrap around (kernel-spec.md §3.3).
      if (insn.k >= len - pc - 1) {
        return Reject(pc, absl::StrFormat("jump offset %d past end (len %d)", insn.k,
                                          len));
      }
      break;
    case kLd | kW | kAbs:
    case kLd | kH | kAbs:
    case kLd | kB | kAbs:
      if (insn.k >= kAncillaryBase && !IsKnownAncillary(insn.k)) {
        return Reject(pc, absl::StrFormat("unknown ancillary load at k=0x%08x",
                                          insn.k));
      }
      break;
    default:
      if (IsConditionalJump(insn.code) &&
          (pc + insn.jt + 1 >= len || pc + insn.jf + 1 >= len)) {
        return Reject(pc, absl::StrFormat("jump target jt=%d/jf=%d past end (len %d)",
                                          insn.jt, insn.jf, len));
      }
      break;
  }
  return absl::OkStatus();
}

// check_load_and_stores(): a single linear pass, not a data-flow analysis. RET
// does not reset the known-written set and jumps reset it to "all", exactly as
// the kernel does (kernel-spec.md §3.4).
absl::Status CheckLoadAndStores(absl::Span<const Instruction> program) {
  std::vector<uint16_t> masks(program.size(), 0xffff);
  uint16_t valid = 0;
  for (uint32_t pc = 0; pc < program.size(); ++pc) {
    const Instruction& insn = program[pc];
    valid &= masks[pc];
    switch (insn.code) {
      case kSt:
      case kStx:
        valid |= static_cast<uint16_t>(1u << insn.k);
        break;
      case kLd | kMem:
      case kLdx | kMem:
        if (!(valid & (1u << insn.k))) {
          return Reject(pc, absl::StrFormat(
                                "M[%d] may be read before it is written", insn.k));
        }
        break;
      case kJmp | kJa:
        masks[pc + 1 + insn.k] &= valid;
        valid = 0xffff;
        break;
      default:
        // Every classic code is known here, so this is exactly the eight
        // conditional jumps.
        if (IsConditionalJump(insn.code)) {
          masks[pc + 1 + insn.jt] &= valid;
          masks[pc + 1 + insn.jf] &= valid;
          valid = 0xffff;
        }
        break;
    }
  }
  return absl::OkStatus();
}

// seccomp_check_filter(): the seccomp-specific allow-list and rewrite
// (kernel-spec.md §3.5). Returns the predecoded instruction.
absl::StatusOr<DecodedInstruction> SeccompCheck(const Instruction& insn,
                                                uint32_t pc) {
  auto op = [&insn](Operation o) {
    return DecodedInstruction{o, insn.jt, insn.jf, insn.k};
  };
  switch (insn.code) {
    case kLd | kW | kAbs:
      if (insn.k >= kSeccompDataSize || (insn.k & 3) != 0) {
        return Reject(pc, absl::StrFormat(
                              "seccomp_data load at offset %d is out of range or "
                              "not 4-byte aligned",
                              insn.k));
      }
      return DecodedInstruction{Operation::kLdWord, 0, 0, insn.k / 4};
    case kLd | kW | kLen:
      return DecodedInstruction{Operation::kLdImm, 0, 0, kSeccompDataSize};
    case kLdx | kW | kLen:
      return DecodedInstruction{Operation::kLdxImm, 0, 0, kSeccompDataSize};
    case kRet | kK: return op(Operation::kRetK);
    case kRet | kRetA: return op(Operation::kRetA);
    case kAlu | kAdd | kK: return op(Operation::kAddK);
    case kAlu | kAdd | kX: return op(Operation::kAddX);
    case kAlu | kSub | kK: return op(Operation::kSubK);
    case kAlu | kSub | kX: return op(Operation::kSubX);
    case kAlu | kMul | kK: return op(Operation::kMulK);
    case kAlu | kMul | kX: return op(Operation::kMulX);
    case kAlu | kDiv | kK: return op(Operation::kDivK);
    case kAlu | kDiv | kX: return op(Operation::kDivX);
    case kAlu | kAnd | kK: return op(Operation::kAndK);
    case kAlu | kAnd | kX: return op(Operation::kAndX);
    case kAlu | kOr | kK: return op(Operation::kOrK);
    case kAlu | kOr | kX: return op(Operation::kOrX);
    case kAlu | kXor | kK: return op(Operation::kXorK);
    case kAlu | kXor | kX: return op(Operation::kXorX);
    case kAlu | kLsh | kK: return op(Operation::kLshK);
    case kAlu | kLsh | kX: return op(Operation::kLshX);
    case kAlu | kRsh | kK: return op(Operation::kRshK);
    case kAlu | kRsh | kX: return op(Operation::kRshX);
    case kAlu | kNeg: return op(Operation::kNeg);
    case kLd | kImm: return op(Operation::kLdImm);
    case kLdx | kImm: return op(Operation::kLdxImm);
    case kMisc | kTax: return op(Operation::kTax);
    case kMisc | kTxa: return op(Operation::kTxa);
    case kLd | kMem: return op(Operation::kLdMem);
    case kLdx | kMem: return op(Operation::kLdxMem);
    case kSt: return op(Operation::kSt);
    case kStx: return op(Operation::kStx);
    case kJmp | kJa: return op(Operation::kJa);
    case kJmp | kJeq | kK: return op(Operation::kJeqK);
    case kJmp | kJeq | kX: return op(Operation::kJeqX);
    case kJmp | kJge | kK: return op(Operation::kJgeK);
    case kJmp | kJge | kX: return op(Operation::kJgeX);
    case kJmp | kJgt | kK: return op(Operation::kJgtK);
    case kJmp | kJgt | kX: return op(Operation::kJgtX);
    case kJmp | kJset | kK: return op(Operation::kJsetK);
    case kJmp | kJset | kX: return op(Operation::kJsetX);
    default:
      return Reject(pc, absl::StrFormat(
                            "opcode 0x%04x is valid classic BPF but not allowed "
                            "in seccomp filters",
                            insn.code));
  }
}

}  // namespace

absl::Status CheckClassicFilter(absl::Span<const Instruction> instructions) {
  // bpf_check_basics_ok() in bpf_prog_create_from_user().
  if (instructions.empty() || instructions.size() > kMaxInstructions) {
    return KernelError(
        EINVAL, absl::StrFormat("length %d: a filter needs 1 to %d instructions",
                                instructions.size(), kMaxInstructions));
  }
  const uint32_t len = static_cast<uint32_t>(instructions.size());
  for (uint32_t pc = 0; pc < len; ++pc) {
    SECCOMP_EMU_RETURN_IF_ERROR(CheckInstruction(instructions[pc], pc, len));
  }
  const uint16_t last = instructions.back().code;
  if (last != (kRet | kK) && last != (kRet | kRetA)) {
    return Reject(len - 1, "the last instruction is not RET K or RET A");
  }
  return CheckLoadAndStores(instructions);
}

absl::StatusOr<Program> ValidateFilter(absl::Span<const Instruction> instructions) {
  SECCOMP_EMU_RETURN_IF_ERROR(CheckClassicFilter(instructions));
  std::vector<DecodedInstruction> decoded;
  decoded.reserve(instructions.size());
  for (uint32_t pc = 0; pc < instructions.size(); ++pc) {
    SECCOMP_EMU_ASSIGN_OR_RETURN(DecodedInstruction d,
                                 SeccompCheck(instructions[pc], pc));
    decoded.push_back(d);
  }
  return Program(std::vector<Instruction>(instructions.begin(), instructions.end()),
                 std::move(decoded));
}

}  // namespace seccomp_emu
