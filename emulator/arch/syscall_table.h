// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Per-ABI syscall tables generated at build time by tools/gen_syscalls.py from
// the kernel's syscall .tbl files (third_party/linux-syscalls/). Each table is
// the set of rows whose abi tag is in the ABI's tag set, exactly as the kernel's
// scripts/syscallhdr.sh --abis builds asm/unistd_*.h.
#ifndef SECCOMP_EMU_EMULATOR_ARCH_SYSCALL_TABLE_H_
#define SECCOMP_EMU_EMULATOR_ARCH_SYSCALL_TABLE_H_

#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace seccomp_emu::arch {

// SyscallEntry
//
// One selected row of a kernel syscall table.
struct SyscallEntry {
  // Where the row comes from.
  enum class Origin {
    kTable,       // a .tbl row (or, for 31-bit s390, libseccomp's frozen csv)
    kArmPrivate,  // __ARM_NR_BASE + n, arch/arm/include/uapi/asm/unistd.h
  };

  // The number in the table, before the ABI's nr offset / x32 bit.
  int32_t number;
  const char* name;
  // The kernel entry point ("sys_newfstatat"), or "" when the row has none
  // (the number is reserved and the kernel returns -ENOSYS).
  const char* entry_point;
  // The compat entry point ("compat_sys_ioctl"), or "".
  const char* compat_entry_point;
  // The row's abi tag ("common", "64", "x32", "private", "csv").
  const char* abi_tag;
  Origin origin;
};

// SyscallAlias
//
// An entry point that names exactly one row of a table (`sys_newfstatat`).
struct SyscallAlias {
  const char* alias;
  uint16_t index;  // into SyscallTable::entries
};

// SyscallTable
//
// The syscalls of one ABI. Entries are sorted by number; `by_name` holds entry
// indices sorted by name and `aliases` is sorted by alias.
struct SyscallTable {
  const char* id;        // "x86_64", "mips_o32", ...
  const char* source;    // kernel path of the .tbl file
  const char* abi_tags;  // the selected tags, comma-separated ("*" = all)
  // seccomp_data.nr = (number + nr_offset) | nr_or.
  int32_t nr_offset;
  uint32_t nr_or;
  const SyscallEntry* entries;
  const uint16_t* by_name;
  size_t size;
  const SyscallAlias* aliases;
  size_t num_aliases;

  // Entries
  //
  // Returns every syscall of the table, by number.
  absl::Span<const SyscallEntry> Entries() const { return {entries, size}; }

  // SeccompNr
  //
  // Returns the value the kernel puts in seccomp_data.nr for `entry`.
  int32_t SeccompNr(const SyscallEntry& entry) const {
    return static_cast<int32_t>(
        static_cast<uint32_t>(entry.number + nr_offset) | nr_or);
  }

  // FindByName
  //
  // Returns the entry named exactly `name`, or nullptr if the syscall is absent
  // on this ABI.
  const SyscallEntry* FindByName(absl::string_view name) const;

  // FindByAlias
  //
  // Returns the entry whose (compat) entry point is `alias` ("sys_newfstatat"),
  // or nullptr. Entry points shared by several rows are not aliases.
  const SyscallEntry* FindByAlias(absl::string_view alias) const;

  // FindBySeccompNr
  //
  // Returns the entry whose SeccompNr() is `nr`, or nullptr.
  const SyscallEntry* FindBySeccompNr(int32_t nr) const;
};

// GeneratedSyscallTables
//
// Returns every generated table (defined in the generated source).
absl::Span<const SyscallTable> GeneratedSyscallTables();

// FindSyscallTable
//
// Returns the table with the given id, or nullptr.
const SyscallTable* FindSyscallTable(absl::string_view id);

}  // namespace seccomp_emu::arch

#endif  // SECCOMP_EMU_EMULATOR_ARCH_SYSCALL_TABLE_H_
