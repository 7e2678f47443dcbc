/* Translation phases 1-3: line splicing and decomposition into preprocessing tokens. */
#include "token.h"

#include <stdlib.h>

/* ---- identifiers ---- */

static Ident **ident_table;
static unsigned ident_cap;
static unsigned ident_count;
static Arena ident_arena;

/* FNV-1a, one character at a time, so that the lexer hashes an identifier while scanning it */
#define IDENT_HASH_SEED 2166136261u
#define IDENT_HASH_PRIME 16777619u

static uint32_t ident_hash_step(uint32_t h, unsigned char c) {
    return (h ^ c) * IDENT_HASH_PRIME;
}

static uint32_t ident_hash(const char *name, int len) {
    uint32_t h = IDENT_HASH_SEED;
    for (int i = 0; i < len; i++)
        h = ident_hash_step(h, (unsigned char)name[i]);
    return h;
}

/* FNV-1a's low bits depend only on the characters' low bits: fold the high half in */
static unsigned ident_slot(uint32_t hash, unsigned mask) {
    return (hash ^ (hash >> 15)) & mask;
}

static void ident_grow(void) {
    unsigned ncap = ident_cap ? ident_cap * 2 : 4096;
    Ident **nt = xcalloc(ncap, sizeof(Ident *));
    for (unsigned i = 0; i < ident_cap; i++) {
        Ident *id = ident_table[i];
        if (!id)
            continue;
        unsigned s = ident_slot(id->hash, ncap - 1);
        while (nt[s])
            s = (s + 1) & (ncap - 1);
        nt[s] = id;
    }
    free(ident_table);
    ident_table = nt;
    ident_cap = ncap;
}

static Ident *add_ident(const char *name, int len, uint32_t hash, unsigned slot) {
    Ident *id = arena_zalloc(&ident_arena, sizeof(Ident));
    id->name = arena_strndup(&ident_arena, name, (size_t)len);
    id->len = len;
    id->hash = hash;
    ident_table[slot] = id;
    ident_count++;
    return id;
}

/* hash is ident_hash(name, len). Inline: the lexer looks up every identifier it reads. */
static inline Ident *intern_hashed(const char *name, int len, uint32_t hash) {
    if ((ident_count + 1) * 2 > ident_cap)
        ident_grow();
    unsigned mask = ident_cap - 1;
    unsigned s = ident_slot(hash, mask);
    for (;;) {
        Ident *id = ident_table[s];
        if (!id)
            return add_ident(name, len, hash, s);
        if (id->hash == hash && id->len == len && memcmp(id->name, name, (size_t)len) == 0)
            return id;
        s = (s + 1) & mask;
    }
}

