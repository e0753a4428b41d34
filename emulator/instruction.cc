// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Decoding and encoding of raw sock_filter bytes.
#include "emulator/instruction.h"

#include <bit>
#include <cstddef>

#include "absl/strings/str_format.h"

namespace seccomp_emu {
namespace {

constexpr size_t kInstructionBytes = 8;

uint32_t Read(const unsigned char* p, int n, ByteOrder order) {
  uint32_t v = 0;
  for (int i = 0; i < n; ++i) {
    const int shift = order == ByteOrder::kLittle ? 8 * i : 8 * (n - 1 - i);
    v |= static_cast<uint32_t>(p[i]) << shift;
  }
  return v;
}

void Write(uint32_t v, int n, ByteOrder order, std::string& out) {
  for (int i = 0; i < n; ++i) {
    const int shift = order == ByteOrder::kLittle ? 8 * i : 8 * (n - 1 - i);
    out.push_back(static_cast<char>((v >> shift) & 0xff));
  }
}

}  // namespace

namespace bpf {

bool IsClassicOpcode(uint16_t code) {
  switch (code) {
    case kAlu | kAdd | kK: case kAlu | kAdd | kX:
    case kAlu | kSub | kK: case kAlu | kSub | kX:
    case kAlu | kMul | kK: case kAlu | kMul | kX:
    case kAlu | kDiv | kK: case kAlu | kDiv | kX:
    case kAlu | kMod | kK: case kAlu | kMod | kX:
    case kAlu | kAnd | kK: case kAlu | kAnd | kX:
    case kAlu | kOr | kK: case kAlu | kOr | kX:
    case kAlu | kXor | kK: case kAlu | kXor | kX:
    case kAlu | kLsh | kK: case kAlu | kLsh | kX:
    case kAlu | kRsh | kK: case kAlu | kRsh | kX:
    case kAlu | kNeg:
    case kLd | kW | kAbs: case kLd | kH | kAbs: case kLd | kB | kAbs:
    case kLd | kW | kLen:
    case kLd | kW | kInd: case kLd | kH | kInd: case kLd | kB | kInd:
    case kLd | kImm: case kLd | kMem:
    case kLdx | kW | kLen: case kLdx | kB | kMsh:
    case kLdx | kImm: case kLdx | kMem:
    case kSt: case kStx:
    case kMisc | kTax: case kMisc | kTxa:
    case kRet | kK: case kRet | kRetA:
    case kJmp | kJa:
    case kJmp | kJeq | kK: case kJmp | kJeq | kX:
    case kJmp | kJge | kK: case kJmp | kJge | kX:
    case kJmp | kJgt | kK: case kJmp | kJgt | kX:
    case kJmp | kJset | kK: case kJmp | kJset | kX:
      return true;
    default:
      return false;
  }
}

}  // namespace bpf

ByteOrder HostByteOrder() {
  return std::endian::native == std::endian::little ? ByteOrder::kLittle
                                                    : ByteOrder::kBig;
}

absl::string_view ByteOrderName(ByteOrder order) {
  return order == ByteOrder::kLittle ? "little" : "big";
}

absl::StatusOr<std::vector<Instruction>> DecodeProgram(absl::string_view bytes,
                                                       ByteOrder order) {
  if (bytes.empty()) {
    return absl::InvalidArgumentError("empty filter: no instructions");
  }
  if (bytes.size() % kInstructionBytes != 0) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "filter size %d bytes is not a multiple of 8 (sizeof(struct "
        "sock_filter)); %d trailing bytes",
        bytes.size(), bytes.size() % kInstructionBytes));
  }
  const size_t count = bytes.size() / kInstructionBytes;
  if (count > static_cast<size_t>(bpf::kMaxInstructions)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "filter has %d instructions, more than BPF_MAXINSNS (%d)", count,
        bpf::kMaxInstructions));
  }
  std::vector<Instruction> program(count);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (size_t i = 0; i < count; ++i, p += kInstructionBytes) {
    program[i].code = static_cast<uint16_t>(Read(p, 2, order));
    program[i].jt = p[2];
    program[i].jf = p[3];
    program[i].k = Read(p + 4, 4, order);
  }
  return program;
}

std::string EncodeProgram(absl::Span<const Instruction> program, ByteOrder order) {
  std::string out;
  out.reserve(program.size() * kInstructionBytes);
  for (const Instruction& insn : program) {
    Write(insn.code, 2, order, out);
    out.push_back(static_cast<char>(insn.jt));
    out.push_back(static_cast<char>(insn.jf));
    Write(insn.k, 4, order, out);
  }
  return out;
}

}  // namespace seccomp_emu
