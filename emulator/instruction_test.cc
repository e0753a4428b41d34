// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
#include "emulator/instruction.h"

#include <string>

#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

TEST(InstructionTest, DecodesLittleAndBigEndian) {
  const std::string le("\x20\x00\x01\x02\x04\x00\x00\x00", 8);
  const std::string be("\x00\x20\x01\x02\x00\x00\x00\x04", 8);
  const Instruction expected{0x20, 1, 2, 4};
  EXPECT_EQ(DecodeProgram(le, ByteOrder::kLittle)->front(), expected);
  EXPECT_EQ(DecodeProgram(be, ByteOrder::kBig)->front(), expected);
  EXPECT_EQ(EncodeProgram({expected}, ByteOrder::kBig), be);
  EXPECT_EQ(EncodeProgram({expected}, ByteOrder::kLittle), le);
}

TEST(InstructionTest, RejectsEmptyRaggedAndOversizedInput) {
  EXPECT_EQ(DecodeProgram("", ByteOrder::kLittle).status().message(),
            "empty filter: no instructions");
  EXPECT_EQ(DecodeProgram(std::string(12, '\0'), ByteOrder::kLittle).status().message(),
            "filter size 12 bytes is not a multiple of 8 (sizeof(struct "
            "sock_filter)); 4 trailing bytes");
  EXPECT_TRUE(DecodeProgram(std::string(8 * 4096, '\0'), ByteOrder::kLittle).ok());
  EXPECT_EQ(DecodeProgram(std::string(8 * 4097, '\0'), ByteOrder::kLittle)
                .status()
                .message(),
            "filter has 4097 instructions, more than BPF_MAXINSNS (4096)");
}

TEST(InstructionTest, HostOrderMatchesMemory) {
  const uint16_t probe = 1;
  const bool little = *reinterpret_cast<const unsigned char*>(&probe) == 1;
  EXPECT_EQ(HostByteOrder(), little ? ByteOrder::kLittle : ByteOrder::kBig);
}

}  // namespace
}  // namespace seccomp_emu
