#!/usr/bin/env python3
# Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
"""Generates seccomp-emu's per-ABI syscall tables from the kernel's .tbl files.

Mirrors what the kernel's scripts/syscallhdr.sh --abis does: for each seccomp
ABI, keep the rows of one table file whose abi tag is in that ABI's tag set
(third_party/linux-syscalls/ABIS.md), then emit a C++ source implementing
emulator/arch/syscall_table.h.

Modes (stdlib only, Python 3.8+):

  gen_syscalls.py --out FILE TABLE_FILE...
      Build-time mode, run by the genrule //emulator/arch:syscall_tables_cc.
      TABLE_FILE arguments are matched by base name.

  gen_syscalls.py --import-kernel LINUX_TREE [--dest DIR]
      Maintenance mode: copies the .tbl files named below from a kernel
      checkout into third_party/linux-syscalls/ (path '/' written as '__'),
      then prints per-ABI row counts. Rebuilding regenerates the C++ tables.

  gen_syscalls.py --summary TABLE_FILE...
      Prints per-ABI row counts and exits.
"""

import argparse
import csv
import os
import shutil
import sys

X32_SYSCALL_BIT = 0x40000000

# Kernel paths of the copied tables (third_party/linux-syscalls/README.md).
KERNEL_TABLES = [
    "scripts/syscall.tbl",
    "arch/x86/entry/syscalls/syscall_64.tbl",
    "arch/x86/entry/syscalls/syscall_32.tbl",
    "arch/arm/tools/syscall.tbl",
    "arch/mips/kernel/syscalls/syscall_o32.tbl",
    "arch/mips/kernel/syscalls/syscall_n32.tbl",
    "arch/mips/kernel/syscalls/syscall_n64.tbl",
    "arch/powerpc/kernel/syscalls/syscall.tbl",
    "arch/s390/kernel/syscalls/syscall.tbl",
    "arch/m68k/kernel/syscalls/syscall.tbl",
    "arch/xtensa/kernel/syscalls/syscall.tbl",
    "arch/sh/kernel/syscalls/syscall.tbl",
    "arch/parisc/kernel/syscalls/syscall.tbl",
]


def local_name(kernel_path):
    return kernel_path.replace("/", "__")


# One row per generated table: (table id, kernel path or local csv, abi tags or
# None for "every row", number added to seccomp_data.nr, bits OR-ed into it).
# Tag sets: scripts/Makefile.asm-headers plus arch/*/kernel/Makefile.syscalls
# (generic-table arches), arch/{powerpc,parisc,mips}/kernel/syscalls/Makefile,
# arch/x86/entry/syscalls/Makefile and arch/arm/tools/Makefile.
TABLES = [
    ("x86_64", "arch/x86/entry/syscalls/syscall_64.tbl", {"common", "64"}, 0, 0),
    # arch/x86/include/asm/unistd.h: __X32_SYSCALL_BIT.
    ("x32", "arch/x86/entry/syscalls/syscall_64.tbl", {"common", "x32"}, 0,
     X32_SYSCALL_BIT),
    ("i386", "arch/x86/entry/syscalls/syscall_32.tbl", {"i386"}, 0, 0),
    ("arm", "arch/arm/tools/syscall.tbl", {"common", "eabi"}, 0, 0),
    ("aarch64", "scripts/syscall.tbl",
     {"common", "64", "renameat", "newstat", "rlimit", "memfd_secret"}, 0, 0),
    ("riscv64", "scripts/syscall.tbl",
     {"common", "64", "riscv", "newstat", "rlimit", "memfd_secret"}, 0, 0),
    ("riscv32", "scripts/syscall.tbl",
     {"common", "32", "riscv", "memfd_secret"}, 0, 0),
    ("loongarch64", "scripts/syscall.tbl", {"common", "64", "memfd_secret"}, 0, 0),
    ("csky", "scripts/syscall.tbl",
     {"common", "32", "csky", "time32", "stat64", "rlimit"}, 0, 0),
    ("m68k", "arch/m68k/kernel/syscalls/syscall.tbl", {"common"}, 0, 0),
    # arch/mips/kernel/syscalls/Makefile: sysnr_offset_unistd_nr_{o32,n64,n32}.
    ("mips_o32", "arch/mips/kernel/syscalls/syscall_o32.tbl", None, 4000, 0),
    ("mips_n64", "arch/mips/kernel/syscalls/syscall_n64.tbl", None, 5000, 0),
    ("mips_n32", "arch/mips/kernel/syscalls/syscall_n32.tbl", None, 6000, 0),
    ("parisc", "arch/parisc/kernel/syscalls/syscall.tbl", {"common", "32"}, 0, 0),
    ("parisc64", "arch/parisc/kernel/syscalls/syscall.tbl", {"common", "64"}, 0, 0),
    ("ppc", "arch/powerpc/kernel/syscalls/syscall.tbl", {"common", "nospu", "32"},
     0, 0),
    ("ppc64", "arch/powerpc/kernel/syscalls/syscall.tbl",
     {"common", "nospu", "64"}, 0, 0),
    ("s390x", "arch/s390/kernel/syscalls/syscall.tbl", {"common"}, 0, 0),
    # 31-bit s390 compat was removed after v6.18; libseccomp's frozen list.
    ("s390", "s390_31bit_v6.18.csv", None, 0, 0),
    ("sh", "arch/sh/kernel/syscalls/syscall.tbl", {"common"}, 0, 0),
    ("xtensa", "arch/xtensa/kernel/syscalls/syscall.tbl", {"common"}, 0, 0),
]

