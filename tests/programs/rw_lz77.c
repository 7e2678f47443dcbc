/* An LZ77-style compressor with a hash chain matcher and its decompressor; round trips several inputs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW 4096
#define MINMATCH 3
#define MAXMATCH 258

/* output format: flag byte per 8 items; literal = 1 byte; match = 2 bytes offset-1 (12 bits) | len-3 (4 bits + extension byte) */
static size_t compress(const unsigned char *in, size_t n, unsigned char *out) {
    static int head[1 << 12], prevpos[1 << 16];
    for (int i = 0; i < (1 << 12); i++) head[i] = -1;
    size_t o = 0, i = 0;
    size_t flagpos = 0;
    int nitems = 8;
    while (i < n) {
        if (nitems == 8) { flagpos = o++; out[flagpos] = 0; nitems = 0; }
        size_t best_len = 0, best_off = 0;
        if (i + MINMATCH <= n) {
            unsigned h = ((unsigned)in[i] << 8 ^ (unsigned)in[i + 1] << 4 ^ in[i + 2]) & 0xFFF;
            int cand = head[h];
            int chain = 0;
            while (cand >= 0 && i - (size_t)cand <= WINDOW && chain++ < 64) {
                size_t l = 0;
                while (i + l < n && l < MAXMATCH && in[cand + l] == in[i + l]) l++;
                if (l > best_len) { best_len = l; best_off = i - (size_t)cand; }
                cand = prevpos[cand & 0xFFFF];
            }
            prevpos[i & 0xFFFF] = head[h];
            head[h] = (int)i;
        }
        if (best_len >= MINMATCH) {
            out[flagpos] |= (unsigned char)(1u << nitems);
            size_t len = best_len - MINMATCH;
            out[o++] = (unsigned char)((best_off - 1) >> 4);
            out[o++] = (unsigned char)(((best_off - 1) & 0xF) << 4 | (len < 15 ? len : 15));
            if (len >= 15) out[o++] = (unsigned char)(len - 15);
            for (size_t k = 1; k < best_len; k++) {       /* index the skipped positions */
                size_t p = i + k;
                if (p + MINMATCH <= n) {
                    unsigned h = ((unsigned)in[p] << 8 ^ (unsigned)in[p + 1] << 4 ^ in[p + 2]) & 0xFFF;
                    prevpos[p & 0xFFFF] = head[h];
                    head[h] = (int)p;
                }
            }
            i += best_len;
        } else {
            out[o++] = in[i++];
        }
        nitems++;
    }
    return o;
}
static size_t decompress(const unsigned char *in, size_t n, unsigned char *out) {
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned flags = in[i++];
        for (int k = 0; k < 8 && i < n; k++) {
            if (flags >> k & 1) {
                size_t off = ((size_t)in[i] << 4 | in[i + 1] >> 4) + 1;
                size_t len = in[i + 1] & 0xF;
                i += 2;
                if (len == 15) len += in[i++];
                len += MINMATCH;
                for (size_t m = 0; m < len; m++, o++) out[o] = out[o - off];
            } else out[o++] = in[i++];
        }
    }
    return o;
}

int main(void) {
    static unsigned char inputs[4][20000], comp[40000], back[20000];
    size_t lens[4];
    const char *text = "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife. ";
    lens[0] = 0;
    while (lens[0] + strlen(text) < 6000) { memcpy(inputs[0] + lens[0], text, strlen(text)); lens[0] += strlen(text); }
    lens[1] = 10000; memset(inputs[1], 'a', lens[1]);
    unsigned x = 1;
    lens[2] = 8000; for (size_t i = 0; i < lens[2]; i++) { x = x * 1103515245u + 12345u; inputs[2][i] = (unsigned char)(x >> 16); }
    lens[3] = 12000; for (size_t i = 0; i < lens[3]; i++) { x = x * 1103515245u + 12345u; inputs[3][i] = (unsigned char)("ACGT"[(x >> 16) & 3]); }
    const char *names[] = { "repeated text", "one byte", "random", "dna" };
    for (int t = 0; t < 4; t++) {
        size_t c = compress(inputs[t], lens[t], comp);
        size_t d = decompress(comp, c, back);
        unsigned h = 0;
        for (size_t i = 0; i < c; i++) h = h * 31 + comp[i];
        printf("%-14s %6zu -> %6zu (%.1f%%) hash %08x round trip %d\n", names[t], lens[t], c, 100.0 * (double)c / (double)lens[t], h,
               d == lens[t] && memcmp(back, inputs[t], d) == 0);
    }
    return 0;
}
