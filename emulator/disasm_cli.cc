// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The `disasm` and `asm` verbs as library functions.
#include "emulator/disasm_cli.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "emulator/assembler.h"
#include "emulator/disassembler.h"
#include "emulator/instruction.h"
#include "emulator/status_macros.h"

namespace seccomp_emu {

absl::StatusOr<std::optional<uint32_t>> ResolveArch(absl::string_view arch,
                                                    const Symbols* symbols) {
  if (arch.empty()) return std::optional<uint32_t>();
  uint32_t value = 0;
  if (absl::StartsWith(arch, "0x") || absl::StartsWith(arch, "0X")) {
    if (absl::SimpleHexAtoi(arch.substr(2), &value)) return {value};
  } else if (absl::SimpleAtoi(arch, &value)) {
    return {value};
  }
  if (symbols != nullptr) {
    if (std::optional<uint32_t> v = symbols->ArchValue(arch)) return {*v};
  }
  return absl::InvalidArgumentError(absl::StrCat("unknown arch \"", arch, "\""));
}

absl::Status RunDisasm(absl::string_view bytes, const DisasmOptions& options,
                       std::ostream& out) {
  SECCOMP_EMU_ASSIGN_OR_RETURN(std::vector<Instruction> program,
                               DecodeProgram(bytes, options.byte_order));
  DisassemblerOptions disassembler;
  disassembler.symbols = options.symbols;
  disassembler.byte_order = options.byte_order;
  SECCOMP_EMU_ASSIGN_OR_RETURN(disassembler.default_arch,
                               ResolveArch(options.arch, options.symbols));
  out << Disassemble(program, options.format, disassembler);
  return absl::OkStatus();
}

absl::StatusOr<std::string> AssembleText(absl::string_view source,
                                         const AsmOptions& options) {
  AssemblerOptions assembler;
  assembler.symbols = options.symbols;
  assembler.byte_order = options.byte_order;
  SECCOMP_EMU_ASSIGN_OR_RETURN(assembler.default_arch,
                               ResolveArch(options.arch, options.symbols));
  SECCOMP_EMU_ASSIGN_OR_RETURN(AssembledProgram program,
                               AssembleProgram(source, assembler));
  if (program.instructions.empty()) {
    return absl::InvalidArgumentError("the source holds no instruction");
  }
  if (program.instructions.size() > static_cast<size_t>(bpf::kMaxInstructions)) {
    return absl::InvalidArgumentError(
        absl::StrCat("the source holds ", program.instructions.size(),
                     " instructions; a filter holds at most ",
                     bpf::kMaxInstructions));
  }
  return EncodeProgram(program.instructions, program.byte_order);
}

}  // namespace seccomp_emu
