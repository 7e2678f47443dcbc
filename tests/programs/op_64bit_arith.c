#include <stdio.h>
#include <stdint.h>

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
    uint64_t r = 0;
    a %= m;
    while (b) {
        if (b & 1) r = r >= m - a ? r - (m - a) : r + a;     /* (r + a) mod m without overflow */
        a = a >= m - a ? a - (m - a) : a + a;
        b >>= 1;
    }
    return r;
}
static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
    uint64_t r = 1;
    while (e) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; }
    return r;
}
static int is_prime(uint64_t n) {
    if (n < 2) return 0;
    static const uint64_t bases[] = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
    for (int i = 0; i < 12; i++) if (n % bases[i] == 0) return n == bases[i];
    uint64_t d = n - 1; int r = 0;
    while (!(d & 1)) { d >>= 1; r++; }
    for (int i = 0; i < 12; i++) {
        uint64_t x = powmod(bases[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int composite = 1;
        for (int k = 1; k < r; k++) { x = mulmod(x, x, n); if (x == n - 1) { composite = 0; break; } }
        if (composite) return 0;
    }
    return 1;
}

int main(void) {
    int64_t a = 3037000499LL;
    printf("%lld\n", (long long)(a * a));
    uint64_t big = 0xFFFFFFFFFFFFFFFFull;
    printf("%llu %llu\n", (unsigned long long)(big / 3), (unsigned long long)(big % 1000000007ull));
    int64_t neg = -9223372036854775807LL;
    printf("%lld %lld\n", (long long)(neg / 10), (long long)(neg % 10));
    printf("%llu\n", (unsigned long long)powmod(2, 1000000, 1000000007ull));
    uint64_t primes_found = 0, last = 0;
    for (uint64_t n = 1000000000000000000ull; n < 1000000000000000000ull + 400; n++) if (is_prime(n)) { primes_found++; last = n; }
    printf("%llu primes, last %llu\n", (unsigned long long)primes_found, (unsigned long long)last);
    printf("%d %d\n", is_prime(18446744073709551557ull), is_prime(18446744073709551555ull));
    uint32_t lo = 0xFFFFFFFFu, hi = 2;
    uint64_t combined = ((uint64_t)hi << 32) | lo;
    printf("%llu\n", (unsigned long long)combined);
    int32_t x = -5;
    uint64_t ext = (uint64_t)(int64_t)x;
    printf("%llx\n", (unsigned long long)ext);
    printf("%llx\n", (unsigned long long)(uint32_t)x);
    return 0;
}
