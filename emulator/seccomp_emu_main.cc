// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// seccomp-emu: the command-line front end. Each verb is a thin wrapper over a
// library; all flags live here.
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "emulator/filter_io.h"
#include "emulator/kernel_error.h"
#include "emulator/status_macros.h"
#include "emulator/validator.h"

ABSL_FLAG(std::string, byte_order, "host",
          "Byte order of raw filter files: host, little or big.");

namespace seccomp_emu {
namespace {

constexpr char kUsage[] = R"(seccomp-emu: a kernel-exact model of Linux seccomp-BPF.

Usage: seccomp-emu VERB [flags] [args]

Verbs:
  check FILE    Validate a raw BPF filter (FILE or - for stdin) as the kernel's
                seccomp(SECCOMP_SET_MODE_FILTER) does. Prints OK, or the errno
                name and the reason; exits 0 if accepted, 1 if rejected.

Common flags:
  --byte_order=host|little|big   byte order of raw filter files)";

using Args = std::vector<std::string>;

absl::Status NeedArgs(const Args& args, size_t n, absl::string_view verb) {
  if (args.size() != n) {
    return absl::InvalidArgumentError(absl::StrCat(
        verb, ": expected ", n, " argument(s), got ", args.size(), "; see --help"));
  }
  return absl::OkStatus();
}

// check FILE: exit 0 and "OK" if the kernel would accept the filter, else exit
// 1 with "EINVAL: pc N: reason".
absl::StatusOr<int> Check(const Args& args) {
  SECCOMP_EMU_RETURN_IF_ERROR(NeedArgs(args, 1, "check"));
  SECCOMP_EMU_ASSIGN_OR_RETURN(ByteOrder order,
                               ParseByteOrder(absl::GetFlag(FLAGS_byte_order)));
  SECCOMP_EMU_ASSIGN_OR_RETURN(std::vector<Instruction> program,
                               ReadProgram(args[0], order));
  absl::StatusOr<Program> validated = ValidateFilter(program);
  if (validated.ok()) {
    std::cout << "OK: " << program.size() << " instructions\n";
    return 0;
  }
  const std::optional<int> err = KernelErrno(validated.status());
  if (!err.has_value()) return validated.status();
  std::cout << ErrnoName(*err) << ": " << validated.status().message() << "\n";
  return 1;
}

int Main(int argc, char** argv) {
  absl::SetProgramUsageMessage(kUsage);
  std::vector<char*> positional = absl::ParseCommandLine(argc, argv);
  if (positional.size() < 2) {
    std::cerr << kUsage << "\n";
    return 2;
  }
  const std::string verb = positional[1];
  const Args args(positional.begin() + 2, positional.end());
  const std::vector<std::pair<std::string, std::function<absl::StatusOr<int>(const Args&)>>>
      verbs = {{"check", Check}};
  for (const auto& [name, run] : verbs) {
    if (name != verb) continue;
    absl::StatusOr<int> code = run(args);
    if (!code.ok()) {
      std::cerr << "seccomp-emu " << verb << ": " << code.status().message() << "\n";
      return 2;
    }
    return *code;
  }
  std::cerr << "seccomp-emu: unknown verb \"" << verb << "\"\n\n" << kUsage << "\n";
  return 2;
}

}  // namespace
}  // namespace seccomp_emu

int main(int argc, char** argv) { return seccomp_emu::Main(argc, argv); }
