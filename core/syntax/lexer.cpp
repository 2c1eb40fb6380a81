// The tokenizer, after CPython 3.11's Parser/tokenizer.c: indentation with a
// stack (tabs to multiples of 8, checked against tabs-as-one for TabError),
// bracket tracking, numbers, string literals kept whole (prefix and quotes)
// for the parser to decode, and CPython's error messages and positions.
#include "syntax/lexer.h"

#include <cstdio>

#include "syntax/unicode_tables.h"
#include "util/utf8.h"

namespace ys::syntax {

namespace {

constexpr int kMaxLevel = 200;   // CPython's MAXLEVEL: nested brackets
constexpr int kMaxIndent = 100;  // CPython's MAXINDENT: indentation levels

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_potential_identifier_start(int c) { return is_ascii_letter(c) || c == '_' || c >= 128; }
bool is_potential_identifier_char(int c) { return is_potential_identifier_start(c) || is_digit(c); }

std::string hex_code(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
    return buf;
}

struct LexFailure {};  // unwinds to run() once error_ is set

class Lexer {
public:
    Lexer(std::string_view source, const LexOptions& options) : options_(options) {
        src_.reserve(source.size() + 1);
        for (size_t i = 0; i < source.size(); ++i) {
            char c = source[i];
            if (c == '\r') {
                if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
                c = '\n';
            }
            src_ += c;
        }
        if (src_.size() >= 3 && src_.compare(0, 3, "\xEF\xBB\xBF") == 0) {
            src_.erase(0, 3);
        }
        // Like CPython, make sure the last line ends with a newline.
        if (!src_.empty() && src_.back() != '\n') src_ += '\n';
    }

    LexResult run() {
        try {
            reject_null_bytes();
            while (next_token()) {
            }
        } catch (const LexFailure&) {
        }
        LexResult result;
        result.source = std::move(src_);
        result.tokens = std::move(tokens_);
        result.error = std::move(error_);
        return result;
    }

private:
    // ------------------------------------------------------------ characters

    int peek(size_t k = 0) const {
        return pos_ + k < src_.size() ? static_cast<unsigned char>(src_[pos_ + k]) : -1;
    }

    // Code-point column of byte offset `byte` on the line starting at `start`.
    int col_at(size_t start, size_t byte) {
        if (cache_line_start_ != start || byte < cache_byte_) {
            cache_line_start_ = start;
            cache_byte_ = start;
            cache_col_ = 0;
        }
        while (cache_byte_ < byte) {
            unsigned char b = static_cast<unsigned char>(src_[cache_byte_]);
            ++cache_byte_;
            if ((b & 0xC0) != 0x80) ++cache_col_;
        }
        // Continuation bytes were skipped without counting, so a byte offset in
        // the middle of a character maps to the column after its lead byte.
        return cache_col_;
    }
    int col() { return col_at(line_start_, pos_); }

    // Length of a line, in code points, without its newline.
    int line_length(size_t start) {
        size_t end = src_.find('\n', start);
        if (end == std::string::npos) end = src_.size();
        return static_cast<int>(util::count_code_points(std::string_view(src_).substr(start, end - start)));
    }

    void advance_newline() {
        ++pos_;
        ++line_;
        line_start_ = pos_;
    }

    // The line and length of the last line of the file, where CPython puts
    // the tokens it makes at the end of input.
    void end_position(int& line, int& column) {
        if (src_.empty()) {
            line = 1;
            column = 0;
            return;
        }
        size_t last_nl = src_.size() - 1;  // src_ always ends with '\n'
        size_t start = last_nl == 0 ? std::string::npos : src_.rfind('\n', last_nl - 1);
        start = start == std::string::npos ? 0 : start + 1;
        line = line_ - 1;
        column = line_length(start);
    }

    // ------------------------------------------------------------ errors

    [[noreturn]] void fail(LexErrorKind kind, const std::string& type, const std::string& message, int line,
                           int column, int end_line, int end_column) {
        LexError e;
        e.kind = kind;
        e.info.type = type;
        e.info.message = message;
        e.info.line = line + options_.line_offset;
        e.info.col = column;
        e.info.end_line = end_line + options_.line_offset;
        e.info.end_col = end_column;
        error_ = std::move(e);
        throw LexFailure{};
    }

