// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
#include "emulator/action.h"

#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

// §1.4: the eight actions and their mnemonics round-trip; nothing else has one.
TEST(ActionTest, MnemonicsRoundTrip) {
  for (uint32_t action : {kRetKillProcess, kRetKillThread, kRetTrap, kRetErrno,
                          kRetUserNotif, kRetTrace, kRetLog, kRetAllow}) {
    ASSERT_TRUE(ActionMnemonic(action).has_value()) << action;
    EXPECT_EQ(ParseActionMnemonic(*ActionMnemonic(action)), action);
  }
  EXPECT_EQ(ParseActionMnemonic("kill_thread"), kRetKillThread);
  EXPECT_EQ(ActionMnemonic(0x00010000), std::nullopt);
  EXPECT_EQ(ParseActionMnemonic("DENY"), std::nullopt);
}

}  // namespace
}  // namespace seccomp_emu
