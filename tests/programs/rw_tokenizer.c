/* A tokenizer for a C-like language, run over an embedded source text. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

enum tok_kind { T_EOF, T_IDENT, T_KEYWORD, T_INT, T_FLOAT, T_CHAR, T_STRING, T_PUNCT, T_ERROR, T_KIND_COUNT };
static const char *kind_names[] = { "eof", "ident", "keyword", "int", "float", "char", "string", "punct", "error" };

struct token {
    enum tok_kind kind;
    int line, col;
    char text[64];
    unsigned long long ival;
    double fval;
};

struct lexer { const char *src; size_t pos; int line, col; };

static const char *keywords[] = { "int", "char", "return", "if", "else", "while", "for", "struct", "typedef",
                                  "static", "const", "unsigned", "void", "sizeof", "break", "continue", "switch", "case", "default", NULL };
static const char *puncts[] = { "<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
                                "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##",
                                "+", "-", "*", "/", "%", "<", ">", "=", "!", "~", "&", "|", "^", "?", ":", ";", ",",
                                ".", "(", ")", "[", "]", "{", "}", "#", NULL };

static int peek(struct lexer *lx, int off) { return lx->src[lx->pos + off]; }
static int advance(struct lexer *lx) {
    int c = lx->src[lx->pos++];
    if (c == '\n') { lx->line++; lx->col = 1; } else lx->col++;
    return c;
}

static void skip_space_and_comments(struct lexer *lx) {
    for (;;) {
        int c = peek(lx, 0);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { advance(lx); continue; }
        if (c == '/' && peek(lx, 1) == '/') { while (peek(lx, 0) && peek(lx, 0) != '\n') advance(lx); continue; }
        if (c == '/' && peek(lx, 1) == '*') {
            advance(lx); advance(lx);
            while (peek(lx, 0) && !(peek(lx, 0) == '*' && peek(lx, 1) == '/')) advance(lx);
            if (peek(lx, 0)) { advance(lx); advance(lx); }
            continue;
        }
        break;
    }
}

static int read_escape(struct lexer *lx) {
    int c = advance(lx);
    switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int v = c - '0';
        for (int i = 0; i < 2 && peek(lx, 0) >= '0' && peek(lx, 0) <= '7'; i++) v = v * 8 + (advance(lx) - '0');
        return v;
    }
    case 'x': {
        int v = 0;
        while (isxdigit(peek(lx, 0))) { int d = advance(lx); v = v * 16 + (isdigit(d) ? d - '0' : tolower(d) - 'a' + 10); }
        return v & 0xff;
    }
    default: return c;
    }
}

static struct token next_token(struct lexer *lx) {
    struct token t;
    memset(&t, 0, sizeof t);
    skip_space_and_comments(lx);
    t.line = lx->line; t.col = lx->col;
    size_t start = lx->pos;
    int c = peek(lx, 0);
    if (c == 0) { t.kind = T_EOF; return t; }
    if (isalpha(c) || c == '_') {
        while (isalnum(peek(lx, 0)) || peek(lx, 0) == '_') advance(lx);
        size_t n = lx->pos - start;
        if (n > 63) n = 63;
        memcpy(t.text, lx->src + start, n);
        t.kind = T_IDENT;
        for (int i = 0; keywords[i]; i++) if (strcmp(keywords[i], t.text) == 0) t.kind = T_KEYWORD;
        return t;
    }
    if (isdigit(c) || (c == '.' && isdigit(peek(lx, 1)))) {
        int is_float = 0;
        if (c == '0' && (peek(lx, 1) == 'x' || peek(lx, 1) == 'X')) {
            advance(lx); advance(lx);
            while (isxdigit(peek(lx, 0))) advance(lx);
        } else {
            while (isdigit(peek(lx, 0))) advance(lx);
            if (peek(lx, 0) == '.') { is_float = 1; advance(lx); while (isdigit(peek(lx, 0))) advance(lx); }
            if (peek(lx, 0) == 'e' || peek(lx, 0) == 'E') {
                is_float = 1; advance(lx);
                if (peek(lx, 0) == '+' || peek(lx, 0) == '-') advance(lx);
                while (isdigit(peek(lx, 0))) advance(lx);
            }
        }
        size_t numlen = lx->pos - start;
        while (strchr("uUlLfF", peek(lx, 0)) && peek(lx, 0)) advance(lx);
        size_t n = lx->pos - start;
        memcpy(t.text, lx->src + start, n < 63 ? n : 63);
        char num[64] = { 0 };
        memcpy(num, lx->src + start, numlen < 63 ? numlen : 63);
        if (is_float) { t.kind = T_FLOAT; t.fval = strtod(num, NULL); }
        else { t.kind = T_INT; t.ival = strtoull(num, NULL, 0); }
        return t;
    }
    if (c == '\'') {
        advance(lx);
        int v = peek(lx, 0) == '\\' ? (advance(lx), read_escape(lx)) : advance(lx);
        if (peek(lx, 0) != '\'') { t.kind = T_ERROR; strcpy(t.text, "bad char"); return t; }
        advance(lx);
        t.kind = T_CHAR; t.ival = (unsigned long long)v;
        memcpy(t.text, lx->src + start, lx->pos - start);
        return t;
    }
    if (c == '"') {
        advance(lx);
        int n = 0;
        while (peek(lx, 0) && peek(lx, 0) != '"' && peek(lx, 0) != '\n') {
            int v = peek(lx, 0) == '\\' ? (advance(lx), read_escape(lx)) : advance(lx);
            if (n < 63) t.text[n++] = (char)v;
        }
        if (peek(lx, 0) != '"') { t.kind = T_ERROR; strcpy(t.text, "unterminated string"); return t; }
        advance(lx);
        t.kind = T_STRING; t.ival = (unsigned long long)n;
        return t;
    }
    for (int i = 0; puncts[i]; i++) {
        size_t n = strlen(puncts[i]);
        if (strncmp(lx->src + lx->pos, puncts[i], n) == 0) {
            for (size_t k = 0; k < n; k++) advance(lx);
            strcpy(t.text, puncts[i]);
            t.kind = T_PUNCT;
            return t;
        }
    }
    advance(lx);
    t.kind = T_ERROR;
    snprintf(t.text, sizeof t.text, "stray '%c'", c);
    return t;
}

static const char source[] =
    "/* sample program */\n"
    "typedef struct node { int value; struct node *next; } node;\n"
    "static const char *names[] = { \"alpha\", \"be\\tta\", \"\\x41\\102C\" };\n"
    "int sum(node *n) {\n"
    "    int total = 0; // running total\n"
    "    while (n != 0) { total += n->value; n = n->next; }\n"
    "    return total >> 1 <<= 2;\n"
    "}\n"
    "unsigned long big = 0xFFFFFFFFFFul + 1234567890123ULL + 0777;\n"
    "double d = 3.25e2 + .5 + 1e-3f + 10.;\n"
    "char c = '\\n', q = '\\'', z = 'z';\n"
    "int x = a ? b : c, y = ...;  @ $\n"
    "if (x <= y && y >= x || !x) { x ^= ~y; x %= 3; }\n"
    "\"unterminated\n";

