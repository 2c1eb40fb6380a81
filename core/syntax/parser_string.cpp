// String literals: escapes, implicit concatenation and f-strings, after
// CPython 3.11's Parser/string_parser.c (_PyPegen_concatenate_strings,
// fstring_find_literal, fstring_find_expr) and its error messages.
#include <cstdio>

#include "syntax/parser_impl.h"
#include "util/utf8.h"

namespace ys::syntax::detail {

using namespace ast;

namespace {

struct Literal {
    bool raw = false;
    bool bytes = false;
    bool fstring = false;
    bool u = false;
    size_t body_begin = 0;  // byte offsets of the text between the quotes
    size_t body_end = 0;
};

Literal analyze(const std::string& text) {
    Literal l;
    size_t i = 0;
    while (text[i] != '\'' && text[i] != '"') {
        char c = static_cast<char>(text[i] | 0x20);
        if (c == 'r') l.raw = true;
        if (c == 'b') l.bytes = true;
        if (c == 'f') l.fstring = true;
        if (c == 'u') l.u = true;
        ++i;
    }
    char q = text[i];
    size_t quote = (text.size() - i >= 6 && text[i + 1] == q && text[i + 2] == q) ? 3 : 1;
    l.body_begin = i + quote;
    l.body_end = text.size() - quote;
    return l;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

std::string unicode_error(size_t start, size_t end, const char* what) {
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", start, end,
                  what);
    return buf;
}

}  // namespace

// Mirrors CPython's decode_unicode_with_escapes (str) and
// _PyBytes_DecodeEscape (bytes). For str, error positions count each
// non-ASCII character as the 10 bytes of the \UXXXXXXXX CPython rewrites it to.
bool decode_string_body(std::string_view body, bool raw, bool bytes, std::string& out, std::string& error) {
    if (raw) {
        out.assign(body);
        return true;
    }
    size_t i = 0;
    size_t tpos = 0;  // position in CPython's rewritten buffer
    const size_t n = body.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(body[i]);
        if (c != '\\') {
            if (c < 0x80) {
                out += static_cast<char>(c);
                ++i;
                ++tpos;
            } else {
                size_t before = i;
                util::decode_utf8(body, i);
                out.append(body.substr(before, i - before));
                tpos += 10;
            }
            continue;
        }
        if (i + 1 >= n || static_cast<unsigned char>(body[i + 1]) >= 0x80) {
            out += '\\';  // CPython turns it into "\u005c": a plain backslash
            ++i;
            tpos += bytes ? 1 : 6;
            continue;
        }
        char d = body[i + 1];
        size_t start = tpos;
        i += 2;
        tpos += 2;
        auto hex_escape = [&](int digits, const char* what) -> long {
            long value = 0;
            for (int k = 0; k < digits; ++k) {
                int h = i < n ? hex_value(body[i]) : -1;
                if (h < 0) {
                    if (bytes) {
                        char buf[80];
                        std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", start);
                        error = buf;
                    } else {
                        error = unicode_error(start, tpos - 1, what);
                    }
                    return -1;
                }
                value = value * 16 + h;
                ++i;
                ++tpos;
            }
            return value;
        };
        switch (d) {
            case '\n': break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'v': out += '\v'; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                unsigned value = static_cast<unsigned>(d - '0');
                for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k) {
                    value = value * 8 + static_cast<unsigned>(body[i] - '0');
                    ++i;
                    ++tpos;
                }
                if (bytes) out += static_cast<char>(value & 0xFF);
                else util::append_utf8(out, value);
                break;
            }
            case 'x': {
                long v = hex_escape(2, "truncated \\xXX escape");
                if (v < 0) return false;
                if (bytes) out += static_cast<char>(v);
                else util::append_utf8(out, static_cast<char32_t>(v));
                break;
            }
            case 'u':
            case 'U': {
                if (bytes) {
                    out += '\\';
                    out += d;
                    break;
                }
                int digits = d == 'u' ? 4 : 8;
                long v = hex_escape(digits, d == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                if (v < 0) return false;
                if (v > 0x10FFFF) {
                    error = unicode_error(start, tpos - 1, "illegal Unicode character");
                    return false;
                }
                util::append_utf8(out, static_cast<char32_t>(v));
                break;
            }
            case 'N': {
                if (bytes) {
                    out += "\\N";
                    break;
                }
                // Named escapes need the Unicode name database, which we do
                // not carry: reject them clearly instead of guessing.
                size_t end = start + 1;
                if (i < n && body[i] == '{') {
                    size_t close = body.find('}', i);
                    if (close != std::string_view::npos) {
                        end = tpos + (close - i);
                        error = unicode_error(start, end, "\\N{...} escapes are not supported by yieldscope");
                        return false;
                    }
                    end = tpos + (n - i) - 1;  // CPython takes the rest of the string
                }
                error = unicode_error(start, end, "malformed \\N character escape");
                return false;
            }
            default:
                out += '\\';
                out += d;
                break;
        }
    }
    return true;
}

