// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Property test: assembling the disassembly of a valid filter gives back the
// same instructions, bit for bit. Programs are generated structurally from
// the 41 opcodes seccomp accepts (kernel-spec.md §3.6), with ignored fields
// set at random, and kept only if ValidateFilter() accepts them.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "emulator/assembler.h"
#include "emulator/disassembler.h"
#include "emulator/disassembler_test_symbols.h"
#include "emulator/instruction.h"
#include "emulator/validator.h"
#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

using namespace ::seccomp_emu::bpf;  // NOLINT: opcode field constants.

constexpr int kPrograms = 10000;
constexpr uint32_t kSeed = 20260301;

// The opcodes seccomp accepts (kernel-spec.md §3.6).
constexpr uint16_t kSeccompOpcodes[] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0c, 0x14, 0x15,
    0x16, 0x1c, 0x1d, 0x20, 0x24, 0x25, 0x2c, 0x2d, 0x34, 0x35, 0x3c,
    0x3d, 0x44, 0x45, 0x4c, 0x4d, 0x54, 0x5c, 0x60, 0x61, 0x64, 0x6c,
    0x74, 0x7c, 0x80, 0x81, 0x84, 0x87, 0xa4, 0xac};

class ProgramGenerator {
 public:
  explicit ProgramGenerator(uint32_t seed) : rng_(seed) {}

  std::vector<Instruction> Next(bool random_ignored_fields) {
    // Mostly short programs, sometimes long enough for 255-wide jumps.
    const size_t len = Chance(10) ? Uniform(2, 400) : Uniform(1, 24);
    std::vector<Instruction> program;
    program.reserve(len);
    for (size_t pc = 0; pc + 1 < len; ++pc) {
      // Follow loads of nr or arch with comparisons, as real filters do, so
      // that syscall and arch names appear.
      const bool after_field_load =
          pc > 0 && program.back().code == (kLd | kW | kAbs) &&
          program.back().k <= 4;
      if (after_field_load && Chance(70)) {
        static constexpr uint16_t kCompares[] = {kJeq, kJeq, kJgt, kJge};
        const uint16_t op = kCompares[Uniform(0, std::size(kCompares) - 1)];
        const uint32_t k =
            program.back().k == 4 ? ArchConstant() : SyscallConstant();
        program.push_back(
            Jump(kJmp | op | kK, k, Offset(pc, len), Offset(pc, len)));
        continue;
      }
      program.push_back(RandomInstruction(pc, len));
    }
    program.push_back(Chance(25) ? Stmt(kRet | kRetA, 0)
                                 : Stmt(kRet | kK, RandomReturn()));
    if (random_ignored_fields) {
      for (Instruction& insn : program) {
        if (!Chance(20)) continue;
        const Instruction junk{insn.code, Byte(), Byte(), Word()};
        // Keep the used fields, take the ignored ones from `junk`.
        const Instruction cleared = ClearUnusedFields(junk);
        Instruction merged = junk;
        if (cleared.k == junk.k) merged.k = insn.k;
        if (cleared.jt == junk.jt) merged.jt = insn.jt;
        if (cleared.jf == junk.jf) merged.jf = insn.jf;
        insn = merged;
      }
    }
    return program;
  }

 private:
  bool Chance(int percent) { return Uniform(0, 99) < static_cast<uint64_t>(percent); }
  uint64_t Uniform(uint64_t lo, uint64_t hi) {
    return std::uniform_int_distribution<uint64_t>(lo, hi)(rng_);
  }
  uint8_t Byte() { return static_cast<uint8_t>(Uniform(0, 255)); }
  uint32_t Word() { return static_cast<uint32_t>(Uniform(0, UINT32_MAX)); }

  // Interesting constants: syscall numbers the test symbols know, arch
  // values, x32 numbers, and plain random words.
  uint32_t Constant() {
    static constexpr uint32_t kInteresting[] = {
        0, 1, 2, 3, 4, 5, 6, 11, 56, 57, 59, 63, 64, 221, 231, 252, 257,
        kTestArchX86_64, kTestArchI386, kTestArchAarch64, 0x40000000,
        0x40000001, 0xffffffff, 0x7fffffff};
    if (Chance(60)) return kInteresting[Uniform(0, std::size(kInteresting) - 1)];
    return Chance(50) ? static_cast<uint32_t>(Uniform(0, 4096)) : Word();
  }

