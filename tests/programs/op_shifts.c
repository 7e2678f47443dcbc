#include <stdio.h>
#include <stdint.h>

static unsigned rotl32(unsigned x, unsigned n) { n &= 31; return n ? (x << n) | (x >> (32 - n)) : x; }
static uint64_t rotr64(uint64_t x, unsigned n) { n &= 63; return n ? (x >> n) | (x << (64 - n)) : x; }

int main(void) {
    printf("%d %d %d\n", 1 << 0, 1 << 15, 1 << 30);
    printf("%u\n", 1u << 31);
    printf("%llu\n", 1ull << 63);
    printf("%lld\n", 1LL << 40);
    printf("%u %u\n", 0x80000000u >> 31, 0xF0000000u >> 4);
    printf("%d\n", 0x7fffffff >> 30);
    printf("%d %d %d\n", -16 >> 2, -1 >> 31, -17 >> 1);     /* gcc/clang: arithmetic */
    long long neg = -1234567890123LL;
    printf("%lld\n", neg >> 7);
    unsigned char uc = 0x81;
    printf("%d %d\n", uc << 1, uc >> 1);
    printf("%d\n", (unsigned char)(uc << 1));
    signed char sc = -2;
    printf("%d\n", sc >> 1);
    int n = 5;
    printf("%d %d\n", 3 << n, 96 >> n);
    long count = 3;
    printf("%d\n", 1 << count);              /* type of result is that of the left operand */
    printf("%d\n", (int)sizeof(1 << count));
    printf("%d\n", (int)sizeof(1L << 2));
    unsigned short us = 0xFFFF;
    printf("%u\n", (unsigned)us << 16);
    printf("%08x %08x\n", rotl32(0x12345678u, 8), rotl32(0x80000001u, 1));
    printf("%016llx\n", (unsigned long long)rotr64(0x0123456789abcdefull, 12));
    uint64_t mask = 0;
    for (int i = 0; i < 64; i += 9) mask |= (uint64_t)1 << i;
    printf("%016llx\n", (unsigned long long)mask);
    int x = 0x55;
    x <<= 3; printf("%d ", x);
    x >>= 2; printf("%d\n", x);
    unsigned long long big = 0xFFFFFFFFFFFFFFFFull;
    printf("%llx %llx\n", big >> 60, big << 60);
    printf("%u\n", 1u << 31 >> 31);
    return 0;
}