namespace {

// Accumulates the parts of a (possibly concatenated) f-string the way
// CPython's FstringParser does: adjacent literal text merges, empty text
// disappears, and expressions split the text into Constant nodes.
struct Parts {
    ExprList values;
    std::string text;
    bool has_text = false;
    bool fmode = false;
    bool u = false;
    // CPython's positions: text before a replacement field and the fields
    // span the whole concatenation; the trailing text and the JoinedStr span
    // `finish_span`, which for a format spec is only its own string token.
    util::Span span;
    util::Span finish_span;

    void add_text(const std::string& s) {
        if (s.empty()) return;
        text += s;
        has_text = true;
    }
    void flush(const util::Span& where) {
        if (!has_text) return;
        values.push_back(constant(where));
        text.clear();
        has_text = false;
    }
    ExprPtr constant(const util::Span& where) {
        auto c = std::make_unique<Constant>();
        c->span = where;
        c->value_kind = ConstKind::Str;
        c->text = text;
        c->u_prefix = u;
        return c;
    }
    ExprPtr joined() {
        flush(finish_span);
        auto j = std::make_unique<JoinedStr>();
        j->span = finish_span;
        j->values = std::move(values);
        return j;
    }
};

class FStringParser {
public:
    FStringParser(Parser& p, const Token& tok, const Literal& lit, const Token& after)
        : p_(p), tok_(tok), body_(std::string_view(tok.text).substr(lit.body_begin, lit.body_end - lit.body_begin)),
          body_offset_(lit.body_begin), raw_(lit.raw), after_(after) {}

    // Parses body_[pos, end) into `parts`; at level > 0 (a format spec) it
    // stops at the '}' that closes the replacement field.
    void concat(Parts& parts, size_t& pos, int level) {
        parts.fmode = true;
        for (;;) {
            std::string literal;
            bool doubled = find_literal(pos, level, literal);
            parts.add_text(literal);
            if (doubled) continue;
            if (pos >= body_.size() || body_[pos] == '}') break;
            find_expr(parts, pos, level);
        }
        if (level != 0 && (pos >= body_.size() || body_[pos] != '}')) error("f-string: expecting '}'");
    }

private:
    [[noreturn]] void error(const std::string& message) { p_.raise_at(after_, message); }

    std::string decode(size_t from, size_t to) {
        std::string out, err;
        if (!decode_string_body(body_.substr(from, to - from), raw_, false, out, err)) error(err);
        return out;
    }

