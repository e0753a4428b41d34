// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Statuses carrying kernel errno values.
#include "emulator/kernel_error.h"

#include <cerrno>
#include <cstdlib>

#include "absl/strings/cord.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace seccomp_emu {
namespace {

constexpr char kErrnoPayload[] = "seccomp-emu/kernel-errno";

absl::StatusCode CodeFor(int errno_value) {
  switch (errno_value) {
    case ENOMEM:
      return absl::StatusCode::kResourceExhausted;
    case EACCES:
    case EBUSY:
    case ESRCH:
      return absl::StatusCode::kFailedPrecondition;
    default:
      return absl::StatusCode::kInvalidArgument;
  }
}

}  // namespace

absl::Status KernelError(int errno_value, absl::string_view message) {
  absl::Status status(CodeFor(errno_value), message);
  status.SetPayload(kErrnoPayload, absl::Cord(absl::StrCat(errno_value)));
  return status;
}

std::optional<int> KernelErrno(const absl::Status& status) {
  auto payload = status.GetPayload(kErrnoPayload);
  int value = 0;
  if (!payload.has_value() || !absl::SimpleAtoi(std::string(*payload), &value)) {
    return std::nullopt;
  }
  return value;
}

std::string ErrnoName(int errno_value) {
  // asm-generic numbering (kernel-spec.md §0.3); names for the values seccomp uses.
  switch (errno_value) {
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case ESRCH: return "ESRCH";
    case EINTR: return "EINTR";
    case E2BIG: return "E2BIG";
    case EBADF: return "EBADF";
    case ENOMEM: return "ENOMEM";
    case EACCES: return "EACCES";
    case EFAULT: return "EFAULT";
    case EBUSY: return "EBUSY";
    case EINVAL: return "EINVAL";
    case EMFILE: return "EMFILE";
    case ENOSYS: return "ENOSYS";
    case EOPNOTSUPP: return "EOPNOTSUPP";
    case EINPROGRESS: return "EINPROGRESS";
    case EMEDIUMTYPE: return "EMEDIUMTYPE";
    default: return absl::StrCat(errno_value);
  }
}

}  // namespace seccomp_emu
