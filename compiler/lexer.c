/* Translation phases 1-3: line splicing and decomposition into preprocessing tokens. */
#include "token.h"

#include <stdlib.h>

/* ---- identifiers ---- */

static Ident **ident_table;
static unsigned ident_cap;
static unsigned ident_count;
static Arena ident_arena;

static void ident_grow(void) {
    unsigned ncap = ident_cap ? ident_cap * 2 : 4096;
    Ident **nt = xcalloc(ncap, sizeof(Ident *));
    for (unsigned i = 0; i < ident_cap; i++) {
        Ident *id = ident_table[i];
        if (!id)
            continue;
        unsigned s = (unsigned)hash_bytes(id->name, (size_t)id->len) & (ncap - 1);
        while (nt[s])
            s = (s + 1) & (ncap - 1);
        nt[s] = id;
    }
    free(ident_table);
    ident_table = nt;
    ident_cap = ncap;
}

Ident *intern(const char *name, int len) {
    if ((ident_count + 1) * 2 > ident_cap)
        ident_grow();
    unsigned mask = ident_cap - 1;
    unsigned s = (unsigned)hash_bytes(name, (size_t)len) & mask;
    for (;;) {
        Ident *id = ident_table[s];
        if (!id)
            break;
        if (id->len == len && memcmp(id->name, name, (size_t)len) == 0)
            return id;
        s = (s + 1) & mask;
    }
    Ident *id = arena_zalloc(&ident_arena, sizeof(Ident));
    id->name = arena_strndup(&ident_arena, name, (size_t)len);
    id->len = len;
    ident_table[s] = id;
    ident_count++;
    return id;
}

Ident *intern_cstr(const char *name) {
    return intern(name, (int)strlen(name));
}

/* ---- phase 2: line splicing ---- */

/* Removes backslash-newline pairs. The removed newlines are put back after the logical line
   ends, so line numbers of later lines stay right. Returns NULL when there is nothing to do. */
char *splice_lines(const char *src, size_t len, size_t *out_len) {
    const char *p = src;
    const char *end = src + len;
    bool found = false;
    while ((p = memchr(p, '\\', (size_t)(end - p))) != NULL) {
        if (p + 1 < end && (p[1] == '\n' || (p[1] == '\r' && p + 2 < end && p[2] == '\n'))) {
            found = true;
            break;
        }
        p++;
    }
    if (!found)
        return NULL;
    char *out = xmalloc(len + 1);
    size_t n = 0;
    int pending = 0;
    for (size_t i = 0; i < len;) {
        if (src[i] == '\\' && i + 1 < len && src[i + 1] == '\n') {
            i += 2;
            pending++;
        } else if (src[i] == '\\' && i + 2 < len && src[i + 1] == '\r' && src[i + 2] == '\n') {
            i += 3;
            pending++;
        } else if (src[i] == '\n') {
            out[n++] = '\n';
            i++;
            /* keep line numbers: out never grows past len since each pending newline was removed */
            for (; pending > 0; pending--)
                out[n++] = '\n';
        } else {
            out[n++] = src[i++];
        }
    }
    for (; pending > 0; pending--)
        out[n++] = '\n';
    out[n] = 0;
    *out_len = n;
    return out;
}

/* ---- phase 3 ---- */

void lexer_init(Lexer *lx, const char *buf, size_t len, uint32_t file) {
    lx->start = buf;
    lx->p = buf;
    lx->end = buf + len;
    lx->file = file;
    lx->line = 1;
    lx->line_start = buf;
    lx->at_bol = true;
    lx->space = false;
}

static bool is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
}

