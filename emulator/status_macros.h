// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Status propagation macros. Debian's abseil (20220623) ships no status_macros.h;
// delete this header when abseil is upgraded and use ABSL_RETURN_IF_ERROR instead.
#ifndef SECCOMP_EMU_EMULATOR_STATUS_MACROS_H_
#define SECCOMP_EMU_EMULATOR_STATUS_MACROS_H_

#include <utility>

#define SECCOMP_EMU_CONCAT_INNER_(a, b) a##b
#define SECCOMP_EMU_CONCAT_(a, b) SECCOMP_EMU_CONCAT_INNER_(a, b)

// SECCOMP_EMU_RETURN_IF_ERROR
//
// Evaluates `expr` (an absl::Status) and returns it from the enclosing function if
// it is not OK.
#define SECCOMP_EMU_RETURN_IF_ERROR(expr)             \
  do {                                                \
    const ::absl::Status seccomp_emu_status_ = (expr); \
    if (!seccomp_emu_status_.ok()) {                  \
      return seccomp_emu_status_;                     \
    }                                                 \
  } while (0)

// SECCOMP_EMU_ASSIGN_OR_RETURN
//
// Evaluates `rexpr` (an absl::StatusOr<T>); on error returns its status, otherwise
// moves the value into `lhs` (which may be a declaration such as `auto x`).
#define SECCOMP_EMU_ASSIGN_OR_RETURN(lhs, rexpr)                             \
  SECCOMP_EMU_ASSIGN_OR_RETURN_IMPL_(                                        \
      SECCOMP_EMU_CONCAT_(seccomp_emu_statusor_, __LINE__), lhs, rexpr)

#define SECCOMP_EMU_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                       \
  if (!statusor.ok()) {                                          \
    return std::move(statusor).status();                         \
  }                                                              \
  lhs = *std::move(statusor)

#endif  // SECCOMP_EMU_EMULATOR_STATUS_MACROS_H_
