// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Errno numbering per architecture family.
#include "emulator/errno_names.h"

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_format.h"

namespace seccomp_emu {
namespace {

// Errnos seccomp-emu reports (kernel-spec.md §0.3), from
// include/uapi/asm-generic/errno{,-base}.h, arch/mips/include/uapi/asm/errno.h
// and arch/parisc/include/uapi/asm/errno.h. 1-34 are shared by every arch.
struct ErrnoRow {
  absl::string_view name;
  int generic, mips, parisc;
};
constexpr ErrnoRow kErrnos[] = {
    {"EPERM", 1, 1, 1},         {"ENOENT", 2, 2, 2},
    {"ESRCH", 3, 3, 3},         {"EINTR", 4, 4, 4},
    {"EIO", 5, 5, 5},           {"E2BIG", 7, 7, 7},
    {"EBADF", 9, 9, 9},         {"EAGAIN", 11, 11, 11},
    {"ENOMEM", 12, 12, 12},     {"EACCES", 13, 13, 13},
    {"EFAULT", 14, 14, 14},     {"EBUSY", 16, 16, 16},
    {"EEXIST", 17, 17, 17},     {"EINVAL", 22, 22, 22},
    {"EMFILE", 24, 24, 24},     {"ENOSYS", 38, 89, 251},
    {"EOPNOTSUPP", 95, 122, 223}, {"EINPROGRESS", 115, 150, 245},
    {"EMEDIUMTYPE", 124, 160, 183},
};

int ErrnoFor(const ErrnoRow& row, ErrnoFlavor flavor) {
  switch (flavor) {
    case ErrnoFlavor::kGeneric:
      return row.generic;
    case ErrnoFlavor::kMips:
      return row.mips;
    case ErrnoFlavor::kParisc:
      return row.parisc;
  }
  return row.generic;
}

}  // namespace

absl::StatusOr<int> ErrnoNumber(ErrnoFlavor flavor, absl::string_view name) {
  for (const ErrnoRow& row : kErrnos) {
    if (absl::EqualsIgnoreCase(row.name, name)) return ErrnoFor(row, flavor);
  }
  return absl::NotFoundError(
      absl::StrFormat("unknown errno name \"%s\"", absl::CHexEscape(name)));
}

absl::StatusOr<std::string> ErrnoName(ErrnoFlavor flavor, int number) {
  for (const ErrnoRow& row : kErrnos) {
    if (ErrnoFor(row, flavor) == number) return std::string(row.name);
  }
  return absl::NotFoundError(absl::StrFormat(
      "errno %d is not one seccomp-emu names (%s numbering)", number,
      ErrnoFlavorName(flavor)));
}

absl::string_view ErrnoFlavorName(ErrnoFlavor flavor) {
  switch (flavor) {
    case ErrnoFlavor::kGeneric:
      return "generic";
    case ErrnoFlavor::kMips:
      return "mips";
    case ErrnoFlavor::kParisc:
      return "parisc";
  }
  return "?";
}

}  // namespace seccomp_emu