int main(void) {
    struct lexer lx = { source, 0, 1, 1 };
    int counts[T_KIND_COUNT] = { 0 };
    unsigned long long int_sum = 0;
    double float_sum = 0;
    unsigned hash = 5381;
    int ntok = 0;
    for (;;) {
        struct token t = next_token(&lx);
        counts[t.kind]++;
        if (t.kind == T_EOF) break;
        ntok++;
        if (t.kind == T_INT || t.kind == T_CHAR) int_sum += t.ival;
        if (t.kind == T_FLOAT) float_sum += t.fval;
        for (const char *p = t.text; *p; p++) hash = hash * 33 + (unsigned char)*p;
        if (t.kind != T_PUNCT && t.kind != T_IDENT)
            printf("%3d:%-3d %-8s %s\n", t.line, t.col, kind_names[t.kind], t.kind == T_STRING ? "(string)" : t.text);
        if (t.kind == T_STRING) {
            printf("        string bytes:");
            for (unsigned long long i = 0; i < t.ival; i++) printf(" %02x", (unsigned char)t.text[i]);
            printf("\n");
        }
    }
    for (int k = 0; k < T_KIND_COUNT; k++) printf("%s=%d ", kind_names[k], counts[k]);
    printf("\ntokens %d int-sum %llu float-sum %.4f hash %u\n", ntok, int_sum, float_sum, hash);
    return 0;
}
