// Copyright 2026 The seccomp-emu Authors. SPDX-License-Identifier: Apache-2.0
//
// Text to classic BPF: a line-oriented recursive-descent parser over the
// pseudo-code of disassembler.h. Labels and syscall names are resolved after
// the whole source is read.
#include "emulator/assembler.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "emulator/action.h"
#include "emulator/disassembler.h"
#include "emulator/instruction.h"
#include "emulator/seccomp_data.h"
#include "emulator/status_macros.h"
#include "emulator/symbols.h"

namespace seccomp_emu {
namespace {

using namespace ::seccomp_emu::bpf;  // NOLINT: opcode field constants.

enum class TokenKind { kIdent, kNumber, kPunct, kEnd };

struct Token {
  TokenKind kind;
  std::string text;
  int column;  // 1-based.
};

// A place in the source, for error messages.
struct Position {
  int line = 0;
  int column = 0;
};

absl::Status ErrorAt(Position pos, absl::string_view message) {
  return absl::InvalidArgumentError(
      absl::StrCat("line ", pos.line, ", column ", pos.column, ": ", message));
}

// Punctuation, longest first so that `>>=` wins over `>>` and `>`.
constexpr absl::string_view kPunctuation[] = {
    ">>=", "<<=", "==", "!=", ">=", "<=", ">>", "<<", "+=", "-=", "*=",
    "/=",  "%=",  "|=", "&=", "^=", "=",  ">",  "<",  "&",  "!",  "(",
    ")",   "[",   "]",  ":",  ",",  ".",  "+",  "-",  "*"};

absl::StatusOr<std::vector<Token>> Tokenize(absl::string_view line,
                                            int line_number) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    const int column = static_cast<int>(i) + 1;
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    if (absl::ascii_isalpha(static_cast<unsigned char>(c)) || c == '_') {
      size_t j = i;
      while (j < line.size() &&
             (absl::ascii_isalnum(static_cast<unsigned char>(line[j])) ||
              line[j] == '_')) {
        ++j;
      }
      tokens.push_back({TokenKind::kIdent, std::string(line.substr(i, j - i)),
                        column});
      i = j;
      continue;
    }
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      size_t j = i;
      while (j < line.size() &&
             (absl::ascii_isalnum(static_cast<unsigned char>(line[j])) ||
              line[j] == '_')) {
        ++j;
      }
      tokens.push_back({TokenKind::kNumber, std::string(line.substr(i, j - i)),
                        column});
      i = j;
      continue;
    }
    bool matched = false;
    for (absl::string_view p : kPunctuation) {
      if (absl::StartsWith(line.substr(i), p)) {
        tokens.push_back({TokenKind::kPunct, std::string(p), column});
        i += p.size();
        matched = true;
        break;
      }
    }
    if (!matched) {
      return ErrorAt({line_number, column},
                     absl::StrCat("unexpected character '", std::string(1, c),
                                  "'"));
    }
  }
  tokens.push_back({TokenKind::kEnd, "", static_cast<int>(line.size()) + 1});
  return tokens;
}

// Parses a decimal or 0x-hex number token into at most 64 bits.
std::optional<uint64_t> ParseNumber(absl::string_view text) {
  uint64_t value = 0;
  int base = 10;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    text.remove_prefix(2);
  }
  if (text.empty()) return std::nullopt;
  for (char c : text) {
    int digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      return std::nullopt;
    }
    if (value > (UINT64_MAX - digit) / base) return std::nullopt;
    value = value * base + digit;
  }
  return value;
}

// Which field of an instruction a deferred reference fills in.
enum class Field { kJt, kJf, kK };

// A jump target not yet resolved: a label, or an absolute instruction number.
struct TargetRef {
  size_t pc;
  Field field;
  std::string label;  // Empty for a numeric target.
  uint64_t number = 0;
  Position pos;
};

// A syscall name in k, resolved once the whole program is known.
struct SyscallRef {
  size_t pc;
  std::optional<uint32_t> arch;  // From `arch.syscall`.
  std::string name;
  Position pos;
};

// Listing columns to check against the assembled text.
struct ListingRow {
  size_t pc;
  Instruction columns;
  bool unknown_text;  // The text was "unknown opcode ...".
  Position pos;
};

