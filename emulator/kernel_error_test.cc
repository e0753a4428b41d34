// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
#include "emulator/kernel_error.h"

#include <cerrno>

#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

TEST(KernelErrorTest, CarriesErrnoAndMessage) {
  const absl::Status status = KernelError(EINVAL, "pc 3: bad");
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "pc 3: bad");
  EXPECT_EQ(KernelErrno(status), EINVAL);
  EXPECT_EQ(KernelError(ENOMEM, "x").code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(KernelErrno(absl::InvalidArgumentError("plain")), std::nullopt);
}

TEST(KernelErrorTest, NamesErrnos) {
  EXPECT_EQ(ErrnoName(EINVAL), "EINVAL");
  EXPECT_EQ(ErrnoName(EOPNOTSUPP), "EOPNOTSUPP");
  EXPECT_EQ(ErrnoName(4095), "4095");
}

}  // namespace
}  // namespace seccomp_emu
