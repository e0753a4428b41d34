// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// struct seccomp_data (include/uapi/linux/seccomp.h) and the 32-bit words a filter
// loads from it with LD|W|ABS. Spec: kernel-spec.md §1.5 and §4.4.
#ifndef SECCOMP_EMU_EMULATOR_SECCOMP_DATA_H_
#define SECCOMP_EMU_EMULATOR_SECCOMP_DATA_H_

#include <array>
#include <cstdint>

#include "emulator/instruction.h"

namespace seccomp_emu {

// SeccompData
//
// The values of struct seccomp_data, independent of byte order.
struct SeccompData {
  int32_t nr = 0;
  uint32_t arch = 0;
  uint64_t instruction_pointer = 0;
  std::array<uint64_t, 6> args = {};

  friend bool operator==(const SeccompData&, const SeccompData&) = default;
};

// SeccompWords
//
// The sixteen 32-bit words a filter can load: word i is what `LD|W|ABS 4*i`
// yields on the target.
using SeccompWords = std::array<uint32_t, 16>;

// SeccompBytes
//
// The 64 bytes of struct seccomp_data as laid out in the target's memory.
using SeccompBytes = std::array<uint8_t, 64>;

// ToBytes
//
// Lays out `data` as the kernel does on a target of the given byte order.
SeccompBytes ToBytes(const SeccompData& data, ByteOrder order);

// FromBytes
//
// Inverse of ToBytes().
SeccompData FromBytes(const SeccompBytes& bytes, ByteOrder order);

// WordsFromBytes
//
// Returns the words `LD|W|ABS` reads from `bytes` on a target of the given byte
// order (each 4-byte group read in that order).
SeccompWords WordsFromBytes(const SeccompBytes& bytes, ByteOrder order);

// ToWords
//
// Equivalent to WordsFromBytes(ToBytes(data, order), order): on a little-endian
// target word 4 is the low half of args[0], on a big-endian one the high half.
SeccompWords ToWords(const SeccompData& data, ByteOrder order);

// IsHighHalf
//
// Whether the word at byte offset `k` (8 <= k < 64, k % 4 == 0) holds the high
// 32 bits of its 64-bit field (instruction_pointer or args[i]): the second word
// on a little-endian target, the first on a big-endian one (§4.4).
bool IsHighHalf(uint32_t k, ByteOrder order);

// HalfOffset
//
// The byte offset of the low (`high` false) or high half of the 64-bit field
// at `field_offset` (8 for instruction_pointer, 16 + 8i for args[i]); the
// inverse of IsHighHalf().
uint32_t HalfOffset(uint32_t field_offset, bool high, ByteOrder order);

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_SECCOMP_DATA_H_
