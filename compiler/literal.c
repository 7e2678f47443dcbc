/* Decoding of integer, character and string literals (shared by #if and the parser). */
#include "preprocess.h"

#include <stdlib.h>

bool parse_int_literal(const char *text, int len, uint64_t *value, bool *is_unsigned, int *long_count) {
    const char *p = text;
    const char *end = text + len;
    int base = 10;
    if (p + 1 < end && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        base = 16;
        p += 2;
    } else if (p + 1 < end && p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) {
        base = 2;
        p += 2;
    } else if (p[0] == '0') {
        base = 8;
    }
    uint64_t v = 0; /* an overflowing constant wraps */
    const char *digits = p;
    for (; p < end; p++) {
        int c = (unsigned char)*p, d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            break;
        if (d >= base) {
            if (base == 16 || !(c >= '0' && c <= '9'))
                break;
            return false; /* 8 or 9 in an octal constant */
        }
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (p == digits && base != 8)
        return false;
    bool u = false;
    int l = 0;
    while (p < end) {
        if ((*p == 'u' || *p == 'U') && !u) {
            u = true;
            p++;
        } else if ((*p == 'l' || *p == 'L') && !l) {
            if (p + 1 < end && p[1] == p[0]) {
                l = 2;
                p += 2;
            } else {
                l = 1;
                p++;
            }
        } else {
            return false;
        }
    }
    *value = v;
    *is_unsigned = u;
    *long_count = l;
    return true;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* One (possibly escaped) character starting at *pp. Sets *is_ucn when it came from \u/\U or was
   a multi-byte UTF-8 sequence (so that narrow strings re-encode it as UTF-8). */
static uint32_t read_char(const char **pp, const char *end, const Token *tok, bool *is_code_point) {
    const char *p = *pp;
    *is_code_point = false;
    if (*p != '\\') {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            *pp = p + 1;
            return c;
        }
        /* UTF-8 source character */
        int n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
        uint32_t cp = n == 3 ? c & 7 : n == 2 ? c & 15 : c & 31;
        if (n == 0 || p + n >= end) {
            *pp = p + 1;
            return c;
        }
        for (int i = 1; i <= n; i++)
            cp = (cp << 6) | ((unsigned char)p[i] & 63);
        *pp = p + n + 1;
        *is_code_point = true;
        return cp;
    }
    p++;
    char c = *p++;
    switch (c) {
    case 'n': *pp = p; return '\n';
    case 't': *pp = p; return '\t';
    case 'r': *pp = p; return '\r';
    case 'a': *pp = p; return '\a';
    case 'b': *pp = p; return '\b';
    case 'f': *pp = p; return '\f';
    case 'v': *pp = p; return '\v';
    case 'e': case 'E': *pp = p; return 27;
    case '\\': case '\'': case '"': case '?': *pp = p; return (unsigned char)c;
    case 'x': {
        uint64_t v = 0;
        if (hexval(*p) < 0)
            error_at(tok->loc, "\\x used with no following hex digits");
        while (p < end && hexval(*p) >= 0)
            v = v * 16 + (uint64_t)hexval(*p++);
        *pp = p;
        return (uint32_t)v;
    }
    case 'u':
    case 'U': {
        int n = c == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int i = 0; i < n; i++) {
            if (p >= end || hexval(*p) < 0) {
                error_at(tok->loc, "incomplete universal character name");
                break;
            }
            v = v * 16 + (uint32_t)hexval(*p++);
        }
        *pp = p;
        *is_code_point = true;
        return v;
    }
    default:
        if (c >= '0' && c <= '7') {
            uint32_t v = (uint32_t)(c - '0');
            for (int i = 0; i < 2 && *p >= '0' && *p <= '7'; i++)
                v = v * 8 + (uint32_t)(*p++ - '0');
            *pp = p;
            return v;
        }
        warn_at(tok->loc, "unknown escape sequence: '\\%c'", c);
        *pp = p;
        return (unsigned char)c;
    }
}

