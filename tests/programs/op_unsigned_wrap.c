#include <stdio.h>
#include <stdint.h>
#include <limits.h>

int main(void) {
    unsigned u = UINT_MAX;
    u++;
    printf("%u\n", u);
    u--;
    printf("%u\n", u);
    printf("%u\n", u * u);
    printf("%u\n", 0u - 1u);
    unsigned long long ull = 0;
    ull--;
    printf("%llu\n", ull);
    printf("%llu\n", ull * 3);
    uint8_t b = 250;
    b += 10;
    printf("%u\n", b);
    uint16_t h = 65000;
    h = (uint16_t)(h * 2);
    printf("%u\n", h);
    uint32_t x = 0x12345678;
    uint32_t hash = 2166136261u;
    for (int i = 0; i < 4; i++) { hash ^= (x >> (i * 8)) & 0xff; hash *= 16777619u; }
    printf("%u\n", hash);
    uint64_t acc = 0;
    for (uint64_t i = 1; i <= 100; i++) acc = acc * 6364136223846793005ull + i;
    printf("%llu\n", (unsigned long long)acc);
    unsigned neg = -5;
    printf("%u %d\n", neg, (int)(neg + 10));
    printf("%u\n", -UINT_MAX);
    printf("%llu\n", -1ull / 2);
    unsigned short us = 0;
    us--;
    printf("%u\n", us);
    unsigned long diff = 3ul - 5ul;
    printf("%lu\n", diff);
    printf("%d\n", (unsigned)-1 == UINT_MAX);
    unsigned m = 0x80000000u;
    printf("%u %u\n", m + m, m * 2);
    return 0;
}
