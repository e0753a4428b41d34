// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The `seccomp-emu syscalls` and `seccomp-emu arches` subcommands as library
// functions; emulator/seccomp_emu_main.cc parses flags and calls them.
#ifndef SECCOMP_EMU_EMULATOR_ARCH_ARCH_CLI_H_
#define SECCOMP_EMU_EMULATOR_ARCH_ARCH_CLI_H_

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace seccomp_emu::arch {

// PrintSyscalls
//
// `seccomp-emu syscalls --arch=A [NAME|NR ...] [--json]`. With no
// `names_or_numbers`, lists the ABI's whole table (seccomp_data.nr, name, entry
// point). Otherwise resolves each name, entry-point alias or number (decimal
// or 0x-hex seccomp_data.nr) and prints "NAME NR" per query. Text output has a
// leading `#` comment line naming the table; JSON output is one object.
//
// Returns NotFound if `arch` is unknown (nothing printed) or if any query is
// absent (the others are still printed; unresolved ones appear as "error" in
// JSON and as `# error:` lines in text).
absl::Status PrintSyscalls(absl::string_view arch,
                           absl::Span<const std::string> names_or_numbers,
                           bool json, std::ostream& out);

// PrintArches
//
// `seccomp-emu arches [--json]`: every ABI with its AUDIT_ARCH value, byte
// order, word size, compat host, widening and accepted names. Always OK.
absl::Status PrintArches(bool json, std::ostream& out);

}  // namespace seccomp_emu::arch

#endif  // SECCOMP_EMU_EMULATOR_ARCH_ARCH_CLI_H_
