#include "absl/status/status.h"
#include "gtest/gtest.h"
TEST(SmokeTest, Ok) { EXPECT_TRUE(absl::OkStatus().ok()); }
