/* Roman numerals both ways, with validation, over 1..3999. */
#include <stdio.h>
#include <string.h>

static void to_roman(int n, char *out) {
    static const int vals[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
    static const char *syms[] = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
    out[0] = 0;
    for (int i = 0; i < 13; i++) while (n >= vals[i]) { strcat(out, syms[i]); n -= vals[i]; }
}
static int value(char c) {
    switch (c) { case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50; case 'C': return 100; case 'D': return 500; case 'M': return 1000; default: return -1; }
}
static int from_roman(const char *s) {
    int total = 0;
    for (size_t i = 0; s[i]; i++) {
        int v = value(s[i]), next = s[i + 1] ? value(s[i + 1]) : 0;
        if (v < 0 || next < 0) return -1;
        total += v < next ? -v : v;
    }
    char canon[32];
    if (total <= 0 || total > 3999) return -1;
    to_roman(total, canon);
    return strcmp(canon, s) == 0 ? total : -1;      /* reject non-canonical forms */
}

int main(void) {
    int samples[] = { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999 };
    char buf[32];
    for (int i = 0; i < 11; i++) { to_roman(samples[i], buf); printf("%d=%s ", samples[i], buf); }
    printf("\n");
    const char *inputs[] = { "MCMXCIV", "MMXXIV", "IIII", "IC", "XLII", "", "MMMM", "abc", "CDXLIV" };
    for (int i = 0; i < 9; i++) printf("%s->%d ", inputs[i], from_roman(inputs[i]));
    printf("\n");
    int ok = 0;
    size_t total_len = 0, longest = 0;
    int longest_n = 0;
    for (int n = 1; n <= 3999; n++) {
        to_roman(n, buf);
        size_t l = strlen(buf);
        total_len += l;
        if (l > longest) { longest = l; longest_n = n; }
        ok += from_roman(buf) == n;
    }
    to_roman(longest_n, buf);
    printf("round trips %d, total length %zu, longest %s (%d)\n", ok, total_len, buf, longest_n);
    return 0;
}
