// Internal interface of the recursive-descent parser, shared by its source
// files (parser*.cpp). The rules follow CPython 3.11's Grammar/python.gram;
// its "invalid_*" rules only run in a second pass, as in Parser/pegen.c.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/ast.h"
#include "syntax/lexer.h"
#include "syntax/syntax_error.h"
#include "syntax/token.h"

namespace ys::syntax::detail {

// Thrown when a rule does not match: the caller may backtrack, and if no one
// does, the module fails with a generic "invalid syntax".
struct ParseFail {};

// Thrown for a specific SyntaxError: ends the parse at once.
struct ParseAbort {
    SyntaxErrorInfo info;
    bool from_lexer = false;  // the parser reached the tokenizer's error
};

// What kind of target list an invalid target was found in (CPython's
// TARGETS_TYPE): it picks the message, "cannot assign to" or "cannot delete".
enum class TargetsType { Star, For, Del };

// Nesting limits that keep the native stack bounded on hostile input.
constexpr int kMaxExprDepth = 800;
constexpr int kMaxFStringNesting = 2;  // CPython: "expressions nested too deeply"

// One pass of the parser over a token list. Rules are methods named after
// the grammar's rules; they throw ParseFail when they do not match and
// ParseAbort for a SyntaxError. Everything is public: this is the parser's
// private header, shared by its source files.
class Parser {
public:
    // `second_pass` turns on the checks of CPython's invalid_* rules.
    Parser(const LexResult& lex, bool second_pass);

    std::unique_ptr<ast::Module> file();

    // For f-string replacement fields: parses the tokens of "(expr)".
    ast::ExprPtr fstring_expression();

    // Index of the furthest token any rule looked at.
    size_t furthest() const { return furthest_; }

    // Set for the sub-parser of an f-string expression: errors get the
    // "f-string: " prefix and columns relative to "(expr)", as in CPython.
    void set_fstring_origin(int first_line, int col_shift) {
        fstring_line_ = first_line;
        fstring_col_shift_ = col_shift;
        in_fstring_ = true;
    }

    // Applies the f-string adjustments above to an error of this parser.
    SyntaxErrorInfo adjust(SyntaxErrorInfo info) const;

    // --------------------------------------------------------------- tokens
    const Token& peek(size_t k = 0);
    const Token& advance();
    const Token& prev() const { return toks_[pos_ - 1]; }
    bool at(TokenKind k) { return peek().kind == k; }
    bool at_kw(std::string_view kw);
    bool at_soft(std::string_view word);
    bool accept(TokenKind k);
    bool accept_kw(std::string_view kw);
    const Token& expect(TokenKind k);
    const Token& expect_kw(std::string_view kw);
    // CPython's forced token (&&'x'): a mismatch is "expected 'x'" at once.
    const Token& expect_forced(TokenKind k, const char* shown);
    [[noreturn]] void fail() { throw ParseFail{}; }

    // --------------------------------------------------------------- errors
    [[noreturn]] void raise(const std::string& message, int line, int col, int end_line, int end_col,
                            const char* type = "SyntaxError");
    [[noreturn]] void raise_at(const util::Span& s, const std::string& message, const char* type = "SyntaxError");
    [[noreturn]] void raise_at(const Token& t, const std::string& message, const char* type = "SyntaxError") {
        raise_at(t.span, message, type);
    }
    [[noreturn]] void raise_range(const util::Span& a, const util::Span& b, const std::string& message) {
        raise(message, a.line, a.col, b.end_line, b.end_col);
    }
    // RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to where the tokenizer is.
    [[noreturn]] void raise_starting_from(const util::Span& a, const std::string& message);
    // CPython's RAISE_SYNTAX_ERROR without a location: the last token read.
    [[noreturn]] void raise_last(const std::string& message, const char* type = "SyntaxError");
    bool second_pass() const { return second_pass_; }

