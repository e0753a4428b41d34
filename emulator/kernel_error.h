// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Statuses that carry the errno the kernel would return, and errno names.
#ifndef SECCOMP_EMU_EMULATOR_KERNEL_ERROR_H_
#define SECCOMP_EMU_EMULATOR_KERNEL_ERROR_H_

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace seccomp_emu {

// KernelError
//
// Returns an InvalidArgument status (FailedPrecondition for EACCES/EBUSY/ESRCH,
// ResourceExhausted for ENOMEM) whose message is `message` and which carries
// `errno_value` as the errno the kernel returns in this situation.
absl::Status KernelError(int errno_value, absl::string_view message);

// KernelErrno
//
// Returns the kernel errno carried by a status made by KernelError(), or nullopt.
std::optional<int> KernelErrno(const absl::Status& status);

// ErrnoName
//
// Returns the asm-generic symbolic name of an errno value ("EINVAL"), or the
// number in decimal when it has no name in errno_names.h.
std::string ErrnoName(int errno_value);

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_KERNEL_ERROR_H_
