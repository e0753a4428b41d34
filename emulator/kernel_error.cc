// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Statuses carrying kernel errno values.
#include "emulator/kernel_error.h"

#include <cerrno>
#include <cstdlib>

#include "absl/strings/cord.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "emulator/errno_names.h"

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
  absl::StatusOr<std::string> name = ErrnoName(ErrnoFlavor::kGeneric, errno_value);
  return name.ok() ? *name : absl::StrCat(errno_value);
}

}  // namespace seccomp_emu
