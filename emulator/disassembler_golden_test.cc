// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Golden tests: hand-written filters in emulator/testdata/<name>.asm are
// assembled, checked against the validator, and their listings compared with
// emulator/testdata/<name>.disasm. Together the filters cover every opcode the
// kernel's generic pass accepts, and so the 41 that seccomp accepts
// (kernel-spec.md §3.6).
//
// To regenerate a golden after an intended change, run the test and copy
// <name>.disasm from the test's undeclared outputs (outputs.zip in
// bazel-testlogs/emulator/disassembler_golden_test/test.outputs/).
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "emulator/assembler.h"
#include "emulator/disassembler.h"
#include "emulator/disassembler_test_symbols.h"
#include "emulator/instruction.h"
#include "emulator/validator.h"
#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

struct Golden {
  const char* name;
  // Whether seccomp accepts the filter; all pass the generic pass.
  bool seccomp_valid;
};

constexpr Golden kGoldens[] = {
    {"x86_64_allowlist", true}, {"multi_arch", true},
    {"args_check", true},       {"big_endian_args", true},
    {"scratch_memory", true},   {"alu_k", true},
    {"alu_x", true},            {"jumps_x", true},
    {"actions", true},          {"len_and_imm", true},
    {"generic_only", false},    {"ignored_fields", true},
    {"unreachable_code", true},
};

std::string TestdataPath(const std::string& file) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  return absl::StrCat(srcdir ? srcdir : ".", "/",
                      workspace ? workspace : "seccomp_emu",
                      "/emulator/testdata/", file);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void WriteOutput(const std::string& file, const std::string& content) {
  const char* dir = std::getenv("TEST_UNDECLARED_OUTPUTS_DIR");
  if (dir == nullptr) return;
  std::ofstream(absl::StrCat(dir, "/", file), std::ios::binary) << content;
}

struct Assembled {
  std::vector<Instruction> program;
  DisassemblerOptions options;
};

Assembled AssembleGolden(const Golden& golden, const Symbols* symbols) {
  AssemblerOptions options;
  options.symbols = symbols;
  absl::StatusOr<AssembledProgram> result = AssembleProgram(
      ReadFile(TestdataPath(absl::StrCat(golden.name, ".asm"))), options);
  EXPECT_TRUE(result.ok()) << golden.name << ": " << result.status();
  Assembled out;
  if (!result.ok()) return out;
  out.program = result->instructions;
  out.options.symbols = symbols;
  out.options.byte_order = result->byte_order;
  out.options.default_arch = result->default_arch;
  return out;
}

class DisassemblerGoldenTest : public ::testing::TestWithParam<Golden> {
 protected:
  TestSymbols symbols_;
};

// The listing equals the golden file.
TEST_P(DisassemblerGoldenTest, ListingMatchesGolden) {
  const Golden& golden = GetParam();
  const Assembled a = AssembleGolden(golden, &symbols_);
  ASSERT_FALSE(a.program.empty());
  const std::string listing =
      Disassemble(a.program, DisasmFormat::kListing, a.options);
  const std::string file = absl::StrCat(golden.name, ".disasm");
  const std::string expected = ReadFile(TestdataPath(file));
  if (listing != expected) WriteOutput(file, listing);
  EXPECT_EQ(listing, expected);
}

// The kernel rules classify the filter as the golden table says.
TEST_P(DisassemblerGoldenTest, ValidatorAgrees) {
  const Golden& golden = GetParam();
  const Assembled a = AssembleGolden(golden, &symbols_);
  EXPECT_TRUE(CheckClassicFilter(a.program).ok());
  EXPECT_EQ(ValidateFilter(a.program).ok(), golden.seccomp_valid)
      << ValidateFilter(a.program).status();
}

// The asm form and the listing both read back to the same instructions.
TEST_P(DisassemblerGoldenTest, AsmAndListingRoundTrip) {
  const Golden& golden = GetParam();
  const Assembled a = AssembleGolden(golden, &symbols_);
  AssemblerOptions options;
  options.symbols = &symbols_;
  absl::StatusOr<std::vector<Instruction>> from_asm = Assemble(
      Disassemble(a.program, DisasmFormat::kAsm, a.options), options);
  ASSERT_TRUE(from_asm.ok()) << from_asm.status();
  EXPECT_EQ(*from_asm, a.program);
  options.byte_order = a.options.byte_order;
  options.default_arch = a.options.default_arch;
  absl::StatusOr<std::vector<Instruction>> from_listing = Assemble(
      Disassemble(a.program, DisasmFormat::kListing, a.options), options);
  ASSERT_TRUE(from_listing.ok()) << from_listing.status();
  EXPECT_EQ(*from_listing, a.program);
}

INSTANTIATE_TEST_SUITE_P(
    Testdata, DisassemblerGoldenTest, ::testing::ValuesIn(kGoldens),
    [](const ::testing::TestParamInfo<Golden>& info) { return info.param.name; });

// The goldens together use all 41 opcodes seccomp accepts (in filters it
// accepts) and every other opcode the generic pass accepts.
TEST(DisassemblerGoldenCoverageTest, EveryAcceptedOpcodeIsCovered) {
  TestSymbols symbols;
  std::set<uint16_t> in_valid, in_any;
  for (const Golden& golden : kGoldens) {
    for (const Instruction& insn : AssembleGolden(golden, &symbols).program) {
      in_any.insert(insn.code);
      if (golden.seccomp_valid) in_valid.insert(insn.code);
    }
  }
  constexpr uint16_t kSeccompOpcodes[] = {
      0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0c, 0x14, 0x15,
      0x16, 0x1c, 0x1d, 0x20, 0x24, 0x25, 0x2c, 0x2d, 0x34, 0x35, 0x3c,
      0x3d, 0x44, 0x45, 0x4c, 0x4d, 0x54, 0x5c, 0x60, 0x61, 0x64, 0x6c,
      0x74, 0x7c, 0x80, 0x81, 0x84, 0x87, 0xa4, 0xac};
  for (uint16_t code : kSeccompOpcodes) {
    EXPECT_TRUE(in_valid.count(code)) << "opcode 0x" << std::hex << code;
  }
  for (uint32_t code = 0; code <= 0xffff; ++code) {
    if (bpf::IsClassicOpcode(static_cast<uint16_t>(code))) {
      EXPECT_TRUE(in_any.count(static_cast<uint16_t>(code)))
          << "opcode 0x" << std::hex << code;
    }
  }
}

}  // namespace
}  // namespace seccomp_emu
