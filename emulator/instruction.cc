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
