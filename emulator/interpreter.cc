// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Classic BPF execution with the semantics of the kernel's converted program
// (bpf_convert_filter() in net/core/filter.c, run by ___bpf_prog_run() in
// kernel/bpf/core.c). Spec: kernel-spec.md §4.1–§4.3.
#include "emulator/interpreter.h"

#include <array>

namespace seccomp_emu {
namespace {

// Execute
//
// The single implementation behind RunFilter() and TraceFilter(); `kTrace`
// compiles the tracing in or out so the fast path stays allocation-free.
template <bool kTrace>
RunResult Execute(const Program& program, const SeccompWords& words,
                  std::vector<TraceStep>* trace) {
  const DecodedInstruction* const code = program.decoded().data();
  // The converted program zeroes A and X first; M[] is never read unwritten
  // (check_load_and_stores()), so its start value is unobservable.
  uint32_t a = 0;
  uint32_t x = 0;
  std::array<uint32_t, bpf::kMemWords> mem = {};
  uint32_t pc = 0;
  uint32_t executed = 0;
  for (;;) {
    const DecodedInstruction& insn = code[pc];
    const uint32_t this_pc = pc;
    std::optional<uint32_t> slot;
    ++executed;
    ++pc;
    bool done = false;
    uint32_t result = 0;
    switch (insn.op) {
      case Operation::kLdWord: a = words[insn.k]; break;
      case Operation::kLdImm: a = insn.k; break;
      case Operation::kLdxImm: x = insn.k; break;
      case Operation::kLdMem: a = mem[insn.k]; slot = insn.k; break;
      case Operation::kLdxMem: x = mem[insn.k]; slot = insn.k; break;
      case Operation::kSt: mem[insn.k] = a; slot = insn.k; break;
      case Operation::kStx: mem[insn.k] = x; slot = insn.k; break;
      case Operation::kAddK: a += insn.k; break;
      case Operation::kAddX: a += x; break;
      case Operation::kSubK: a -= insn.k; break;
      case Operation::kSubX: a -= x; break;
      case Operation::kMulK: a *= insn.k; break;
      case Operation::kMulX: a *= x; break;
      case Operation::kDivK: a /= insn.k; break;  // k != 0 checked at load.
      case Operation::kDivX:
        // bpf_convert_filter() emits "if X == 0 return 0" before the division:
        // the whole filter returns 0 (KILL_THREAD), kernel-spec.md §4.2.
        if (x == 0) {
          done = true;
          result = 0;
        } else {
          a /= x;
        }
        break;
      case Operation::kOrK: a |= insn.k; break;
      case Operation::kOrX: a |= x; break;
      case Operation::kAndK: a &= insn.k; break;
      case Operation::kAndX: a &= x; break;
      case Operation::kXorK: a ^= insn.k; break;
      case Operation::kXorX: a ^= x; break;
      case Operation::kLshK: a <<= insn.k; break;  // k < 32 checked at load.
      // The interpreter masks 32-bit shift counts (kernel-spec.md §4.3).
      // Kernel divergence: ppc and s390 JITs use 6 bits, so X in 32..63 gives 0.
      case Operation::kLshX: a <<= (x & 31); break;
      case Operation::kRshK: a >>= insn.k; break;
      case Operation::kRshX: a >>= (x & 31); break;
      case Operation::kNeg: a = 0u - a; break;
      case Operation::kJa: pc += insn.k; break;
      case Operation::kJeqK: pc += (a == insn.k) ? insn.jt : insn.jf; break;
      case Operation::kJeqX: pc += (a == x) ? insn.jt : insn.jf; break;
      case Operation::kJgtK: pc += (a > insn.k) ? insn.jt : insn.jf; break;
      case Operation::kJgtX: pc += (a > x) ? insn.jt : insn.jf; break;
      case Operation::kJgeK: pc += (a >= insn.k) ? insn.jt : insn.jf; break;
      case Operation::kJgeX: pc += (a >= x) ? insn.jt : insn.jf; break;
      case Operation::kJsetK: pc += (a & insn.k) ? insn.jt : insn.jf; break;
      case Operation::kJsetX: pc += (a & x) ? insn.jt : insn.jf; break;
      case Operation::kRetK: done = true; result = insn.k; break;
      case Operation::kRetA: done = true; result = a; break;
      case Operation::kTax: x = a; break;
      case Operation::kTxa: a = x; break;
    }
    if constexpr (kTrace) {
      trace->push_back(TraceStep{this_pc, program.instructions()[this_pc], a, x,
                                 slot, slot ? mem[*slot] : 0});
    }
    if (done) return RunResult{result, executed};
  }
}

}  // namespace

RunResult RunFilter(const Program& program, const SeccompWords& words) {
  return Execute<false>(program, words, nullptr);
}

RunResult TraceFilter(const Program& program, const SeccompWords& words,
                      std::vector<TraceStep>& trace) {
  return Execute<true>(program, words, &trace);
}

}  // namespace seccomp_emu
