// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// The live kernel runs the same computations as the interpreter: each test
// program computes A, and a wrapper filter returns it to a forked child as an
// errno from getpid(2), or kills the child. Spec: kernel-spec.md §4.2, §4.3.
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <random>
#include <vector>

#include "emulator/interpreter.h"
#include "emulator/validator.h"
#include "gtest/gtest.h"

namespace seccomp_emu {
namespace {

using namespace bpf;  // NOLINT(build/namespaces)

// Wraps `body` (which leaves its result in A and falls through) so getpid
// returns -(0x800 | (A & 0x7ff)), a non-zero errno carrying 11 bits of A; every
// other syscall is allowed.
std::vector<Instruction> Wrap(const std::vector<Instruction>& body) {
  std::vector<Instruction> program = {
      Stmt(kLd | kW | kAbs, 0),
      Jump(kJmp | kJeq | kK, SYS_getpid, 1, 0),
      Stmt(kRet | kK, SECCOMP_RET_ALLOW),
  };
  program.insert(program.end(), body.begin(), body.end());
  program.push_back(Stmt(kAlu | kAnd | kK, 0x7ff));
  program.push_back(Stmt(kAlu | kOr | kK, SECCOMP_RET_ERRNO | 0x800));
  program.push_back(Stmt(kRet | kRetA, 0));
  return program;
}

// Exit codes of the child beyond the 7 bits of A it reports.
constexpr int kInstallFailed = 200;
constexpr int kNotFailed = 201;

// What the kernel does: the low 7 bits of the errno getpid failed with, or
// -signal if the child was killed.
int KernelOutcome(std::vector<Instruction>& program) {
  const pid_t pid = fork();
  if (pid == 0) {
    alarm(10);
    sock_fprog fprog{static_cast<unsigned short>(program.size()),
                     reinterpret_cast<sock_filter*>(program.data())};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
        syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog) != 0) {
      _exit(kInstallFailed);
    }
    const long rc = syscall(SYS_getpid);
    _exit(rc == -1 ? errno & 0x7f : kNotFailed);  // 7 bits of A
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return WEXITSTATUS(status);
}

// What the emulator predicts, in the same encoding.
int EmulatorOutcome(const std::vector<Instruction>& program) {
  absl::StatusOr<Program> validated = ValidateFilter(program);
  if (!validated.ok()) return kInstallFailed;
  SeccompData data;
  data.nr = SYS_getpid;
  const uint32_t value = RunFilter(*validated, ToWords(data, HostByteOrder())).value;
  if ((value & SECCOMP_RET_ACTION_FULL) == SECCOMP_RET_KILL_THREAD) return -SIGSYS;
  return static_cast<int>(value & 0x7f);
}

void ExpectAgreement(const std::vector<Instruction>& body, const char* what) {
  std::vector<Instruction> program = Wrap(body);
  const int kernel = KernelOutcome(program);
  ASSERT_NE(kernel, kInstallFailed) << what << ": install failed; emulator says "
                         << ValidateFilter(program).status();
  EXPECT_EQ(kernel, EmulatorOutcome(program)) << what;
}

TEST(InterpreterKernelTest, TaxCopiesAToX) {
  ExpectAgreement({Stmt(kLd | kImm, 7), Stmt(kMisc | kTax, 0), Stmt(kLd | kImm, 0),
                   Stmt(kMisc | kTxa, 0)},
                  "TAX then TXA");
  ExpectAgreement({Stmt(kLdx | kImm, 9), Stmt(kMisc | kTax, 0), Stmt(kMisc | kTxa, 0)},
                  "TAX overwrites X");
}

TEST(InterpreterKernelTest, EdgeCase05DivideByZeroXKillsThread) {
  ExpectAgreement({Stmt(kLd | kImm, 10), Stmt(kAlu | kDiv | kX, 0)}, "DIV X=0");
}

TEST(InterpreterKernelTest, EdgeCase06ShiftByXMasksCount) {
  for (uint32_t x : {0u, 1u, 31u, 32u, 33u, 63u, 64u, 0xffffffffu}) {
    ExpectAgreement({Stmt(kLdx | kImm, x), Stmt(kLd | kImm, 0x7ff),
                     Stmt(kAlu | kLsh | kX, 0)},
                    "LSH X");
    ExpectAgreement({Stmt(kLdx | kImm, x), Stmt(kLd | kImm, 0xffffffff),
                     Stmt(kAlu | kRsh | kX, 0)},
                    "RSH X");
  }
}

TEST(InterpreterKernelTest, EdgeCase08LenIs64) {
  ExpectAgreement({Stmt(kLd | kW | kLen, 0)}, "LD LEN");
  ExpectAgreement({Stmt(kLdx | kW | kLen, 0), Stmt(kMisc | kTxa, 0)}, "LDX LEN");
}

// Random straight-line ALU programs over A, X and M[0..3].
TEST(InterpreterKernelTest, RandomAluProgramsAgree) {
  std::mt19937 rng(20261128);
  const uint16_t kAluOps[] = {kAdd, kSub, kMul, kDiv, kOr, kAnd, kLsh, kRsh, kXor};
  for (int n = 0; n < 200; ++n) {
    std::vector<Instruction> body = {Stmt(kLd | kImm, rng()), Stmt(kLdx | kImm, rng()),
                                     Stmt(kSt, 0), Stmt(kStx, 1)};
    for (int i = 0; i < 12; ++i) {
      const uint16_t op = kAluOps[rng() % 9];
      switch (rng() % 6) {
        case 0: body.push_back(Stmt(kAlu | op | kX, 0)); break;
        case 1: {
          uint32_t k = rng();
          if (op == kLsh || op == kRsh) k %= 32;
          if (op == kDiv && k == 0) k = 3;
          body.push_back(Stmt(kAlu | op | kK, k));
          break;
        }
        case 2: body.push_back(Stmt(rng() % 2 ? kMisc | kTax : kMisc | kTxa, 0)); break;
        case 3: body.push_back(Stmt(kAlu | kNeg, 0)); break;
        case 4: body.push_back(Stmt(rng() % 2 ? kSt : kStx, rng() % 2)); break;
        default: body.push_back(Stmt(rng() % 2 ? kLd | kMem : kLdx | kMem, rng() % 2)); break;
      }
    }
    ExpectAgreement(body, "random ALU program");
  }
}

}  // namespace
}  // namespace seccomp_emu
