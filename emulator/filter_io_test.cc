// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
#include "emulator/filter_io.h"

#include <cstdlib>
#include <fstream>

#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

std::string TempPath(const char* name) {
  const char* dir = std::getenv("TEST_TMPDIR");
  return std::string(dir ? dir : "/tmp") + "/" + name;
}

TEST(FilterIoTest, ReadsProgramAndNamesPathInErrors) {
  const std::string path = TempPath("ragged.bpf");
  std::ofstream(path, std::ios::binary) << std::string(9, '\0');
  const auto result = ReadProgram(path, ByteOrder::kLittle);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(),
            path + ": filter size 9 bytes is not a multiple of 8 (sizeof(struct "
                   "sock_filter)); 1 trailing bytes");

  const std::string good = TempPath("good.bpf");
  std::ofstream(good, std::ios::binary)
      << EncodeProgram({Stmt(0x06, 0x7fff0000)}, ByteOrder::kBig);
  const auto program = ReadProgram(good, ByteOrder::kBig);
  ASSERT_TRUE(program.ok());
  EXPECT_EQ(program->front().k, 0x7fff0000u);
}

TEST(FilterIoTest, MissingFileIsNotFound) {
  EXPECT_EQ(ReadProgram("/nonexistent/x.bpf", ByteOrder::kLittle).status().code(),
            absl::StatusCode::kNotFound);
}

TEST(FilterIoTest, ParsesByteOrders) {
  EXPECT_EQ(*ParseByteOrder("big"), ByteOrder::kBig);
  EXPECT_EQ(*ParseByteOrder("host"), HostByteOrder());
  EXPECT_FALSE(ParseByteOrder("middle").ok());
}

}  // namespace
}  // namespace seccomp_emu
