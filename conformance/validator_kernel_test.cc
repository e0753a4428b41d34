// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The live kernel validates every program of the opcode table, and must agree
// with the emulator's validator: the generic pass through SO_ATTACH_FILTER on a
// socket (bpf_check_classic()), the seccomp pass through seccomp(2) in a forked
// child (seccomp_check_filter()). Spec: kernel-spec.md §3.
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "emulator/opcode_table.h"
#include "emulator/validator.h"
#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

using testing::AllOpcodeCases;
using testing::OpcodeCase;
using testing::ProgramFor;

sock_fprog ToFprog(std::vector<Instruction>& program) {
  static_assert(sizeof(Instruction) == sizeof(sock_filter));
  return sock_fprog{static_cast<unsigned short>(program.size()),
                    reinterpret_cast<sock_filter*>(program.data())};
}

std::string Describe(const Instruction& insn) {
  char buf[96];
  std::snprintf(buf, sizeof(buf), "code 0x%04x jt %u jf %u k 0x%08x", insn.code,
                insn.jt, insn.jf, insn.k);
  return buf;
}

// The generic classic-BPF pass: SO_ATTACH_FILTER fails with EINVAL exactly when
// bpf_check_classic() rejects.
TEST(ValidatorKernelTest, GenericPassMatchesSocketAttach) {
  const int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
  ASSERT_GE(fd, 0) << std::strerror(errno);
  int mismatches = 0;
  for (const OpcodeCase& c : AllOpcodeCases()) {
    std::vector<Instruction> program = ProgramFor(c.tested);
    sock_fprog fprog = ToFprog(program);
    const int rc = setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &fprog, sizeof(fprog));
    const int err = rc == 0 ? 0 : errno;
    ASSERT_TRUE(err == 0 || err == EINVAL) << std::strerror(err);
    const bool emulator = CheckClassicFilter(program).ok();
    if ((err == 0) != emulator && ++mismatches <= 20) {
      ADD_FAILURE() << Describe(c.tested) << ": kernel "
                    << (err == 0 ? "accepts" : "rejects") << ", emulator "
                    << (emulator ? "accepts" : "rejects");
    }
  }
  close(fd);
  EXPECT_EQ(mismatches, 0);
}

// Fills the child's filter path until the kernel's path limit (kernel-spec.md
// §3.7) refuses even a one-instruction filter: from then on a valid filter fails
// with ENOMEM (checked after validation, §2.4) and is never installed, while an
// invalid one fails with EINVAL. The kernel counts the length of the converted
// program, not the classic one, so the fill is found by probing rather than
// computed. The padding filters are `JA 0` chains ending in RET ALLOW, which
// the action cache answers, so the child's own syscalls stay cheap.
bool FillFilterPath() {
  for (size_t len : {size_t{4092}, size_t{1}}) {
    std::vector<Instruction> padding(len, Stmt(bpf::kJmp | bpf::kJa, 0));
    padding.back() = Stmt(bpf::kRet | bpf::kK, SECCOMP_RET_ALLOW);
    sock_fprog fprog = ToFprog(padding);
    while (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog) == 0) {
    }
    if (errno != ENOMEM) return false;
  }
  return true;
}

// The seccomp pass: seccomp(SECCOMP_SET_MODE_FILTER) in a child with a full
// filter path returns EINVAL exactly when the emulator's ValidateFilter()
// rejects, ENOMEM otherwise.
TEST(ValidatorKernelTest, SeccompPassMatchesSeccompSyscall) {
  const std::vector<OpcodeCase> cases = AllOpcodeCases();
  // One result byte per case, written by the child: 'A' (ENOMEM: accepted by
  // validation), 'R' (EINVAL), 'X' (anything else).
  void* shared = mmap(nullptr, cases.size(), PROT_READ | PROT_WRITE,
                      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(shared, MAP_FAILED);
  auto* results = static_cast<volatile char*>(shared);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    alarm(120);  // Never outlive a hung test.
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || !FillFilterPath()) _exit(3);
    for (size_t i = 0; i < cases.size(); ++i) {
      std::vector<Instruction> program = ProgramFor(cases[i].tested);
      sock_fprog fprog = ToFprog(program);
      const long rc = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog);
      results[i] = rc != 0 && errno == ENOMEM ? 'A' : rc != 0 && errno == EINVAL ? 'R' : 'X';
    }
    _exit(0);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
      << "child failed, wait status " << status;
  int mismatches = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    ASSERT_NE(results[i], 'X') << Describe(cases[i].tested) << ": unexpected errno";
    const bool kernel = results[i] == 'A';
    const bool emulator = ValidateFilter(ProgramFor(cases[i].tested)).ok();
    if (kernel != emulator && ++mismatches <= 20) {
      ADD_FAILURE() << Describe(cases[i].tested) << ": kernel "
                    << (kernel ? "accepts" : "rejects") << ", emulator "
                    << (emulator ? "accepts" : "rejects");
    }
  }
  munmap(shared, cases.size());
  EXPECT_EQ(mismatches, 0);
}

}  // namespace
}  // namespace seccomp_emu
