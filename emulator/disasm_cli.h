// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// File: disasm_cli.h
//
// Library side of the `disasm` and `asm` verbs of seccomp-emu: raw filter
// bytes to text, and text to raw filter bytes. The binary (seccomp_emu_main.cc)
// only parses flags, reads files and writes the results.
#ifndef SECCOMP_EMU_EMULATOR_DISASM_CLI_H_
#define SECCOMP_EMU_EMULATOR_DISASM_CLI_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "emulator/disassembler.h"
#include "emulator/instruction.h"
#include "emulator/symbols.h"

namespace seccomp_emu {

// DisasmOptions
//
// `format`: listing (default), JSON or asm. `byte_order`: the byte order of
// the raw filter, which is also the target's (filters for big-endian targets
// come in big-endian); default: the host's. `symbols` (may be null) names
// syscalls and arches. `arch`: the default arch for names, given as any
// spelling Symbols::ArchValue() accepts or as a number ("0xc000003e");
// empty for none.
struct DisasmOptions {
  DisasmFormat format = DisasmFormat::kListing;
  ByteOrder byte_order = HostByteOrder();
  const Symbols* symbols = nullptr;
  std::string arch;
};

// RunDisasm
//
// Decodes raw `sock_filter` bytes and writes their disassembly to `out`.
// Invalid programs are shown as they are (the kernel would reject them; use
// the `check` verb for the reason). Returns InvalidArgument if the bytes do
// not decode (empty, size not a multiple of 8, more than 4096 instructions)
// or `arch` is unknown.
absl::Status RunDisasm(absl::string_view bytes, const DisasmOptions& options,
                       std::ostream& out);

// AsmOptions
//
// `byte_order`: the target byte order, used for args halves and for the
// output bytes unless the source sets `.endian`; default: the host's.
// `symbols` and `arch` as in DisasmOptions (`.arch` in the source overrides).
struct AsmOptions {
  ByteOrder byte_order = HostByteOrder();
  const Symbols* symbols = nullptr;
  std::string arch;
};

// AssembleText
//
// Assembles `source` (assembler.h syntax) and returns the raw `sock_filter`
// bytes, 8 per instruction, in the byte order in force at the end of the
// source. Returns InvalidArgument with "line L, column C: ..." for source
// errors, if `arch` is unknown, or if the source holds no instruction or more
// than 4096 (a raw filter file cannot be empty or larger). The result is not
// validated: ValidateFilter() or the `check` verb does that.
absl::StatusOr<std::string> AssembleText(absl::string_view source,
                                         const AsmOptions& options);

// ResolveArch
//
// Returns the AUDIT_ARCH for `arch` ("x86_64", "AUDIT_ARCH_I386", "0x40000003"),
// nullopt for an empty string, or InvalidArgument if it is unknown.
absl::StatusOr<std::optional<uint32_t>> ResolveArch(absl::string_view arch,
                                                    const Symbols* symbols);

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_DISASM_CLI_H_
