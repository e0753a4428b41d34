// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Reading raw filter bytes from a file or standard input for the CLI verbs.
#ifndef SECCOMP_EMU_EMULATOR_FILTER_IO_H_
#define SECCOMP_EMU_EMULATOR_FILTER_IO_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "emulator/instruction.h"

namespace seccomp_emu {

// ReadFileOrStdin
//
// Returns the whole content of `path`, or of standard input when `path` is "-".
// Returns NotFound naming the path if it cannot be opened, and DataLoss if a
// read fails part-way.
absl::StatusOr<std::string> ReadFileOrStdin(absl::string_view path);

// ParseByteOrder
//
// Parses "host", "little" or "big". Returns InvalidArgument otherwise.
absl::StatusOr<ByteOrder> ParseByteOrder(absl::string_view name);

// DisplayPath
//
// `path` as error messages name it: "<stdin>" for "-".
absl::string_view DisplayPath(absl::string_view path);

// ReadProgram
//
// Reads raw sock_filter bytes from `path` (or "-") and decodes them in `order`.
// Errors name the path.
absl::StatusOr<std::vector<Instruction>> ReadProgram(absl::string_view path,
                                                     ByteOrder order);

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_FILTER_IO_H_
