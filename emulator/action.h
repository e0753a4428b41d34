// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The SECCOMP_RET_* actions (include/uapi/linux/seccomp.h) and the mnemonics the
// disassembler writes and the assembler reads. Spec: kernel-spec.md §1.4.
#ifndef SECCOMP_EMU_EMULATOR_ACTION_H_
#define SECCOMP_EMU_EMULATOR_ACTION_H_

#include <cstdint>
#include <optional>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

namespace seccomp_emu {

// SECCOMP_RET_* action values and masks.
inline constexpr uint32_t kRetKillProcess = 0x80000000;
inline constexpr uint32_t kRetKillThread = 0x00000000;
inline constexpr uint32_t kRetTrap = 0x00030000;
inline constexpr uint32_t kRetErrno = 0x00050000;
inline constexpr uint32_t kRetUserNotif = 0x7fc00000;
inline constexpr uint32_t kRetTrace = 0x7ff00000;
inline constexpr uint32_t kRetLog = 0x7ffc0000;
inline constexpr uint32_t kRetAllow = 0x7fff0000;
inline constexpr uint32_t kRetActionFull = 0xffff0000;
inline constexpr uint32_t kRetData = 0x0000ffff;

// ActionMnemonic
//
// Returns the assembler mnemonic of one of the eight actions (`action` without
// data): "KILL_PROCESS", "KILL" (KILL_THREAD, the kernel's SECCOMP_RET_KILL
// alias), "TRAP", "ERRNO", "USER_NOTIF", "TRACE", "LOG" or "ALLOW"; nullopt for
// any other value.
constexpr std::optional<absl::string_view> ActionMnemonic(uint32_t action) {
  switch (action) {
    case kRetKillProcess: return "KILL_PROCESS";
    case kRetKillThread: return "KILL";
    case kRetTrap: return "TRAP";
    case kRetErrno: return "ERRNO";
    case kRetUserNotif: return "USER_NOTIF";
    case kRetTrace: return "TRACE";
    case kRetLog: return "LOG";
    case kRetAllow: return "ALLOW";
    default: return std::nullopt;
  }
}

// ParseActionMnemonic
//
// Inverse of ActionMnemonic(), case-insensitive, also accepting "KILL_THREAD".
inline std::optional<uint32_t> ParseActionMnemonic(absl::string_view name) {
  if (absl::EqualsIgnoreCase(name, "KILL_THREAD")) return kRetKillThread;
  for (uint32_t action : {kRetKillProcess, kRetKillThread, kRetTrap, kRetErrno,
                          kRetUserNotif, kRetTrace, kRetLog, kRetAllow}) {
    if (absl::EqualsIgnoreCase(name, *ActionMnemonic(action))) return action;
  }
  return std::nullopt;
}

}  // namespace seccomp_emu

#endif  // SECCOMP_EMU_EMULATOR_ACTION_H_
