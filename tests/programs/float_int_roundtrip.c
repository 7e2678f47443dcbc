#include <stdio.h>
#include <stdint.h>

int main(void) {
    /* every int32 converts exactly to double and back */
    int bad = 0;
    for (int64_t i = INT32_MIN; i <= INT32_MAX; i += 65537) { int32_t v = (int32_t)i; if ((int32_t)(double)v != v) bad++; }
    printf("int32 via double failures %d\n", bad);
    /* integers up to 2^24 are exact in float */
    bad = 0;
    for (int i = -16777216; i <= 16777216; i += 97) if ((int)(float)i != i) bad++;
    printf("int via float failures %d\n", bad);
    /* rounding of larger integers to float: to nearest, ties to even */
    int32_t big[] = { 16777217, 16777218, 16777219, 33554433, 33554434, 33554435, 33554438, 2147483584, 2147483520, 2147483647 };
    for (int i = 0; i < 10; i++) printf("%d -> %.1f\n", big[i], (double)(float)big[i]);
    uint64_t u64[] = { 9007199254740993ull, 9007199254740995ull, 18446744073709550591ull, 18446744073709550000ull, 1ull << 63, (1ull << 63) + 1025 };
    for (int i = 0; i < 6; i++) printf("%llu -> %.1f -> %llu\n", (unsigned long long)u64[i], (double)u64[i], (unsigned long long)(double)u64[i]);
    int64_t s64[] = { -9007199254740993LL, -9223372036854775807LL - 1, -4611686018427387905LL };
    for (int i = 0; i < 3; i++) printf("%lld -> %.1f\n", (long long)s64[i], (double)s64[i]);
    return 0;
}