static bool is_ident_char(int c) {
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

/* Skips white space and comments. Stops before a newline when stop_at_newline. */
static void skip_space(Lexer *lx, bool stop_at_newline) {
    const char *p = lx->p;
    for (;;) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            p++;
            lx->space = true;
        } else if (c == '\n') {
            if (stop_at_newline)
                break;
            p++;
            lx->line++;
            lx->line_start = p;
            lx->at_bol = true;
            lx->space = false;
        } else if (c == '/' && p[1] == '*') {
            const char *q = p + 2;
            SrcLoc start = {lx->file, lx->line, (uint32_t)(p - lx->line_start + 1)};
            for (;;) {
                if (q >= lx->end) {
                    error_at(start, "unterminated comment");
                    break;
                }
                if (*q == '*' && q[1] == '/') {
                    q += 2;
                    break;
                }
                if (*q == '\n') {
                    lx->line++;
                    lx->line_start = q + 1;
                }
                q++;
            }
            p = q;
            lx->space = true;
        } else if (c == '/' && p[1] == '/') {
            while (p < lx->end && *p != '\n')
                p++;
            lx->space = true;
        } else {
            break;
        }
        if (p >= lx->end) {
            p = lx->end;
            break;
        }
    }
    lx->p = p;
}

static int punct_kind(const char *p, int *len) {
    char c = p[0], d = p[1], e = p[2];
    *len = 2;
    switch (c) {
    case '-':
        if (d == '>') return TK_ARROW;
        if (d == '-') return TK_DEC;
        if (d == '=') return TK_SUB_ASSIGN;
        break;
    case '+':
        if (d == '+') return TK_INC;
        if (d == '=') return TK_ADD_ASSIGN;
        break;
    case '<':
        if (d == '<') {
            if (e == '=') { *len = 3; return TK_SHL_ASSIGN; }
            return TK_SHL;
        }
        if (d == '=') return TK_LE;
        if (d == ':') return '[';
        if (d == '%') return '{';
        break;
    case '>':
        if (d == '>') {
            if (e == '=') { *len = 3; return TK_SHR_ASSIGN; }
            return TK_SHR;
        }
        if (d == '=') return TK_GE;
        break;
    case '=':
        if (d == '=') return TK_EQ;
        break;
    case '!':
        if (d == '=') return TK_NE;
        break;
    case '&':
        if (d == '&') return TK_LOGAND;
        if (d == '=') return TK_AND_ASSIGN;
        break;
    case '|':
        if (d == '|') return TK_LOGOR;
        if (d == '=') return TK_OR_ASSIGN;
        break;
    case '*':
        if (d == '=') return TK_MUL_ASSIGN;
        break;
    case '/':
        if (d == '=') return TK_DIV_ASSIGN;
        break;
    case '%':
        if (d == '=') return TK_MOD_ASSIGN;
        if (d == '>') return '}';
        if (d == ':') {
            if (e == '%' && p[3] == ':') { *len = 4; return TK_HASHHASH; }
            return '#';
        }
        break;
    case '^':
        if (d == '=') return TK_XOR_ASSIGN;
        break;
    case '.':
        if (d == '.' && e == '.') { *len = 3; return TK_ELLIPSIS; }
        break;
    case '#':
        if (d == '#') return TK_HASHHASH;
        break;
    case ':':
        if (d == '>') return ']';
        break;
    }
    *len = 1;
    switch (c) {
    case '[': case ']': case '(': case ')': case '{': case '}': case '.': case '&': case '*': case '+':
    case '-': case '~': case '!': case '/': case '%': case '<': case '>': case '^': case '|': case '?':
    case ':': case ';': case '=': case ',': case '#':
        return c;
    }
    return TK_OTHER;
}

static const char *skip_quoted(Lexer *lx, const char *p, char quote) {
    const char *start = p;
    p++;
    while (p < lx->end && *p != quote) {
        if (*p == '\n')
            break;
        if (*p == '\\' && p + 1 < lx->end && p[1] != '\n')
            p++;
        p++;
    }
    if (p >= lx->end || *p != quote) {
        SrcLoc loc = {lx->file, lx->line, (uint32_t)(start - lx->line_start + 1)};
        error_at(loc, quote == '"' ? "missing terminating \" character" : "missing terminating ' character");
        return p;
    }
    return p + 1;
}