    // Returns true when it stopped at a doubled brace, which it consumed.
    bool find_literal(size_t& pos, int level, std::string& literal) {
        size_t s = pos;
        const size_t start = pos;
        const size_t end = body_.size();
        while (s < end) {
            char ch = body_[s++];
            if (!raw_ && ch == '\\' && s < end) {
                ch = body_[s++];
                if (ch == 'N') {
                    // Skip "\N{name}" so its brace does not start an expression.
                    if (s < end && body_[s++] == '{') {
                        while (s < end && body_[s++] != '}') {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (s < end && body_[s] == ch) {
                        pos = s + 1;
                        literal = decode(start, s);
                        return true;
                    }
                    if (ch == '}') error("f-string: single '}' is not allowed");
                }
                --s;
                break;
            }
        }
        pos = s;
        literal = decode(start, s);
        return false;
    }

    void find_expr(Parts& parts, size_t& pos, int level) {
        if (level >= kMaxFStringNesting) error("f-string: expressions nested too deeply");
        const size_t end = body_.size();
        ++pos;
        const size_t expr_start = pos;
        char quote = 0;
        int string_type = 0;
        std::vector<char> brackets;
        for (; pos < end; ++pos) {
            char ch = body_[pos];
            if (ch == '\\') error("f-string expression part cannot include a backslash");
            if (quote) {
                if (ch == quote) {
                    if (string_type == 3) {
                        if (pos + 2 < end && body_[pos + 1] == ch && body_[pos + 2] == ch) {
                            pos += 2;
                            string_type = 0;
                            quote = 0;
                        }
                    } else {
                        string_type = 0;
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (pos + 2 < end && body_[pos + 1] == ch && body_[pos + 2] == ch) {
                    string_type = 3;
                    pos += 2;
                } else {
                    string_type = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (brackets.size() >= 200) error("f-string: too many nested parenthesis");
                brackets.push_back(ch);
            } else if (ch == '#') {
                error("f-string expression part cannot include '#'");
            } else if (brackets.empty() &&
                       (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end) {
                    char next = body_[pos + 1];
                    if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                        ++pos;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (brackets.empty()) error(std::string("f-string: unmatched '") + ch + "'");
                char open = brackets.back();
                brackets.pop_back();
                if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                    error(std::string("f-string: closing parenthesis '") + ch +
                          "' does not match opening parenthesis '" + open + "'");
                }
            }
        }
        const size_t expr_end = pos;
        if (quote) error("f-string: unterminated string");
        if (!brackets.empty()) error(std::string("f-string: unmatched '") + brackets.back() + "'");
        if (pos >= end) error("f-string: expecting '}'");

        ExprPtr value = compile_expr(expr_start, expr_end);

        std::string expr_text;
        bool has_text = false;
        if (body_[pos] == '=') {
            ++pos;
            while (pos < end && (body_[pos] == ' ' || body_[pos] == '\t' || body_[pos] == '\n' ||
                                 body_[pos] == '\r' || body_[pos] == '\f' || body_[pos] == '\v')) {
                ++pos;
            }
            if (pos >= end) error("f-string: expecting '}'");
            expr_text.assign(body_.substr(expr_start, pos - expr_start));
            has_text = true;
        }
        int conversion = -1;
        if (body_[pos] == '!') {
            ++pos;
            if (pos >= end) error("f-string: expecting '}'");
            conversion = static_cast<unsigned char>(body_[pos]);
            ++pos;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        ExprPtr format_spec;
        if (pos < end && body_[pos] == ':') {
            ++pos;
            if (pos >= end) error("f-string: expecting '}'");
            Parts spec;
            spec.u = parts.u;
            spec.span = parts.span;
            spec.finish_span = tok_.span;
            concat(spec, pos, level + 1);
            format_spec = spec.joined();
        }
        if (pos >= end || body_[pos] != '}') error("f-string: expecting '}'");
        ++pos;
        if (has_text && !format_spec && conversion == -1) conversion = 'r';
        if (has_text) parts.add_text(expr_text);
        auto fv = std::make_unique<FormattedValue>();
        fv->span = parts.span;
        fv->value = std::move(value);
        fv->conversion = conversion;
        fv->format_spec = std::move(format_spec);
        parts.flush(parts.span);
        parts.values.push_back(std::move(fv));
    }

    // Line and column in the file of byte `offset` of the token's text.
    void position_of(size_t offset, int& line, int& col) const {
        line = tok_.span.line;
        col = tok_.span.col;
        std::string_view text(tok_.text);
        for (size_t i = 0; i < offset;) {
            if (text[i] == '\n') {
                ++line;
                col = 0;
                ++i;
            } else {
                util::decode_utf8(text, i);
                ++col;
            }
        }
    }

    ExprPtr compile_expr(size_t from, size_t to) {
        size_t k = from;
        while (k < to && (body_[k] == ' ' || body_[k] == '\t' || body_[k] == '\n' || body_[k] == '\f')) ++k;
        if (k == to) {
            char c = body_[to];
            if (c == '!' || c == ':' || c == '=') error(std::string("f-string: expression required before '") + c + "'");
            error("f-string: empty expression not allowed");
        }
        int line, col;
        position_of(body_offset_ + from, line, col);
        std::string sub = "(";
        sub.append(body_.substr(from, to - from));
        sub += ')';
        LexOptions options;
        options.line_offset = line - 1;
        options.first_line_col_offset = col - 1;
        LexResult lex = tokenize(sub, options);
        ExprPtr result;
        auto setup = [&](Parser& sub_parser) {
            sub_parser.set_fstring_origin(line, col - 1);
            sub_parser.depth_ = p_.depth_;  // the nesting limit spans f-strings too
        };
        auto start = [&](Parser& sub_parser) { result = sub_parser.fstring_expression(); };
        if (auto err = run_two_passes(lex, setup, start)) {
            ParseAbort a;
            a.info = *err;
            throw a;
        }
        return result;
    }

    Parser& p_;
    const Token& tok_;
    std::string_view body_;
    size_t body_offset_;
    bool raw_;
    const Token& after_;
};

}  // namespace

// strings: STRING+, concatenated (CPython's _PyPegen_concatenate_strings).
ExprPtr Parser::strings() {
    std::vector<const Token*> parts_toks;
    while (at(TokenKind::String)) parts_toks.push_back(&advance());
    const Token& after = peek();  // CPython reads one token past the strings
    const Token& first = *parts_toks.front();
    const Token& last = *parts_toks.back();
    util::Span span{first.span.line, first.span.col, last.span.end_line, last.span.end_col};

    Parts parts;
    parts.u = first.text[0] == 'u';  // CPython's kind='u' is for a lowercase prefix only
    parts.span = span;
    parts.finish_span = span;
    bool bytes_mode = false;
    std::string bytes_value;
    for (size_t i = 0; i < parts_toks.size(); ++i) {
        const Token& t = *parts_toks[i];
        Literal lit = analyze(t.text);
        std::string_view body = std::string_view(t.text).substr(lit.body_begin, lit.body_end - lit.body_begin);
        std::string value;
        if (lit.bytes) {
            for (unsigned char c : body)
                if (c >= 0x80) raise_at(t, "bytes can only contain ASCII literal characters");
        }
        if (!lit.fstring) {
            std::string err;
            if (!decode_string_body(body, lit.raw, lit.bytes, value, err)) raise_at(after, err);
        }
        if (i != 0 && bytes_mode != lit.bytes) raise_at(after, "cannot mix bytes and nonbytes literals");
        bytes_mode = lit.bytes;
        if (lit.fstring) {
            FStringParser fp(*this, t, lit, after);
            size_t pos = 0;
            fp.concat(parts, pos, 0);
        } else if (lit.bytes) {
            bytes_value += value;
        } else {
            parts.add_text(value);
        }
    }
    if (bytes_mode) {
        auto c = make<Constant>(span);
        c->value_kind = ConstKind::Bytes;
        c->text = std::move(bytes_value);
        return c;
    }
    if (!parts.fmode) return parts.constant(span);
    return parts.joined();
}

}  // namespace ys::syntax::detail
