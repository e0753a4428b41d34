// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The classic BPF instruction (`struct sock_filter`, include/uapi/linux/filter.h),
// its opcode fields, and decoding of raw filter bytes. Spec: kernel-spec.md §1.8.
#ifndef SECCOMP_EMU_EMULATOR_INSTRUCTION_H_
#define SECCOMP_EMU_EMULATOR_INSTRUCTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace seccomp_emu {

// Instruction
//
// One classic BPF instruction, laid out as the kernel's `struct sock_filter`.
struct Instruction {
  uint16_t code = 0;
  uint8_t jt = 0;
  uint8_t jf = 0;
  uint32_t k = 0;

  friend bool operator==(const Instruction&, const Instruction&) = default;
};

// Opcode fields (include/uapi/linux/bpf_common.h and filter.h).
namespace bpf {
inline constexpr uint16_t kClassMask = 0x07;
inline constexpr uint16_t kLd = 0x00, kLdx = 0x01, kSt = 0x02, kStx = 0x03,
                          kAlu = 0x04, kJmp = 0x05, kRet = 0x06, kMisc = 0x07;
inline constexpr uint16_t kSizeMask = 0x18;
inline constexpr uint16_t kW = 0x00, kH = 0x08, kB = 0x10;
inline constexpr uint16_t kModeMask = 0xe0;
inline constexpr uint16_t kImm = 0x00, kAbs = 0x20, kInd = 0x40, kMem = 0x60,
                          kLen = 0x80, kMsh = 0xa0;
inline constexpr uint16_t kOpMask = 0xf0;
inline constexpr uint16_t kAdd = 0x00, kSub = 0x10, kMul = 0x20, kDiv = 0x30,
                          kOr = 0x40, kAnd = 0x50, kLsh = 0x60, kRsh = 0x70,
                          kNeg = 0x80, kMod = 0x90, kXor = 0xa0;
inline constexpr uint16_t kJa = 0x00, kJeq = 0x10, kJgt = 0x20, kJge = 0x30,
                          kJset = 0x40;
inline constexpr uint16_t kSrcMask = 0x08;
inline constexpr uint16_t kK = 0x00, kX = 0x08;
inline constexpr uint16_t kRvalMask = 0x18;
inline constexpr uint16_t kRetA = 0x10;
inline constexpr uint16_t kTax = 0x00, kTxa = 0x80;

// BPF_MAXINSNS and BPF_MEMWORDS.
inline constexpr int kMaxInstructions = 4096;
inline constexpr int kMemWords = 16;
// SKF_AD_OFF as an unsigned k: loads at or above it are ancillary.
inline constexpr uint32_t kAncillaryBase = 0xfffff000;
// sizeof(struct seccomp_data).
inline constexpr uint32_t kSeccompDataSize = 64;

constexpr uint16_t Class(uint16_t code) { return code & kClassMask; }
constexpr uint16_t Size(uint16_t code) { return code & kSizeMask; }
constexpr uint16_t Mode(uint16_t code) { return code & kModeMask; }
constexpr uint16_t Op(uint16_t code) { return code & kOpMask; }
constexpr uint16_t Src(uint16_t code) { return code & kSrcMask; }

// IsClassicOpcode
//
// True for exactly the 16-bit codes chk_code_allowed() (net/core/filter.c)
// accepts, kernel-spec.md §3.2: any other value, including one with extra high
// bits, is not classic BPF.
bool IsClassicOpcode(uint16_t code);

// IsConditionalJump
//
// True for JEQ/JGT/JGE/JSET in the K or X form (the only codes the kernel accepts
// with jt/jf targets).
constexpr bool IsConditionalJump(uint16_t code) {
  return Class(code) == kJmp && Op(code) != kJa;
}
}  // namespace bpf

// Stmt / Jump
//
// Builders in the style of the kernel's BPF_STMT and BPF_JUMP macros.
constexpr Instruction Stmt(uint16_t code, uint32_t k) { return {code, 0, 0, k}; }
constexpr Instruction Jump(uint16_t code, uint32_t k, uint8_t jt, uint8_t jf) {
  return {code, jt, jf, k};
}

// ByteOrder
//
// The byte order of a target (and of raw filter bytes produced for it).
enum class ByteOrder { kLittle, kBig };

// HostByteOrder
//
// Returns the byte order of the machine running seccomp-emu.
ByteOrder HostByteOrder();

// ByteOrderName
//
// Returns "little" or "big".
absl::string_view ByteOrderName(ByteOrder order);

// DecodeProgram
//
// Decodes raw `sock_filter` bytes (8 bytes per instruction, as written by
// seccomp_export_bpf() or PTRACE_SECCOMP_GET_FILTER) in the given byte order.
// Returns InvalidArgument if `bytes` is empty, its size is not a multiple of 8, or
// it holds more than BPF_MAXINSNS (4096) instructions; the kernel rejects the last
// two cases with EINVAL as well.
absl::StatusOr<std::vector<Instruction>> DecodeProgram(absl::string_view bytes,
                                                       ByteOrder order);

// EncodeProgram
//
// Returns the raw `sock_filter` bytes of `program` in the given byte order; the
// inverse of DecodeProgram().
std::string EncodeProgram(absl::Span<const Instruction> program, ByteOrder order);

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_INSTRUCTION_H_
