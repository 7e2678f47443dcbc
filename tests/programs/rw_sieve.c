/* Prime sieves: Eratosthenes (byte and bit arrays), segmented sieve, prime counting, twin primes, Goldbach. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

int main(void) {
    const int N = 2000000;
    unsigned char *comp = calloc((size_t)N + 1, 1);
    for (int i = 2; (long)i * i <= N; i++) if (!comp[i]) for (int j = i * i; j <= N; j += i) comp[j] = 1;
    int count = 0, twins = 0, last = 0;
    long long sum = 0;
    for (int i = 2; i <= N; i++) if (!comp[i]) { count++; sum += i; if (i - last == 2) twins++; last = i; }
    printf("pi(%d) = %d, sum %lld, twin pairs %d, largest %d\n", N, count, sum, twins, last);
    /* bit sieve of odd numbers */
    uint32_t *bits = calloc((size_t)N / 64 + 1, sizeof(uint32_t));
    for (int i = 3; (long)i * i <= N; i += 2)
        if (!(bits[i / 64] >> (i / 2 % 32) & 1))
            for (int j = i * i; j <= N; j += 2 * i) bits[j / 64] |= 1u << (j / 2 % 32);
    int count2 = 1;
    for (int i = 3; i <= N; i += 2) if (!(bits[i / 64] >> (i / 2 % 32) & 1)) count2++;
    printf("bit sieve agrees: %d\n", count2 == count);
    /* segmented sieve for [10^12, 10^12 + 10^5) */
    long long lo = 1000000000000LL, hi = lo + 100000;
    unsigned char *seg = calloc((size_t)(hi - lo), 1);
    for (long long p = 2; p * p < hi; p++) {
        if (p <= N && comp[p]) continue;
        long long start = (lo + p - 1) / p * p;
        if (start < p * p) start = p * p;
        for (long long m = start; m < hi; m += p) seg[m - lo] = 1;
    }
    int segcount = 0;
    long long first = 0;
    for (long long v = lo; v < hi; v++) if (!seg[v - lo]) { if (!segcount) first = v; segcount++; }
    printf("primes in [1e12, 1e12+1e5): %d, first %lld\n", segcount, first);
    /* Goldbach partitions */
    int evens[] = { 100, 1000, 10000, 100000, 1000000 };
    for (int k = 0; k < 5; k++) {
        int e = evens[k], ways = 0;
        for (int p = 2; p <= e / 2; p++) if (!comp[p] && !comp[e - p]) ways++;
        printf("goldbach(%d) = %d\n", e, ways);
    }
    free(comp); free(bits); free(seg);
    return 0;
}