/* In directive mode (when the caller asked to stop at newlines) a newline yields kind '\n'. */
static void lex_one(Lexer *lx, Token *tok, bool stop_at_newline) {
    skip_space(lx, stop_at_newline);
    const char *p = lx->p;
    tok->flags = (uint8_t)((lx->at_bol ? TF_BOL : 0) | (lx->space ? TF_SPACE : 0));
    tok->loc.file = lx->file;
    tok->loc.line = lx->line;
    tok->loc.col = (uint32_t)(p - lx->line_start + 1);
    tok->text = p;
    tok->ident = NULL;
    if (p >= lx->end) {
        tok->kind = TK_EOF;
        tok->len = 0;
        return;
    }
    if (*p == '\n') { /* only in directive mode */
        tok->kind = '\n';
        tok->len = 0;
        return;
    }
    lx->at_bol = false;
    lx->space = false;
    char c = *p;
    const char *q;
    if (is_ident_start((unsigned char)c)) {
        /* string/char prefixes */
        if ((c == 'L' || c == 'U') && (p[1] == '"' || p[1] == '\'')) {
            q = skip_quoted(lx, p + 1, p[1]);
            tok->kind = p[1] == '"' ? TK_STRING : TK_CHAR;
            goto done;
        }
        if (c == 'u') {
            if (p[1] == '"' || p[1] == '\'') {
                q = skip_quoted(lx, p + 1, p[1]);
                tok->kind = p[1] == '"' ? TK_STRING : TK_CHAR;
                goto done;
            }
            if (p[1] == '8' && p[2] == '"') {
                q = skip_quoted(lx, p + 2, '"');
                tok->kind = TK_STRING;
                goto done;
            }
        }
        q = p + 1;
        while (is_ident_char((unsigned char)*q))
            q++;
        tok->kind = TK_IDENT;
        tok->ident = intern(p, (int)(q - p));
        goto done;
    }
    if ((c >= '0' && c <= '9') || (c == '.' && p[1] >= '0' && p[1] <= '9')) {
        q = p + 1;
        for (;;) {
            char d = *q;
            if ((d == '+' || d == '-') && (q[-1] == 'e' || q[-1] == 'E' || q[-1] == 'p' || q[-1] == 'P'))
                q++;
            else if (is_ident_char((unsigned char)d) || d == '.')
                q++;
            else
                break;
        }
        tok->kind = TK_NUMBER;
        goto done;
    }
    if (c == '"' || c == '\'') {
        q = skip_quoted(lx, p, c);
        tok->kind = c == '"' ? TK_STRING : TK_CHAR;
        goto done;
    }
    int len;
    tok->kind = (int16_t)punct_kind(p, &len);
    q = p + len;
done:
    tok->len = (uint32_t)(q - p);
    lx->p = q;
}

void lex_token(Lexer *lx, Token *tok) {
    lex_one(lx, tok, false);
}

void lex_directive_token(Lexer *lx, Token *tok) {
    lex_one(lx, tok, true);
}

/* Skips the rest of the current line, including its newline. */
bool lex_skip_line(Lexer *lx) {
    const char *p = lx->p;
    /* comments may hide newlines, so go token by token only where needed */
    while (p < lx->end && *p != '\n') {
        if (*p == '/' && p[1] == '*') {
            lx->p = p;
            skip_space(lx, true);
            p = lx->p;
            continue;
        }
        if (*p == '/' && p[1] == '/') {
            while (p < lx->end && *p != '\n')
                p++;
            break;
        }
        if (*p == '"' || *p == '\'') { /* a comment opener inside a literal is not one */
            char quote = *p++;
            while (p < lx->end && *p != quote && *p != '\n')
                p += (*p == '\\' && p + 1 < lx->end && p[1] != '\n') ? 2 : 1;
            if (p < lx->end && *p == quote)
                p++;
            continue;
        }
        p++;
    }
    if (p >= lx->end) {
        lx->p = lx->end;
        return false;
    }
    lx->p = p + 1;
    lx->line++;
    lx->line_start = lx->p;
    lx->at_bol = true;
    lx->space = false;
    return true;
}

const char *token_kind_name(int kind) {
    static const char *const names[] = {
        "identifier", "number", "character constant", "string literal", "character", "#pragma", "->", "++", "--",
        "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=", "/=", "%=", "+=", "-=", "<<=", ">>=", "&=", "^=",
        "|=", "...", "##"};
    static char single[2];
    if (kind == TK_EOF)
        return "end of file";
    if (kind < 256) {
        single[0] = (char)kind;
        return single;
    }
    if (kind < KW_FIRST)
        return names[kind - 256];
    return "keyword";
}
