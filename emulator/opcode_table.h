// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The opcode classification of kernel-spec.md §3.2, §3.5 and §3.6 written out as
// data, over all 65,536 16-bit opcode values with representative k/jt/jf. Shared
// by the unit test (emulator vs. spec) and the live-kernel test (kernel vs.
// emulator), so every expectation here is also checked against the kernel.
#ifndef SECCOMP_EMU_EMULATOR_OPCODE_TABLE_H_
#define SECCOMP_EMU_EMULATOR_OPCODE_TABLE_H_

#include <vector>

#include "emulator/instruction.h"

namespace seccomp_emu::testing {

// OpcodeCase
//
// One tested instruction and what the spec says the kernel does with the program
// ProgramFor(tested): the generic classic-BPF pass (socket filters) and the
// seccomp pass.
struct OpcodeCase {
  Instruction tested;
  bool generic_accepts = false;
  bool seccomp_accepts = false;
};

// ProgramFor
//
// Returns the 3-instruction program `ST M[0]; tested; RET ALLOW`: M[0] is written
// so scratch loads of slot 0 are legal, and the only in-range jump offset is 0.
std::vector<Instruction> ProgramFor(const Instruction& tested);

// AllOpcodeCases
//
// Every 16-bit opcode with k in {0, 1, 4, 15, 16, 31, 32, 60, 64, 0xfffff000,
// 0xfffff040, 0xffffffff} and jt = jf = 0, plus (k = 0, jt = 1, jf = 0) and
// (k = 0, jt = 0, jf = 1): 917,504 cases.
std::vector<OpcodeCase> AllOpcodeCases();

}  // namespace seccomp_emu::testing

#endif  // SECCOMP_EMU_EMULATOR_OPCODE_TABLE_H_