// An operand value: a number, or a syscall name to resolve later.
struct Value {
  uint32_t number = 0;
  std::optional<SyscallRef> syscall;
};

class Assembler {
 public:
  explicit Assembler(const AssemblerOptions& options)
      : symbols_(options.symbols),
        default_arch_(options.default_arch),
        byte_order_(options.byte_order) {}

  absl::StatusOr<AssembledProgram> Run(absl::string_view source) {
    int line_number = 0;
    for (absl::string_view raw : absl::StrSplit(source, '\n')) {
      ++line_number;
      SECCOMP_EMU_RETURN_IF_ERROR(ParseLine(raw, line_number));
    }
    SECCOMP_EMU_RETURN_IF_ERROR(ResolveTargets());
    SECCOMP_EMU_RETURN_IF_ERROR(ResolveSyscalls());
    SECCOMP_EMU_RETURN_IF_ERROR(CheckListingRows());
    return AssembledProgram{std::move(program_), byte_order_, default_arch_};
  }

 private:
  // ---- Token cursor over the current line.
  const Token& Peek(size_t ahead = 0) const {
    const size_t i = std::min(index_ + ahead, tokens_.size() - 1);
    return tokens_[i];
  }
  const Token& Next() {
    const Token& t = Peek();
    if (index_ < tokens_.size() - 1) ++index_;
    return t;
  }
  Position Pos(const Token& t) const { return {line_, t.column}; }
  bool IsPunct(const Token& t, absl::string_view p) const {
    return t.kind == TokenKind::kPunct && t.text == p;
  }
  bool IsIdent(const Token& t, absl::string_view name) const {
    return t.kind == TokenKind::kIdent && t.text == name;
  }
  absl::Status Unexpected(const Token& t, absl::string_view wanted) const {
    if (t.kind == TokenKind::kEnd) {
      return ErrorAt(Pos(t), absl::StrCat("expected ", wanted, " at end of line"));
    }
    return ErrorAt(Pos(t),
                   absl::StrCat("expected ", wanted, ", found \"", t.text, "\""));
  }
  absl::Status Expect(absl::string_view punct) {
    const Token& t = Peek();
    if (!IsPunct(t, punct)) return Unexpected(t, absl::StrCat("\"", punct, "\""));
    Next();
    return absl::OkStatus();
  }
  absl::Status ExpectIdent(absl::string_view name) {
    const Token& t = Peek();
    if (!IsIdent(t, name)) return Unexpected(t, absl::StrCat("\"", name, "\""));
    Next();
    return absl::OkStatus();
  }
  absl::Status ExpectEnd() {
    const Token& t = Peek();
    if (t.kind != TokenKind::kEnd) return Unexpected(t, "end of statement");
    return absl::OkStatus();
  }

  // A number token (optionally negated) that fits in 32 bits.
  absl::StatusOr<uint32_t> ParseU32() {
    bool negative = false;
    if (IsPunct(Peek(), "-")) {
      negative = true;
      Next();
    }
    const Token& t = Peek();
    if (t.kind != TokenKind::kNumber) return Unexpected(t, "a number");
    std::optional<uint64_t> v = ParseNumber(t.text);
    if (!v.has_value()) {
      return ErrorAt(Pos(t), absl::StrCat("malformed number \"", t.text, "\""));
    }
    if (*v > UINT32_MAX) {
      return ErrorAt(Pos(t),
                     absl::StrCat("number ", t.text, " does not fit in 32 bits"));
    }
    Next();
    const uint32_t u = static_cast<uint32_t>(*v);
    return negative ? static_cast<uint32_t>(0u - u) : u;
  }

