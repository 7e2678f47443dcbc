/* Integer matrices: fast exponentiation (Fibonacci mod p), exact determinants by Bareiss, and rank over GF(2). */
#include <stdio.h>
#include <stdint.h>

typedef struct { uint64_t m[2][2]; } m2;
static m2 mul2(m2 a, m2 b, uint64_t p) {
    m2 r;
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) r.m[i][j] = (a.m[i][0] * b.m[0][j] + a.m[i][1] * b.m[1][j]) % p;
    return r;
}
static uint64_t fib_mod(uint64_t n, uint64_t p) {
    m2 r = { { { 1, 0 }, { 0, 1 } } }, b = { { { 1, 1 }, { 1, 0 } } };
    while (n) { if (n & 1) r = mul2(r, b, p); b = mul2(b, b, p); n >>= 1; }
    return r.m[0][1];
}
static long long bareiss(long long a[][6], int n) {
    long long prev = 1;
    int sign = 1;
    for (int k = 0; k < n - 1; k++) {
        if (a[k][k] == 0) {
            int s = k + 1;
            while (s < n && a[s][k] == 0) s++;
            if (s == n) return 0;
            for (int j = 0; j < n; j++) { long long t = a[k][j]; a[k][j] = a[s][j]; a[s][j] = t; }
            sign = -sign;
        }
        for (int i = k + 1; i < n; i++)
            for (int j = k + 1; j < n; j++) a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) / prev;
        prev = a[k][k];
    }
    return sign * a[n - 1][n - 1];
}
static int rank_gf2(uint32_t *rows, int n) {
    int rank = 0;
    for (int bit = 31; bit >= 0; bit--) {
        int piv = -1;
        for (int i = rank; i < n; i++) if (rows[i] >> bit & 1) { piv = i; break; }
        if (piv < 0) continue;
        uint32_t t = rows[piv]; rows[piv] = rows[rank]; rows[rank] = t;
        for (int i = 0; i < n; i++) if (i != rank && (rows[i] >> bit & 1)) rows[i] ^= rows[rank];
        rank++;
    }
    return rank;
}

int main(void) {
    uint64_t ns[] = { 10, 90, 1000, 1000000, 1000000000000ull };
    for (int i = 0; i < 5; i++) printf("fib(%llu) mod 1000000007 = %llu\n", (unsigned long long)ns[i], (unsigned long long)fib_mod(ns[i], 1000000007ull));
    long long a[6][6] = { { 2, -1, 0, 0, 0, 0 }, { -1, 2, -1, 0, 0, 0 }, { 0, -1, 2, -1, 0, 0 }, { 0, 0, -1, 2, -1, 0 }, { 0, 0, 0, -1, 2, -1 }, { 0, 0, 0, 0, -1, 2 } };
    printf("det tridiagonal = %lld\n", bareiss(a, 6));
    long long v[6][6];
    for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) { long long p = 1; for (int k = 0; k < j; k++) p *= i + 2; v[i][j] = p; }
    printf("det vandermonde = %lld\n", bareiss(v, 6));
    long long z[6][6] = { { 0, 1, 2, 3, 4, 5 }, { 1, 0, 0, 0, 0, 0 }, { 2, 0, 0, 0, 0, 1 }, { 3, 0, 0, 0, 1, 0 }, { 4, 0, 0, 1, 0, 0 }, { 5, 0, 1, 0, 0, 0 } };
    printf("det with pivoting = %lld\n", bareiss(z, 6));
    uint32_t rows[20];
    uint32_t s = 7;
    for (int i = 0; i < 20; i++) { s = s * 1103515245u + 12345u; rows[i] = s & 0x000FFFFFu; }
    printf("rank over GF(2) = %d\n", rank_gf2(rows, 20));
    uint32_t dep[4] = { 0x5, 0x3, 0x6, 0x9 };
    printf("rank of dependent rows = %d\n", rank_gf2(dep, 4));
    return 0;
}
