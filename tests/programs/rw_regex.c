/* A small backtracking regex matcher: literals, ., character classes, anchors, * + ?, groups with |. */
#include <stdio.h>
#include <string.h>

/* grammar: alt := seq ('|' seq)* ; seq := (atom quant?)* ; atom := char | '.' | '[' class ']' | '(' alt ')' | '\' char */
static int match_here(const char *re, const char *re_end, const char *s, const char **end);

static const char *atom_end(const char *re) {
    if (*re == '\\') return re + 2;
    if (*re == '[') { re++; if (*re == '^') re++; if (*re == ']') re++; while (*re && *re != ']') re++; return re + 1; }
    if (*re == '(') {
        int depth = 1;
        re++;
        while (*re && depth) { if (*re == '\\') re++; else if (*re == '(') depth++; else if (*re == ')') depth--; re++; }
        return re;
    }
    return re + 1;
}

static int class_match(const char *cls, const char *cls_end, char c) {
    int neg = 0, hit = 0;
    cls++;                      /* skip [ */
    if (*cls == '^') { neg = 1; cls++; }
    const char *stop = cls_end - 1;  /* the ] */
    int first = 1;
    while (cls < stop || (first && *cls == ']')) {
        first = 0;
        if (cls + 2 < stop && cls[1] == '-') { if (c >= cls[0] && c <= cls[2]) hit = 1; cls += 3; }
        else { if (c == *cls) hit = 1; cls++; }
    }
    return hit != neg;
}

/* match one atom at s; returns the end of the match through *end (groups may match variable lengths: try each) */
static int match_atom_then(const char *a, const char *a_end, const char *rest, const char *re_end, const char *s, const char **end);

static int match_alt(const char *re, const char *re_end, const char *s, const char *rest, const char *rest_end, const char **end) {
    /* split top-level alternatives of [re, re_end) and try each followed by rest */
    const char *start = re;
    int depth = 0;
    for (const char *p = re; ; p++) {
        if (p == re_end || (*p == '|' && depth == 0)) {
            /* try alternative [start, p) followed by rest: concatenate by matching sequentially */
            const char *mid;
            /* enumerate all ends of the alternative via a continuation: match alternative, then rest */
            char buf[256];
            size_t la = (size_t)(p - start), lr = (size_t)(rest_end - rest);
            if (la + lr < sizeof buf) {
                memcpy(buf, start, la);
                memcpy(buf + la, rest, lr);
                if (match_here(buf, buf + la + lr, s, &mid)) { *end = mid; return 1; }
            }
            if (p == re_end) break;
            start = p + 1;
            continue;
        }
        if (*p == '\\') { p++; continue; }
        if (*p == '(') depth++;
        if (*p == ')') depth--;
    }
    return 0;
}