static void put_utf8(Buf *out, uint32_t cp) {
    if (cp < 0x80) {
        buf_u8(out, (uint8_t)cp);
    } else if (cp < 0x800) {
        buf_u8(out, (uint8_t)(0xc0 | (cp >> 6)));
        buf_u8(out, (uint8_t)(0x80 | (cp & 63)));
    } else if (cp < 0x10000) {
        buf_u8(out, (uint8_t)(0xe0 | (cp >> 12)));
        buf_u8(out, (uint8_t)(0x80 | ((cp >> 6) & 63)));
        buf_u8(out, (uint8_t)(0x80 | (cp & 63)));
    } else {
        buf_u8(out, (uint8_t)(0xf0 | (cp >> 18)));
        buf_u8(out, (uint8_t)(0x80 | ((cp >> 12) & 63)));
        buf_u8(out, (uint8_t)(0x80 | ((cp >> 6) & 63)));
        buf_u8(out, (uint8_t)(0x80 | (cp & 63)));
    }
}

static int literal_prefix(const char *text, int *skip) {
    if (text[0] == 'u' && text[1] == '8') {
        *skip = 2;
        return '8';
    }
    if (text[0] == 'L' || text[0] == 'u' || text[0] == 'U') {
        *skip = 1;
        return text[0];
    }
    *skip = 0;
    return 0;
}

static int prefix_unit(int prefix) {
    return prefix == 'u' ? 2 : (prefix == 'U' || prefix == 'L') ? 4 : 1;
}

int string_literal_unit(const Token *tok) {
    int skip;
    return prefix_unit(literal_prefix(tok->text, &skip));
}

bool decode_char_literal(const Token *tok, const Target *t, int64_t *value, int *char_size) {
    int skip;
    int prefix = literal_prefix(tok->text, &skip);
    const char *p = tok->text + skip + 1;
    const char *end = tok->text + tok->len - 1;
    int unit = prefix_unit(prefix);
    *char_size = unit;
    if (p >= end) {
        error_at(tok->loc, "empty character constant");
        *value = 0;
        return false;
    }
    uint64_t v = 0; /* unsigned: long multi-character constants shift bits out */
    int count = 0;
    while (p < end) {
        bool cp;
        uint32_t c = read_char(&p, end, tok, &cp);
        if (unit == 1) {
            if (cp && c >= 0x80) {
                /* a multi-byte character in a plain char constant: gcc takes the bytes */
                Buf b = {0};
                put_utf8(&b, c);
                for (size_t i = 0; i < b.len; i++) {
                    v = (v << 8) | b.data[i];
                    count++;
                }
                buf_free(&b);
                continue;
            }
            v = (v << 8) | (c & 0xff);
            count++;
        } else {
            v = c;
            count++;
        }
    }
    if (count > 1)
        warn_at(tok->loc, unit == 1 ? "multi-character character constant" : "character constant too long for its type");
    int64_t r;
    if (unit == 1)
        r = count == 1 ? (t->char_signed ? (int64_t)(int8_t)v : (int64_t)(uint8_t)v) : (int64_t)(int32_t)v;
    else if (unit == 2)
        r = (uint16_t)v;
    else if (prefix == 'L')
        r = (int32_t)v; /* wchar_t is int on Linux */
    else
        r = (uint32_t)v;
    *value = r;
    return true;
}

LiteralInfo decode_string_literal(const Token *tok, const Target *t, Buf *out, int unit_size) {
    int skip;
    LiteralInfo info;
    info.prefix = literal_prefix(tok->text, &skip);
    info.char_size = prefix_unit(info.prefix);
    const char *p = tok->text + skip + 1;
    const char *end = tok->text + tok->len - 1;
    while (p < end) {
        bool cp;
        uint32_t c = read_char(&p, end, tok, &cp);
        if (unit_size == 1) {
            if (cp)
                put_utf8(out, c);
            else
                buf_u8(out, (uint8_t)c);
        } else if (unit_size == 2) {
            if (c >= 0x10000) {
                c -= 0x10000;
                buf_uint(out, 0xd800 + (c >> 10), 2, t->big_endian);
                buf_uint(out, 0xdc00 + (c & 0x3ff), 2, t->big_endian);
            } else {
                buf_uint(out, c, 2, t->big_endian);
            }
        } else {
            buf_uint(out, c, 4, t->big_endian);
        }
    }
    return info;
}
