// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Reading raw filter bytes from a file or standard input.
#include "emulator/filter_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "emulator/status_macros.h"

namespace seccomp_emu {

absl::StatusOr<std::string> ReadFileOrStdin(absl::string_view path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) {
      return absl::DataLossError(absl::StrCat(DisplayPath(path), ": read failed"));
    }
    return buffer.str();
  }
  std::ifstream in{std::string(path), std::ios::binary};
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat(path, ": cannot open: ", std::strerror(errno)));
  }
  std::string content((std::istreambuf_iterator<char>(in)),
                      std::istreambuf_iterator<char>());
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read failed"));
  return content;
}

absl::StatusOr<ByteOrder> ParseByteOrder(absl::string_view name) {
  if (name == "host") return HostByteOrder();
  if (name == "little") return ByteOrder::kLittle;
  if (name == "big") return ByteOrder::kBig;
  return absl::InvalidArgumentError(
      absl::StrCat("unknown byte order \"", name, "\": use host, little or big"));
}

absl::string_view DisplayPath(absl::string_view path) {
  return path == "-" ? "<stdin>" : path;
}

absl::StatusOr<std::vector<Instruction>> ReadProgram(absl::string_view path,
                                                     ByteOrder order) {
  SECCOMP_EMU_ASSIGN_OR_RETURN(std::string bytes, ReadFileOrStdin(path));
  absl::StatusOr<std::vector<Instruction>> program = DecodeProgram(bytes, order);
  if (!program.ok()) {
    return absl::Status(program.status().code(),
                        absl::StrCat(DisplayPath(path), ": ",
                                     program.status().message()));
  }
  return program;
}

}  // namespace seccomp_emu
