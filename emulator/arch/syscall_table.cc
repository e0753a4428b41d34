// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Lookups over the generated syscall tables (see syscall_table.h).
#include "emulator/arch/syscall_table.h"

#include <algorithm>
#include <cstdint>

#include "absl/strings/string_view.h"

namespace seccomp_emu::arch {

const SyscallEntry* SyscallTable::FindByName(absl::string_view name) const {
  const uint16_t* end = by_name + size;
  const uint16_t* it = std::lower_bound(
      by_name, end, name, [this](uint16_t index, absl::string_view want) {
        return absl::string_view(entries[index].name) < want;
      });
  if (it == end || absl::string_view(entries[*it].name) != name) return nullptr;
  return &entries[*it];
}

const SyscallEntry* SyscallTable::FindByAlias(absl::string_view alias) const {
  const SyscallAlias* end = aliases + num_aliases;
  const SyscallAlias* it = std::lower_bound(
      aliases, end, alias, [](const SyscallAlias& a, absl::string_view want) {
        return absl::string_view(a.alias) < want;
      });
  if (it == end || absl::string_view(it->alias) != alias) return nullptr;
  return &entries[it->index];
}

const SyscallEntry* SyscallTable::FindBySeccompNr(int32_t nr) const {
  // The transform is monotonic for every table (a fixed offset, or one bit that
  // no table number reaches), so the entries stay sorted by seccomp nr.
  const SyscallEntry* end = entries + size;
  const SyscallEntry* it = std::lower_bound(
      entries, end, nr, [this](const SyscallEntry& e, int32_t want) {
        return SeccompNr(e) < want;
      });
  if (it == end || SeccompNr(*it) != nr) return nullptr;
  return it;
}

const SyscallTable* FindSyscallTable(absl::string_view id) {
  for (const SyscallTable& table : GeneratedSyscallTables()) {
    if (id == table.id) return &table;
  }
  return nullptr;
}

}  // namespace seccomp_emu::arch