    // CPython's syntaxerror(): points at the character before `cur`.
    [[noreturn]] void fail_at_cur(const std::string& message, size_t cur) {
        int c = col_at(line_start_, cur) - 1;
        fail(LexErrorKind::Direct, "SyntaxError", message, line_, c, line_, c);
    }

    // CPython refuses such sources before tokenizing (3.12's wording).
    void reject_null_bytes() {
        size_t nul = src_.find('\0');
        if (nul == std::string::npos) return;
        int line = 1;
        size_t start = 0;
        for (size_t i = 0; i < nul; ++i) {
            if (src_[i] == '\n') {
                ++line;
                start = i + 1;
            }
        }
        int column = col_at(start, nul);
        fail(LexErrorKind::Direct, "SyntaxError", "source code string cannot contain null bytes", line, column, line,
             column);
    }

    // ------------------------------------------------------------ tokens

    void emit(TokenKind kind, size_t begin, int line, int column, size_t end_byte, int end_line, int end_column) {
        Token t;
        t.kind = kind;
        t.text.assign(src_, begin, end_byte - begin);
        t.begin = static_cast<uint32_t>(begin);
        t.end = static_cast<uint32_t>(end_byte);
        t.span.line = line + options_.line_offset;
        t.span.end_line = end_line + options_.line_offset;
        t.span.col = column + (line == 1 ? options_.first_line_col_offset : 0);
        t.span.end_col = end_column + (end_line == 1 ? options_.first_line_col_offset : 0);
        t.level = static_cast<int>(parens_.size());
        tokens_.push_back(std::move(t));
    }

    // INDENT and DEDENT have no position in CPython: errors at them point where
    // the tokenizer stands, which `column` encodes; the end stays unset (-1).
    void emit_layout(TokenKind kind, int line, int column) {
        emit(kind, pos_, line, column, pos_, line, -2);
    }

    // A token that starts and ends on the current line.
    void emit_here(TokenKind kind, size_t begin) {
        // In this order: col_at() is fast only while offsets grow.
        int start_col = col_at(line_start_, begin);
        int end_col = col();
        emit(kind, begin, line_, start_col, pos_, line_, end_col);
    }

    // Returns false at the end of input (after ENDMARKER).
    bool next_token() {
        if (at_bol_) {
            at_bol_ = false;
            if (!indentation()) return true;
        }
        size_t comment = std::string::npos;
        for (;;) {
            int c = peek();
            if (c == ' ' || c == '\t' || c == '\f') {
                ++pos_;
                continue;
            }
            if (c == '#') {
                comment = pos_;
                while (peek() != '\n' && peek() != -1) ++pos_;
                continue;
            }
            if (c == '\\') {
                line_continuation();
                continue;
            }
            break;
        }
        int c = peek();
        if (c == -1) {
            if (!parens_.empty()) unclosed_error();
            int line, column;
            end_position(line, column);
            // CPython leaves the end of ENDMARKER unset (end offset -1).
            emit(TokenKind::EndMarker, pos_, line, column, pos_, line, -2);
            return false;
        }
        if (c == '\n') {
            if (blank_line_ || !parens_.empty()) {
                advance_newline();
                at_bol_ = true;
                blank_line_ = false;
                return true;
            }
            // Like CPython's, a NEWLINE after a comment starts at the '#'.
            emit_here(TokenKind::Newline, comment != std::string::npos ? comment : pos_);
            advance_newline();
            at_bol_ = true;
            return true;
        }
        size_t begin = pos_;
        if (is_potential_identifier_start(c)) {
            lex_name_or_prefixed_string(begin);
            return true;
        }
        if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
            lex_number(begin);
            return true;
        }
        if (c == '\'' || c == '"') {
            lex_string(begin);
            return true;
        }
        lex_operator(begin);
        return true;
    }

    // A backslash at pos_: must end the line, and the file must go on.
    void line_continuation() {
        size_t backslash = pos_;
        ++pos_;
        int column = col_at(line_start_, backslash) + 1;
        if (peek() != '\n') {
            fail(LexErrorKind::Deferred, "SyntaxError", "unexpected character after line continuation character",
                 line_, column, line_, -1);
        }
        int line = line_;
        advance_newline();
        if (peek() == -1) {
            if (!parens_.empty()) unclosed_error();
            fail(LexErrorKind::Deferred, "SyntaxError", "unexpected EOF while parsing", line, column, line, -2);
        }
    }