  uint32_t ArchConstant() {
    static constexpr uint32_t kArches[] = {kTestArchX86_64, kTestArchI386,
                                           kTestArchAarch64};
    return Chance(85) ? kArches[Uniform(0, std::size(kArches) - 1)]
                      : Constant();
  }

  uint32_t SyscallConstant() {
    return Chance(85) ? static_cast<uint32_t>(Uniform(0, 260)) : Constant();
  }

  uint32_t RandomReturn() {
    static constexpr uint32_t kActions[] = {0x80000000, 0, 0x00030000, 0x00050000,
                                            0x7fc00000, 0x7ff00000, 0x7ffc0000,
                                            0x7fff0000};
    if (Chance(10)) return Word();
    return kActions[Uniform(0, std::size(kActions) - 1)] |
           (Chance(50) ? static_cast<uint32_t>(Uniform(0, 0xffff)) : 0);
  }

  // A conditional jump offset that stays inside a program of `len`.
  uint8_t Offset(size_t pc, size_t len) {
    const uint64_t reach = len - pc - 2;
    return static_cast<uint8_t>(
        Chance(40) ? 0 : Uniform(0, std::min<uint64_t>(reach, 255)));
  }

  Instruction RandomInstruction(size_t pc, size_t len) {
    const uint16_t code =
        kSeccompOpcodes[Uniform(0, std::size(kSeccompOpcodes) - 1)];
    const uint64_t reach = len - pc - 2;  // Largest offset staying in range.
    // Make nr and arch loads common so that names appear.
    if (Chance(15)) return Stmt(kLd | kW | kAbs, Chance(50) ? 0 : 4);
    switch (code) {
      case kLd | kW | kAbs:
        return Stmt(code, 4 * static_cast<uint32_t>(Uniform(0, 15)));
      case kLd | kMem: case kLdx | kMem: case kSt: case kStx:
        return Stmt(code, static_cast<uint32_t>(Uniform(0, 15)));
      case kAlu | kDiv | kK:
        return Stmt(code, static_cast<uint32_t>(Uniform(1, UINT32_MAX)));
      case kAlu | kLsh | kK: case kAlu | kRsh | kK:
        return Stmt(code, static_cast<uint32_t>(Uniform(0, 31)));
      case kJmp | kJa:
        return Stmt(code, static_cast<uint32_t>(Uniform(0, reach)));
      case kRet | kK:
        return Stmt(code, RandomReturn());
      default:
        break;
    }
    if (bpf::IsConditionalJump(code)) {
      const uint8_t jt = Offset(pc, len);
      const uint8_t jf = Offset(pc, len);
      return Jump(code, Src(code) == kK ? Constant() : 0, jt, jf);
    }
    if (Class(code) == kAlu && (Src(code) == kX || Op(code) == kNeg)) {
      return Stmt(code, 0);
    }
    if (Class(code) == kMisc || Mode(code) == kLen || code == (kRet | kRetA)) {
      return Stmt(code, 0);
    }
    return Stmt(code, Constant());
  }

  std::mt19937_64 rng_;
};

// The options for iteration `i`: with and without symbols and a default
// arch, in both byte orders.
DisassemblerOptions OptionsFor(int i, const TestSymbols* symbols) {
  DisassemblerOptions options;
  options.byte_order = (i % 2 == 0) ? ByteOrder::kLittle : ByteOrder::kBig;
  if (i % 3 != 0) options.symbols = symbols;
  if (i % 5 == 1) options.default_arch = kTestArchX86_64;
  if (i % 5 == 2) options.default_arch = kTestArchAarch64;
  return options;
}

AssemblerOptions AssemblerOptionsFor(const DisassemblerOptions& d) {
  AssemblerOptions options;
  options.symbols = d.symbols;
  options.default_arch = d.default_arch;
  options.byte_order = d.byte_order;
  return options;
}

