/* A JSON parser and pretty printer with a small DOM, string escapes, numbers and error reporting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

enum jtype { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };
struct jval {
    enum jtype type;
    double num;
    int boolean;
    char *str;                   /* string value, or key for object members */
    struct jval *child, *next;   /* array elements / object members */
    char *key;
};

struct parser { const char *s; size_t pos; char err[80]; };

static void skip_ws(struct parser *p) { while (isspace((unsigned char)p->s[p->pos])) p->pos++; }
static struct jval *new_val(enum jtype t) { struct jval *v = calloc(1, sizeof *v); v->type = t; return v; }
static void free_val(struct jval *v) {
    while (v) { struct jval *n = v->next; free_val(v->child); free(v->str); free(v->key); free(v); v = n; }
}
static int fail(struct parser *p, const char *msg) { if (!p->err[0]) snprintf(p->err, sizeof p->err, "%s at offset %zu", msg, p->pos); return 0; }

static char *parse_string_raw(struct parser *p) {
    if (p->s[p->pos] != '"') { fail(p, "expected string"); return NULL; }
    p->pos++;
    size_t cap = 16, n = 0;
    char *out = malloc(cap);
    for (;;) {
        char c = p->s[p->pos++];
        if (c == 0) { free(out); fail(p, "unterminated string"); return NULL; }
        if (c == '"') break;
        if (c == '\\') {
            char e = p->s[p->pos++];
            switch (e) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case '/': case '\\': case '"': c = e; break;
            case 'u': {
                unsigned v = 0;
                for (int i = 0; i < 4; i++) {
                    char h = p->s[p->pos++];
                    if (!isxdigit((unsigned char)h)) { free(out); fail(p, "bad \\u escape"); return NULL; }
                    v = v * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : tolower((unsigned char)h) - 'a' + 10);
                }
                /* encode as UTF-8 (BMP only) */
                char buf[3]; int k = 0;
                if (v < 0x80) buf[k++] = (char)v;
                else if (v < 0x800) { buf[k++] = (char)(0xC0 | (v >> 6)); buf[k++] = (char)(0x80 | (v & 0x3F)); }
                else { buf[k++] = (char)(0xE0 | (v >> 12)); buf[k++] = (char)(0x80 | ((v >> 6) & 0x3F)); buf[k++] = (char)(0x80 | (v & 0x3F)); }
                for (int i = 0; i < k; i++) { if (n + 2 > cap) out = realloc(out, cap *= 2); out[n++] = buf[i]; }
                continue;
            }
            default: free(out); fail(p, "bad escape"); return NULL;
            }
        }
        if (n + 2 > cap) out = realloc(out, cap *= 2);
        out[n++] = c;
    }
    out[n] = 0;
    return out;
}

static struct jval *parse_value(struct parser *p, int depth);
static struct jval *parse_value(struct parser *p, int depth) {
    if (depth > 50) { fail(p, "too deep"); return NULL; }
    skip_ws(p);
    const char *s = p->s + p->pos;
    if (*s == '{' || *s == '[') {
        int obj = *s == '{';
        p->pos++;
        struct jval *v = new_val(obj ? J_OBJ : J_ARR), **tail = &v->child;
        skip_ws(p);
        if (p->s[p->pos] == (obj ? '}' : ']')) { p->pos++; return v; }
        for (;;) {
            char *key = NULL;
            if (obj) {
                skip_ws(p);
                key = parse_string_raw(p);
                if (!key) { free_val(v); return NULL; }
                skip_ws(p);
                if (p->s[p->pos] != ':') { free(key); free_val(v); fail(p, "expected ':'"); return NULL; }
                p->pos++;
            }
            struct jval *e = parse_value(p, depth + 1);
            if (!e) { free(key); free_val(v); return NULL; }
            e->key = key;
            *tail = e; tail = &e->next;
            skip_ws(p);
            char c = p->s[p->pos];
            if (c == ',') { p->pos++; continue; }
            if (c == (obj ? '}' : ']')) { p->pos++; return v; }
            free_val(v);
            fail(p, obj ? "expected ',' or '}'" : "expected ',' or ']'");
            return NULL;
        }
    }
    if (*s == '"') { char *str = parse_string_raw(p); if (!str) return NULL; struct jval *v = new_val(J_STR); v->str = str; return v; }
    if (strncmp(s, "true", 4) == 0) { p->pos += 4; struct jval *v = new_val(J_BOOL); v->boolean = 1; return v; }
    if (strncmp(s, "false", 5) == 0) { p->pos += 5; return new_val(J_BOOL); }
    if (strncmp(s, "null", 4) == 0) { p->pos += 4; return new_val(J_NULL); }
    if (*s == '-' || isdigit((unsigned char)*s)) {
        char *end;
        double d = strtod(s, &end);
        p->pos += (size_t)(end - s);
        struct jval *v = new_val(J_NUM); v->num = d; return v;
    }
    fail(p, "unexpected character");
    return NULL;
}

static void print_string(const char *s) {
    putchar('"');
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        switch (*c) {
        case '"': printf("\\\""); break;
        case '\\': printf("\\\\"); break;
        case '\n': printf("\\n"); break;
        case '\t': printf("\\t"); break;
        default: if (*c < 0x20) printf("\\u%04x", *c); else putchar(*c);
        }
    }
    putchar('"');
}
static void pretty(const struct jval *v, int indent) {
    switch (v->type) {
    case J_NULL: printf("null"); break;
    case J_BOOL: printf(v->boolean ? "true" : "false"); break;
    case J_NUM: printf("%.15g", v->num); break;
    case J_STR: print_string(v->str); break;
    case J_ARR: case J_OBJ: {
        char open = v->type == J_ARR ? '[' : '{', close = v->type == J_ARR ? ']' : '}';
        if (!v->child) { printf("%c%c", open, close); break; }
        printf("%c\n", open);
        for (const struct jval *c = v->child; c; c = c->next) {
            printf("%*s", indent + 2, "");
            if (v->type == J_OBJ) { print_string(c->key); printf(": "); }
            pretty(c, indent + 2);
            printf(c->next ? ",\n" : "\n");
        }
        printf("%*s%c", indent, "", close);
    }
    }
}
static double sum_numbers(const struct jval *v) {
    double s = v->type == J_NUM ? v->num : 0;
    for (const struct jval *c = v->child; c; c = c->next) s += sum_numbers(c);
    return s;
}

int main(void) {
    const char *docs[] = {
        "{\"name\":\"mica\",\"version\":[0,1,2],\"stable\":false,\"license\":null,"
        "\"targets\":{\"x86_64\":{\"abi\":\"sysv\",\"bits\":64},\"notes\":\"tab\\there \\\"quoted\\\" \\u00e9\\u4e2d\"},"
        "\"ratios\":[0.5,-1.25e3,1e-7,12345678901234],\"empty\":{},\"none\":[]}",
        "[1, [2, [3, [4, [5]]]], {\"a\": {\"b\": {\"c\": true}}}]",
        "  \"just a string\\n\"  ",
        "{\"unterminated\": [1, 2}",
        "{\"bad\" 1}",
        "[1, 2, @]",
        "\"bad escape \\q\"",
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        struct parser p = { docs[i], 0, "" };
        struct jval *v = parse_value(&p, 0);
        printf("-- document %zu\n", i);
        if (!v) { printf("error: %s\n", p.err); continue; }
        pretty(v, 0);
        printf("\nsum of numbers: %.6g\n", sum_numbers(v));
        free_val(v);
    }
    return 0;
}