# ARM private syscalls: not in syscall.tbl but dispatched by arm_syscall()
# after the seccomp check. arch/arm/include/uapi/asm/unistd.h (__ARM_NR_BASE
# 0x0f0000) and arch/arm64/include/asm/unistd.h (__ARM_NR_COMPAT_BASE).
ARM_PRIVATE = [
    (0x0F0001, "breakpoint"),
    (0x0F0002, "cacheflush"),
    (0x0F0003, "usr26"),
    (0x0F0004, "usr32"),
    (0x0F0005, "set_tls"),
    (0x0F0006, "get_tls"),
]


class Row:
    __slots__ = ("number", "name", "entry", "compat", "tag", "source")

    def __init__(self, number, name, entry, compat, tag, source):
        self.number = number
        self.name = name
        self.entry = entry
        self.compat = compat
        self.tag = tag
        self.source = source


def parse_tbl(path):
    """Parses a kernel .tbl file: '<nr> <abi> <name> [<entry> [<compat>]]'."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split()
            if len(fields) < 3:
                raise SystemExit("%s:%d: expected at least 3 fields" % (path, lineno))
            try:
                number = int(fields[0])
            except ValueError:
                raise SystemExit("%s:%d: bad number %r" % (path, lineno, fields[0]))
            entry = fields[3] if len(fields) > 3 and fields[3] != "-" else ""
            compat = fields[4] if len(fields) > 4 and fields[4] != "-" else ""
            rows.append(Row(number, fields[2], entry, compat, fields[1], "tbl"))
    return rows


def parse_libseccomp_csv(path):
    """Parses libseccomp's single-arch csv ('name,number'; PNR = absent)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, rec in enumerate(csv.reader(f), 1):
            if not rec or rec[0].startswith("#"):
                continue
            if len(rec) != 2:
                raise SystemExit("%s:%d: expected name,number" % (path, lineno))
            if rec[1] == "PNR":
                continue
            rows.append(Row(int(rec[1]), rec[0], "", "", "csv", "csv"))
    return rows


def find_input(files, source):
    want = local_name(source) if "/" in source else source
    for f in files:
        if os.path.basename(f) == want:
            return f
    raise SystemExit("gen_syscalls: input %s not given" % want)


def select(files, spec):
    table_id, source, tags, _, _ = spec
    path = find_input(files, source)
    rows = parse_libseccomp_csv(path) if path.endswith(".csv") else parse_tbl(path)
    if tags is not None:
        rows = [r for r in rows if r.tag in tags]
    if table_id == "arm":
        rows += [Row(n, name, "", "", "private", "private") for n, name in ARM_PRIVATE]
    rows.sort(key=lambda r: r.number)
    seen_nr, seen_name = {}, {}
    for r in rows:
        if r.number in seen_nr:
            raise SystemExit("gen_syscalls: %s: number %d is both %s and %s" %
                             (table_id, r.number, seen_nr[r.number], r.name))
        if r.name in seen_name:
            raise SystemExit("gen_syscalls: %s: name %s is both %d and %d" %
                             (table_id, r.name, seen_name[r.name], r.number))
        seen_nr[r.number] = r.name
        seen_name[r.name] = r.number
    return rows


