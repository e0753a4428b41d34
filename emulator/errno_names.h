// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The errno values seccomp reports and their numbering on each architecture
// family: include/uapi/asm-generic/errno{,-base}.h, arch/mips/include/uapi/asm/
// errno.h and arch/parisc/include/uapi/asm/errno.h. Spec: kernel-spec.md §0.3.
#ifndef SECCOMP_EMU_EMULATOR_ERRNO_NAMES_H_
#define SECCOMP_EMU_EMULATOR_ERRNO_NAMES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace seccomp_emu {

// ErrnoFlavor
//
// Which errno numbering an ABI uses (arch/*/include/uapi/asm/errno.h).
enum class ErrnoFlavor { kGeneric, kMips, kParisc };

// ErrnoNumber
//
// Returns the number of errno `name` ("ENOSYS") under `flavor`, for the errnos
// seccomp-emu reports. NotFound for other names.
absl::StatusOr<int> ErrnoNumber(ErrnoFlavor flavor, absl::string_view name);

// ErrnoName
//
// Inverse of ErrnoNumber(); NotFound for numbers outside that list.
absl::StatusOr<std::string> ErrnoName(ErrnoFlavor flavor, int number);

// ErrnoFlavorName
//
// "generic", "mips" or "parisc".
absl::string_view ErrnoFlavorName(ErrnoFlavor flavor);

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_ERRNO_NAMES_H_
