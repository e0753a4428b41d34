// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Layout of struct seccomp_data in a target's byte order (kernel-spec.md §1.5,
// §4.4): the kernel fills it natively, so each field is in the target's order.
#include "emulator/seccomp_data.h"

#include <cstddef>

namespace seccomp_emu {
namespace {

void Put(SeccompBytes& bytes, size_t offset, uint64_t value, int width,
         ByteOrder order) {
  for (int i = 0; i < width; ++i) {
    const int shift = order == ByteOrder::kLittle ? 8 * i : 8 * (width - 1 - i);
    bytes[offset + i] = static_cast<uint8_t>(value >> shift);
  }
}

uint64_t Get(const SeccompBytes& bytes, size_t offset, int width, ByteOrder order) {
  uint64_t value = 0;
  for (int i = 0; i < width; ++i) {
    const int shift = order == ByteOrder::kLittle ? 8 * i : 8 * (width - 1 - i);
    value |= static_cast<uint64_t>(bytes[offset + i]) << shift;
  }
  return value;
}

}  // namespace

SeccompBytes ToBytes(const SeccompData& data, ByteOrder order) {
  SeccompBytes bytes = {};
  Put(bytes, 0, static_cast<uint32_t>(data.nr), 4, order);
  Put(bytes, 4, data.arch, 4, order);
  Put(bytes, 8, data.instruction_pointer, 8, order);
  for (size_t i = 0; i < data.args.size(); ++i) {
    Put(bytes, 16 + 8 * i, data.args[i], 8, order);
  }
  return bytes;
}

SeccompData FromBytes(const SeccompBytes& bytes, ByteOrder order) {
  SeccompData data;
  data.nr = static_cast<int32_t>(Get(bytes, 0, 4, order));
  data.arch = static_cast<uint32_t>(Get(bytes, 4, 4, order));
  data.instruction_pointer = Get(bytes, 8, 8, order);
  for (size_t i = 0; i < data.args.size(); ++i) {
    data.args[i] = Get(bytes, 16 + 8 * i, 8, order);
  }
  return data;
}

SeccompWords WordsFromBytes(const SeccompBytes& bytes, ByteOrder order) {
  SeccompWords words;
  for (size_t i = 0; i < words.size(); ++i) {
    words[i] = static_cast<uint32_t>(Get(bytes, 4 * i, 4, order));
  }
  return words;
}

bool IsHighHalf(uint32_t k, ByteOrder order) {
  const bool second_word = (k % 8) != 0;
  return order == ByteOrder::kLittle ? second_word : !second_word;
}

uint32_t HalfOffset(uint32_t field_offset, bool high, ByteOrder order) {
  const bool second_word = order == ByteOrder::kLittle ? high : !high;
  return field_offset + (second_word ? 4 : 0);
}

SeccompWords ToWords(const SeccompData& data, ByteOrder order) {
  return WordsFromBytes(ToBytes(data, order), order);
}

}  // namespace seccomp_emu