    // --------------------------------------------------------------- spans
    util::Span span_from(const util::Span& start) const;
    util::Span span_from(const Token& t) const { return span_from(t.span); }
    // End at the last token that is not NEWLINE, INDENT or DEDENT.
    util::Span stmt_span_from(const Token& t) const;

    template <class T>
    std::unique_ptr<T> make(const util::Span& s) {
        auto n = std::make_unique<T>();
        n->span = s;
        return n;
    }

    // --------------------------------------------------------------- statements (parser_stmt.cpp)
    void statements(ast::StmtList& out);
    void statement(ast::StmtList& out);
    void simple_stmts(ast::StmtList& out);
    ast::StmtPtr simple_stmt();
    ast::StmtPtr expression_stmt();
    ast::StmtPtr annotated_assignment(const Token& first_tok, ast::ExprPtr target);
    ast::StmtPtr assignment(const Token& first_tok, size_t start, ast::ExprPtr first);
    void invalid_assignment(const Token& first_tok, size_t start, size_t first_equal, const ast::ExprList& targets);
    ast::StmtPtr augmented_assignment(const Token& first_tok, ast::ExprPtr target, ast::BinOpKind op);
    ast::StmtPtr import_from();
    ast::StmtPtr del_stmt();
    ast::StmtList block(const Token& keyword, const std::string& what);
    ast::StmtPtr compound_stmt();
    ast::StmtPtr if_stmt(bool is_elif);
    ast::StmtPtr while_stmt();
    ast::StmtPtr for_stmt(const Token* async_tok);
    ast::StmtPtr with_stmt(const Token* async_tok);
    ast::StmtPtr try_stmt();
    ast::StmtPtr function_def(ast::ExprList decorators, const Token* async_tok);
    ast::StmtPtr class_def(ast::ExprList decorators);
    ast::StmtList else_block();
    void check_compound_colon();

    // --------------------------------------------------------------- expressions (parser_expr.cpp)
    ast::ExprPtr star_expressions();
    ast::ExprPtr star_expression();
    ast::ExprPtr star_named_expression();
    ast::ExprPtr named_expression();
    ast::ExprPtr expression();
    ast::ExprPtr disjunction();
    ast::ExprPtr disjunction_body();
    ast::ExprPtr conjunction();
    ast::ExprPtr inversion();
    ast::ExprPtr comparison();
    ast::ExprPtr bitwise_or() { return binary(0); }
    ast::ExprPtr binary(int min_level);
    ast::ExprPtr factor();
    ast::ExprPtr power();
    ast::ExprPtr await_primary();
    ast::ExprPtr primary();
    ast::ExprPtr primary_tail(ast::ExprPtr e, const Token& start);
    ast::ExprPtr atom();
    ast::ExprPtr paren_atom();
    ast::ExprPtr bracket_atom();
    ast::ExprPtr brace_atom();
    ast::ExprPtr slices();
    ast::ExprPtr slice();
    ast::ExprPtr yield_expr();
    ast::ExprPtr lambdef();
    void for_if_clauses(std::vector<ast::Comprehension>& out);
    bool at_expression_start();
    static bool starts_expression(const Token& t);
    bool starts_like_display(size_t start);
    void check_invalid_expression(size_t start, const ast::Expr& a);
    void check_legacy_expression(size_t start);
    void check_invalid_named_expression(size_t start, const ast::Expr& a);

    // --------------------------------------------------------------- arguments (parser_args.cpp)
    void call_arguments(ast::Call& call, bool allow_genexp = true);
    void parameters(ast::Arguments& args, bool is_lambda);

    // --------------------------------------------------------------- targets (parser_target.cpp)
    ast::ExprPtr star_targets();
    ast::ExprPtr star_target();
    const ast::Expr* invalid_target(const ast::Expr* e, TargetsType type);
    void set_context(ast::Expr& e, ast::Ctx ctx);
    // RAISE_SYNTAX_ERROR_INVALID_TARGET; fails quietly if all targets are fine.
    [[noreturn]] void raise_invalid_target(TargetsType type, const ast::Expr& e);
    static const char* expr_name(const ast::Expr& e);

