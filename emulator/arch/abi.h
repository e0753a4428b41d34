// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// File: abi.h
//
// The registry of every ABI that Linux gives to seccomp: its AUDIT_ARCH value
// (syscall_get_arch() in arch/*/include/asm/syscall.h), byte order, word size,
// compat host and argument widening (kernel-spec.md §4.5), syscall-number
// transform, errno/signal numbering, return-value convention (§5.8), strict
// mode allow-list (§8, kernel/seccomp.c __secure_computing_strict()) and the
// names other tools use for it (§10).
//
// Example:
//
//   absl::StatusOr<const Abi*> abi = FindAbi("amd64");  // x86_64
//   absl::StatusOr<int32_t> nr = SyscallNr(**abi, "openat");  // 257
#ifndef SECCOMP_EMU_EMULATOR_ARCH_ABI_H_
#define SECCOMP_EMU_EMULATOR_ARCH_ABI_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "emulator/arch/syscall_table.h"
#include "emulator/errno_names.h"
#include "emulator/instruction.h"

namespace seccomp_emu::arch {

// AUDIT_ARCH flag bits (include/uapi/linux/audit.h).
inline constexpr uint32_t kAuditArch64Bit = 0x80000000;
inline constexpr uint32_t kAuditArchLe = 0x40000000;
inline constexpr uint32_t kAuditArchMips64N32 = 0x20000000;

// X32 syscall bit (arch/x86/include/uapi/asm/unistd.h __X32_SYSCALL_BIT).
inline constexpr uint32_t kX32SyscallBit = 0x40000000;

// ExecutionMode
//
// How the task runs: on a kernel of its own ABI (native) or as a compat task on
// a 64-bit kernel. kDefault picks native when such a kernel exists, else compat.
enum class ExecutionMode { kDefault, kNative, kCompat };

// ArgWidening
//
// How syscall_get_arguments() turns the argument registers into the u64
// seccomp_data.args (kernel-spec.md §4.5).
enum class ArgWidening {
  // 64-bit native: the 64-bit register, unchanged.
  kNone,
  // unsigned long is 32 bits (32-bit kernel), or the compat path masks the
  // register to 32 bits (s390, powerpc): high half is 0.
  kZeroExtend32,
  // Compat on x86-64 and arm64, and x32: the full 64-bit register is copied.
  // For a 32-bit task the high half is 0 in practice; never sign-extended.
  kRawRegister,
  // MIPS64 n32: 32-bit values live sign-extended in 64-bit registers and the
  // register is copied [U].
  kSignExtend32,
};

// ReturnConvention
//
// How syscall_set_return_value() reports an error to userspace (§5.8).
enum class ReturnConvention {
  kNegatedErrno,  // return register = -errno (x86, arm, arm64, m68k, parisc, ...)
  kMipsA3Flag,    // v0 = errno (positive), a3 = 1 [U]
  kPowerpcSo,     // sc: r3 = errno (positive), CR0.SO set; scv: -errno [U]
};

using ::seccomp_emu::ErrnoFlavor;
using ::seccomp_emu::ErrnoFlavorName;
using ::seccomp_emu::ErrnoName;
using ::seccomp_emu::ErrnoNumber;

// Abi
//
// One seccomp ABI. All strings are static.
struct Abi {
  // Canonical name: libseccomp's spelling where it has one ("x86_64", "x86",
  // "mipsel64"), else the kernel's ("riscv32", "csky", "xtensa").
  absl::string_view name;
  absl::string_view description;
  uint32_t audit_arch;
  absl::string_view audit_arch_name;  // "AUDIT_ARCH_X86_64"
  ByteOrder byte_order;
  int word_bits;      // sizeof(long) * 8 in the userspace ABI
  int register_bits;  // width of the argument registers the kernel reads
  absl::string_view syscall_table;  // id in GeneratedSyscallTables()

  bool runs_native;                 // a kernel of this ABI exists today
  absl::string_view compat_host;    // 64-bit ABI running it as compat, or ""
  uint32_t compat_audit_arch;       // seccomp_data.arch when run as compat
  ArgWidening native_widening;
  ArgWidening compat_widening;

  ErrnoFlavor errno_flavor;
  int sigsys;  // SIGSYS (12 on MIPS, 31 elsewhere here)
  ReturnConvention return_convention;
  absl::string_view return_register;

  // Strict mode (§8): the sigreturn the mode-1 list allows natively and in the
  // host's compat list, and which table the compat list's numbers come from.
  absl::string_view strict_native_sigreturn;
  absl::string_view strict_compat_sigreturn;
  absl::string_view strict_compat_table;

