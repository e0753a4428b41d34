// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// CorpusProtoTest: the schema parses readable textproto and rejects mistakes.
#include "corpus/corpus.pb.h"

#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace seccomp_emu::corpus {
namespace {

TEST(CorpusProtoTest, ParsesReadableCase) {
  Suite suite;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(R"pb(
    name: "errno"
    filters { name: "deny_getpid" asm: "A = nr\nreturn ERRNO(1)" flags: 2 }
    cases {
      name: "errno_valid"
      install: "deny_getpid"
      no_new_privs: true
      syscalls { name: "getpid" expect_action: ACTION_ERRNO expect_data: 1 }
    }
  )pb", &suite));
  EXPECT_EQ(suite.filters(0).flags(), 2u);
  EXPECT_EQ(suite.cases(0).syscalls(0).expect_action(), ACTION_ERRNO);
  EXPECT_TRUE(suite.cases(0).syscalls(0).has_expect_data());
}

TEST(CorpusProtoTest, RejectsUnknownFieldsAndEnumValues) {
  Suite suite;
  EXPECT_FALSE(google::protobuf::TextFormat::ParseFromString("nmae: \"x\"", &suite));
  EXPECT_FALSE(google::protobuf::TextFormat::ParseFromString(
      "cases { syscalls { expect_action: ACTION_MAYBE } }", &suite));
}

}  // namespace
}  // namespace seccomp_emu::corpus
