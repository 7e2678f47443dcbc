#include <stdio.h>
#include <stdint.h>

/* division and remainder by constants, which compilers often turn into multiplications */
int main(void) {
    int32_t sdivs[] = { 3, 5, 7, 10, 16, 100, 641, -3, -7, -16 };
    long long acc = 0;
    for (int32_t x = -100000; x <= 100000; x += 97) {
        acc += x / 3 + x % 3 + x / 5 * 7 + x % 7 + x / 10 + x % 16 + x / 16 + x / 100 + x % 641 + x / -3 + x % -7 + x / -16;
    }
    printf("signed sum %lld\n", acc);
    uint32_t uacc = 0;
    for (uint32_t x = 0; x < 4000000000u; x += 999983u) uacc += x / 3u + x % 7u + x / 10u + x / 1000000007u + x % 65537u + x / 0x80000000u;
    printf("unsigned sum %u\n", uacc);
    uint64_t wacc = 0;
    for (uint64_t x = 1; x < 18000000000000000000ull; x += 123456789123456789ull) wacc += x / 3 + x % 10 + x / 1000000007ull + x / 0x8000000000000000ull;
    printf("64-bit sum %llu\n", (unsigned long long)wacc);
    uint64_t sacc = 0;
    for (int64_t x = -9000000000000000000LL; x < 9000000000000000000LL - 77777777777777777LL; x += 77777777777777777LL) sacc += (uint64_t)(x / 7) + (uint64_t)(x % 9) + (uint64_t)(x / -1000);
    printf("signed 64-bit sum %llu\n", (unsigned long long)sacc);
    int32_t extremes[] = { INT32_MIN, INT32_MIN + 1, -1, 0, 1, INT32_MAX };
    for (int i = 0; i < 6; i++) {
        int32_t x = extremes[i];
        printf("%d: /3 %d %%3 %d /7 %d %%7 %d /-5 %d\n", x, x / 3, x % 3, x / 7, x % 7, x / -5);
    }
    (void)sdivs;
    return 0;
}
