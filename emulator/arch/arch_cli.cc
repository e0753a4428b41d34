// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Output of the `syscalls` and `arches` subcommands (see arch_cli.h).
#include "emulator/arch/arch_cli.h"

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "emulator/arch/abi.h"
#include "emulator/arch/syscall_table.h"
#include "emulator/instruction.h"
#include "emulator/status_macros.h"

namespace seccomp_emu::arch {
namespace {

std::string Json(absl::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += absl::StrFormat("\\u%04x", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string JsonEntry(const SyscallTable& table, const SyscallEntry& e) {
  return absl::StrFormat(
      "{\"name\":%s,\"nr\":%d,\"table_nr\":%d,\"entry_point\":%s,\"abi_tag\":%s}",
      Json(e.name), table.SeccompNr(e), e.number, Json(e.entry_point),
      Json(e.abi_tag));
}

}  // namespace

absl::Status PrintSyscalls(absl::string_view arch,
                           absl::Span<const std::string> names_or_numbers,
                           bool json, std::ostream& out) {
  SECCOMP_EMU_ASSIGN_OR_RETURN(const Abi* abi, FindAbi(arch));
  const SyscallTable& table = abi->Table();
  if (names_or_numbers.empty()) {
    if (json) {
      out << absl::StrFormat(
          "{\"arch\":%s,\"audit_arch\":\"0x%08x\",\"table\":%s,\"abi_tags\":%s,"
          "\"syscalls\":[",
          Json(abi->name), abi->audit_arch, Json(table.source),
          Json(table.abi_tags));
      const char* sep = "";
      for (const SyscallEntry& e : table.Entries()) {
        out << sep << JsonEntry(table, e);
        sep = ",";
      }
      out << "]}\n";
      return absl::OkStatus();
    }
    out << absl::StrFormat("# %s (%s): %s, abi tags %s, %d syscalls\n",
                           abi->name, abi->audit_arch_name, table.source,
                           table.abi_tags, table.size);
    for (const SyscallEntry& e : table.Entries()) {
      out << absl::StrFormat("%d\t%s\t%s\n", table.SeccompNr(e), e.name,
                             *e.entry_point ? e.entry_point : "-");
    }
    return absl::OkStatus();
  }
  std::vector<std::string> missing;
  std::vector<std::string> json_items;
  if (!json) {
    out << absl::StrFormat("# %s (%s): %s\n", abi->name, abi->audit_arch_name,
                           table.source);
  }
  for (const std::string& query : names_or_numbers) {
    absl::StatusOr<const SyscallEntry*> e = FindSyscall(*abi, query);
    if (!e.ok()) {
      missing.push_back(query);
      if (json) {
        json_items.push_back(absl::StrFormat("{\"query\":%s,\"error\":%s}",
                                             Json(query),
                                             Json(e.status().message())));
      } else {
        out << "# error: " << e.status().message() << "\n";
      }
      continue;
    }
    if (json) {
      std::string item = JsonEntry(table, **e);
      item.insert(1, absl::StrFormat("\"query\":%s,", Json(query)));
      json_items.push_back(item);
    } else {
      out << absl::StrFormat("%s\t%d\n", (*e)->name, table.SeccompNr(**e));
    }
  }
  if (json) {
    out << absl::StrFormat("{\"arch\":%s,\"audit_arch\":\"0x%08x\",\"results\":[%s]}\n",
                           Json(abi->name), abi->audit_arch,
                           absl::StrJoin(json_items, ","));
  }
  if (!missing.empty()) {
    return absl::NotFoundError(absl::StrFormat(
        "%d of %d syscalls not found on ABI %s: %s", missing.size(),
        names_or_numbers.size(), abi->name, absl::StrJoin(missing, ", ")));
  }
  return absl::OkStatus();
}

absl::Status PrintArches(bool json, std::ostream& out) {
  if (json) out << "[";
  const char* sep = "";
  for (const Abi& abi : AllAbis()) {
    std::vector<std::string> names = AbiNames(abi);
    if (json) {
      std::vector<std::string> quoted;
      for (const std::string& n : names) quoted.push_back(Json(n));
      out << sep
          << absl::StrFormat(
                 "{\"name\":%s,\"description\":%s,\"audit_arch\":\"0x%08x\","
                 "\"audit_arch_name\":%s,\"byte_order\":%s,\"word_bits\":%d,"
                 "\"register_bits\":%d,\"native\":%s,\"compat_host\":%s,"
                 "\"compat_audit_arch\":\"0x%08x\",\"native_widening\":%s,"
                 "\"compat_widening\":%s,\"syscall_table\":%s,\"syscalls\":%d,"
                 "\"errno\":%s,\"sigsys\":%d,\"return_convention\":%s,"
                 "\"return_register\":%s,\"libseccomp\":%s,\"scmp_arch\":%s,"
                 "\"oci\":%s,\"goarch\":%s,\"seccomp_tools\":%s,\"names\":[%s]}",
                 Json(abi.name), Json(abi.description), abi.audit_arch,
                 Json(abi.audit_arch_name), Json(ByteOrderName(abi.byte_order)),
                 abi.word_bits, abi.register_bits,
                 abi.runs_native ? "true" : "false", Json(abi.compat_host),
                 abi.compat_audit_arch, Json(ArgWideningName(abi.native_widening)),
                 Json(ArgWideningName(abi.compat_widening)),
                 Json(abi.Table().source), abi.Table().size,
                 Json(ErrnoFlavorName(abi.errno_flavor)), abi.sigsys,
                 Json(ReturnConventionName(abi.return_convention)),
                 Json(abi.return_register), Json(abi.libseccomp_name),
                 Json(abi.libseccomp_token), Json(abi.oci_name),
                 Json(abi.go_arch), Json(abi.seccomp_tools_name),
                 absl::StrJoin(quoted, ","));
      sep = ",";
      continue;
    }
    out << absl::StrFormat("%-12s 0x%08x %-6s %2d-bit %-9s %s\n", abi.name,
                           abi.audit_arch, ByteOrderName(abi.byte_order),
                           abi.word_bits,
                           abi.compat_host.empty()
                               ? std::string("-")
                               : absl::StrCat("compat:", abi.compat_host),
                           absl::StrJoin(names, " "));
  }
  if (json) out << "]\n";
  return absl::OkStatus();
}

}  // namespace seccomp_emu::arch
