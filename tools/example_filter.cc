// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Writes the bundled example filter: a small container-style allow-list for
// x86_64 and i386 compiled by Debian's libseccomp (seccomp_export_bpf()), so the
// README's main command shows real libseccomp output (arch checks, the x32
// guard, argument checks). Usage: example_filter OUT.bpf
#include <fcntl.h>
#include <seccomp.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <initializer_list>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUT.bpf\n", argv[0]);
    return 2;
  }
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ERRNO(EPERM));
  if (ctx == nullptr) return 1;
  int rc = seccomp_arch_add(ctx, SCMP_ARCH_X86);
  for (const char* name : {"read", "write", "close", "fstat", "mmap", "munmap",
                           "brk", "rt_sigreturn", "exit", "exit_group",
                           "getpid", "futex", "clock_gettime", "openat"}) {
    if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, seccomp_syscall_resolve_name(name), 0);
  }
  // ioctl only for TCGETS, kill only of oneself via signal 0.
  if (rc == 0) {
    rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
                          SCMP_A1(SCMP_CMP_EQ, 0x5401));
  }
  if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_KILL_PROCESS, SCMP_SYS(ptrace), 0);
  if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_TRACE(7), SCMP_SYS(execve), 0);
  const int fd = rc == 0 ? open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644) : -1;
  if (fd >= 0) rc = seccomp_export_bpf(ctx, fd);
  if (rc != 0 || fd < 0) {
    std::fprintf(stderr, "example_filter: %s\n", std::strerror(rc != 0 ? -rc : errno));
    return 1;
  }
  close(fd);
  seccomp_release(ctx);
  return 0;
}
