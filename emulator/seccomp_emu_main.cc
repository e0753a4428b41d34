// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// seccomp-emu: the command-line front end. Each verb is a thin wrapper over a
// library; all flags live here.
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "emulator/arch/arch_cli.h"
#include "emulator/arch/registry_symbols.h"
#include "emulator/disasm_cli.h"
#include "emulator/filter_io.h"
#include "emulator/kernel_error.h"
#include "emulator/status_macros.h"
#include "emulator/validator.h"

ABSL_FLAG(std::string, byte_order, "host",
          "Byte order of raw filter files: host, little or big.");
ABSL_FLAG(std::string, arch, "",
          "Architecture/ABI name (any spelling `seccomp-emu arches` lists).");
ABSL_FLAG(bool, json, false, "Write JSON instead of text.");
ABSL_FLAG(bool, asm, false, "disasm: write assembler source that `asm` reads back.");
ABSL_FLAG(std::string, o, "", "asm: output file for the raw filter (- for stdout).");

namespace seccomp_emu {
namespace {

constexpr char kUsage[] = R"(seccomp-emu: a kernel-exact model of Linux seccomp-BPF.

Usage: seccomp-emu VERB [flags] [args]

Verbs:
  check FILE    Validate a raw BPF filter (FILE or - for stdin) as the kernel's
                seccomp(SECCOMP_SET_MODE_FILTER) does. Prints OK, or the errno
                name and the reason; exits 0 if accepted, 1 if rejected.

  disasm FILE [--arch=A] [--json|--asm]
                Disassemble a raw filter (seccomp-tools style listing); with
                --arch, syscall and arch names are shown.
  asm IN -o OUT Assemble text (labels, ALLOW/ERRNO(1)/..., nr, args[2].hi,
                syscall names) into a raw filter. IN may be -.
  syscalls --arch=A [NAME|NR ...]
                Resolve syscall names and numbers on an ABI, or list its table.
  arches        List every ABI with its AUDIT_ARCH value and name aliases.

Common flags:
  --byte_order=host|little|big   byte order of raw filter files
  --arch=NAME                    architecture (x86_64, i386, aarch64, mips64, ...)
  --json                         JSON output)";

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

// disasm FILE [--arch=A] [--json|--asm]
absl::StatusOr<int> Disasm(const Args& args) {
  SECCOMP_EMU_RETURN_IF_ERROR(NeedArgs(args, 1, "disasm"));
  if (absl::GetFlag(FLAGS_json) && absl::GetFlag(FLAGS_asm)) {
    return absl::InvalidArgumentError("disasm: --json and --asm are exclusive");
  }
  DisasmOptions options;
  SECCOMP_EMU_ASSIGN_OR_RETURN(options.byte_order,
                               ParseByteOrder(absl::GetFlag(FLAGS_byte_order)));
  options.format = absl::GetFlag(FLAGS_json)  ? DisasmFormat::kJson
                   : absl::GetFlag(FLAGS_asm) ? DisasmFormat::kAsm
                                              : DisasmFormat::kListing;
  options.symbols = &arch::DefaultSymbols();
  options.arch = absl::GetFlag(FLAGS_arch);
  SECCOMP_EMU_ASSIGN_OR_RETURN(std::string bytes, ReadFileOrStdin(args[0]));
  SECCOMP_EMU_RETURN_IF_ERROR(RunDisasm(bytes, options, std::cout));
  return 0;
}

// asm IN -o OUT
absl::StatusOr<int> Asm(const Args& args) {
  SECCOMP_EMU_RETURN_IF_ERROR(NeedArgs(args, 1, "asm"));
  const std::string out_path = absl::GetFlag(FLAGS_o);
  if (out_path.empty()) return absl::InvalidArgumentError("asm: -o OUT is required");
  AsmOptions options;
  SECCOMP_EMU_ASSIGN_OR_RETURN(options.byte_order,
                               ParseByteOrder(absl::GetFlag(FLAGS_byte_order)));
  options.symbols = &arch::DefaultSymbols();
  options.arch = absl::GetFlag(FLAGS_arch);
  SECCOMP_EMU_ASSIGN_OR_RETURN(std::string source, ReadFileOrStdin(args[0]));
  absl::StatusOr<std::string> bytes = AssembleText(source, options);
  if (!bytes.ok()) {
    return absl::Status(bytes.status().code(),
                        absl::StrCat(DisplayPath(args[0]), ": ",
                                     bytes.status().message()));
  }
  if (out_path == "-") {
    std::cout << *bytes;
    return 0;
  }
  std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
  out << *bytes;
  out.close();
  if (!out) return absl::DataLossError(absl::StrCat(out_path, ": write failed"));
  return 0;
}

// syscalls --arch=A [NAME|NR ...]
absl::StatusOr<int> Syscalls(const Args& args) {
  if (absl::GetFlag(FLAGS_arch).empty()) {
    return absl::InvalidArgumentError("syscalls: --arch is required");
  }
  SECCOMP_EMU_RETURN_IF_ERROR(arch::PrintSyscalls(
      absl::GetFlag(FLAGS_arch), args, absl::GetFlag(FLAGS_json), std::cout));
  return 0;
}

// arches
absl::StatusOr<int> Arches(const Args& args) {
  SECCOMP_EMU_RETURN_IF_ERROR(NeedArgs(args, 0, "arches"));
  SECCOMP_EMU_RETURN_IF_ERROR(arch::PrintArches(absl::GetFlag(FLAGS_json), std::cout));
  return 0;
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
      verbs = {{"check", Check},
               {"disasm", Disasm},
               {"asm", Asm},
               {"syscalls", Syscalls},
               {"arches", Arches}};
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
