// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The ABI registry (see abi.h). Facts cite the kernel file they come from and
// the kernel-spec.md section that records them; [U] marks what the spec could
// not verify.
#include "emulator/arch/abi.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "emulator/arch/syscall_table.h"
#include "emulator/instruction.h"

namespace seccomp_emu::arch {
namespace {

constexpr ByteOrder kLe = ByteOrder::kLittle;
constexpr ByteOrder kBe = ByteOrder::kBig;

std::vector<Abi> MakeRegistry() {
  std::vector<Abi> abis;
  // x86: arch/x86/include/asm/syscall.h syscall_get_arch() and
  // syscall_get_arguments(); arch/x86/include/asm/seccomp.h (strict lists);
  // arch/x86/entry/syscalls/syscall_{64,32}.tbl. Spec §4.5, §8, §10.
  abis.push_back({
      .name = "x86_64",
      .description = "x86-64, 64-bit syscalls",
      .audit_arch = 0xC000003E,
      .audit_arch_name = "AUDIT_ARCH_X86_64",
      .byte_order = kLe, .word_bits = 64, .register_bits = 64,
      .syscall_table = "x86_64",
      .runs_native = true, .compat_host = "", .compat_audit_arch = 0xC000003E,
      .native_widening = ArgWidening::kNone, .compat_widening = ArgWidening::kNone,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "rax",
      .strict_native_sigreturn = "rt_sigreturn",
      .strict_compat_sigreturn = "", .strict_compat_table = "",
      .kernel_name = "x86_64", .libseccomp_name = "x86_64",
      .libseccomp_token = "SCMP_ARCH_X86_64", .oci_name = "SCMP_ARCH_X86_64",
      .go_arch = "amd64", .seccomp_tools_name = "amd64",
      .other_names = {"x86-64", "x64"},
      .kernel_sources =
          "arch/x86/include/asm/syscall.h, arch/x86/include/asm/seccomp.h, "
          "arch/x86/entry/syscalls/syscall_64.tbl (common,64)",
      .quirks =
          "Shares AUDIT_ARCH_X86_64 with x32; filters must test nr & 0x40000000. "
          "Strict mode also allows uretprobe (335, 6.14+) and uprobe (336) [U "
          "version]. instruction_pointer is the address after `syscall`.",
  });
  abis.push_back({
      .name = "x32",
      .description = "x86-64 x32 ABI (ILP32 on 64-bit registers)",
      .audit_arch = 0xC000003E,
      .audit_arch_name = "AUDIT_ARCH_X86_64",
      .byte_order = kLe, .word_bits = 32, .register_bits = 64,
      .syscall_table = "x32",
      .runs_native = false, .compat_host = "x86_64", .compat_audit_arch = 0xC000003E,
      .native_widening = ArgWidening::kRawRegister,
      .compat_widening = ArgWidening::kRawRegister,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "rax",
      .strict_native_sigreturn = "",
      .strict_compat_sigreturn = "sigreturn", .strict_compat_table = "i386",
      .kernel_name = "", .libseccomp_name = "x32",
      .libseccomp_token = "SCMP_ARCH_X32", .oci_name = "SCMP_ARCH_X32",
      .go_arch = "", .seccomp_tools_name = "",
      .other_names = {"x86_64-x32", "amd64-x32"},
      .kernel_sources =
          "arch/x86/entry/syscalls/syscall_64.tbl (common,x32), "
          "arch/x86/include/uapi/asm/unistd.h (__X32_SYSCALL_BIT), "
          "arch/x86/include/asm/seccomp.h",
      .quirks =
          "seccomp_data.nr = table nr | 0x40000000 and arch = AUDIT_ARCH_X86_64. "
          "64-bit-only rows (e.g. 13 rt_sigaction) are absent; x32 uses 512-547. "
          "in_compat_syscall() is true, so strict mode compares x32 numbers with "
          "the ia32 list and kills every x32 syscall [I]. Arguments are full "
          "64-bit registers.",
  });
  abis.push_back({
      .name = "x86",
      .description = "i386: native 32-bit kernel, or ia32 compat on x86-64",
      .audit_arch = 0x40000003,
      .audit_arch_name = "AUDIT_ARCH_I386",
      .byte_order = kLe, .word_bits = 32, .register_bits = 32,
      .syscall_table = "i386",
      .runs_native = true, .compat_host = "x86_64", .compat_audit_arch = 0x40000003,
      .native_widening = ArgWidening::kZeroExtend32,
      .compat_widening = ArgWidening::kRawRegister,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "eax",
      .strict_native_sigreturn = "sigreturn",
      .strict_compat_sigreturn = "sigreturn", .strict_compat_table = "i386",
      .kernel_name = "i386", .libseccomp_name = "x86",
      .libseccomp_token = "SCMP_ARCH_X86", .oci_name = "SCMP_ARCH_X86",
      .go_arch = "386", .seccomp_tools_name = "i386",
      .other_names = {"i686", "ia32"},
      .kernel_sources =
          "arch/x86/entry/syscalls/syscall_32.tbl (i386), "
          "arch/x86/include/asm/seccomp.h (__NR_seccomp_sigreturn = "
          "__NR_sigreturn on X86_32, __NR_ia32_sigreturn for compat), "
          "arch/x86/include/asm/syscall.h",
      .quirks =
          "Strict mode allows sigreturn (119), not rt_sigreturn (173). Any "
          "32-bit entry (int 0x80 even from 64-bit code) reports "
          "AUDIT_ARCH_I386. Args come from ebx, ecx, edx, esi, edi, ebp; the "
          "compat path copies the raw 64-bit registers (zero-extended).",
  });
  // arm / arm64: arch/arm/include/asm/syscall.h, arch/arm64/include/asm/
  // syscall.h and seccomp.h; arch/arm/tools/syscall.tbl. Spec §4.5, §10.
  abis.push_back({
      .name = "arm",
      .description = "32-bit ARM EABI: native arm kernel, or AArch32 compat on arm64",
      .audit_arch = 0x40000028,
      .audit_arch_name = "AUDIT_ARCH_ARM",
      .byte_order = kLe, .word_bits = 32, .register_bits = 32,
      .syscall_table = "arm",
      .runs_native = true, .compat_host = "aarch64", .compat_audit_arch = 0x40000028,
      .native_widening = ArgWidening::kZeroExtend32,
      .compat_widening = ArgWidening::kRawRegister,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "r0",
      .strict_native_sigreturn = "rt_sigreturn",
      .strict_compat_sigreturn = "rt_sigreturn", .strict_compat_table = "arm",
      .kernel_name = "arm", .libseccomp_name = "arm",
      .libseccomp_token = "SCMP_ARCH_ARM", .oci_name = "SCMP_ARCH_ARM",
      .go_arch = "arm", .seccomp_tools_name = "",
      .other_names = {"armhf", "armel", "aarch32", "armv7", "armv7l"},
      .kernel_sources =
          "arch/arm/tools/syscall.tbl (common,eabi), arch/arm/include/uapi/asm/"
          "unistd.h (__ARM_NR_BASE private calls), arch/arm/include/asm/"
          "syscall.h, arch/arm64/include/asm/seccomp.h (compat list)",
      .quirks =
          "Always AUDIT_ARCH_ARM, even on big-endian kernels (ARMEB is never "
          "produced). OABI numbers have the 0x900000 swi base removed before "
          "seccomp runs. Private calls __ARM_NR_BASE+1..6 (0xf0001 breakpoint "
          "... 0xf0006 get_tls) reach seccomp too. Compat args: orig_x0, x1..x5.",
  });
  abis.push_back({
      .name = "aarch64",
      .description = "arm64, 64-bit syscalls",
      .audit_arch = 0xC00000B7,
      .audit_arch_name = "AUDIT_ARCH_AARCH64",
      .byte_order = kLe, .word_bits = 64, .register_bits = 64,
      .syscall_table = "aarch64",
      .runs_native = true, .compat_host = "", .compat_audit_arch = 0xC00000B7,
      .native_widening = ArgWidening::kNone, .compat_widening = ArgWidening::kNone,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "x0",
      .strict_native_sigreturn = "rt_sigreturn",
      .strict_compat_sigreturn = "", .strict_compat_table = "",
      .kernel_name = "aarch64", .libseccomp_name = "aarch64",
      .libseccomp_token = "SCMP_ARCH_AARCH64", .oci_name = "SCMP_ARCH_AARCH64",
      .go_arch = "arm64", .seccomp_tools_name = "aarch64",
      .other_names = {"arm64"},
      .kernel_sources =
          "scripts/syscall.tbl (common,64,renameat,newstat,rlimit,memfd_secret "
          "from arch/arm64/kernel/Makefile.syscalls), arch/arm64/include/asm/"
          "syscall.h",
      .quirks =
          "Generic table: no open, stat, fork, etc. Reports AUDIT_ARCH_AARCH64 "
          "even on big-endian kernels [V/I]; args[0] is orig_x0.",
  });
  // MIPS: arch/mips/include/asm/syscall.h, arch/mips/include/asm/seccomp.h
  // (get_compat_mode1_syscalls), arch/mips/kernel/syscalls/Makefile offsets.
  struct MipsVariant {
    absl::string_view name, description, audit_name, go, table, host, seccomp_tools;
    uint32_t audit;
    ByteOrder order;
    int word_bits, register_bits;
    bool native;
    ArgWidening native_w, compat_w;
    absl::string_view compat_table;
    std::vector<absl::string_view> other;
  };
  const MipsVariant mips[] = {
      {"mips", "MIPS o32, big-endian", "AUDIT_ARCH_MIPS", "mips", "mips_o32",
       "mips64", "", 0x00000008, kBe, 32, 32, true, ArgWidening::kZeroExtend32,
       ArgWidening::kZeroExtend32, "mips_o32", {"mipso32", "mipsbe"}},
      {"mipsel", "MIPS o32, little-endian", "AUDIT_ARCH_MIPSEL", "mipsle",
       "mips_o32", "mipsel64", "", 0x40000008, kLe, 32, 32, true,
       ArgWidening::kZeroExtend32, ArgWidening::kZeroExtend32, "mips_o32",
       {"mipso32el"}},
      {"mips64", "MIPS n64, big-endian", "AUDIT_ARCH_MIPS64", "mips64", "mips_n64",
       "", "", 0x80000008, kBe, 64, 64, true, ArgWidening::kNone,
       ArgWidening::kNone, "", {"mipsn64"}},
      {"mipsel64", "MIPS n64, little-endian", "AUDIT_ARCH_MIPSEL64", "mips64le",
       "mips_n64", "", "", 0xC0000008, kLe, 64, 64, true, ArgWidening::kNone,
       ArgWidening::kNone, "", {"mips64el", "mipsn64el"}},
      {"mips64n32", "MIPS n32 (ILP32 on 64-bit registers), big-endian",
       "AUDIT_ARCH_MIPS64N32", "", "mips_n32", "mips64", "", 0xA0000008, kBe, 32,
       64, false, ArgWidening::kSignExtend32, ArgWidening::kSignExtend32,
       "mips_n32", {"mipsn32"}},
      {"mipsel64n32", "MIPS n32 (ILP32 on 64-bit registers), little-endian",
       "AUDIT_ARCH_MIPSEL64N32", "", "mips_n32", "mipsel64", "", 0xE0000008, kLe,
       32, 64, false, ArgWidening::kSignExtend32, ArgWidening::kSignExtend32,
       "mips_n32", {"mips64n32el", "mipsn32el"}},
  };
  for (const MipsVariant& v : mips) {
    abis.push_back({
        .name = v.name,
        .description = v.description,
        .audit_arch = v.audit,
        .audit_arch_name = v.audit_name,
        .byte_order = v.order, .word_bits = v.word_bits,
        .register_bits = v.register_bits,
        .syscall_table = v.table,
        .runs_native = v.native, .compat_host = v.host,
        .compat_audit_arch = v.audit,
        .native_widening = v.native_w, .compat_widening = v.compat_w,
        .errno_flavor = ErrnoFlavor::kMips, .sigsys = 12,
        .return_convention = ReturnConvention::kMipsA3Flag,
        .return_register = "v0 (+a3)",
        .strict_native_sigreturn = "rt_sigreturn",
        .strict_compat_sigreturn = v.compat_table.empty() ? "" : "rt_sigreturn",
        .strict_compat_table = v.compat_table,
        .kernel_name = v.name, .libseccomp_name = v.name,
        .libseccomp_token = "",  // filled below
        .oci_name = "",
        .go_arch = v.go, .seccomp_tools_name = v.seccomp_tools,
        .other_names = v.other,
        .kernel_sources =
            "arch/mips/kernel/syscalls/syscall_{o32,n64,n32}.tbl and Makefile "
            "(sysnr_offset 4000/5000/6000), arch/mips/include/asm/syscall.h, "
            "arch/mips/include/asm/seccomp.h, arch/mips/include/uapi/asm/"
            "errno.h and signal.h",
        .quirks =
            "seccomp_data.nr includes the 4000 (o32) / 5000 (n64) / 6000 (n32) "
            "base. ENOSYS = 89, EOPNOTSUPP = 122, EINPROGRESS = 150, "
            "EMEDIUMTYPE = 160, SIGSYS = 12. Errors return errno in v0 with "
            "a3 = 1 [U]. o32 indirect syscall(2) (4000): nr = args[0], args "
            "shift by one. o32 args on 64-bit kernels were sign-extended "
            "before a 2025 change truncated them [I/U]; n32 registers hold "
            "sign-extended values [U]. AUDIT_ARCH_MIPS64N32 has the 64-bit "
            "flag although n32 is ILP32.",
    });
  }
  // powerpc: arch/powerpc/include/asm/syscall.h, asm/seccomp.h
  // (__NR_seccomp_sigreturn_32 = __NR_sigreturn), kernel/syscalls/Makefile.
  struct PpcVariant {
    absl::string_view name, description, audit_name, go, table;
    uint32_t audit;
    ByteOrder order;
    int bits;
    std::vector<absl::string_view> other;
  };
  const PpcVariant ppcs[] = {
      {"ppc", "powerpc 32-bit: native, or compat on ppc64", "AUDIT_ARCH_PPC", "",
       "ppc", 0x00000014, kBe, 32, {"powerpc", "ppc32"}},
      {"ppc64", "powerpc 64-bit, big-endian", "AUDIT_ARCH_PPC64", "ppc64", "ppc64",
       0x80000015, kBe, 64, {"powerpc64"}},
      {"ppc64le", "powerpc 64-bit, little-endian", "AUDIT_ARCH_PPC64LE", "ppc64le",
       "ppc64", 0xC0000015, kLe, 64, {"powerpc64le", "ppc64el"}},
  };
  for (const PpcVariant& v : ppcs) {
    const bool is32 = v.bits == 32;
    abis.push_back({
        .name = v.name,
        .description = v.description,
        .audit_arch = v.audit,
        .audit_arch_name = v.audit_name,
        .byte_order = v.order, .word_bits = v.bits, .register_bits = v.bits,
        .syscall_table = v.table,
        .runs_native = true, .compat_host = is32 ? "ppc64" : "",
        .compat_audit_arch = v.audit,
        .native_widening = is32 ? ArgWidening::kZeroExtend32 : ArgWidening::kNone,
        .compat_widening = is32 ? ArgWidening::kZeroExtend32 : ArgWidening::kNone,
        .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
        .return_convention = ReturnConvention::kPowerpcSo,
        .return_register = "r3 (+cr0.SO)",
        .strict_native_sigreturn = "rt_sigreturn",
        .strict_compat_sigreturn = is32 ? "sigreturn" : "",
        .strict_compat_table = is32 ? "ppc" : "",
        .kernel_name = v.name, .libseccomp_name = v.name,
        .libseccomp_token = "", .oci_name = "",
        .go_arch = v.go, .seccomp_tools_name = "",
        .other_names = v.other,
        .kernel_sources =
            "arch/powerpc/kernel/syscalls/syscall.tbl (common,nospu,32 / "
            "common,nospu,64 from its Makefile), arch/powerpc/include/asm/"
            "seccomp.h, arch/powerpc/include/asm/syscall.h",
        .quirks =
            "Compat args are masked to 32 bits. 32-bit tasks report "
            "AUDIT_ARCH_PPC (no PPCLE exists). Strict mode's compat list "
            "allows sigreturn (119), the native one rt_sigreturn (172). "
            "`sc` returns errno positive with CR0.SO set, `scv` returns "
            "-errno [U].",
    });
  }
  // s390: arch/s390/include/asm/seccomp.h (sigreturn in both strict lists),
  // arch/s390/include/asm/syscall.h (compat args masked).
  abis.push_back({
      .name = "s390",
      .description = "s390 31-bit compat on s390x (removed after v6.18)",
      .audit_arch = 0x00000016,
      .audit_arch_name = "AUDIT_ARCH_S390",
      .byte_order = kBe, .word_bits = 32, .register_bits = 32,
      .syscall_table = "s390",
      .runs_native = false, .compat_host = "s390x", .compat_audit_arch = 0x00000016,
      .native_widening = ArgWidening::kZeroExtend32,
      .compat_widening = ArgWidening::kZeroExtend32,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "r2",
      .strict_native_sigreturn = "sigreturn",
      .strict_compat_sigreturn = "sigreturn", .strict_compat_table = "s390",
      .kernel_name = "s390", .libseccomp_name = "s390",
      .libseccomp_token = "SCMP_ARCH_S390", .oci_name = "SCMP_ARCH_S390",
      .go_arch = "", .seccomp_tools_name = "",
      .other_names = {"s390-31"},
      .kernel_sources =
          "libseccomp src/syscalls.s390.csv (frozen at v6.18), arch/s390/"
          "include/asm/seccomp.h, arch/s390/include/asm/syscall.h",
      .quirks =
          "The 31-bit compat ABI (and AUDIT_ARCH_S390 syscalls) was removed "
          "from the kernel after v6.18; the table is the frozen v6.18 list. "
          "Args are masked to 31/32 bits. Strict mode allows sigreturn.",
  });
  abis.push_back({
      .name = "s390x",
      .description = "s390x (z/Architecture), 64-bit",
      .audit_arch = 0x80000016,
      .audit_arch_name = "AUDIT_ARCH_S390X",
      .byte_order = kBe, .word_bits = 64, .register_bits = 64,
      .syscall_table = "s390x",
      .runs_native = true, .compat_host = "", .compat_audit_arch = 0x80000016,
      .native_widening = ArgWidening::kNone, .compat_widening = ArgWidening::kNone,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "r2",
      .strict_native_sigreturn = "sigreturn",
      .strict_compat_sigreturn = "", .strict_compat_table = "",
      .kernel_name = "s390x", .libseccomp_name = "s390x",
      .libseccomp_token = "SCMP_ARCH_S390X", .oci_name = "SCMP_ARCH_S390X",
      .go_arch = "s390x", .seccomp_tools_name = "s390x",
      .other_names = {},
      .kernel_sources =
          "arch/s390/kernel/syscalls/syscall.tbl (common), arch/s390/include/"
          "asm/seccomp.h (__NR_seccomp_sigreturn = __NR_sigreturn)",
      .quirks =
          "Big-endian: the word at offset 16+8i is the HIGH half of args[i]. "
          "clone's first two arguments are swapped relative to x86 (newsp, "
          "flags). Strict mode allows sigreturn (119), not rt_sigreturn.",
  });
  // riscv: arch/riscv/include/asm/syscall.h syscall_get_arch() returns
  // AUDIT_ARCH_RISCV64 whenever CONFIG_64BIT, so rv32 compat tasks report it.
  abis.push_back({
      .name = "riscv32",
      .description = "RISC-V 32-bit (rv32 kernel, or compat on riscv64)",
      .audit_arch = 0x400000F3,
      .audit_arch_name = "AUDIT_ARCH_RISCV32",
      .byte_order = kLe, .word_bits = 32, .register_bits = 32,
      .syscall_table = "riscv32",
      .runs_native = true, .compat_host = "riscv64",
      .compat_audit_arch = 0xC00000F3,
      .native_widening = ArgWidening::kZeroExtend32,
      .compat_widening = ArgWidening::kRawRegister,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "a0",
      .strict_native_sigreturn = "rt_sigreturn",
      .strict_compat_sigreturn = "rt_sigreturn", .strict_compat_table = "riscv32",
      .kernel_name = "riscv32", .libseccomp_name = "",
      .libseccomp_token = "", .oci_name = "",
      .go_arch = "", .seccomp_tools_name = "",
      .other_names = {"rv32"},
      .kernel_sources =
          "scripts/syscall.tbl (common,32,riscv,memfd_secret from arch/riscv/"
          "kernel/Makefile.syscalls), arch/riscv/include/asm/syscall.h",
      .quirks =
          "Only 64-bit time calls (no time32 tag). Compat tasks on a riscv64 "
          "kernel report AUDIT_ARCH_RISCV64 with rv32 numbers [V as read].",
  });
  abis.push_back({
      .name = "riscv64",
      .description = "RISC-V 64-bit",
      .audit_arch = 0xC00000F3,
      .audit_arch_name = "AUDIT_ARCH_RISCV64",
      .byte_order = kLe, .word_bits = 64, .register_bits = 64,
      .syscall_table = "riscv64",
      .runs_native = true, .compat_host = "", .compat_audit_arch = 0xC00000F3,
      .native_widening = ArgWidening::kNone, .compat_widening = ArgWidening::kNone,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "a0",
      .strict_native_sigreturn = "rt_sigreturn",
      .strict_compat_sigreturn = "", .strict_compat_table = "",
      .kernel_name = "riscv64", .libseccomp_name = "riscv64",
      .libseccomp_token = "SCMP_ARCH_RISCV64", .oci_name = "SCMP_ARCH_RISCV64",
      .go_arch = "riscv64", .seccomp_tools_name = "riscv64",
      .other_names = {"rv64"},
      .kernel_sources =
          "scripts/syscall.tbl (common,64,riscv,newstat,rlimit,memfd_secret), "
          "arch/riscv/include/asm/syscall.h",
      .quirks = "Generic table plus riscv_flush_icache and riscv_hwprobe.",
  });
  abis.push_back({
      .name = "loongarch64",
      .description = "LoongArch 64-bit",
      .audit_arch = 0xC0000102,
      .audit_arch_name = "AUDIT_ARCH_LOONGARCH64",
      .byte_order = kLe, .word_bits = 64, .register_bits = 64,
      .syscall_table = "loongarch64",
      .runs_native = true, .compat_host = "", .compat_audit_arch = 0xC0000102,
      .native_widening = ArgWidening::kNone, .compat_widening = ArgWidening::kNone,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "a0",
      .strict_native_sigreturn = "rt_sigreturn",
      .strict_compat_sigreturn = "", .strict_compat_table = "",
      .kernel_name = "loongarch64", .libseccomp_name = "loongarch64",
      .libseccomp_token = "SCMP_ARCH_LOONGARCH64",
      .oci_name = "SCMP_ARCH_LOONGARCH64",
      .go_arch = "loong64", .seccomp_tools_name = "",
      .other_names = {"la64"},
      .kernel_sources =
          "scripts/syscall.tbl (common,64,memfd_secret from arch/loongarch/"
          "kernel/Makefile.syscalls), include/uapi/linux/audit.h",
      .quirks =
          "No newstat/rlimit tags: fstat, newfstatat and getrlimit are absent. "
          "memfd_secret (447) only with the newer Makefile.syscalls.",
  });
  // parisc: arch/parisc/include/asm/syscall.h; kernel/syscalls/Makefile.
  for (bool wide : {false, true}) {
    abis.push_back({
        .name = wide ? "parisc64" : "parisc",
        .description = wide ? "PA-RISC 64-bit"
                            : "PA-RISC 32-bit: native, or compat on parisc64",
        .audit_arch = wide ? 0x8000000Fu : 0x0000000Fu,
        .audit_arch_name = wide ? "AUDIT_ARCH_PARISC64" : "AUDIT_ARCH_PARISC",
        .byte_order = kBe, .word_bits = wide ? 64 : 32,
        .register_bits = wide ? 64 : 32,
        .syscall_table = wide ? "parisc64" : "parisc",
        .runs_native = true, .compat_host = wide ? "" : "parisc64",
        .compat_audit_arch = wide ? 0x8000000Fu : 0x0000000Fu,
        .native_widening = wide ? ArgWidening::kNone : ArgWidening::kZeroExtend32,
        .compat_widening = wide ? ArgWidening::kNone : ArgWidening::kZeroExtend32,
        .errno_flavor = ErrnoFlavor::kParisc, .sigsys = 31,
        .return_convention = ReturnConvention::kNegatedErrno,
        .return_register = "gr28",
        .strict_native_sigreturn = "rt_sigreturn",
        .strict_compat_sigreturn = wide ? "" : "rt_sigreturn",
        .strict_compat_table = wide ? "" : "parisc",
        .kernel_name = wide ? "parisc64" : "parisc",
        .libseccomp_name = wide ? "parisc64" : "parisc",
        .libseccomp_token = wide ? "SCMP_ARCH_PARISC64" : "SCMP_ARCH_PARISC",
        .oci_name = wide ? "SCMP_ARCH_PARISC64" : "SCMP_ARCH_PARISC",
        .go_arch = "", .seccomp_tools_name = "",
        .other_names = {wide ? "hppa64" : "hppa"},
        .kernel_sources =
            "arch/parisc/kernel/syscalls/syscall.tbl (common,32 / common,64), "
            "arch/parisc/include/uapi/asm/errno.h, arch/parisc/include/asm/"
            "syscall.h",
        .quirks =
            "ENOSYS = 251, EOPNOTSUPP = 223, EINPROGRESS = 245, EMEDIUMTYPE = "
            "183; SIGSYS = 31. _llseek is 32-bit only since v7.1-rc. "
            "syscall_rollback is a no-op. Compat arg widening [U].",
    });
  }
  // sh: libseccomp's "sh" is little-endian (SHEL), "sheb" big-endian (SH).
  for (bool big : {false, true}) {
    abis.push_back({
        .name = big ? "sheb" : "sh",
        .description = big ? "SuperH, big-endian" : "SuperH, little-endian",
        .audit_arch = big ? 0x0000002Au : 0x4000002Au,
        .audit_arch_name = big ? "AUDIT_ARCH_SH" : "AUDIT_ARCH_SHEL",
        .byte_order = big ? kBe : kLe, .word_bits = 32, .register_bits = 32,
        .syscall_table = "sh",
        .runs_native = true, .compat_host = "", .compat_audit_arch = 0,
        .native_widening = ArgWidening::kZeroExtend32,
        .compat_widening = ArgWidening::kZeroExtend32,
        .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
        .return_convention = ReturnConvention::kNegatedErrno,
        .return_register = "r0",
        .strict_native_sigreturn = "rt_sigreturn",
        .strict_compat_sigreturn = "", .strict_compat_table = "",
        .kernel_name = "", .libseccomp_name = big ? "sheb" : "sh",
        .libseccomp_token = big ? "SCMP_ARCH_SHEB" : "SCMP_ARCH_SH",
        .oci_name = big ? "SCMP_ARCH_SHEB" : "SCMP_ARCH_SH",
        .go_arch = "", .seccomp_tools_name = "",
        .other_names = {big ? "sh4eb" : "sh4", big ? "shbe" : "shel"},
        .kernel_sources = "arch/sh/kernel/syscalls/syscall.tbl (common), "
                          "include/uapi/linux/audit.h",
        .quirks =
            "Naming trap: AUDIT_ARCH_SH is big-endian but libseccomp's \"sh\" "
            "is little-endian (AUDIT_ARCH_SHEL). SH64 values exist but the "
            "sh64 port is gone.",
    });
  }
  abis.push_back({
      .name = "m68k",
      .description = "Motorola 68000",
      .audit_arch = 0x00000004,
      .audit_arch_name = "AUDIT_ARCH_M68K",
      .byte_order = kBe, .word_bits = 32, .register_bits = 32,
      .syscall_table = "m68k",
      .runs_native = true, .compat_host = "", .compat_audit_arch = 0,
      .native_widening = ArgWidening::kZeroExtend32,
      .compat_widening = ArgWidening::kZeroExtend32,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "d0",
      .strict_native_sigreturn = "rt_sigreturn",
      .strict_compat_sigreturn = "", .strict_compat_table = "",
      .kernel_name = "m68k", .libseccomp_name = "m68k",
      .libseccomp_token = "SCMP_ARCH_M68K", .oci_name = "SCMP_ARCH_M68K",
      .go_arch = "", .seccomp_tools_name = "",
      .other_names = {},
      .kernel_sources = "arch/m68k/kernel/syscalls/syscall.tbl (common), "
                        "arch/m68k/include/asm/syscall.h",
      .quirks =
          "Args are d1..d5 and a0. kernel-spec.md §10 read one snapshot whose "
          "syscall_get_arguments() puts orig_d0 (the number) in args[0]; older "
          "kernels copy d1.. in pt_regs order. seccomp-emu models the latter "
          "until a conformance run decides.",
  });
  abis.push_back({
      .name = "csky",
      .description = "C-SKY",
      .audit_arch = 0x400000FC,
      .audit_arch_name = "AUDIT_ARCH_CSKY",
      .byte_order = kLe, .word_bits = 32, .register_bits = 32,
      .syscall_table = "csky",
      .runs_native = true, .compat_host = "", .compat_audit_arch = 0,
      .native_widening = ArgWidening::kZeroExtend32,
      .compat_widening = ArgWidening::kZeroExtend32,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "a0",
      .strict_native_sigreturn = "rt_sigreturn",
      .strict_compat_sigreturn = "", .strict_compat_table = "",
      .kernel_name = "csky", .libseccomp_name = "",
      .libseccomp_token = "", .oci_name = "",
      .go_arch = "", .seccomp_tools_name = "",
      .other_names = {"ck860"},
      .kernel_sources =
          "scripts/syscall.tbl (common,32,csky,time32,stat64,rlimit from "
          "arch/csky/kernel/Makefile.syscalls)",
      .quirks = "Not in libseccomp. Register details [U].",
  });
  abis.push_back({
      .name = "xtensa",
      .description = "Xtensa (little-endian cores; the constant has no LE flag)",
      .audit_arch = 0x0000005E,
      .audit_arch_name = "AUDIT_ARCH_XTENSA",
      .byte_order = kLe, .word_bits = 32, .register_bits = 32,
      .syscall_table = "xtensa",
      .runs_native = true, .compat_host = "", .compat_audit_arch = 0,
      .native_widening = ArgWidening::kZeroExtend32,
      .compat_widening = ArgWidening::kZeroExtend32,
      .errno_flavor = ErrnoFlavor::kGeneric, .sigsys = 31,
      .return_convention = ReturnConvention::kNegatedErrno,
      .return_register = "a2",
      .strict_native_sigreturn = "rt_sigreturn",
      .strict_compat_sigreturn = "", .strict_compat_table = "",
      .kernel_name = "xtensa", .libseccomp_name = "",
      .libseccomp_token = "", .oci_name = "",
      .go_arch = "", .seccomp_tools_name = "",
      .other_names = {},
      .kernel_sources = "arch/xtensa/kernel/syscalls/syscall.tbl (common), "
                        "include/uapi/linux/audit.h",
      .quirks =
          "AUDIT_ARCH_XTENSA carries no __AUDIT_ARCH_LE flag on any core. "
          "Modelled little-endian (the common configuration); a big-endian "
          "core lays out seccomp_data big-endian with the same arch value.",
  });
  // libseccomp tokens for mips and ppc (include/seccomp.h SCMP_ARCH_*).
  for (Abi& abi : abis) {
    if (abi.libseccomp_token.empty() && !abi.libseccomp_name.empty()) {
      static const auto* kTokens =
          new absl::flat_hash_map<absl::string_view, absl::string_view>{
              {"mips", "SCMP_ARCH_MIPS"},
              {"mipsel", "SCMP_ARCH_MIPSEL"},
              {"mips64", "SCMP_ARCH_MIPS64"},
              {"mipsel64", "SCMP_ARCH_MIPSEL64"},
              {"mips64n32", "SCMP_ARCH_MIPS64N32"},
              {"mipsel64n32", "SCMP_ARCH_MIPSEL64N32"},
              {"ppc", "SCMP_ARCH_PPC"},
              {"ppc64", "SCMP_ARCH_PPC64"},
              {"ppc64le", "SCMP_ARCH_PPC64LE"},
          };
      auto it = kTokens->find(abi.libseccomp_name);
      if (it != kTokens->end()) {
        abi.libseccomp_token = it->second;
        abi.oci_name = it->second;
      }
    }
  }
  return abis;
}

const std::vector<Abi>& Registry() {
  static const auto* kRegistry = new std::vector<Abi>(MakeRegistry());
  return *kRegistry;
}

const absl::flat_hash_map<std::string, const Abi*>& NameIndex() {
  static const auto* kIndex = [] {
    auto* index = new absl::flat_hash_map<std::string, const Abi*>();
    for (const Abi& abi : Registry()) {
      for (const std::string& name : AbiNames(abi)) {
        // First ABI wins: x86_64 owns AUDIT_ARCH_X86_64, not x32.
        index->emplace(absl::AsciiStrToLower(name), &abi);
      }
    }
    return index;
  }();
  return *kIndex;
}

absl::Status AbsentError(const Abi& abi, absl::string_view what) {
  return absl::NotFoundError(absl::StrFormat(
      "syscall %s is absent on ABI %s (table %s)", what, abi.name,
      abi.Table().source));
}

}  // namespace

const SyscallTable& Abi::Table() const {
  // Every registry entry names a generated table; abi_test checks it.
  const SyscallTable* table = FindSyscallTable(syscall_table);
  return *table;
}

absl::Span<const Abi> AllAbis() { return Registry(); }

std::vector<std::string> AbiNames(const Abi& abi) {
  std::vector<std::string> names;
  auto add = [&names](absl::string_view n) {
    if (n.empty()) return;
    for (const std::string& have : names) {
      if (absl::EqualsIgnoreCase(have, n)) return;
    }
    names.emplace_back(n);
  };
  add(abi.name);
  add(abi.kernel_name);
  add(abi.libseccomp_name);
  add(abi.libseccomp_token);
  add(abi.oci_name);
  add(abi.go_arch);
  add(abi.seccomp_tools_name);
  add(abi.audit_arch_name);
  for (absl::string_view n : abi.other_names) add(n);
  return names;
}

absl::StatusOr<const Abi*> FindAbi(absl::string_view name) {
  const std::string key = absl::AsciiStrToLower(absl::StripAsciiWhitespace(name));
  const auto& index = NameIndex();
  if (auto it = index.find(key); it != index.end()) return it->second;
  uint32_t value = 0;
  if (absl::StartsWith(key, "0x") && absl::SimpleHexAtoi(key, &value)) {
    std::vector<const Abi*> found = FindAbiByAuditArch(value);
    if (!found.empty()) return found.front();
  }
  return absl::NotFoundError(absl::StrFormat(
      "unknown architecture \"%s\" (accepted: names from `seccomp-emu arches`, "
      "e.g. x86_64, amd64, SCMP_ARCH_X86_64, AUDIT_ARCH_X86_64, 0xc000003e)",
      absl::CHexEscape(name)));
}

std::vector<const Abi*> FindAbiByAuditArch(uint32_t audit_arch) {
  std::vector<const Abi*> found;
  for (const Abi& abi : Registry()) {
    if (abi.audit_arch == audit_arch ||
        (!abi.compat_host.empty() && abi.compat_audit_arch == audit_arch)) {
      found.push_back(&abi);
    }
  }
  // Prefer ABIs whose own value matches (riscv64 before riscv32 compat).
  std::stable_partition(found.begin(), found.end(), [audit_arch](const Abi* a) {
    return a->audit_arch == audit_arch;
  });
  return found;
}

absl::StatusOr<ExecutionMode> ResolveMode(const Abi& abi, ExecutionMode mode) {
  switch (mode) {
    case ExecutionMode::kDefault:
      return abi.runs_native ? ExecutionMode::kNative : ExecutionMode::kCompat;
    case ExecutionMode::kNative:
      if (!abi.runs_native) {
        return absl::FailedPreconditionError(absl::StrFormat(
            "ABI %s has no native kernel; it runs only as compat on %s",
            abi.name, abi.compat_host));
      }
      return mode;
    case ExecutionMode::kCompat:
      if (abi.compat_host.empty()) {
        return absl::FailedPreconditionError(
            absl::StrFormat("ABI %s never runs as a compat task", abi.name));
      }
      return mode;
  }
  return absl::InvalidArgumentError("bad execution mode");
}

absl::StatusOr<uint32_t> SeccompArch(const Abi& abi, ExecutionMode mode) {
  absl::StatusOr<ExecutionMode> resolved = ResolveMode(abi, mode);
  if (!resolved.ok()) return resolved.status();
  return *resolved == ExecutionMode::kCompat ? abi.compat_audit_arch
                                             : abi.audit_arch;
}

absl::StatusOr<ArgWidening> Widening(const Abi& abi, ExecutionMode mode) {
  absl::StatusOr<ExecutionMode> resolved = ResolveMode(abi, mode);
  if (!resolved.ok()) return resolved.status();
  return *resolved == ExecutionMode::kCompat ? abi.compat_widening
                                             : abi.native_widening;
}

std::optional<int32_t> ParseSyscallNumber(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  if (absl::StartsWithIgnoreCase(text, "0x")) {
    uint64_t hex = 0;
    if (!absl::SimpleHexAtoi(text, &hex) || hex > 0xffffffffu) return std::nullopt;
    return static_cast<int32_t>(static_cast<uint32_t>(hex));
  }
  int32_t nr = 0;
  if (!absl::SimpleAtoi(text, &nr)) return std::nullopt;
  return nr;
}

absl::StatusOr<const SyscallEntry*> FindSyscall(const Abi& abi,
                                                absl::string_view name_or_nr) {
  const SyscallTable& table = abi.Table();
  absl::string_view query = absl::StripAsciiWhitespace(name_or_nr);
  if (const std::optional<int32_t> nr = ParseSyscallNumber(query)) {
    if (const SyscallEntry* e = table.FindBySeccompNr(*nr)) return e;
    return absl::NotFoundError(absl::StrFormat(
        "no syscall has number %d on ABI %s (table %s, abi tags %s)", *nr,
        abi.name, table.source, table.abi_tags));
  }
  if (const SyscallEntry* e = table.FindByName(query)) return e;
  if (const SyscallEntry* e = table.FindByAlias(query)) return e;
  if (const SyscallEntry* e = table.FindByAlias(absl::StrCat("sys_", query))) {
    return e;
  }
  return AbsentError(abi, absl::StrCat("\"", absl::CHexEscape(query), "\""));
}

absl::StatusOr<int32_t> SyscallNr(const Abi& abi, absl::string_view name) {
  absl::StatusOr<const SyscallEntry*> e = FindSyscall(abi, name);
  if (!e.ok()) return e.status();
  return abi.Table().SeccompNr(**e);
}

absl::StatusOr<std::string> SyscallNameForNr(const Abi& abi, int32_t nr) {
  const SyscallEntry* e = abi.Table().FindBySeccompNr(nr);
  if (e == nullptr) {
    return absl::NotFoundError(absl::StrFormat(
        "no syscall has number %d on ABI %s", nr, abi.name));
  }
  return std::string(e->name);
}

absl::StatusOr<std::vector<int32_t>> StrictModeSyscalls(const Abi& abi,
                                                        ExecutionMode mode) {
  absl::StatusOr<ExecutionMode> resolved = ResolveMode(abi, mode);
  if (!resolved.ok()) return resolved.status();
  // kernel/seccomp.c: mode1_syscalls[] (native) and
  // get_compat_mode1_syscalls() (compat, in_compat_syscall()).
  const bool compat = *resolved == ExecutionMode::kCompat;
  const SyscallTable* table =
      compat ? FindSyscallTable(abi.strict_compat_table) : &abi.Table();
  absl::string_view sigreturn =
      compat ? abi.strict_compat_sigreturn : abi.strict_native_sigreturn;
  if (table == nullptr || sigreturn.empty()) {
    return absl::InternalError(
        absl::StrFormat("ABI %s has no strict-mode list", abi.name));
  }
  std::vector<absl::string_view> names = {"read", "write", "exit", sigreturn};
  // `#ifdef __NR_uretprobe` in mode1_syscalls: only x86-64 defines it (6.14+);
  // uprobe followed in 2025 [U version].
  if (!compat && abi.name == "x86_64") {
    names.push_back("uretprobe");
    names.push_back("uprobe");
  }
  std::vector<int32_t> out;
  for (absl::string_view n : names) {
    const SyscallEntry* e = table->FindByName(n);
    if (e == nullptr) {
      return absl::InternalError(absl::StrFormat(
          "strict-mode syscall %s missing from table %s", n, table->id));
    }
    out.push_back(table->SeccompNr(*e));
  }
  return out;
}

absl::string_view ArgWideningName(ArgWidening widening) {
  switch (widening) {
    case ArgWidening::kNone:
      return "none";
    case ArgWidening::kZeroExtend32:
      return "zero-extend-32";
    case ArgWidening::kRawRegister:
      return "raw-register";
    case ArgWidening::kSignExtend32:
      return "sign-extend-32";
  }
  return "?";
}

absl::string_view ReturnConventionName(ReturnConvention convention) {
  switch (convention) {
    case ReturnConvention::kNegatedErrno:
      return "negated-errno";
    case ReturnConvention::kMipsA3Flag:
      return "mips-a3-flag";
    case ReturnConvention::kPowerpcSo:
      return "powerpc-cr0-so";
  }
  return "?";
}

}  // namespace seccomp_emu::arch