// Generates `count` valid programs.
std::vector<std::vector<Instruction>> ValidPrograms(int count, uint32_t seed,
                                                    bool ignored_fields) {
  ProgramGenerator generator(seed);
  std::vector<std::vector<Instruction>> programs;
  int attempts = 0;
  while (static_cast<int>(programs.size()) < count && attempts < 50 * count) {
    ++attempts;
    std::vector<Instruction> program = generator.Next(ignored_fields);
    if (ValidateFilter(program).ok()) programs.push_back(std::move(program));
  }
  EXPECT_EQ(static_cast<int>(programs.size()), count)
      << "only " << programs.size() << " valid programs in " << attempts
      << " attempts";
  return programs;
}

// Assemble(Disassemble(p, asm form)) == p, exactly, including ignored fields.
TEST(AssemblerRoundTripTest, AsmFormIsExactOnRandomValidPrograms) {
  TestSymbols symbols;
  const auto programs = ValidPrograms(kPrograms, kSeed, /*ignored_fields=*/true);
  int named = 0;
  for (size_t i = 0; i < programs.size(); ++i) {
    const DisassemblerOptions options = OptionsFor(static_cast<int>(i), &symbols);
    const std::string source =
        Disassemble(programs[i], DisasmFormat::kAsm, options);
    DisassemblerOptions plain = options;
    plain.symbols = nullptr;
    if (source != Disassemble(programs[i], DisasmFormat::kAsm, plain)) ++named;
    // The asm form carries .endian and .arch itself: only symbols are passed.
    AssemblerOptions assembler_options;
    assembler_options.symbols = options.symbols;
    absl::StatusOr<std::vector<Instruction>> back =
        Assemble(source, assembler_options);
    ASSERT_TRUE(back.ok()) << back.status() << "\n" << source;
    ASSERT_EQ(*back, programs[i]) << source;
  }
  // The generator must exercise name display, or the test proves little.
  EXPECT_GT(named, kPrograms / 10);
}

// The listing (rows with columns and pseudo-code) reads back exactly.
TEST(AssemblerRoundTripTest, ListingIsExactOnRandomValidPrograms) {
  TestSymbols symbols;
  const auto programs =
      ValidPrograms(kPrograms, kSeed + 1, /*ignored_fields=*/true);
  for (size_t i = 0; i < programs.size(); ++i) {
    const DisassemblerOptions options = OptionsFor(static_cast<int>(i), &symbols);
    const std::string listing =
        Disassemble(programs[i], DisasmFormat::kListing, options);
    absl::StatusOr<std::vector<Instruction>> back =
        Assemble(listing, AssemblerOptionsFor(options));
    ASSERT_TRUE(back.ok()) << back.status() << "\n" << listing;
    ASSERT_EQ(*back, programs[i]) << listing;
  }
}

// The pseudo-code alone (no columns), one line per instruction with absolute
// jump targets, determines every field an opcode reads.
TEST(AssemblerRoundTripTest, PseudoCodeIsExactOnRandomValidPrograms) {
  TestSymbols symbols;
  const auto programs =
      ValidPrograms(kPrograms, kSeed + 2, /*ignored_fields=*/false);
  int named = 0;
  for (size_t i = 0; i < programs.size(); ++i) {
    const DisassemblerOptions options = OptionsFor(static_cast<int>(i), &symbols);
    const std::vector<std::string> texts = InstructionTexts(programs[i], options);
    const std::string source = absl::StrJoin(texts, "\n");
    DisassemblerOptions plain = options;
    plain.symbols = nullptr;
    if (texts != InstructionTexts(programs[i], plain)) ++named;
    absl::StatusOr<std::vector<Instruction>> back =
        Assemble(source, AssemblerOptionsFor(options));
    ASSERT_TRUE(back.ok()) << back.status() << "\n" << source;
    ASSERT_EQ(*back, programs[i]) << source;
  }
  EXPECT_GT(named, kPrograms / 10);
}

}  // namespace
}  // namespace seccomp_emu