    // --------------------------------------------------------------- patterns (parser_pattern.cpp)
    ast::StmtPtr match_stmt();

    // --------------------------------------------------------------- strings (parser_string.cpp)
    ast::ExprPtr strings();

    // --------------------------------------------------------------- nesting guard
    struct DepthGuard {
        explicit DepthGuard(Parser& p, int cost = 1);
        ~DepthGuard() { p_.depth_ -= cost_; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;
        Parser& p_;
        int cost_;
    };
    void add_depth(int n);

    const LexResult& lex_;
    const std::vector<Token>& toks_;
    size_t pos_ = 0;
    size_t furthest_ = 0;
    bool second_pass_;
    int depth_ = 0;

    std::vector<bool> legacy_checked_;  // positions check_legacy_expression has seen
    bool quiet_ = false;                // parsing expression_without_invalid in pass 2
    std::vector<bool> quiet_disjunction_;

    bool in_fstring_ = false;
    int fstring_line_ = 0;
    int fstring_col_shift_ = 0;
};

// CPython's error for a parse that failed without a specific message:
// "invalid syntax" (or "unexpected indent") at token `index`.
SyntaxErrorInfo generic_error(const LexResult& lex, size_t index);

// Runs a start rule the way CPython's _PyPegen_run_parser does: a first pass,
// on failure a second pass with the invalid_* checks, then the tokenizer's
// own errors take priority. `setup(parser)` prepares each pass's parser and
// `start(parser)` runs the rule. Returns the error, if any.
template <class Setup, class Start>
std::optional<SyntaxErrorInfo> run_two_passes(const LexResult& lex, Setup&& setup, Start&& start) {
    SyntaxErrorInfo error;
    size_t furthest = 0;
    {
        Parser first(lex, false);
        setup(first);
        try {
            start(first);
            return std::nullopt;
        } catch (const ParseAbort& a) {
            if (a.from_lexer) return a.info;
            error = a.info;
            furthest = first.furthest();
        } catch (const ParseFail&) {
            Parser second(lex, true);
            second.furthest_ = first.furthest();  // "the last token read" spans both passes
            setup(second);
            bool specific = false;
            try {
                start(second);
            } catch (const ParseAbort& a) {
                if (a.from_lexer) return a.info;
                error = a.info;
                specific = true;
            } catch (const ParseFail&) {
            }
            if (!specific) {
                error = first.adjust(generic_error(lex, first.furthest()));
                // CPython returns at once on "unexpected indent": no
                // tokenizer error gets a chance to replace it.
                TokenKind k = lex.tokens[std::min(first.furthest(), lex.tokens.size() - 1)].kind;
                if (k == TokenKind::Indent || k == TokenKind::Dedent) return error;
            }
            furthest = std::max(first.furthest(), second.furthest());
        }
    }
    // Like CPython, tokenize the rest of the input: the tokenizer's own errors
    // win, and an unclosed bracket wins when the parser stopped on a later line.
    if (lex.error) {
        if (lex.error->kind == LexErrorKind::Direct) return lex.error->info;
        if (lex.error->kind == LexErrorKind::Unclosed && !lex.tokens.empty()) {
            const Token& t = lex.tokens[std::min(furthest, lex.tokens.size() - 1)];
            if (t.span.line > lex.error->paren_line) return lex.error->info;
        }
    }
    return error;
}

// At `for` or `async for`: the start of a comprehension's clauses.
bool is_comprehension_start(Parser& p);

// Decodes the body of a non-f string literal (escapes unless raw); on a bad
// escape returns false and sets `error` to CPython's message.
bool decode_string_body(std::string_view body, bool raw, bool bytes, std::string& out, std::string& error);

}  // namespace ys::syntax::detail