def aliases(rows):
    """Entry points naming exactly one row (sys_ni_syscall and shared ones dropped)."""
    count = {}
    for r in rows:
        for ep in {r.entry, r.compat}:
            if ep:
                count[ep] = count.get(ep, 0) + 1
    names = {r.name for r in rows}
    out = []
    for i, r in enumerate(rows):
        for ep in sorted({r.entry, r.compat}):
            if ep and count[ep] == 1 and ep != "sys_ni_syscall" and ep not in names:
                out.append((ep, i))
    out.sort()
    return out


def cpp_ident(table_id):
    return "k" + "".join(p.capitalize() for p in table_id.split("_"))


def generate(files):
    out = []
    w = out.append
    w("// Copyright 2026 The seccomp-emu Authors. "
      "SPDX-License-Identifier: Apache-2.0")
    w("//")
    w("// GENERATED by tools/gen_syscalls.py from third_party/linux-syscalls/. "
      "DO NOT EDIT.")
    w("// Regenerate: copy new kernel tables in (tools/gen_syscalls.py "
      "--import-kernel) and rebuild.")
    w("")
    w('#include "emulator/arch/syscall_table.h"')
    w("")
    w("#include <cstddef>")
    w("")
    w("namespace seccomp_emu::arch {")
    w("namespace {")
    w("")
    alias_count = {}
    for spec in TABLES:
        table_id = spec[0]
        rows = select(files, spec)
        ident = cpp_ident(table_id)
        w("constexpr SyscallEntry %sEntries[] = {" % ident)
        for r in rows:
            kind = {"tbl": "kTable", "csv": "kTable", "private": "kArmPrivate"}[r.source]
            w('    {%d, "%s", "%s", "%s", "%s", SyscallEntry::Origin::%s},' %
              (r.number, r.name, r.entry, r.compat, r.tag, kind))
        w("};")
        by_name = sorted(range(len(rows)), key=lambda i: rows[i].name)
        w("constexpr uint16_t %sByName[] = {" % ident)
        for start in range(0, len(by_name), 16):
            w("    " + ", ".join(str(i) for i in by_name[start:start + 16]) + ",")
        w("};")
        al = aliases(rows)
        alias_count[table_id] = len(al)
        w("constexpr SyscallAlias %sAliases[] = {" % ident)
        for ep, i in al:
            w('    {"%s", %d},' % (ep, i))
        if not al:
            w('    {"", 0},')
        w("};")
        w("")
    w("constexpr SyscallTable kTables[] = {")
    for table_id, source, tags, offset, orbits in TABLES:
        ident = cpp_ident(table_id)
        tag_text = "*" if tags is None else ",".join(sorted(tags))
        if table_id == "arm":
            tag_text += " + arm private"
        src_text = source if "/" in source else "third_party/linux-syscalls/" + source
        w('    {"%s", "%s", "%s", %d, 0x%xu, %sEntries, %sByName,' %
          (table_id, src_text, tag_text, offset, orbits, ident, ident))
        w("     sizeof(%sEntries) / sizeof(%sEntries[0]), %sAliases," %
          (ident, ident, ident))
        w("     %d}," % alias_count[table_id])
    w("};")
    w("")
    w("}  // namespace")
    w("")
    w("absl::Span<const SyscallTable> GeneratedSyscallTables() { return kTables; }")
    w("")
    w("}  // namespace seccomp_emu::arch")
    return "\n".join(out) + "\n"


def summary(files):
    for spec in TABLES:
        rows = select(files, spec)
        print("%-12s %4d rows  (%s)" % (spec[0], len(rows), spec[1]))


def import_kernel(tree, dest):
    for kpath in KERNEL_TABLES:
        src = os.path.join(tree, kpath)
        if not os.path.exists(src):
            raise SystemExit("gen_syscalls: %s not found" % src)
        shutil.copyfile(src, os.path.join(dest, local_name(kpath)))
        print("copied %s" % kpath)
    files = [os.path.join(dest, f) for f in os.listdir(dest)]
    summary(files)
    print("Now update third_party/linux-syscalls/README.md (kernel commit) and "
          "run the tests: bazel test //emulator/arch/...")


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out")
    p.add_argument("--summary", action="store_true")
    p.add_argument("--import-kernel", metavar="LINUX_TREE")
    p.add_argument("--dest", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "third_party",
        "linux-syscalls"))
    p.add_argument("inputs", nargs="*")
    args = p.parse_args(argv)
    if args.import_kernel:
        import_kernel(args.import_kernel, args.dest)
        return 0
    if args.summary:
        summary(args.inputs)
        return 0
    if not args.out:
        p.error("--out is required")
    text = generate(args.inputs)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
