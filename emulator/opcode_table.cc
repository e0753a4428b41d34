// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// kernel-spec.md §3.2/§3.3 (generic) and §3.5/§3.6 (seccomp) as literal tables.
#include "emulator/opcode_table.h"

#include <cstdint>
#include <map>

namespace seccomp_emu::testing {
namespace {

// The k constraint an accepted opcode carries, for the program of ProgramFor()
// (tested instruction at pc 1 of 3).
enum class KRule {
  kAny,
  kNonZero,         // DIV|K, MOD|K
  kBelow32,         // LSH|K, RSH|K
  kBelow16,         // ST, STX
  kWrittenSlot,     // LD|MEM, LDX|MEM: k < 16, and only M[0] is written here
  kZeroJump,        // JA: k < len - pc - 1 = 1
  kNotUnknownAnc,   // LD ABS W/H/B: k < SKF_AD_OFF or a known ancillary
  kSeccompWord,     // LD|W|ABS in seccomp: k < 64 and k % 4 == 0
  kConditional,     // jt/jf must stay in range: both 0 here
};

// §3.2 with the §3.3 per-instruction checks.
const std::map<uint16_t, KRule>& GenericTable() {
  static const auto* table = new std::map<uint16_t, KRule>{
      {0x04, KRule::kAny}, {0x0c, KRule::kAny},          // ADD
      {0x14, KRule::kAny}, {0x1c, KRule::kAny},          // SUB
      {0x24, KRule::kAny}, {0x2c, KRule::kAny},          // MUL
      {0x34, KRule::kNonZero}, {0x3c, KRule::kAny},      // DIV
      {0x94, KRule::kNonZero}, {0x9c, KRule::kAny},      // MOD
      {0x44, KRule::kAny}, {0x4c, KRule::kAny},          // OR
      {0x54, KRule::kAny}, {0x5c, KRule::kAny},          // AND
      {0xa4, KRule::kAny}, {0xac, KRule::kAny},          // XOR
      {0x64, KRule::kBelow32}, {0x6c, KRule::kAny},      // LSH
      {0x74, KRule::kBelow32}, {0x7c, KRule::kAny},      // RSH
      {0x84, KRule::kAny},                               // NEG
      {0x20, KRule::kNotUnknownAnc}, {0x28, KRule::kNotUnknownAnc},
      {0x30, KRule::kNotUnknownAnc},                     // LD ABS W/H/B
      {0x80, KRule::kAny},                               // LD W LEN
      {0x40, KRule::kAny}, {0x48, KRule::kAny}, {0x50, KRule::kAny},  // LD IND
      {0x00, KRule::kAny}, {0x60, KRule::kWrittenSlot},      // LD IMM, LD MEM
      {0x81, KRule::kAny}, {0xb1, KRule::kAny},          // LDX LEN, LDX MSH
      {0x01, KRule::kAny}, {0x61, KRule::kWrittenSlot},      // LDX IMM, LDX MEM
      {0x02, KRule::kBelow16}, {0x03, KRule::kBelow16},  // ST, STX
      {0x07, KRule::kAny}, {0x87, KRule::kAny},          // TAX, TXA
      {0x06, KRule::kAny}, {0x16, KRule::kAny},          // RET K, RET A
      {0x05, KRule::kZeroJump},                          // JA
      {0x15, KRule::kConditional}, {0x1d, KRule::kConditional},
      {0x25, KRule::kConditional}, {0x2d, KRule::kConditional},
      {0x35, KRule::kConditional}, {0x3d, KRule::kConditional},
      {0x45, KRule::kConditional}, {0x4d, KRule::kConditional},
  };
  return *table;
}

// §3.6: the 41 opcodes seccomp accepts, with their constraints.
const std::map<uint16_t, KRule>& SeccompTable() {
  static const auto* table = new std::map<uint16_t, KRule>{
      {0x00, KRule::kAny}, {0x01, KRule::kAny}, {0x02, KRule::kBelow16},
      {0x03, KRule::kBelow16}, {0x04, KRule::kAny}, {0x05, KRule::kZeroJump},
      {0x06, KRule::kAny}, {0x07, KRule::kAny}, {0x0c, KRule::kAny},
      {0x14, KRule::kAny}, {0x15, KRule::kConditional}, {0x16, KRule::kAny},
      {0x1c, KRule::kAny}, {0x1d, KRule::kConditional},
      {0x20, KRule::kSeccompWord}, {0x24, KRule::kAny},
      {0x25, KRule::kConditional}, {0x2c, KRule::kAny},
      {0x2d, KRule::kConditional}, {0x34, KRule::kNonZero},
      {0x35, KRule::kConditional}, {0x3c, KRule::kAny},
      {0x3d, KRule::kConditional}, {0x44, KRule::kAny},
      {0x45, KRule::kConditional}, {0x4c, KRule::kAny},
      {0x4d, KRule::kConditional}, {0x54, KRule::kAny}, {0x5c, KRule::kAny},
      {0x60, KRule::kWrittenSlot}, {0x61, KRule::kWrittenSlot},
      {0x64, KRule::kBelow32}, {0x6c, KRule::kAny}, {0x74, KRule::kBelow32},
      {0x7c, KRule::kAny}, {0x80, KRule::kAny}, {0x81, KRule::kAny},
      {0x84, KRule::kAny}, {0x87, KRule::kAny}, {0xa4, KRule::kAny},
      {0xac, KRule::kAny},
  };
  return *table;
}

bool Satisfies(KRule rule, const Instruction& insn) {
  switch (rule) {
    case KRule::kAny: return true;
    case KRule::kNonZero: return insn.k != 0;
    case KRule::kBelow32: return insn.k < 32;
    case KRule::kBelow16: return insn.k < 16;
    case KRule::kWrittenSlot: return insn.k == 0;
    case KRule::kZeroJump: return insn.k == 0;
    case KRule::kNotUnknownAnc:
      // SKF_AD_PROTOCOL (0) .. SKF_AD_VLAN_TPID (60) above SKF_AD_OFF.
      return insn.k < 0xfffff000 ||
             (insn.k - 0xfffff000 <= 60 && (insn.k - 0xfffff000) % 4 == 0);
    case KRule::kSeccompWord: return insn.k < 64 && insn.k % 4 == 0;
    case KRule::kConditional: return insn.jt == 0 && insn.jf == 0;
  }
  return false;
}

bool Accepts(const std::map<uint16_t, KRule>& table, const Instruction& insn) {
  auto it = table.find(insn.code);
  return it != table.end() && Satisfies(it->second, insn);
}

}  // namespace

std::vector<Instruction> ProgramFor(const Instruction& tested) {
  return {Stmt(bpf::kSt, 0), tested, Stmt(bpf::kRet | bpf::kK, 0x7fff0000)};
}

std::vector<OpcodeCase> AllOpcodeCases() {
  static constexpr uint32_t kValues[] = {0,  1,  4,          15,         16,
                                         31, 32, 60,         64,         0xfffff000,
                                         0xfffff040, 0xffffffff};
  std::vector<OpcodeCase> cases;
  cases.reserve(65536 * 14);
  auto add = [&cases](const Instruction& insn) {
    // The generic pass runs first, so seccomp can only accept what it accepts.
    const bool generic = Accepts(GenericTable(), insn);
    cases.push_back({insn, generic, generic && Accepts(SeccompTable(), insn)});
  };
  for (uint32_t code = 0; code <= 0xffff; ++code) {
    const auto c = static_cast<uint16_t>(code);
    for (uint32_t k : kValues) add(Instruction{c, 0, 0, k});
    add(Instruction{c, 1, 0, 0});
    add(Instruction{c, 0, 1, 0});
  }
  return cases;
}

}  // namespace seccomp_emu::testing
