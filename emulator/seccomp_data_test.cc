// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// struct seccomp_data layout and the §4.4 word map, with hand-built bytes.
#include "emulator/seccomp_data.h"

#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

SeccompData Sample() {
  SeccompData data;
  data.nr = -1;
  data.arch = 0x80000016;  // AUDIT_ARCH_S390X
  data.instruction_pointer = 0x0102030405060708ull;
  data.args[0] = 0xaabbccdd11223344ull;
  return data;
}

TEST(SeccompDataTest, BigEndianLayoutByHand) {
  const SeccompBytes bytes = ToBytes(Sample(), ByteOrder::kBig);
  const uint8_t head[] = {0xff, 0xff, 0xff, 0xff, 0x80, 0x00, 0x00, 0x16,
                          0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
                          0xaa, 0xbb, 0xcc, 0xdd, 0x11, 0x22, 0x33, 0x44};
  for (size_t i = 0; i < sizeof(head); ++i) EXPECT_EQ(bytes[i], head[i]) << i;
  const SeccompWords words = WordsFromBytes(bytes, ByteOrder::kBig);
  EXPECT_EQ(words[2], 0x01020304u);  // ip high half first
  EXPECT_EQ(words[4], 0xaabbccddu);  // args[0] high half first
  EXPECT_EQ(words[5], 0x11223344u);
}

TEST(SeccompDataTest, LittleEndianLayoutByHand) {
  const SeccompBytes bytes = ToBytes(Sample(), ByteOrder::kLittle);
  const uint8_t args0[] = {0x44, 0x33, 0x22, 0x11, 0xdd, 0xcc, 0xbb, 0xaa};
  for (size_t i = 0; i < sizeof(args0); ++i) EXPECT_EQ(bytes[16 + i], args0[i]);
  const SeccompWords words = ToWords(Sample(), ByteOrder::kLittle);
  EXPECT_EQ(words[0], 0xffffffffu);
  EXPECT_EQ(words[2], 0x05060708u);  // ip low half first
  EXPECT_EQ(words[4], 0x11223344u);  // args[0] low half first
  EXPECT_EQ(words[5], 0xaabbccddu);
}

// §4.4: which word of a 64-bit field is its high half depends on byte order.
TEST(SeccompDataTest, HalfWordMapFollowsByteOrder) {
  EXPECT_FALSE(IsHighHalf(24, ByteOrder::kLittle));
  EXPECT_TRUE(IsHighHalf(28, ByteOrder::kLittle));
  EXPECT_TRUE(IsHighHalf(24, ByteOrder::kBig));
  EXPECT_FALSE(IsHighHalf(28, ByteOrder::kBig));
  EXPECT_EQ(HalfOffset(24, /*high=*/true, ByteOrder::kLittle), 28u);
  EXPECT_EQ(HalfOffset(24, /*high=*/true, ByteOrder::kBig), 24u);
  EXPECT_EQ(HalfOffset(8, /*high=*/false, ByteOrder::kBig), 12u);
  // Agrees with the byte layout: args[1]'s high half is 0xaabbccdd.
  SeccompData data;
  data.args[1] = 0xaabbccdd00000000ull;
  for (ByteOrder order : {ByteOrder::kLittle, ByteOrder::kBig}) {
    EXPECT_EQ(ToWords(data, order)[HalfOffset(24, true, order) / 4], 0xaabbccddu);
  }
}

TEST(SeccompDataTest, BytesRoundTrip) {
  for (ByteOrder order : {ByteOrder::kLittle, ByteOrder::kBig}) {
    EXPECT_EQ(FromBytes(ToBytes(Sample(), order), order), Sample());
  }
}

}  // namespace
}  // namespace seccomp_emu
