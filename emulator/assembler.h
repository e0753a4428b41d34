// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// File: assembler.h
//
// Text to classic BPF. Reads the pseudo-code of disassembler.h, the `--asm`
// form it writes, and its listing rows, so that for every program p
//
//   Assemble(Disassemble(p, DisasmFormat::kAsm, o), o') == p
//
// where o' carries the same symbols (the asm form records the byte order and
// default arch itself).
//
// Source syntax, one statement per line:
//
//   # comment, // comment                  to the end of the line
//   name:                                  a label (letter or _ first); an
//                                          instruction may follow on the line
//   0007:                                  asserts that the next instruction
//                                          is number 7 (listing style)
//    0007: 0x15 0x00 0x02 0x0000003b  <text>   a listing row: the text is
//                                          assembled and must agree with the
//                                          columns on every field the opcode
//                                          uses; the columns are the result
//    line  CODE ... / =====                listing header lines are skipped
//   .endian little|big                     target byte order (before any
//                                          instruction); default: the option
//   .arch x86_64 | .arch 0xc000003e        default AUDIT_ARCH for names (the
//                                          last one applies to the whole source)
//   .insn code, jt, jf, k                  a raw instruction
//
// Instructions are the pseudo-code listed in disassembler.h, plus aliases:
// `sys_number` for `nr`, `ip` for `instruction_pointer`, `args[i].lo` and
// `args[i].hi` for `args[i]` and `args[i] >> 32`, `M[i]` for `mem[i]`, and
// `KILL_THREAD` for `KILL`. Actions are ALLOW, KILL, KILL_THREAD, KILL_PROCESS,
// TRAP, ERRNO, USER_NOTIF, TRACE, LOG, each with optional `(data)`, or a
// number. Numbers are decimal or 0x-hex; a leading `-` wraps modulo 2^32.
// Jump targets are labels or absolute decimal instruction numbers (`goto
// 0007`); they must lie after the jump, and conditional jumps reach at most
// 255 instructions ahead. Comparison operands may be X, a number, a syscall
// name (`write`), `arch.syscall` (`i386.write`), or an arch name (`ARCH_X86_64`,
// or any spelling Symbols::ArchValue() accepts that starts with `AUDIT_ARCH_`
// or `SCMP_ARCH_`).
//
// Syscall names resolve against the arch that AnalyzeContext() (disassembler.h)
// finds established at that instruction, else the default arch.
//
// Byte order: `args[i]` (the low half) is offset 16 + 8i on a little-endian
// target and 20 + 8i on a big-endian one (kernel-spec.md §4.4); likewise for
// instruction_pointer. Set AssemblerOptions::byte_order or `.endian`.
//
// The assembler encodes; it does not validate. Run ValidateFilter() on the
// result to apply the kernel's rules.
#ifndef SECCOMP_EMU_EMULATOR_ASSEMBLER_H_
#define SECCOMP_EMU_EMULATOR_ASSEMBLER_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "emulator/instruction.h"
#include "emulator/symbols.h"

namespace seccomp_emu {

// AssemblerOptions
//
// `symbols` (may be null) resolves syscall and arch names. `default_arch` is
// the AUDIT_ARCH used for syscall names where the program has not established
// one (overridden by `.arch`). `byte_order` is the target byte order
// (overridden by `.endian`).
struct AssemblerOptions {
  const Symbols* symbols = nullptr;
  std::optional<uint32_t> default_arch;
  ByteOrder byte_order = ByteOrder::kLittle;
};

// Assemble
//
// Returns the instructions `source` describes. Returns InvalidArgument for
// any error, with a message of the form
// `line 7, column 12: unknown syscall "opne" for arch x86_64`.
// An empty source gives an empty program.
absl::StatusOr<std::vector<Instruction>> Assemble(
    absl::string_view source, const AssemblerOptions& options = {});

// AssembledProgram
//
// The instructions plus the byte order and default arch in force at the end
// of the source (the options, as changed by `.endian` and `.arch`), so that
// callers can encode the bytes for the right target.
struct AssembledProgram {
  std::vector<Instruction> instructions;
  ByteOrder byte_order = ByteOrder::kLittle;
  std::optional<uint32_t> default_arch;
};

// AssembleProgram
//
// Like Assemble(), but also returns the target settings. Same errors.
absl::StatusOr<AssembledProgram> AssembleProgram(
    absl::string_view source, const AssemblerOptions& options = {});

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_ASSEMBLER_H_