  // Names other tools use ("" = none).
  absl::string_view kernel_name;          // SECCOMP_ARCH_NATIVE_NAME style
  absl::string_view libseccomp_name;      // seccomp_arch_resolve_name()
  absl::string_view libseccomp_token;     // SCMP_ARCH_*
  absl::string_view oci_name;             // runtime-spec linux.seccomp.architectures
  absl::string_view go_arch;              // GOARCH
  absl::string_view seccomp_tools_name;   // seccomp-tools --arch
  std::vector<absl::string_view> other_names;

  // Kernel files the facts above come from, and notable quirks.
  absl::string_view kernel_sources;
  absl::string_view quirks;

  // Table
  //
  // Returns this ABI's generated syscall table (never null).
  const SyscallTable& Table() const;
};

// AllAbis
//
// Returns every ABI, in a stable documentation order.
absl::Span<const Abi> AllAbis();

// FindAbi
//
// Returns the ABI with any accepted spelling of `name`, case-insensitively:
// canonical, kernel, libseccomp, SCMP_ARCH_*, AUDIT_ARCH_*, GOARCH,
// seccomp-tools or a listed alias, or an AUDIT_ARCH value written in hex
// ("0xc000003e"; where ABIs share it, the first). Returns NotFound naming the
// spelling otherwise.
absl::StatusOr<const Abi*> FindAbi(absl::string_view name);

// FindAbiByAuditArch
//
// Returns the ABIs whose native or compat seccomp_data.arch is `audit_arch`, in
// AllAbis() order (x86_64 before x32; riscv64 before riscv32, whose compat
// tasks report RISCV64). Empty if none.
std::vector<const Abi*> FindAbiByAuditArch(uint32_t audit_arch);

// AbiNames
//
// Returns every accepted spelling of `abi` (without duplicates).
std::vector<std::string> AbiNames(const Abi& abi);

// ResolveMode
//
// Turns kDefault into kNative or kCompat. Returns FailedPrecondition if the
// ABI cannot run in the requested mode (x32 natively, x86_64 as compat).
absl::StatusOr<ExecutionMode> ResolveMode(const Abi& abi, ExecutionMode mode);

// SeccompArch
//
// Returns seccomp_data.arch for a task of `abi` in `mode`.
absl::StatusOr<uint32_t> SeccompArch(const Abi& abi, ExecutionMode mode);

// Widening
//
// Returns the argument widening rule for `abi` in `mode`.
absl::StatusOr<ArgWidening> Widening(const Abi& abi, ExecutionMode mode);

// ParseSyscallNumber
//
// Parses a syscall number as seccomp_data.nr holds it: decimal (possibly
// negative) or 0x-hex up to 0xffffffff. nullopt if `text` is not a number.
std::optional<int32_t> ParseSyscallNumber(absl::string_view text);

// FindSyscall
//
// Resolves a syscall name ("newfstatat"), an entry point alias
// ("sys_newfstatat", or "llseek" for sys_llseek) or a seccomp_data.nr value in
// decimal or hex ("262", "0x40000001", "4001") to its table entry. Returns
// NotFound "syscall X is absent on ABI Y" otherwise.
absl::StatusOr<const SyscallEntry*> FindSyscall(const Abi& abi,
                                                absl::string_view name_or_nr);

// SyscallNr
//
// Returns the seccomp_data.nr of syscall `name` (or alias) on `abi`: the table
// number plus the mips offset, with the x32 bit. NotFound if absent.
absl::StatusOr<int32_t> SyscallNr(const Abi& abi, absl::string_view name);

// SyscallNameForNr
//
// Returns the name of seccomp_data.nr `nr` on `abi`; NotFound if no syscall
// has that number.
absl::StatusOr<std::string> SyscallNameForNr(const Abi& abi, int32_t nr);

// StrictModeSyscalls
//
// Returns the seccomp_data.nr values strict mode (SECCOMP_MODE_STRICT)
// compares against for a task of `abi` in `mode`: read, write, exit, the
// arch's sigreturn and, natively on x86-64, uretprobe and uprobe. For x32 the
// list is the ia32 one (3, 4, 1, 119), which no x32 number can match.
absl::StatusOr<std::vector<int32_t>> StrictModeSyscalls(const Abi& abi,
                                                        ExecutionMode mode);

// ArgWideningName / ReturnConventionName
//
// Short stable names for output ("zero-extend-32", "negated-errno").
absl::string_view ArgWideningName(ArgWidening widening);
absl::string_view ReturnConventionName(ReturnConvention convention);

}  // namespace seccomp_emu::arch

#endif  // SECCOMP_EMU_EMULATOR_ARCH_ABI_H_