Ident *intern(const char *name, int len) {
    return intern_hashed(name, len, ident_hash(name, len));
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

/* Character classes: one table lookup decides what a character can continue. */
enum {
    CC_BLANK = 1,  /* white space other than newline */
    CC_SKIP = 2,   /* may start white space or a comment: blanks, newline, '/' */
    CC_IDENT = 4,  /* identifier characters: letters, digits, '_', '$' and every byte >= 0x80 (UTF-8) */
    CC_DIGIT = 8,
    CC_PPNUM = 16, /* continues a preprocessing number (signs after e/p are handled apart) */
    CC_COMMENT_STOP = 32, /* what a block comment is scanned for: '*', newline, NUL */
    CC_LINE_STOP = 64,    /* what a skipped line is scanned for: newline, comments, quotes, NUL */
};

/* What a character starts, once white space is skipped: the lexer dispatches on this. */
enum {
    START_OTHER,  /* a stray character (or the NUL at the end of the input) */
    START_IDENT,  /* an identifier, or a literal's prefix */
    START_DIGIT,
    START_DOT,    /* a number, '.' or '...' */
    START_QUOTE,
    START_SINGLE, /* a punctuator that is always one character */
    START_PUNCT,  /* a punctuator that may be longer */
};

static uint8_t char_class[256];
static uint8_t token_start[256];

static void init_char_classes(void) {
    for (int c = 0; c < 256; c++) {
        bool digit = c >= '0' && c <= '9';
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
        bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
        char_class[c] = (uint8_t)((blank ? CC_BLANK : 0) | (blank || c == '\n' || c == '/' ? CC_SKIP : 0) |
                                  (letter || digit ? CC_IDENT : 0) | (digit ? CC_DIGIT : 0) |
                                  (letter || digit || c == '.' ? CC_PPNUM : 0) |
                                  (c == '*' || c == '\n' || c == 0 ? CC_COMMENT_STOP : 0) |
                                  (c == '\n' || c == '/' || c == '"' || c == '\'' || c == 0 ? CC_LINE_STOP : 0));
        token_start[c] = letter                     ? START_IDENT
                         : digit                    ? START_DIGIT
                         : c == '.'                 ? START_DOT
                         : c == '"' || c == '\''    ? START_QUOTE
                         : c && strchr("()[]{};,~?", c) ? START_SINGLE
                         : c && strchr("-+<>=!&|*/%^#:", c) ? START_PUNCT
                                                    : START_OTHER;
    }
}

/* buf[len] must be 0: the lexer finds the end of its input at that terminator */
void lexer_init(Lexer *lx, const char *buf, size_t len, uint32_t file) {
    if (!char_class['a'])
        init_char_classes();
    lx->start = buf;
    lx->p = buf;
    lx->end = buf + len;
    lx->file = file;
    lx->line = 1;
    lx->line_start = buf;
    lx->flags = TF_BOL;
}

static const char *skip_block_comment(Lexer *lx, const char *p) {
    SrcLoc start = {lx->file, lx->line, (uint32_t)(p - lx->line_start + 1)};
    const char *q = p + 2;
    for (;; q++) {
        while (!(char_class[(unsigned char)*q] & CC_COMMENT_STOP))
            q++;
        if (*q == '*') {
            if (q[1] == '/')
                return q + 2;
        } else if (*q == '\n') {
            lx->line++;
            lx->line_start = q + 1;
        } else if (q >= lx->end) {
            error_at(start, "unterminated comment");
            return q;
        }
    }
}

/* Skips white space and comments from p and returns where the next token starts, recording
   in lx->flags what was skipped (TF_BOL after a newline, TF_SPACE after anything on the
   line). Stops before a newline when stop_at_newline. */
static inline const char *skip_space(Lexer *lx, const char *p, bool stop_at_newline) {
    while (char_class[(unsigned char)*p] & CC_SKIP) {
        if (*p == '\n') {
            if (stop_at_newline)
                break;
            p++;
            lx->line++;
            lx->line_start = p;
            lx->flags = TF_BOL;
            continue;
        }
        if (*p == '/') {
            if (p[1] == '*') {
                p = skip_block_comment(lx, p);
            } else if (p[1] == '/') {
                const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
                p = nl ? nl : lx->end;
            } else {
                break;
            }
        } else {
            do
                p++;
            while (char_class[(unsigned char)*p] & CC_BLANK);
        }
        lx->flags |= TF_SPACE;
    }
    return p;
}

bool lex_only_blanks(const char *p, const char *end) {
    Lexer lx;
    memset(&lx, 0, sizeof lx);
    lx.start = lx.line_start = p;
    lx.end = end;
    return skip_space(&lx, p, false) == end;
}

/* The punctuator at p that may be longer than one character (START_PUNCT). */
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
    case '#':
        if (d == '#') return TK_HASHHASH;
        break;
    case ':':
        if (d == '>') return ']';
        break;
    }
    *len = 1;
    return c;
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

/* Whether the identifier [p, end) followed by quote is the prefix of a literal:
   L'a' u'a' U'a' L"s" u"s" U"s" u8"s" */
static bool is_literal_prefix(const char *p, const char *end, char quote) {
    if (end - p == 1)
        return *p == 'L' || *p == 'U' || *p == 'u';
    return end - p == 2 && p[0] == 'u' && p[1] == '8' && quote == '"';
}

