// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// File: disassembler.h
//
// Renders classic BPF filters as text: a seccomp-tools style listing, a JSON
// array, and an assembler source form (`--asm`) that Assemble() (assembler.h)
// reads back bit for bit. Every opcode the kernel's generic pass accepts
// (bpf_check_classic() in net/core/filter.c, kernel-spec.md §3.2) has a
// pseudo-code form, including those seccomp_check_filter() rejects (MOD, H/B
// loads, IND loads, MSH); any other code is shown as an unknown opcode.
//
// Pseudo-code (the `text` of an instruction; k constants are hex):
//
//   A = nr               LD|W|ABS 0            A = arch          LD|W|ABS 4
//   A = args[i]          low 32 bits of args[i]
//   A = args[i] >> 32    high 32 bits of args[i]
//   A = instruction_pointer, A = instruction_pointer >> 32
//   A = u32[0x41]        other LD|W|ABS offsets; u16[k] / u8[k] for H/B
//   A = u32[X + 0x4]     IND loads (u16/u8 too)
//   A = len, X = len     LD/LDX|W|LEN (the kernel loads 64)
//   A = 0x5, X = 0x5     immediates          A = mem[3], X = mem[3]
//   mem[3] = A           ST                  mem[3] = X    STX
//   X = A                TAX                 A = X         TXA
//   A += 0x1, A -= X, A *=, A /=, A %=, A |=, A &=, A ^=, A <<=, A >>=
//   A = -A               NEG
//   X = 4 * (u8[0xe] & 0xf)                  LDX|B|MSH
//   goto 0007            JA
//   if (A == 0x3b) goto 0007                 jt != 0, jf == 0
//   if (A != 0x3b) goto 0010                 jt == 0, jf != 0 (negated form)
//   if (A == 0x3b) goto 0007 else goto 0010  any other jt/jf
//   (operators ==, >, >=, & and the negations !=, <=, <, !(A & k))
//   return ALLOW, return ERRNO(1), return TRAP(5), return 0x10000, return A
//
// Which half of a 64-bit field a word load reads depends on the target byte
// order (kernel-spec.md §4.4): on a little-endian target `args[i]` is offset
// 16 + 8i and `args[i] >> 32` is 20 + 8i; on a big-endian target the reverse.
// Jump targets in the listing are absolute, decimal instruction numbers.
//
// With Symbols, the disassembler follows what A holds (a load of nr or arch,
// and which arch an `A == ARCH_...` test established on the path) and shows
// syscall names in comparisons of nr and `ARCH_X86_64`-style names in
// comparisons of arch. A name is shown only when it maps back to the same k.
#ifndef SECCOMP_EMU_EMULATOR_DISASSEMBLER_H_
#define SECCOMP_EMU_EMULATOR_DISASSEMBLER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/types/span.h"
#include "emulator/instruction.h"
#include "emulator/symbols.h"

namespace seccomp_emu {

// DisasmFormat
//
// kListing: the seccomp-tools table (` line  CODE  JT   JF      K`).
// kJson:    `[{"pc":0,"code":32,"jt":0,"jf":0,"k":4,"text":"A = arch"}, ...]`.
// kAsm:     assembler source with labels (`L0007:`) and `.endian`/`.arch`
//           directives; Assemble() turns it back into the same instructions.
enum class DisasmFormat { kListing, kJson, kAsm };

// DisassemblerOptions
//
// `symbols` (may be null) names syscalls and architectures. `default_arch` is
// the AUDIT_ARCH assumed where the program itself has not established one.
// `byte_order` is the target's byte order (which half of args[i] a load reads).
struct DisassemblerOptions {
  const Symbols* symbols = nullptr;
  std::optional<uint32_t> default_arch;
  ByteOrder byte_order = ByteOrder::kLittle;
};

// Disassemble
//
// Returns `program` rendered in `format`. Never fails: invalid programs
// (unknown opcodes, jumps past the end) are rendered too. The listing and JSON
// forms end with a newline; an empty program gives just the header (or `[]`).
std::string Disassemble(absl::Span<const Instruction> program,
                        DisasmFormat format,
                        const DisassemblerOptions& options = {});

// InstructionTexts
//
// Returns the pseudo-code of each instruction as shown in the listing (jump
// targets as absolute decimal instruction numbers, four digits wide).
std::vector<std::string> InstructionTexts(absl::Span<const Instruction> program,
                                          const DisassemblerOptions& options = {});


// HasUnusedFieldsSet
//
// True if `insn` sets a field its opcode ignores (jt/jf of a non-conditional
// instruction, k of RET A, TAX, TXA, NEG, LEN loads or X-operand forms). The
// kernel accepts such instructions; the asm form writes them as `.insn`.
bool HasUnusedFieldsSet(const Instruction& insn);

// ClearUnusedFields
//
// Returns `insn` with the fields its opcode ignores set to zero. Unknown
// opcodes are returned unchanged.
Instruction ClearUnusedFields(const Instruction& insn);

// AccumulatorSource
//
// What register A holds on entry to an instruction, as far as a forward pass
// over the program can tell.
enum class AccumulatorSource { kUnknown, kNr, kArch };

// InstructionContext
//
// The state on entry to one instruction: what A holds, and the AUDIT_ARCH that
// every path to it has established with an `A == <arch>` test (nullopt if
// none or the paths disagree).
struct InstructionContext {
  AccumulatorSource a = AccumulatorSource::kUnknown;
  std::optional<uint32_t> arch;
};

// AnalyzeContext
//
// Returns the InstructionContext of every instruction. Jumps are forward only,
// so one pass in program order suffices; a state at a join is kept only where
// all incoming paths agree. Unreachable instructions get the empty context.
// The assembler runs the same analysis so that syscall names resolve against
// the same arch the disassembler used. Only opcodes and the k of LD|W|ABS and
// of JEQ|K on arch are read, so syscall numbers do not influence the result.
std::vector<InstructionContext> AnalyzeContext(
    absl::Span<const Instruction> program);

// ArchDisplayName
//
// Returns "ARCH_" followed by the upper-cased Symbols::ArchName() of
// `audit_arch` ("ARCH_X86_64"), or nullopt if `symbols` is null or the value
// has no name that maps back to it.
std::optional<std::string> ArchDisplayName(const Symbols* symbols,
                                           uint32_t audit_arch);

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_DISASSEMBLER_H_
