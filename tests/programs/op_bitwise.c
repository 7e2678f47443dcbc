#include <stdio.h>
#include <stdint.h>

static int popcount(uint32_t x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static uint32_t reverse_bits(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
    return (x >> 16) | (x << 16);
}
static int is_pow2(unsigned long long v) { return v && !(v & (v - 1)); }

int main(void) {
    printf("%x %x %x %x\n", 0xF0F0 & 0x3C3C, 0xF0F0 | 0x3C3C, 0xF0F0 ^ 0x3C3C, ~0xF0F0 & 0xFFFF);
    printf("%d %d %d\n", -1 & 0xFF, -256 | 0xFF, -1 ^ 1);
    printf("%d\n", ~0);
    printf("%u\n", ~0u);
    printf("%d\n", ~-1);
    printf("%d %d\n", popcount(0xFFFFFFFFu), popcount(0x12345678u));
    printf("%08x\n", reverse_bits(0x12345678u));
    printf("%d %d %d\n", is_pow2(1ull << 50), is_pow2(96), is_pow2(0));
    uint64_t v = 0xDEADBEEFCAFEBABEull;
    printf("%016llx\n", (unsigned long long)(v & 0x0000FFFF0000FFFFull));
    printf("%016llx\n", (unsigned long long)(v ^ (v >> 32)));
    printf("%016llx\n", (unsigned long long)~v);
    int x = 0x1234;
    int lowest = x & -x;
    printf("%d\n", lowest);
    unsigned char m = 0xAA;
    printf("%d %d\n", m & 0x0F, (unsigned char)~m);
    printf("%d\n", (5 & 3) + (5 | 3) * 2 - (5 ^ 3));
    printf("%d\n", 1 | 2 ^ 3 & 4);       /* & binds tighter than ^ than | */
    int flags = 0;
    flags |= 1 << 3; flags |= 1 << 5; flags &= ~(1 << 3); flags ^= 1 << 1;
    printf("%d\n", flags);
    long long sx = -2;
    printf("%lld\n", sx & 0xFFFFFFFF);
    printf("%lld\n", sx | 1LL);
    /* byte swap */
    uint32_t w = 0x11223344u;
    uint32_t sw = (w >> 24) | ((w >> 8) & 0xFF00u) | ((w << 8) & 0xFF0000u) | (w << 24);
    printf("%08x\n", sw);
    return 0;
}
