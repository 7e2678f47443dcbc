/* A bitset type with set operations, population counts and iteration; used for a subset-sum search. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define NBITS 1000
#define WORDS ((NBITS + 63) / 64)
typedef struct { uint64_t w[WORDS]; } bitset;

static void bs_set(bitset *b, int i) { b->w[i / 64] |= 1ull << (i % 64); }
static int bs_get(const bitset *b, int i) { return (int)(b->w[i / 64] >> (i % 64) & 1); }
static int bs_count(const bitset *b) { int c = 0; for (int i = 0; i < WORDS; i++) { uint64_t v = b->w[i]; while (v) { v &= v - 1; c++; } } return c; }
static bitset bs_and(bitset a, bitset b) { for (int i = 0; i < WORDS; i++) a.w[i] &= b.w[i]; return a; }
static bitset bs_or(bitset a, bitset b) { for (int i = 0; i < WORDS; i++) a.w[i] |= b.w[i]; return a; }
static bitset bs_xor(bitset a, bitset b) { for (int i = 0; i < WORDS; i++) a.w[i] ^= b.w[i]; return a; }
static bitset bs_shl(const bitset *a, int k) {        /* shift towards higher indices */
    bitset r;
    memset(&r, 0, sizeof r);
    int ws = k / 64, bs = k % 64;
    for (int i = WORDS - 1; i >= ws; i--) {
        r.w[i] = a->w[i - ws] << bs;
        if (bs && i - ws - 1 >= 0) r.w[i] |= a->w[i - ws - 1] >> (64 - bs);
    }
    if (NBITS % 64) r.w[WORDS - 1] &= (1ull << (NBITS % 64)) - 1;
    return r;
}

int main(void) {
    bitset evens, threes, primes;
    memset(&evens, 0, sizeof evens); memset(&threes, 0, sizeof threes); memset(&primes, 0, sizeof primes);
    for (int i = 0; i < NBITS; i += 2) bs_set(&evens, i);
    for (int i = 0; i < NBITS; i += 3) bs_set(&threes, i);
    for (int i = 2; i < NBITS; i++) { int p = 1; for (int d = 2; d * d <= i; d++) if (i % d == 0) { p = 0; break; } if (p) bs_set(&primes, i); }
    bitset both = bs_and(evens, threes), either = bs_or(evens, threes), odd_one = bs_xor(evens, threes);
    printf("evens %d threes %d both %d either %d xor %d primes %d\n", bs_count(&evens), bs_count(&threes), bs_count(&both),
           bs_count(&either), bs_count(&odd_one), bs_count(&primes));
    printf("first primes:");
    for (int i = 0, n = 0; i < NBITS && n < 15; i++) if (bs_get(&primes, i)) { printf(" %d", i); n++; }
    printf("\n");
    /* subset sums reachable from a set of weights, via shifts */
    int weights[] = { 3, 7, 11, 19, 23, 31, 47, 59, 71, 97 };
    bitset reach;
    memset(&reach, 0, sizeof reach);
    bs_set(&reach, 0);
    for (int k = 0; k < 10; k++) { bitset shifted = bs_shl(&reach, weights[k]); reach = bs_or(reach, shifted); }
    printf("reachable sums %d, 100:%d 101:%d 368:%d 369:%d\n", bs_count(&reach), bs_get(&reach, 100), bs_get(&reach, 101), bs_get(&reach, 368), bs_get(&reach, 369));
    int smallest_missing = -1;
    for (int i = 0; i < 368; i++) if (!bs_get(&reach, i)) { smallest_missing = i; break; }
    printf("smallest unreachable %d\n", smallest_missing);
    return 0;
}