static int match_one(const char *a, const char *a_end, const char *s) {
    if (!*s) return 0;
    if (*a == '.') return 1;
    if (*a == '\\') {
        char c = a[1];
        if (c == 'd') return *s >= '0' && *s <= '9';
        if (c == 'w') return (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_';
        if (c == 's') return *s == ' ' || *s == '\t' || *s == '\n';
        return *s == c;
    }
    if (*a == '[') return class_match(a, a_end, *s);
    return *a == *s;
}

static int match_atom_then(const char *a, const char *a_end, const char *rest, const char *re_end, const char *s, const char **end) {
    if (*a == '(') return match_alt(a + 1, a_end - 1, s, rest, re_end, end);
    if (match_one(a, a_end, s)) return match_here(rest, re_end, s + 1, end);
    return 0;
}

static int match_here(const char *re, const char *re_end, const char *s, const char **end) {
    if (re == re_end) { *end = s; return 1; }
    if (*re == '$' && re + 1 == re_end) { if (!*s) { *end = s; return 1; } return 0; }
    if (*re == '|') return 0;
    const char *a_end = atom_end(re);
    char q = a_end < re_end ? *a_end : 0;
    if (q == '*' || q == '+' || q == '?') {
        const char *rest = a_end + 1;
        if (*re == '(') {
            /* group with quantifier: expand as (g)(g)*  or empty, by recursion on a rewritten pattern */
            char buf[256];
            size_t lg = (size_t)(a_end - re), lr = (size_t)(re_end - rest);
            if (q == '?') {
                if (lg + lr < sizeof buf) { memcpy(buf, re, lg); memcpy(buf + lg, rest, lr); if (match_here(buf, buf + lg + lr, s, end)) return 1; }
                return match_here(rest, re_end, s, end);
            }
            /* g+ == g g*, g* == (g g*)? ; guard against empty-match loops by requiring progress */
            if (2 * lg + 1 + lr < sizeof buf) {
                memcpy(buf, re, lg); memcpy(buf + lg, re, lg); buf[2 * lg] = '*'; memcpy(buf + 2 * lg + 1, rest, lr);
                const char *mid;
                /* match one g first, then g* rest */
                char one[256];
                memcpy(one, re, lg);
                if (match_here(one, one + lg, s, &mid) && mid > s) {
                    if (match_here(buf + lg, buf + 2 * lg + 1 + lr, mid, end)) return 1;
                }
            }
            if (q == '*') return match_here(rest, re_end, s, end);
            return 0;
        }
        /* single-character atom: greedy with backtracking */
        const char *t = s;
        if (q == '?') {
            if (match_one(re, a_end, t) && match_here(rest, re_end, t + 1, end)) return 1;
            return match_here(rest, re_end, t, end);
        }
        while (match_one(re, a_end, t)) t++;
        const char *min = q == '+' ? s + 1 : s;
        for (; t >= min; t--) if (match_here(rest, re_end, t, end)) return 1;
        return 0;
    }
    return match_atom_then(re, a_end, a_end, re_end, s, end);
}

/* search: returns start offset and length of the leftmost match, or -1 */
static int search(const char *re, const char *s, int *len) {
    const char *re_end = re + strlen(re);
    const char *end;
    if (*re == '^') {
        if (match_here(re + 1, re_end, s, &end)) { *len = (int)(end - s); return 0; }
        return -1;
    }
    for (const char *p = s; ; p++) {
        if (match_here(re, re_end, p, &end)) { *len = (int)(end - p); return (int)(p - s); }
        if (!*p) return -1;
    }
}

int main(void) {
    struct { const char *re, *s; } tests[] = {
        { "abc", "xxabcxx" }, { "a.c", "abxc adc" }, { "^abc", "abcdef" }, { "^abc", "xabc" }, { "def$", "abcdef" },
        { "ab*c", "ac abc abbbc" }, { "ab+c", "ac abbc" }, { "colou?r", "my colour" }, { "colou?r", "color" },
        { "[0-9]+", "order 66 now" }, { "[^a-z ]+", "abc DEF ghi" }, { "\\d+\\.\\d+", "pi is 3.14159!" },
        { "(cat|dog)s?", "hotdogs and cats" }, { "(ab)+", "xxababab" }, { "(a|b)*c", "zzabbac" }, { "x(y|z)*x", "xyzzyx" },
        { "\\w+@\\w+\\.com", "mail bob@example.com now" }, { "^$", "" }, { "a*", "bbb" }, { "(foo|foobar)baz", "foobarbaz" },
        { "[]x]+", "a]x]b" }, { "h.*o", "hello world" }, { "h.*?o", "ho" }, { "(0|1(01*0)*1)+$", "110" }, { "q[^u]", "iraq" },
    };
    int n = (int)(sizeof tests / sizeof tests[0]);
    for (int i = 0; i < n; i++) {
        int len = 0;
        int at = search(tests[i].re, tests[i].s, &len);
        if (at < 0) printf("%-22s %-26s no match\n", tests[i].re, tests[i].s);
        else printf("%-22s %-26s at %d: \"%.*s\"\n", tests[i].re, tests[i].s, at, len, tests[i].s + at);
    }
    /* multiples of 3 in binary: the regex (0|1(01*0)*1)+ */
    int agree = 0;
    for (int v = 1; v < 200; v++) {
        char bin[16]; int k = 0;
        for (int b = 7; b >= 0; b--) if (v >> b || k) { if ((v >> b) & 1 || k) bin[k++] = (char)('0' + ((v >> b) & 1)); }
        bin[k] = 0;
        int len;
        int m = search("^(0|1(01*0)*1)+$", bin, &len) == 0;
        if (m == (v % 3 == 0)) agree++;
    }
    printf("divisible-by-3 regex agrees on %d of 199\n", agree);
    return 0;
}
