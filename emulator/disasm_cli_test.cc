// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Tests for the disasm/asm verb functions.
#include "emulator/disasm_cli.h"

#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "emulator/disassembler_test_symbols.h"
#include "emulator/instruction.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

using namespace ::seccomp_emu::bpf;  // NOLINT: opcode field constants.
using ::testing::HasSubstr;

const std::vector<Instruction>& Sample() {
  static const auto* program = new std::vector<Instruction>{
      Stmt(kLd | kW | kAbs, 0), Jump(kJmp | kJeq | kK, 59, 0, 1),
      Stmt(kRet | kK, 0x00050001), Stmt(kRet | kK, 0x7fff0000)};
  return *program;
}

TEST(DisasmCliTest, DisassemblesBytesInTheGivenByteOrderWithNames) {
  TestSymbols symbols;
  DisasmOptions options;
  options.byte_order = ByteOrder::kBig;
  options.symbols = &symbols;
  options.arch = "amd64";
  std::ostringstream out;
  ASSERT_TRUE(RunDisasm(EncodeProgram(Sample(), ByteOrder::kBig), options, out)
                  .ok());
  EXPECT_THAT(out.str(), HasSubstr(" 0001: 0x15 0x00 0x01 0x0000003b  "
                                   "if (A != execve) goto 0003\n"));
}

TEST(DisasmCliTest, JsonAndAsmFormats) {
  DisasmOptions options;
  options.byte_order = ByteOrder::kLittle;
  options.format = DisasmFormat::kJson;
  std::ostringstream json;
  ASSERT_TRUE(
      RunDisasm(EncodeProgram(Sample(), ByteOrder::kLittle), options, json).ok());
  EXPECT_THAT(json.str(), HasSubstr("\"text\": \"return ERRNO(1)\""));
  options.format = DisasmFormat::kAsm;
  options.arch = "0xc000003e";
  std::ostringstream source;
  ASSERT_TRUE(
      RunDisasm(EncodeProgram(Sample(), ByteOrder::kLittle), options, source)
          .ok());
  EXPECT_THAT(source.str(), HasSubstr(".arch 0xc000003e\n"));
}

TEST(DisasmCliTest, DecodeErrorsAreReported) {
  DisasmOptions options;
  std::ostringstream out;
  EXPECT_EQ(RunDisasm("1234567", options, out).code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(RunDisasm("", options, out).code(),
            absl::StatusCode::kInvalidArgument);
  options.arch = "vax";
  EXPECT_THAT(RunDisasm(EncodeProgram(Sample(), options.byte_order), options, out)
                  .message(),
              HasSubstr("unknown arch \"vax\""));
}

TEST(DisasmCliTest, AsmThenDisasmIsTheIdentity) {
  TestSymbols symbols;
  for (ByteOrder order : {ByteOrder::kLittle, ByteOrder::kBig}) {
    DisasmOptions disasm;
    disasm.format = DisasmFormat::kAsm;
    disasm.byte_order = order;
    disasm.symbols = &symbols;
    disasm.arch = "x86_64";
    const std::string bytes = EncodeProgram(Sample(), order);
    std::ostringstream source;
    ASSERT_TRUE(RunDisasm(bytes, disasm, source).ok());
    AsmOptions assemble;
    assemble.symbols = &symbols;
    // The asm form records `.endian`, so the host default does not matter.
    absl::StatusOr<std::string> back = AssembleText(source.str(), assemble);
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_EQ(*back, bytes);
  }
}

TEST(DisasmCliTest, AssembleTextErrors) {
  AsmOptions options;
  EXPECT_THAT(AssembleText("# nothing\n", options).status().message(),
              HasSubstr("no instruction"));
  EXPECT_THAT(AssembleText("return ALLOW\nreturn BOGUS\n", options)
                  .status()
                  .message(),
              HasSubstr("line 2, column 8: unknown action \"BOGUS\""));
  std::string big;
  for (int i = 0; i < 4097; ++i) big += "return A\n";
  EXPECT_THAT(AssembleText(big, options).status().message(),
              HasSubstr("at most 4096"));
}

}  // namespace
}  // namespace seccomp_emu