  // `[n]` after mem or args.
  absl::StatusOr<uint32_t> ParseIndex() {
    SECCOMP_EMU_RETURN_IF_ERROR(Expect("["));
    SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t index, ParseU32());
    SECCOMP_EMU_RETURN_IF_ERROR(Expect("]"));
    return index;
  }

  std::string ArchLabel(uint32_t arch) const {
    if (symbols_ != nullptr) {
      if (std::optional<std::string> name = symbols_->ArchName(arch)) {
        return *name;
      }
    }
    return absl::StrCat("0x", absl::Hex(arch));
  }

  // Resolves an arch name token; nullopt if `name` is not an arch spelling.
  absl::StatusOr<std::optional<uint32_t>> ArchByName(const Token& t,
                                                     bool must_be_arch) {
    const std::string& name = t.text;
    const bool arch_like = absl::StartsWith(name, "ARCH_") ||
                           absl::StartsWith(name, "AUDIT_ARCH_") ||
                           absl::StartsWith(name, "SCMP_ARCH_");
    if (!arch_like && !must_be_arch) return std::nullopt;
    if (symbols_ == nullptr) {
      return ErrorAt(Pos(t), absl::StrCat("arch name \"", name,
                                          "\" needs a symbol table"));
    }
    if (absl::StartsWith(name, "ARCH_")) {
      if (std::optional<uint32_t> v = symbols_->ArchValue(
              absl::AsciiStrToLower(absl::string_view(name).substr(5)))) {
        return v;
      }
    }
    if (std::optional<uint32_t> v = symbols_->ArchValue(name)) return v;
    return ErrorAt(Pos(t), absl::StrCat("unknown arch \"", name, "\""));
  }

  // value := number | -number | arch name | syscall | arch.syscall
  absl::StatusOr<Value> ParseValue() {
    const Token& t = Peek();
    if (t.kind != TokenKind::kIdent) {
      SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t n, ParseU32());
      return Value{n, std::nullopt};
    }
    const Token name = Next();
    if (IsPunct(Peek(), ".")) {
      Next();
      const Token& sys = Peek();
      if (sys.kind != TokenKind::kIdent) return Unexpected(sys, "a syscall name");
      SECCOMP_EMU_ASSIGN_OR_RETURN(std::optional<uint32_t> arch,
                                   ArchByName(name, /*must_be_arch=*/true));
      Value v;
      v.syscall = SyscallRef{program_.size(), arch, sys.text, Pos(sys)};
      Next();
      return v;
    }
    SECCOMP_EMU_ASSIGN_OR_RETURN(std::optional<uint32_t> arch,
                                 ArchByName(name, /*must_be_arch=*/false));
    if (arch.has_value()) return Value{*arch, std::nullopt};
    Value v;
    v.syscall = SyscallRef{program_.size(), std::nullopt, name.text, Pos(name)};
    return v;
  }

  // target := label | number
  absl::Status ParseTarget(Field field) {
    const Token& t = Peek();
    TargetRef ref{program_.size(), field, "", 0, Pos(t)};
    if (t.kind == TokenKind::kIdent) {
      ref.label = t.text;
    } else if (t.kind == TokenKind::kNumber) {
      std::optional<uint64_t> v = ParseNumber(t.text);
      if (!v.has_value()) {
        return ErrorAt(Pos(t), absl::StrCat("malformed number \"", t.text, "\""));
      }
      ref.number = *v;
    } else {
      return Unexpected(t, "a label or instruction number");
    }
    Next();
    targets_.push_back(std::move(ref));
    return absl::OkStatus();
  }

  void Emit(Instruction insn, std::optional<SyscallRef> syscall = std::nullopt) {
    if (syscall.has_value()) {
      syscall->pc = program_.size();
      syscalls_.push_back(*std::move(syscall));
    }
    program_.push_back(insn);
  }

  // After a 64-bit field name: nothing, `>> 32`, `.lo` or `.hi`.
  absl::StatusOr<bool> ParseHalf() {
    if (IsPunct(Peek(), ">>")) {
      Next();
      const Token& t = Peek();
      SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t shift, ParseU32());
      if (shift != 32) {
        return ErrorAt(Pos(t), "only \">> 32\" (the high half) can follow a field");
      }
      return true;
    }
    if (IsPunct(Peek(), ".")) {
      Next();
      const Token& t = Peek();
      if (IsIdent(t, "lo")) {
        Next();
        return false;
      }
      if (IsIdent(t, "hi")) {
        Next();
        return true;
      }
      return Unexpected(t, "\"lo\" or \"hi\"");
    }
    return false;
  }

  // u32[k], u16[k], u8[k], or [X + k] forms after the size name.
  absl::Status ParsePacketLoad(uint16_t size) {
    SECCOMP_EMU_RETURN_IF_ERROR(Expect("["));
    uint16_t mode = kAbs;
    if (IsIdent(Peek(), "X")) {
      Next();
      SECCOMP_EMU_RETURN_IF_ERROR(Expect("+"));
      mode = kInd;
    }
    SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t k, ParseU32());
    SECCOMP_EMU_RETURN_IF_ERROR(Expect("]"));
    Emit(Stmt(kLd | size | mode, k));
    return absl::OkStatus();
  }

  // A = ...
  absl::Status ParseLoadA() {
    const Token& t = Peek();
    if (t.kind == TokenKind::kIdent) {
      const std::string& w = t.text;
      if (w == "X") {
        Next();
        Emit(Stmt(kMisc | kTxa, 0));
        return absl::OkStatus();
      }
      if (w == "len") {
        Next();
        Emit(Stmt(kLd | kW | kLen, 0));
        return absl::OkStatus();
      }
      if (w == "mem" || w == "M") {
        Next();
        SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t k, ParseIndex());
        Emit(Stmt(kLd | kMem, k));
        return absl::OkStatus();
      }
      if (w == "nr" || w == "sys_number") {
        Next();
        Emit(Stmt(kLd | kW | kAbs, 0));
        return absl::OkStatus();
      }
      if (w == "arch") {
        Next();
        Emit(Stmt(kLd | kW | kAbs, 4));
        return absl::OkStatus();
      }
      if (w == "instruction_pointer" || w == "ip") {
        Next();
        SECCOMP_EMU_ASSIGN_OR_RETURN(bool high, ParseHalf());
        Emit(Stmt(kLd | kW | kAbs, HalfOffset(8, high, byte_order_)));
        return absl::OkStatus();
      }
      if (w == "args") {
        Next();
        const Token& index_token = Peek(1);
        SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t i, ParseIndex());
        if (i > 5) {
          return ErrorAt(Pos(index_token),
                         absl::StrCat("args index ", i, " out of range 0..5"));
        }
        SECCOMP_EMU_ASSIGN_OR_RETURN(bool high, ParseHalf());
        Emit(Stmt(kLd | kW | kAbs, HalfOffset(16 + 8 * i, high, byte_order_)));
        return absl::OkStatus();
      }
      if (w == "u32" || w == "u16" || w == "u8") {
        Next();
        return ParsePacketLoad(w == "u32" ? kW : w == "u16" ? kH : kB);
      }
    }
    if (IsPunct(t, "-") && IsIdent(Peek(1), "A")) {
      Next();
      Next();
      Emit(Stmt(kAlu | kNeg, 0));
      return absl::OkStatus();
    }
    SECCOMP_EMU_ASSIGN_OR_RETURN(Value v, ParseValue());
    Emit(Stmt(kLd | kImm, v.number), v.syscall);
    return absl::OkStatus();
  }

  // X = ...
  absl::Status ParseLoadX() {
    const Token& t = Peek();
    if (IsIdent(t, "A")) {
      Next();
      Emit(Stmt(kMisc | kTax, 0));
      return absl::OkStatus();
    }
    if (IsIdent(t, "len")) {
      Next();
      Emit(Stmt(kLdx | kW | kLen, 0));
      return absl::OkStatus();
    }
    if (IsIdent(t, "mem") || IsIdent(t, "M")) {
      Next();
      SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t k, ParseIndex());
      Emit(Stmt(kLdx | kMem, k));
      return absl::OkStatus();
    }
    if (t.kind == TokenKind::kNumber && t.text == "4" && IsPunct(Peek(1), "*")) {
      // X = 4 * (u8[k] & 0xf)
      Next();
      Next();
      SECCOMP_EMU_RETURN_IF_ERROR(Expect("("));
      SECCOMP_EMU_RETURN_IF_ERROR(ExpectIdent("u8"));
      SECCOMP_EMU_RETURN_IF_ERROR(Expect("["));
      SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t k, ParseU32());
      SECCOMP_EMU_RETURN_IF_ERROR(Expect("]"));
      SECCOMP_EMU_RETURN_IF_ERROR(Expect("&"));
      const Token& mask = Peek();
      SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t m, ParseU32());
      if (m != 0xf) return ErrorAt(Pos(mask), "the MSH mask must be 0xf");
      SECCOMP_EMU_RETURN_IF_ERROR(Expect(")"));
      Emit(Stmt(kLdx | kB | kMsh, k));
      return absl::OkStatus();
    }
    SECCOMP_EMU_ASSIGN_OR_RETURN(Value v, ParseValue());
    Emit(Stmt(kLdx | kImm, v.number), v.syscall);
    return absl::OkStatus();
  }

  absl::Status ParseAccumulatorStatement() {
    const Token& op = Next();
    if (IsPunct(op, "=")) return ParseLoadA();
    static const std::pair<absl::string_view, uint16_t> kAluOps[] = {
        {"+=", kAdd}, {"-=", kSub}, {"*=", kMul}, {"/=", kDiv},  {"%=", kMod},
        {"|=", kOr},  {"&=", kAnd}, {"^=", kXor}, {"<<=", kLsh}, {">>=", kRsh}};
    for (const auto& [text, alu] : kAluOps) {
      if (!IsPunct(op, text)) continue;
      if (IsIdent(Peek(), "X")) {
        Next();
        Emit(Stmt(kAlu | alu | kX, 0));
        return absl::OkStatus();
      }
      SECCOMP_EMU_ASSIGN_OR_RETURN(Value v, ParseValue());
      Emit(Stmt(kAlu | alu | kK, v.number), v.syscall);
      return absl::OkStatus();
    }
    return Unexpected(op, "\"=\" or an operator such as \"+=\"");
  }

  absl::Status ParseReturn() {
    const Token& t = Peek();
    if (IsIdent(t, "A")) {
      Next();
      Emit(Stmt(kRet | kRetA, 0));
      return absl::OkStatus();
    }
    if (t.kind == TokenKind::kIdent) {
      const std::optional<uint32_t> action = ParseActionMnemonic(t.text);
      if (action.has_value()) {
        Next();
        uint32_t data = 0;
        if (IsPunct(Peek(), "(")) {
          Next();
          const Token& d = Peek();
          SECCOMP_EMU_ASSIGN_OR_RETURN(data, ParseU32());
          if (data > kRetData) {
            return ErrorAt(Pos(d), absl::StrCat("action data ", d.text,
                                                " does not fit in 16 bits"));
          }
          SECCOMP_EMU_RETURN_IF_ERROR(Expect(")"));
        }
        Emit(Stmt(kRet | kK, *action | data));
        return absl::OkStatus();
      }
      return ErrorAt(Pos(t), absl::StrCat("unknown action \"", t.text, "\""));
    }
    SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t k, ParseU32());
    Emit(Stmt(kRet | kK, k));
    return absl::OkStatus();
  }

  // if (cond) goto T [else goto F]
  absl::Status ParseIf() {
    SECCOMP_EMU_RETURN_IF_ERROR(Expect("("));
    bool negated = false;
    uint16_t op = 0;
    const bool bang = IsPunct(Peek(), "!");
    if (bang) {
      Next();
      SECCOMP_EMU_RETURN_IF_ERROR(Expect("("));
    }
    SECCOMP_EMU_RETURN_IF_ERROR(ExpectIdent("A"));
    const Token& cmp = Next();
    if (bang) {
      if (!IsPunct(cmp, "&")) return Unexpected(cmp, "\"&\"");
      op = kJset;
      negated = true;
    } else if (IsPunct(cmp, "==")) {
      op = kJeq;
    } else if (IsPunct(cmp, "!=")) {
      op = kJeq;
      negated = true;
    } else if (IsPunct(cmp, ">")) {
      op = kJgt;
    } else if (IsPunct(cmp, "<=")) {
      op = kJgt;
      negated = true;
    } else if (IsPunct(cmp, ">=")) {
      op = kJge;
    } else if (IsPunct(cmp, "<")) {
      op = kJge;
      negated = true;
    } else if (IsPunct(cmp, "&")) {
      op = kJset;
    } else {
      return Unexpected(cmp, "a comparison operator");
    }
    Instruction insn = Jump(kJmp | op | kK, 0, 0, 0);
    std::optional<SyscallRef> syscall;
    if (IsIdent(Peek(), "X")) {
      Next();
      insn.code = kJmp | op | kX;
    } else {
      SECCOMP_EMU_ASSIGN_OR_RETURN(Value v, ParseValue());
      insn.k = v.number;
      syscall = v.syscall;
    }
    if (bang) SECCOMP_EMU_RETURN_IF_ERROR(Expect(")"));
    SECCOMP_EMU_RETURN_IF_ERROR(Expect(")"));
    SECCOMP_EMU_RETURN_IF_ERROR(ExpectIdent("goto"));
    // The first target is where the condition as written leads.
    SECCOMP_EMU_RETURN_IF_ERROR(ParseTarget(negated ? Field::kJf : Field::kJt));
    if (IsIdent(Peek(), "else")) {
      Next();
      SECCOMP_EMU_RETURN_IF_ERROR(ExpectIdent("goto"));
      SECCOMP_EMU_RETURN_IF_ERROR(ParseTarget(negated ? Field::kJt : Field::kJf));
    }
    Emit(insn, syscall);
    return absl::OkStatus();
  }

  absl::Status ParseDirective() {
    const Token& name = Next();
    if (IsIdent(name, "insn")) {
      uint32_t f[4];
      for (int i = 0; i < 4; ++i) {
        if (i > 0) SECCOMP_EMU_RETURN_IF_ERROR(Expect(","));
        const Token& t = Peek();
        SECCOMP_EMU_ASSIGN_OR_RETURN(f[i], ParseU32());
        const uint32_t limit = i == 0 ? 0xffff : i < 3 ? 0xff : UINT32_MAX;
        if (f[i] > limit) {
          return ErrorAt(Pos(t), absl::StrCat("\"", t.text, "\" does not fit in ",
                                              i == 0 ? "16" : "8", " bits"));
        }
      }
      Emit(Instruction{static_cast<uint16_t>(f[0]), static_cast<uint8_t>(f[1]),
                       static_cast<uint8_t>(f[2]), f[3]});
      return absl::OkStatus();
    }
    if (IsIdent(name, "endian")) {
      if (!program_.empty()) {
        return ErrorAt(Pos(name), ".endian must come before any instruction");
      }
      const Token& t = Peek();
      if (IsIdent(t, "little")) {
        byte_order_ = ByteOrder::kLittle;
      } else if (IsIdent(t, "big")) {
        byte_order_ = ByteOrder::kBig;
      } else {
        return Unexpected(t, "\"little\" or \"big\"");
      }
      Next();
      return absl::OkStatus();
    }
    if (IsIdent(name, "arch")) {
      const Token& t = Peek();
      if (t.kind == TokenKind::kNumber) {
        SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t v, ParseU32());
        default_arch_ = v;
        return absl::OkStatus();
      }
      if (t.kind != TokenKind::kIdent) return Unexpected(t, "an arch name");
      SECCOMP_EMU_ASSIGN_OR_RETURN(std::optional<uint32_t> v,
                                   ArchByName(t, /*must_be_arch=*/true));
      default_arch_ = v;
      Next();
      return absl::OkStatus();
    }
    return ErrorAt(Pos(name), absl::StrCat("unknown directive \".", name.text, "\""));
  }

  absl::Status ParseStatement() {
    const Token& t = Peek();
    if (IsPunct(t, ".")) {
      Next();
      return ParseDirective();
    }
    if (t.kind != TokenKind::kIdent) return Unexpected(t, "an instruction");
    const std::string& w = t.text;
    if (w == "A") {
      Next();
      return ParseAccumulatorStatement();
    }
    if (w == "X") {
      Next();
      SECCOMP_EMU_RETURN_IF_ERROR(Expect("="));
      return ParseLoadX();
    }
    if (w == "mem" || w == "M") {
      Next();
      SECCOMP_EMU_ASSIGN_OR_RETURN(uint32_t k, ParseIndex());
      SECCOMP_EMU_RETURN_IF_ERROR(Expect("="));
      const Token& src = Peek();
      if (IsIdent(src, "A")) {
        Emit(Stmt(kSt, k));
      } else if (IsIdent(src, "X")) {
        Emit(Stmt(kStx, k));
      } else {
        return Unexpected(src, "\"A\" or \"X\"");
      }
      Next();
      return absl::OkStatus();
    }
    if (w == "return" || w == "ret") {
      Next();
      return ParseReturn();
    }
    if (w == "goto" || w == "jmp") {
      Next();
      SECCOMP_EMU_RETURN_IF_ERROR(ParseTarget(Field::kK));
      Emit(Stmt(kJmp | kJa, 0));
      return absl::OkStatus();
    }
    if (w == "if") {
      Next();
      return ParseIf();
    }
    return ErrorAt(Pos(t), absl::StrCat("unknown instruction \"", w, "\""));
  }

  absl::Status ParseLine(absl::string_view raw, int line_number) {
    line_ = line_number;
    // Comments run to the end of the line.
    absl::string_view line = raw;
    for (absl::string_view marker : {"#", "//"}) {
      const size_t cut = line.find(marker);
      if (cut != absl::string_view::npos) line = line.substr(0, cut);
    }
    const absl::string_view stripped = absl::StripAsciiWhitespace(line);
    if (stripped.empty()) return absl::OkStatus();
    // Listing header lines.
    if (stripped.find_first_not_of('=') == absl::string_view::npos) {
      return absl::OkStatus();
    }
    if (absl::StartsWith(stripped, "line") &&
        absl::StrContains(stripped, "CODE")) {
      return absl::OkStatus();
    }
    SECCOMP_EMU_ASSIGN_OR_RETURN(tokens_, Tokenize(line, line_number));
    index_ = 0;

    // Labels: `name:` and `0007:` (possibly a listing row).
    std::optional<ListingRow> row;
    while (Peek(1).kind == TokenKind::kPunct && Peek(1).text == ":" &&
           (Peek().kind == TokenKind::kIdent ||
            Peek().kind == TokenKind::kNumber)) {
      const Token label = Next();
      Next();
      if (label.kind == TokenKind::kIdent) {
        if (labels_.contains(label.text)) {
          return ErrorAt(Pos(label),
                         absl::StrCat("label \"", label.text, "\" defined twice"));
        }
        labels_[label.text] = program_.size();
        continue;
      }
      std::optional<uint64_t> number = ParseNumber(label.text);
      if (!number.has_value() || *number != program_.size()) {
        return ErrorAt(Pos(label),
                       absl::StrCat("line number ", label.text,
                                    " does not match instruction number ",
                                    program_.size()));
      }
      if (Peek().kind == TokenKind::kNumber) {
        SECCOMP_EMU_ASSIGN_OR_RETURN(row, ParseColumns(Pos(label)));
      }
    }
    if (Peek().kind == TokenKind::kEnd) {
      if (row.has_value()) return Unexpected(Peek(), "an instruction");
      return absl::OkStatus();
    }
    if (row.has_value() && IsIdent(Peek(), "unknown")) {
      // "unknown opcode 0x...": the columns are the instruction.
      Emit(row->columns);
      row->unknown_text = true;
      rows_.push_back(*row);
      return absl::OkStatus();
    }
    const size_t before = program_.size();
    SECCOMP_EMU_RETURN_IF_ERROR(ParseStatement());
    SECCOMP_EMU_RETURN_IF_ERROR(ExpectEnd());
    if (row.has_value()) {
      if (program_.size() != before + 1) {
        return ErrorAt(row->pos, "a listing row must hold an instruction");
      }
      rows_.push_back(*row);
    }
    return absl::OkStatus();
  }

  // The four hex columns of a listing row: CODE JT JF K.
  absl::StatusOr<ListingRow> ParseColumns(Position pos) {
    uint32_t f[4];
    for (int i = 0; i < 4; ++i) {
      const Token& t = Peek();
      SECCOMP_EMU_ASSIGN_OR_RETURN(f[i], ParseU32());
      const uint32_t limit = i == 0 ? 0xffff : i < 3 ? 0xff : UINT32_MAX;
      if (f[i] > limit) {
        return ErrorAt(Pos(t), absl::StrCat("listing column \"", t.text,
                                            "\" is out of range"));
      }
    }
    return ListingRow{program_.size(),
                      Instruction{static_cast<uint16_t>(f[0]),
                                  static_cast<uint8_t>(f[1]),
                                  static_cast<uint8_t>(f[2]), f[3]},
                      false, pos};
  }

  absl::Status ResolveTargets() {
    for (const TargetRef& ref : targets_) {
      uint64_t target = ref.number;
      if (!ref.label.empty()) {
        auto it = labels_.find(ref.label);
        if (it == labels_.end()) {
          return ErrorAt(ref.pos,
                         absl::StrCat("undefined label \"", ref.label, "\""));
        }
        target = it->second;
      }
      if (target <= ref.pc) {
        return ErrorAt(ref.pos,
                       absl::StrCat("jump target ", target,
                                    " is not after the jump (instruction ",
                                    ref.pc, "); BPF jumps only forward"));
      }
      const uint64_t offset = target - ref.pc - 1;
      Instruction& insn = program_[ref.pc];
      if (ref.field == Field::kK) {
        if (offset > UINT32_MAX) {
          return ErrorAt(ref.pos, "jump offset does not fit in 32 bits");
        }
        insn.k = static_cast<uint32_t>(offset);
      } else {
        if (offset > 255) {
          return ErrorAt(ref.pos,
                         absl::StrCat("conditional jump to ", target, " is ",
                                      offset,
                                      " instructions ahead; at most 255 fit "
                                      "(use a goto)"));
        }
        (ref.field == Field::kJt ? insn.jt : insn.jf) =
            static_cast<uint8_t>(offset);
      }
    }
    return absl::OkStatus();
  }

  absl::Status ResolveSyscalls() {
    if (syscalls_.empty()) return absl::OkStatus();
    const std::vector<InstructionContext> ctx = AnalyzeContext(program_);
    for (const SyscallRef& ref : syscalls_) {
      std::optional<uint32_t> arch = ref.arch;
      if (!arch.has_value()) arch = ctx[ref.pc].arch;
      if (!arch.has_value()) arch = default_arch_;
      if (symbols_ == nullptr) {
        return ErrorAt(ref.pos,
                       absl::StrCat("unknown name \"", ref.name,
                                    "\" (no symbol table for syscall names)"));
      }
      if (!arch.has_value()) {
        return ErrorAt(ref.pos,
                       absl::StrCat("syscall name \"", ref.name,
                                    "\" needs an arch: no \"A == ARCH_...\" test "
                                    "establishes one here and no default arch "
                                    "is set"));
      }
      std::optional<int32_t> nr = symbols_->SyscallNumber(*arch, ref.name);
      if (!nr.has_value()) {
        return ErrorAt(ref.pos, absl::StrCat("unknown syscall \"", ref.name,
                                             "\" for arch ", ArchLabel(*arch)));
      }
      program_[ref.pc].k = static_cast<uint32_t>(*nr);
    }
    return absl::OkStatus();
  }

  // Listing rows: the columns must agree with the text wherever the opcode
  // reads the field; the columns then stand (they also carry ignored fields).
  absl::Status CheckListingRows() {
    for (const ListingRow& row : rows_) {
      if (row.unknown_text) continue;
      const Instruction& text = program_[row.pc];
      const Instruction& columns = row.columns;
      if (ClearUnusedFields(columns) != ClearUnusedFields(text)) {
        return ErrorAt(row.pos,
                       "the listing columns do not match the instruction text");
      }
      program_[row.pc] = columns;
    }
    return absl::OkStatus();
  }

  const Symbols* symbols_;
  std::optional<uint32_t> default_arch_;
  ByteOrder byte_order_;

  int line_ = 0;
  std::vector<Token> tokens_;
  size_t index_ = 0;

  std::vector<Instruction> program_;
  absl::flat_hash_map<std::string, size_t> labels_;
  std::vector<TargetRef> targets_;
  std::vector<SyscallRef> syscalls_;
  std::vector<ListingRow> rows_;
};

}  // namespace

absl::StatusOr<AssembledProgram> AssembleProgram(
    absl::string_view source, const AssemblerOptions& options) {
  Assembler assembler(options);
  return assembler.Run(source);
}

absl::StatusOr<std::vector<Instruction>> Assemble(
    absl::string_view source, const AssemblerOptions& options) {
  SECCOMP_EMU_ASSIGN_OR_RETURN(AssembledProgram program,
                               AssembleProgram(source, options));
  return std::move(program.instructions);
}

}  // namespace seccomp_emu
