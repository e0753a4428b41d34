// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
#include "emulator/errno_names.h"

#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

// §0.3: MIPS and PA-RISC number ENOSYS and friends differently.
TEST(ErrnoNamesTest, NumberingDiffersPerFlavor) {
  EXPECT_EQ(ErrnoNumber(ErrnoFlavor::kGeneric, "ENOSYS").value(), 38);
  EXPECT_EQ(ErrnoNumber(ErrnoFlavor::kMips, "ENOSYS").value(), 89);
  EXPECT_EQ(ErrnoNumber(ErrnoFlavor::kParisc, "ENOSYS").value(), 251);
  EXPECT_EQ(ErrnoName(ErrnoFlavor::kParisc, 223).value(), "EOPNOTSUPP");
  EXPECT_FALSE(ErrnoName(ErrnoFlavor::kGeneric, 4095).ok());
  EXPECT_EQ(ErrnoFlavorName(ErrnoFlavor::kMips), "mips");
}

}  // namespace
}  // namespace seccomp_emu
