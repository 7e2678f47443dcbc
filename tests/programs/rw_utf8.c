/* UTF-8 decoding and encoding with validation, code point statistics and case folding of ASCII. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* returns the code point, or -1 for invalid input; advances *p */
static long decode(const unsigned char **p, const unsigned char *end) {
    const unsigned char *s = *p;
    if (s >= end) return -1;
    unsigned c = s[0];
    int n;
    long cp;
    if (c < 0x80) { *p = s + 1; return c; }
    else if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
    else { *p = s + 1; return -1; }
    if (s + n >= end) { *p = end; return -1; }          /* truncated sequence */
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xC0) != 0x80) { *p = s + i; return -1; }
        cp = cp << 6 | (s[i] & 0x3F);
    }
    *p = s + n + 1;
    static const long min[4] = { 0, 0x80, 0x800, 0x10000 };
    if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;   /* overlong, too big, surrogate */
    return cp;
}
static int encode(long cp, unsigned char *out) {
    if (cp < 0x80) { out[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { out[0] = (unsigned char)(0xC0 | cp >> 6); out[1] = (unsigned char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) { out[0] = (unsigned char)(0xE0 | cp >> 12); out[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F)); out[2] = (unsigned char)(0x80 | (cp & 0x3F)); return 3; }
    out[0] = (unsigned char)(0xF0 | cp >> 18); out[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F)); out[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F)); out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int main(void) {
    const char *texts[] = {
        "plain ascii",
        "caf\xc3\xa9 na\xc3\xafve r\xc3\xa9sum\xc3\xa9",
        "\xe4\xb8\xad\xe6\x96\x87 \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
        "emoji \xf0\x9f\x98\x80 \xf0\x9f\x8e\x89!",
        "bad \xff byte, overlong \xc0\xaf, surrogate \xed\xa0\x80, truncated \xe2\x82",
    };
    for (int t = 0; t < 5; t++) {
        const unsigned char *p = (const unsigned char *)texts[t], *end = p + strlen(texts[t]);
        int count = 0, invalid = 0, widths[5] = { 0 };
        long maxcp = 0, sum = 0;
        unsigned char re[256];
        int rlen = 0;
        while (p < end) {
            const unsigned char *before = p;
            long cp = decode(&p, end);
            if (cp < 0) { invalid++; continue; }
            count++; sum += cp;
            if (cp > maxcp) maxcp = cp;
            widths[p - before]++;
            rlen += encode(cp, re + rlen);
        }
        printf("text %d: %zu bytes, %d code points, %d invalid, max U+%04lX, sum %ld, widths %d/%d/%d/%d, reencoded %d bytes\n",
               t, strlen(texts[t]), count, invalid, maxcp, sum, widths[1], widths[2], widths[3], widths[4], rlen);
    }
    /* full round trip over a range of code points */
    int ok = 0, total = 0;
    for (long cp = 0; cp <= 0x10FFFF; cp += 0x11) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        unsigned char buf[4];
        int n = encode(cp, buf);
        const unsigned char *q = buf;
        total++;
        if (decode(&q, buf + n) == cp && q == buf + n) ok++;
    }
    printf("round trips %d of %d\n", ok, total);
    return 0;
}