/* The end of the preprocessing number that starts at p. */
static const char *pp_number_end(const char *p) {
    const char *q = p + 1;
    for (;;) {
        char d = *q;
        if (char_class[(unsigned char)d] & CC_PPNUM)
            q++;
        else if ((d == '+' || d == '-') && (q[-1] == 'e' || q[-1] == 'E' || q[-1] == 'p' || q[-1] == 'P'))
            q++;
        else
            return q;
    }
}

/* What every token records about where it starts, at p. */
static inline void begin_token(Lexer *lx, Token *tok, const char *p) {
    tok->flags = lx->flags;
    tok->loc.file = lx->file;
    tok->loc.line = lx->line;
    tok->loc.col = (uint32_t)(p - lx->line_start + 1);
    tok->text = p;
    tok->ident = NULL;
}

void lex_token(Lexer *lx, Token *tok) {
    const char *p = lx->p;
    if (*p == ' ' && !(char_class[(unsigned char)p[1]] & CC_SKIP)) { /* the usual separator */
        p++;
        lx->flags |= TF_SPACE;
    } else {
        p = skip_space(lx, p, false);
    }
    unsigned char c = (unsigned char)*p;
    begin_token(lx, tok, p);
    const char *q;
    switch (token_start[c]) {
    case START_IDENT: {
        uint32_t hash = IDENT_HASH_SEED;
        q = p;
        do {
            hash = ident_hash_step(hash, c);
            c = (unsigned char)*++q;
        } while (char_class[c] & CC_IDENT);
        if ((c == '"' || c == '\'') && is_literal_prefix(p, q, (char)c)) {
            tok->kind = c == '"' ? TK_STRING : TK_CHAR;
            q = skip_quoted(lx, q, (char)c);
        } else {
            tok->kind = TK_IDENT;
            tok->ident = intern_hashed(p, (int)(q - p), hash);
        }
        break;
    }
    case START_DOT:
        if (p[1] == '.' && p[2] == '.') {
            tok->kind = TK_ELLIPSIS;
            q = p + 3;
            break;
        }
        if (!(char_class[(unsigned char)p[1]] & CC_DIGIT)) {
            tok->kind = '.';
            q = p + 1;
            break;
        }
        /* fall through - a number such as .5 */
    case START_DIGIT:
        tok->kind = TK_NUMBER;
        q = pp_number_end(p);
        break;
    case START_QUOTE:
        tok->kind = c == '"' ? TK_STRING : TK_CHAR;
        q = skip_quoted(lx, p, (char)c);
        break;
    case START_SINGLE:
        tok->kind = c;
        q = p + 1;
        break;
    case START_PUNCT: {
        int len;
        tok->kind = (int16_t)punct_kind(p, &len);
        q = p + len;
        break;
    }
    default:
        if (c == 0 && p >= lx->end) {
            tok->kind = TK_EOF;
            tok->len = 0;
            lx->p = p;
            return;
        }
        tok->kind = TK_OTHER;
        q = p + 1;
        break;
    }
    tok->len = (uint32_t)(q - p);
    lx->p = q;
    lx->flags = 0;
}

void lex_directive_token(Lexer *lx, Token *tok) {
    const char *p = skip_space(lx, lx->p, true);
    lx->p = p;
    if (*p != '\n') {
        lex_token(lx, tok);
        return;
    }
    begin_token(lx, tok, p);
    tok->kind = '\n';
    tok->len = 0;
}

/* Skips the rest of the current line, including its newline. */
bool lex_skip_line(Lexer *lx) {
    const char *p = lx->p;
    /* comments may hide newlines, so look closer only where they or literals start */
    for (;;) {
        while (!(char_class[(unsigned char)*p] & CC_LINE_STOP))
            p++;
        if (*p == '\n' || (*p == 0 && p >= lx->end))
            break;
        if (*p == '/' && p[1] == '*') {
            p = skip_block_comment(lx, p);
            continue;
        }
        if (*p == '/' && p[1] == '/') {
            const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
            p = nl ? nl : lx->end;
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
    lx->flags = TF_BOL;
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