    // Handles the start of a logical line: blank lines, INDENT and DEDENT.
    // Returns false when it emitted a token (the caller then returns).
    bool indentation() {
        int column = 0, alt = 0;
        // As in CPython, a backslash continuation inside the indentation makes
        // the column of the first backslash the indentation (0 counts as unset).
        int cont_column = 0;
        for (;;) {
            int c = peek();
            if (c == ' ') {
                ++column;
                ++alt;
            } else if (c == '\t') {
                column = (column / 8 + 1) * 8;
                ++alt;
            } else if (c == '\f') {
                column = alt = 0;
            } else if (c == '\\') {
                if (cont_column == 0) cont_column = column;
                line_continuation();
                continue;
            } else {
                break;
            }
            ++pos_;
        }
        int c = peek();
        blank_line_ = (c == '#' || c == '\n');
        if (blank_line_ || !parens_.empty()) return true;
        if (cont_column != 0) column = alt = cont_column;
        int width = col();
        if (column == indents_.back()) {
            if (alt != alt_indents_.back()) tab_error();
            return true;
        }
        if (column > indents_.back()) {
            if (static_cast<int>(indents_.size()) >= kMaxIndent) {
                fail(LexErrorKind::Deferred, "IndentationError", "too many levels of indentation", line_, 0, line_,
                     -1);
            }
            if (alt <= alt_indents_.back()) tab_error();
            indents_.push_back(column);
            alt_indents_.push_back(alt);
            emit_layout(TokenKind::Indent, line_, width - 1);
            return false;
        }
        size_t keep = indents_.size();
        while (keep > 1 && column < indents_[keep - 1]) --keep;
        if (column != indents_[keep - 1]) {
            // CPython points just past the end of the line.
            int len = line_length(line_start_);
            fail(LexErrorKind::Deferred, "IndentationError", "unindent does not match any outer indentation level",
                 line_, len, line_, -2);
        }
        if (alt != alt_indents_[keep - 1]) tab_error();
        int line = line_;
        int at = width - 1;
        if (c == -1) end_position(line, at);
        while (indents_.size() > keep) {
            indents_.pop_back();
            alt_indents_.pop_back();
            emit_layout(TokenKind::Dedent, line, at);
        }
        return false;
    }

    [[noreturn]] void tab_error() {
        fail(LexErrorKind::Deferred, "TabError", "inconsistent use of tabs and spaces in indentation", line_, 0, line_,
             -1);
    }

    [[noreturn]] void unclosed_error() {
        const Paren& p = parens_.back();
        std::string message = "'";
        message += p.ch;
        message += "' was never closed";
        fail(LexErrorKind::Unclosed, "SyntaxError", message, p.line, p.col, p.line, -1);
    }

    // ------------------------------------------------------------ names

