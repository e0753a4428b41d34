// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Classic BPF to text. The opcode set mirrors the allow-list of
// bpf_check_classic() in net/core/filter.c (kernel-spec.md §3.2).
#include "emulator/disassembler.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/types/span.h"
#include "emulator/action.h"
#include "emulator/instruction.h"
#include "emulator/seccomp_data.h"
#include "emulator/symbols.h"

namespace seccomp_emu {
namespace {

using namespace ::seccomp_emu::bpf;  // NOLINT: opcode field constants.

std::string Hex(uint32_t v) { return absl::StrFormat("0x%x", v); }

// Renders a jump target (an absolute instruction number, possibly past the end
// of an invalid program).
using TargetRenderer = std::function<std::string(uint64_t)>;

std::string ActionText(uint32_t k) {
  const uint32_t action = k & kRetActionFull;
  const uint32_t data = k & kRetData;
  const std::optional<absl::string_view> name = ActionMnemonic(action);
  if (!name.has_value()) return Hex(k);
  // ERRNO always shows its data because the errno value is the point of it.
  if (data == 0 && action != kRetErrno) return std::string(*name);
  return absl::StrCat(*name, "(", data, ")");
}

// The name of the seccomp_data word at byte offset k (k < 64, k % 4 == 0).
std::string FieldName(uint32_t k, ByteOrder order) {
  if (k == 0) return "nr";
  if (k == 4) return "arch";
  const bool high = IsHighHalf(k, order);
  std::string base = (k < 16) ? std::string("instruction_pointer")
                              : absl::StrCat("args[", (k - 16) / 8, "]");
  return high ? absl::StrCat(base, " >> 32") : base;
}

const char* SizeName(uint16_t code) {
  switch (Size(code)) {
    case kW: return "u32";
    case kH: return "u16";
    default: return "u8";
  }
}

const char* AluOperator(uint16_t op) {
  switch (op) {
    case kAdd: return "+=";
    case kSub: return "-=";
    case kMul: return "*=";
    case kDiv: return "/=";
    case kOr: return "|=";
    case kAnd: return "&=";
    case kLsh: return "<<=";
    case kRsh: return ">>=";
    case kMod: return "%=";
    case kXor: return "^=";
    default: return "?=";
  }
}

// Text of a conditional jump's operand: X, a syscall or arch name, or hex.
std::string JumpOperand(const Instruction& insn, const InstructionContext& ctx,
                        const DisassemblerOptions& options) {
  if (Src(insn.code) == kX) return "X";
  const uint16_t op = Op(insn.code);
  const bool ordered = op == kJeq || op == kJgt || op == kJge;
  if (ordered && options.symbols != nullptr) {
    if (ctx.a == AccumulatorSource::kNr) {
      std::optional<uint32_t> arch =
          ctx.arch.has_value() ? ctx.arch : options.default_arch;
      if (arch.has_value()) {
        const int32_t nr = static_cast<int32_t>(insn.k);
        std::optional<std::string> name = options.symbols->SyscallName(*arch, nr);
        if (name.has_value() &&
            options.symbols->SyscallNumber(*arch, *name) == nr) {
          return *name;
        }
      }
    } else if (ctx.a == AccumulatorSource::kArch) {
      std::optional<std::string> name = ArchDisplayName(options.symbols, insn.k);
      if (name.has_value()) return *name;
    }
  }
  return Hex(insn.k);
}

std::string ConditionalJumpText(const Instruction& insn, uint64_t pc,
                                const InstructionContext& ctx,
                                const DisassemblerOptions& options,
                                const TargetRenderer& target) {
  const std::string operand = JumpOperand(insn, ctx, options);
  const uint64_t jt = pc + 1 + insn.jt;
  const uint64_t jf = pc + 1 + insn.jf;
  std::string positive, negative;
  switch (Op(insn.code)) {
    case kJeq:
      positive = absl::StrCat("A == ", operand);
      negative = absl::StrCat("A != ", operand);
      break;
    case kJgt:
      positive = absl::StrCat("A > ", operand);
      negative = absl::StrCat("A <= ", operand);
      break;
    case kJge:
      positive = absl::StrCat("A >= ", operand);
      negative = absl::StrCat("A < ", operand);
      break;
    default:  // kJset
      positive = absl::StrCat("A & ", operand);
      negative = absl::StrCat("!(A & ", operand, ")");
      break;
  }
  if (insn.jt != 0 && insn.jf == 0) {
    return absl::StrCat("if (", positive, ") goto ", target(jt));
  }
  if (insn.jt == 0 && insn.jf != 0) {
    return absl::StrCat("if (", negative, ") goto ", target(jf));
  }
  return absl::StrCat("if (", positive, ") goto ", target(jt), " else goto ",
                      target(jf));
}

std::string Text(const Instruction& insn, uint64_t pc,
                 const InstructionContext& ctx,
                 const DisassemblerOptions& options,
                 const TargetRenderer& target) {
  const uint16_t code = insn.code;
  if (!IsClassicOpcode(code)) return absl::StrFormat("unknown opcode 0x%04x", code);
  switch (Class(code)) {
    case kLd:
      switch (Mode(code)) {
        case kImm: return absl::StrCat("A = ", Hex(insn.k));
        case kMem: return absl::StrCat("A = mem[", insn.k, "]");
        case kLen: return "A = len";
        case kAbs:
          if (Size(code) == kW && insn.k < kSeccompDataSize && insn.k % 4 == 0) {
            return absl::StrCat("A = ", FieldName(insn.k, options.byte_order));
          }
          return absl::StrCat("A = ", SizeName(code), "[", Hex(insn.k), "]");
        default:  // kInd
          return absl::StrCat("A = ", SizeName(code), "[X + ", Hex(insn.k), "]");
      }
    case kLdx:
      switch (Mode(code)) {
        case kImm: return absl::StrCat("X = ", Hex(insn.k));
        case kMem: return absl::StrCat("X = mem[", insn.k, "]");
        case kLen: return "X = len";
        default:  // kMsh
          return absl::StrCat("X = 4 * (u8[", Hex(insn.k), "] & 0xf)");
      }
    case kSt: return absl::StrCat("mem[", insn.k, "] = A");
    case kStx: return absl::StrCat("mem[", insn.k, "] = X");
    case kAlu:
      if (Op(code) == kNeg) return "A = -A";
      return absl::StrCat("A ", AluOperator(Op(code)), " ",
                          Src(code) == kX ? std::string("X") : Hex(insn.k));
    case kJmp:
      if (Op(code) == kJa) {
        return absl::StrCat("goto ", target(pc + 1 + uint64_t{insn.k}));
      }
      return ConditionalJumpText(insn, pc, ctx, options, target);
    case kRet:
      if ((code & kRvalMask) == kRetA) return "return A";
      return absl::StrCat("return ", ActionText(insn.k));
    default:  // kMisc
      return Op(code) == kTax ? "X = A" : "A = X";
  }
}

std::string JsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      absl::StrAppendFormat(&out, "\\u%04x", c);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string ListingTarget(uint64_t target) {
  return absl::StrFormat("%04d", target);
}

std::string LabelName(uint64_t target) {
  return absl::StrFormat("L%04d", target);
}

}  // namespace

Instruction ClearUnusedFields(const Instruction& insn) {
  const uint16_t code = insn.code;
  if (!IsClassicOpcode(code)) return insn;
  bool k_used = true;
  switch (Class(code)) {
    case kLd:
    case kLdx:
      k_used = Mode(code) != kLen;
      break;
    case kAlu:
      k_used = Op(code) != kNeg && Src(code) == kK;
      break;
    case kJmp:
      k_used = Op(code) == kJa || Src(code) == kK;
      break;
    case kRet:
      k_used = (code & kRvalMask) != kRetA;
      break;
    case kMisc:
      k_used = false;
      break;
    default:
      break;
  }
  Instruction out = insn;
  if (!k_used) out.k = 0;
  if (!bpf::IsConditionalJump(code)) out.jt = out.jf = 0;
  return out;
}

bool HasUnusedFieldsSet(const Instruction& insn) {
  return ClearUnusedFields(insn) != insn;
}

std::optional<std::string> ArchDisplayName(const Symbols* symbols,
                                           uint32_t audit_arch) {
  if (symbols == nullptr) return std::nullopt;
  std::optional<std::string> name = symbols->ArchName(audit_arch);
  if (!name.has_value()) return std::nullopt;
  const std::string upper = absl::AsciiStrToUpper(*name);
  // The assembler reads `ARCH_<NAME>` back through the lower-cased name.
  if (symbols->ArchValue(absl::AsciiStrToLower(upper)) != audit_arch) {
    return std::nullopt;
  }
  return absl::StrCat("ARCH_", upper);
}

std::vector<InstructionContext> AnalyzeContext(
    absl::Span<const Instruction> program) {
  const size_t len = program.size();
  std::vector<std::optional<InstructionContext>> in(len);
  auto flow = [&](uint64_t target, const InstructionContext& state) {
    if (target >= len) return;
    std::optional<InstructionContext>& slot = in[target];
    if (!slot.has_value()) {
      slot = state;
      return;
    }
    if (slot->a != state.a) slot->a = AccumulatorSource::kUnknown;
    if (slot->arch != state.arch) slot->arch = std::nullopt;
  };
  if (len > 0) in[0] = InstructionContext{};
  std::vector<InstructionContext> out(len);
  for (size_t pc = 0; pc < len; ++pc) {
    if (!in[pc].has_value()) continue;  // Unreachable: no names.
    const InstructionContext state = *in[pc];
    out[pc] = state;
    const Instruction& insn = program[pc];
    const uint16_t code = insn.code;
    InstructionContext next = state;
    switch (Class(code)) {
      case kLd:
        if (code == (kLd | kW | kAbs) && insn.k == 0) {
          next.a = AccumulatorSource::kNr;
        } else if (code == (kLd | kW | kAbs) && insn.k == 4) {
          next.a = AccumulatorSource::kArch;
        } else {
          next.a = AccumulatorSource::kUnknown;
        }
        flow(pc + 1, next);
        break;
      case kAlu:
        next.a = AccumulatorSource::kUnknown;
        flow(pc + 1, next);
        break;
      case kMisc:
        if (Op(code) != kTax) next.a = AccumulatorSource::kUnknown;
        flow(pc + 1, next);
        break;
      case kRet:
        break;
      case kJmp:
        if (!IsClassicOpcode(code)) {
          next.a = AccumulatorSource::kUnknown;
          flow(pc + 1, next);
        } else if (Op(code) == kJa) {
          flow(pc + 1 + uint64_t{insn.k}, state);
        } else {
          InstructionContext taken = state;
          if (Op(code) == kJeq && Src(code) == kK &&
              state.a == AccumulatorSource::kArch) {
            taken.arch = insn.k;
          }
          flow(pc + 1 + insn.jt, taken);
          flow(pc + 1 + insn.jf, state);
        }
        break;
      default:  // LDX, ST, STX leave A alone.
        flow(pc + 1, next);
        break;
    }
  }
  return out;
}

std::vector<std::string> InstructionTexts(absl::Span<const Instruction> program,
                                          const DisassemblerOptions& options) {
  const std::vector<InstructionContext> ctx = AnalyzeContext(program);
  std::vector<std::string> texts;
  texts.reserve(program.size());
  for (size_t pc = 0; pc < program.size(); ++pc) {
    texts.push_back(Text(program[pc], pc, ctx[pc], options, ListingTarget));
  }
  return texts;
}

std::string Disassemble(absl::Span<const Instruction> program,
                        DisasmFormat format,
                        const DisassemblerOptions& options) {
  std::string out;
  switch (format) {
    case DisasmFormat::kListing: {
      const std::vector<std::string> texts = InstructionTexts(program, options);
      out = " line  CODE  JT   JF      K\n=================================\n";
      for (size_t pc = 0; pc < program.size(); ++pc) {
        const Instruction& insn = program[pc];
        absl::StrAppendFormat(&out, " %04d: 0x%02x 0x%02x 0x%02x 0x%08x  %s\n",
                              pc, insn.code, insn.jt, insn.jf, insn.k,
                              texts[pc]);
      }
      return out;
    }
    case DisasmFormat::kJson: {
      const std::vector<std::string> texts = InstructionTexts(program, options);
      if (program.empty()) return "[]\n";
      out = "[\n";
      for (size_t pc = 0; pc < program.size(); ++pc) {
        const Instruction& insn = program[pc];
        absl::StrAppendFormat(
            &out,
            "  {\"pc\": %d, \"code\": %d, \"jt\": %d, \"jf\": %d, \"k\": %d, "
            "\"text\": \"%s\"}%s\n",
            pc, insn.code, insn.jt, insn.jf, insn.k, JsonEscape(texts[pc]),
            pc + 1 < program.size() ? "," : "");
      }
      out += "]\n";
      return out;
    }
    case DisasmFormat::kAsm:
      break;
  }

  // The asm form: labels for every in-range jump target, `.insn` for what the
  // pseudo-code cannot carry (unknown opcodes, ignored fields set).
  const size_t len = program.size();
  const std::vector<InstructionContext> ctx = AnalyzeContext(program);
  // Labels go only where the text names a target, so the first pass renders
  // each instruction and records the targets it mentions.
  std::vector<bool> is_target(len, false);
  const TargetRenderer record = [&is_target, len](uint64_t target) {
    if (target < len) is_target[target] = true;
    return std::string();
  };
  for (size_t pc = 0; pc < len; ++pc) {
    if (IsClassicOpcode(program[pc].code) && !HasUnusedFieldsSet(program[pc])) {
      Text(program[pc], pc, ctx[pc], options, record);
    }
  }
  const TargetRenderer asm_target = [len](uint64_t target) {
    return target < len ? LabelName(target) : ListingTarget(target);
  };
  absl::StrAppendFormat(&out, "# seccomp-emu assembler source, %d instructions\n",
                        len);
  absl::StrAppend(&out, ".endian ", ByteOrderName(options.byte_order), "\n");
  if (options.default_arch.has_value()) {
    std::optional<std::string> name;
    if (options.symbols != nullptr) {
      name = options.symbols->ArchName(*options.default_arch);
      if (name.has_value() &&
          options.symbols->ArchValue(*name) != options.default_arch) {
        name = std::nullopt;
      }
    }
    absl::StrAppend(&out, ".arch ", name.value_or(Hex(*options.default_arch)),
                    "\n");
  }
  for (size_t pc = 0; pc < len; ++pc) {
    if (is_target[pc]) absl::StrAppend(&out, LabelName(pc), ":\n");
    const Instruction& insn = program[pc];
    const std::string text = Text(insn, pc, ctx[pc], options, asm_target);
    if (!IsClassicOpcode(insn.code) || HasUnusedFieldsSet(insn)) {
      absl::StrAppendFormat(&out, "  .insn 0x%04x, %d, %d, 0x%08x  # %s\n",
                            insn.code, insn.jt, insn.jf, insn.k, text);
    } else {
      absl::StrAppend(&out, "  ", text, "\n");
    }
  }
  return out;
}

}  // namespace seccomp_emu
