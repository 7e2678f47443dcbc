/* Base64 and hex encoding/decoding with validation, round trips over binary data. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t b64_encode(const unsigned char *in, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        out[o++] = alphabet[v >> 18 & 63];
        out[o++] = alphabet[v >> 12 & 63];
        out[o++] = i + 1 < n ? alphabet[v >> 6 & 63] : '=';
        out[o++] = i + 2 < n ? alphabet[v & 63] : '=';
    }
    out[o] = 0;
    return o;
}
static int b64_value(char c) {
    const char *p = c ? strchr(alphabet, c) : NULL;
    return p ? (int)(p - alphabet) : -1;
}
static long b64_decode(const char *in, unsigned char *out) {
    size_t n = strlen(in);
    if (n % 4) return -1;
    long o = 0;
    for (size_t i = 0; i < n; i += 4) {
        int v[4], pad = 0;
        for (int k = 0; k < 4; k++) {
            if (in[i + k] == '=' && i + 4 == n && k >= 2) { v[k] = 0; pad++; continue; }
            if (pad) return -2;
            v[k] = b64_value(in[i + k]);
            if (v[k] < 0) return -3;
        }
        unsigned w = (unsigned)(v[0] << 18 | v[1] << 12 | v[2] << 6 | v[3]);
        out[o++] = (unsigned char)(w >> 16);
        if (pad < 2) out[o++] = (unsigned char)(w >> 8);
        if (pad < 1) out[o++] = (unsigned char)w;
    }
    return o;
}

int main(void) {
    const char *samples[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished, not only by his reason" };
    char enc[256];
    unsigned char dec[256];
    for (int i = 0; i < 8; i++) {
        b64_encode((const unsigned char *)samples[i], strlen(samples[i]), enc);
        long n = b64_decode(enc, dec);
        printf("\"%s\" -> \"%s\" -> %ld bytes, same %d\n", samples[i], enc, n, n == (long)strlen(samples[i]) && memcmp(dec, samples[i], (size_t)n) == 0);
    }
    const char *bad[] = { "abc", "ab=c", "a*bc", "====", "Zm9v" };
    for (int i = 0; i < 5; i++) printf("decode(\"%s\") = %ld\n", bad[i], b64_decode(bad[i], dec));
    static unsigned char bin[3000], back[3000];
    static char big[4100];
    unsigned x = 12345;
    int ok = 0;
    for (int len = 0; len < 3000; len += 37) {
        for (int i = 0; i < len; i++) { x = x * 1103515245u + 12345u; bin[i] = (unsigned char)(x >> 16); }
        size_t el = b64_encode(bin, (size_t)len, big);
        long dl = b64_decode(big, back);
        if (dl == len && memcmp(bin, back, (size_t)len) == 0 && el == ((size_t)len + 2) / 3 * 4) ok++;
    }
    printf("binary round trips ok %d of %d\n", ok, (3000 + 36) / 37);
    printf("last: %.40s...\n", big);
    return 0;
}