    // Reads an identifier or keyword; if it turns out to be a string prefix
    // followed by a quote, reads the string instead.
    void lex_name_or_prefixed_string(size_t begin) {
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        for (;;) {
            int c = peek();
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
                saw_b = true;
            } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
                saw_u = true;
            } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
                saw_r = true;
            } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
                saw_f = true;
            } else {
                break;
            }
            ++pos_;
            if (peek() == '\'' || peek() == '"') {
                lex_string(begin);
                return;
            }
        }
        bool non_ascii = false;
        while (peek() != -1 && is_potential_identifier_char(peek())) {
            if (peek() >= 128) non_ascii = true;
            ++pos_;
        }
        if (non_ascii) verify_identifier(begin);
        std::string_view word(src_.data() + begin, pos_ - begin);
        emit_here(is_keyword(word) ? TokenKind::Keyword : TokenKind::Name, begin);
    }

    void verify_identifier(size_t begin) {
        std::string_view word(src_.data() + begin, pos_ - begin);
        size_t i = 0;
        bool first = true;
        while (i < word.size()) {
            size_t at = i;
            char32_t cp = util::decode_utf8(word, i);
            bool ok = first ? (cp == '_' || is_id_start(cp)) : is_id_continue(cp);
            first = false;
            if (!ok) {
                int column = col_at(line_start_, begin + at);
                std::string message;
                if (is_printable(cp)) {
                    message = "invalid character '";
                    util::append_utf8(message, cp);
                    message += "' (U+" + hex_code(cp) + ")";
                } else {
                    message = "invalid non-printable character U+" + hex_code(cp);
                }
                fail(LexErrorKind::Direct, "SyntaxError", message, line_, column, line_, column);
            }
        }
    }

    // ------------------------------------------------------------ numbers

    // After a number: CPython accepts a directly following keyword that can
    // legally come next (`1if x else 2`), and rejects any other name character.
    void verify_end_of_number(const char* kind) {
        int c = peek();
        bool keyword_follows = false;
        // The rest of a keyword, then a character that cannot continue it.
        auto ahead = [&](const char* rest) {
            size_t k = 0;
            for (; rest[k]; ++k)
                if (peek(1 + k) != static_cast<unsigned char>(rest[k])) return false;
            int after = peek(1 + k);
            return after == -1 || !is_potential_identifier_char(after);
        };
        if (c == 'a') keyword_follows = ahead("nd");
        else if (c == 'e') keyword_follows = ahead("lse");
        else if (c == 'f') keyword_follows = ahead("or");
        else if (c == 'i') keyword_follows = peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's';
        else if (c == 'o') keyword_follows = ahead("r");
        else if (c == 'n') keyword_follows = ahead("ot");
        if (keyword_follows) return;
        if (c != -1 && c < 128 && is_potential_identifier_char(c)) {
            fail_at_cur(std::string("invalid ") + kind + " literal", pos_);
        }
    }

    // Digits with single underscores between them; the first digit is current.
    void decimal_tail() {
        for (;;) {
            while (is_digit(peek())) ++pos_;
            if (peek() != '_') return;
            ++pos_;
            if (!is_digit(peek())) fail_at_cur("invalid decimal literal", pos_);
        }
    }

    void radix_digits(int prefix, const char* kind) {
        auto ok = [&](int c) {
            if (prefix == 'x') return is_hex_digit(c);
            if (prefix == 'o') return c >= '0' && c <= '7';
            return c == '0' || c == '1';
        };
        do {
            if (peek() == '_') ++pos_;
            if (!ok(peek())) {
                if (prefix != 'x' && is_digit(peek())) {
                    fail_at_cur(std::string("invalid digit '") + static_cast<char>(peek()) + "' in " + kind +
                                    " literal",
                                pos_ + 1);
                }
                fail_at_cur(std::string("invalid ") + kind + " literal", pos_);
            }
            while (ok(peek())) ++pos_;
        } while (peek() == '_');
        if (prefix != 'x' && is_digit(peek())) {
            fail_at_cur(std::string("invalid digit '") + static_cast<char>(peek()) + "' in " + kind + " literal",
                        pos_ + 1);
        }
        verify_end_of_number(kind);
    }

    void lex_number(size_t begin) {
        int c = peek();
        bool fraction_and_more = false;
        if (c == '.') {
            ++pos_;
            fraction_and_more = true;
        } else if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                                peek(1) == 'b' || peek(1) == 'B')) {
            int prefix = peek(1) | 0x20;
            pos_ += 2;
            radix_digits(prefix, prefix == 'x' ? "hexadecimal" : prefix == 'o' ? "octal" : "binary");
            emit_here(TokenKind::Number, begin);
            return;
        } else if (c == '0') {
            // Zeros may be followed by more digits only in a float or imaginary.
            ++pos_;
            for (;;) {
                if (peek() == '_') {
                    ++pos_;
                    if (!is_digit(peek())) fail_at_cur("invalid decimal literal", pos_);
                }
                if (peek() != '0') break;
                ++pos_;
            }
            size_t zeros_end = pos_;
            bool nonzero = false;
            if (is_digit(peek())) {
                nonzero = true;
                decimal_tail();
            }
            int d = peek();
            if (d == '.') {
                ++pos_;
                fraction_and_more = true;
            } else if (d == 'e' || d == 'E' || d == 'j' || d == 'J') {
                fraction_and_more = true;
            } else if (nonzero) {
                int first = col_at(line_start_, begin);
                int last = col_at(line_start_, zeros_end);
                fail(LexErrorKind::Direct, "SyntaxError",
                     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                     "integers",
                     line_, first, line_, last);
            } else {
                verify_end_of_number("decimal");
                emit_here(TokenKind::Number, begin);
                return;
            }
        } else {
            decimal_tail();
            if (peek() == '.') {
                ++pos_;
            }
            fraction_and_more = true;
        }
        if (fraction_and_more) {
            if (is_digit(peek()) && src_[pos_ - 1] == '.') decimal_tail();
            int e = peek();
            if (e == 'e' || e == 'E') {
                size_t e_pos = pos_;
                ++pos_;
                int s = peek();
                if (s == '+' || s == '-') {
                    ++pos_;
                    if (!is_digit(peek())) fail_at_cur("invalid decimal literal", pos_);
                } else if (!is_digit(s)) {
                    // Not an exponent after all: `1else` or an error.
                    pos_ = e_pos;
                    verify_end_of_number("decimal");
                    emit_here(TokenKind::Number, begin);
                    return;
                }
                decimal_tail();
            }
            if (peek() == 'j' || peek() == 'J') {
                ++pos_;
                verify_end_of_number("imaginary");
            } else {
                verify_end_of_number("decimal");
            }
        }
        emit_here(TokenKind::Number, begin);
    }

    // ------------------------------------------------------------ strings

    // pos_ is at the opening quote; `begin` is where the prefix started.
    void lex_string(size_t begin) {
        int start_line = line_;
        int start_col = col_at(line_start_, begin);
        int quote = peek();
        int quote_size = 1;
        ++pos_;
        if (peek() == quote && peek(1) == quote) {
            quote_size = 3;
            pos_ += 2;
        } else if (peek() == quote) {
            ++pos_;
            emit_here(TokenKind::String, begin);
            return;
        }
        int end_quotes = 0;
        while (end_quotes != quote_size) {
            int c = peek();
            if (c == -1 || (quote_size == 1 && c == '\n')) {
                int detected = c == -1 ? line_ - 1 : line_;
                std::string message = quote_size == 3 ? "unterminated triple-quoted string literal"
                                                      : "unterminated string literal";
                message += " (detected at line " + std::to_string(detected) + ")";
                fail(LexErrorKind::Direct, "SyntaxError", message, start_line, start_col, start_line, start_col);
            }
            if (c == quote) {
                ++end_quotes;
                ++pos_;
                continue;
            }
            end_quotes = 0;
            if (c == '\\') {
                ++pos_;
                if (peek() == '\n') {
                    advance_newline();
                    continue;
                }
                if (peek() == -1) continue;
                c = peek();
            }
            if (c == '\n') {
                advance_newline();
            } else {
                ++pos_;
            }
        }
        emit(TokenKind::String, begin, start_line, start_col, pos_, line_, col());
    }

    // ------------------------------------------------------------ operators

    void lex_operator(size_t begin) {
        int c = peek();
        int c2 = peek(1);
        int c3 = peek(2);
        struct Op {
            const char* text;
            TokenKind kind;
        };
        static const Op kThree[] = {
            {"**=", TokenKind::DoubleStarEqual}, {"...", TokenKind::Ellipsis},
            {"//=", TokenKind::DoubleSlashEqual}, {"<<=", TokenKind::LeftShiftEqual},
            {">>=", TokenKind::RightShiftEqual},
        };
        static const Op kTwo[] = {
            {"!=", TokenKind::NotEqual},     {"%=", TokenKind::PercentEqual},   {"&=", TokenKind::AmperEqual},
            {"**", TokenKind::DoubleStar},   {"*=", TokenKind::StarEqual},      {"+=", TokenKind::PlusEqual},
            {"-=", TokenKind::MinEqual},     {"->", TokenKind::RArrow},         {"//", TokenKind::DoubleSlash},
            {"/=", TokenKind::SlashEqual},   {":=", TokenKind::ColonEqual},     {"<<", TokenKind::LeftShift},
            {"<=", TokenKind::LessEqual},    {"<>", TokenKind::NotEqual},       {"==", TokenKind::EqEqual},
            {">=", TokenKind::GreaterEqual}, {">>", TokenKind::RightShift},     {"@=", TokenKind::AtEqual},
            {"^=", TokenKind::CircumflexEqual}, {"|=", TokenKind::VBarEqual},
        };
        for (const Op& op : kThree) {
            if (c == op.text[0] && c2 == op.text[1] && c3 == op.text[2]) {
                pos_ += 3;
                emit_here(op.kind, begin);
                return;
            }
        }
        for (const Op& op : kTwo) {
            if (c == op.text[0] && c2 == op.text[1]) {
                pos_ += 2;
                emit_here(op.kind, begin);
                return;
            }
        }
        TokenKind kind = TokenKind::Unknown;
        switch (c) {
            case '(': kind = TokenKind::LPar; break;
            case ')': kind = TokenKind::RPar; break;
            case '[': kind = TokenKind::LSqb; break;
            case ']': kind = TokenKind::RSqb; break;
            case '{': kind = TokenKind::LBrace; break;
            case '}': kind = TokenKind::RBrace; break;
            case ':': kind = TokenKind::Colon; break;
            case ',': kind = TokenKind::Comma; break;
            case ';': kind = TokenKind::Semi; break;
            case '.': kind = TokenKind::Dot; break;
            case '@': kind = TokenKind::At; break;
            case '=': kind = TokenKind::Equal; break;
            case '+': kind = TokenKind::Plus; break;
            case '-': kind = TokenKind::Minus; break;
            case '*': kind = TokenKind::Star; break;
            case '/': kind = TokenKind::Slash; break;
            case '%': kind = TokenKind::Percent; break;
            case '|': kind = TokenKind::VBar; break;
            case '&': kind = TokenKind::Amper; break;
            case '^': kind = TokenKind::Circumflex; break;
            case '~': kind = TokenKind::Tilde; break;
            case '<': kind = TokenKind::Less; break;
            case '>': kind = TokenKind::Greater; break;
            default: break;
        }
        int column = col();
        if (c == '(' || c == '[' || c == '{') {
            if (static_cast<int>(parens_.size()) >= kMaxLevel) fail_at_cur("too many nested parentheses", pos_ + 1);
            parens_.push_back(Paren{static_cast<char>(c), line_, column});
        } else if (c == ')' || c == ']' || c == '}') {
            if (parens_.empty()) {
                fail_at_cur(std::string("unmatched '") + static_cast<char>(c) + "'", pos_ + 1);
            }
            Paren open = parens_.back();
            parens_.pop_back();
            char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
            if (c != want) {
                std::string message = std::string("closing parenthesis '") + static_cast<char>(c) +
                                      "' does not match opening parenthesis '" + open.ch + "'";
                if (open.line != line_) message += " on line " + std::to_string(open.line + options_.line_offset);
                fail_at_cur(message, pos_ + 1);
            }
        }
        if (kind == TokenKind::Unknown) {
            size_t i = pos_;
            char32_t cp = util::decode_utf8(src_, i);
            if (cp < 128 && !(cp >= 0x20 && cp < 0x7f)) {
                fail_at_cur("invalid non-printable character U+" + hex_code(cp), i);
            }
            pos_ = i;
        } else {
            ++pos_;
        }
        emit_here(kind, begin);
    }

    struct Paren {
        char ch;
        int line;
        int col;
    };

    LexOptions options_;
    std::string src_;
    size_t pos_ = 0;
    int line_ = 1;
    size_t line_start_ = 0;
    bool at_bol_ = true;
    bool blank_line_ = false;
    std::vector<int> indents_{0};
    std::vector<int> alt_indents_{0};
    std::vector<Paren> parens_;
    std::vector<Token> tokens_;
    std::optional<LexError> error_;

    size_t cache_line_start_ = static_cast<size_t>(-1);
    size_t cache_byte_ = 0;
    int cache_col_ = 0;
};

}  // namespace

LexResult tokenize(std::string_view source, const LexOptions& options) {
    Lexer lexer(source, options);
    LexResult result = lexer.run();
    if (result.error && result.error->kind == LexErrorKind::Unclosed) {
        result.error->paren_line = result.error->info.line;
    }
    return result;
}

}  // namespace ys::syntax
