#include <stdio.h>
#include <stdint.h>

int main(void) {
    uint32_t u = 0x87654321u;
    uint64_t w = 0xFEDCBA9876543210ull;
    int32_t s = -123456789;
    int64_t sl = -1234567890123456789LL;
    unsigned long long acc = 0;
    for (int n = 0; n < 32; n++) {
        acc = acc * 31 + (u << n) + (u >> n) + (uint32_t)(s >> n);
        if (n < 31) acc += (uint32_t)(1 << n);
    }
    printf("%llu\n", acc);
    acc = 0;
    for (int n = 0; n < 64; n++) acc = acc * 37 + (w << n) + (w >> n) + (uint64_t)(sl >> n);
    printf("%llu\n", acc);
    unsigned char c = 0xA5;
    for (int n = 0; n < 12; n++) printf("%d ", c << n);
    printf("\n");
    short sh = -300;
    for (int n = 0; n < 10; n++) printf("%d ", sh >> n);
    printf("\n");
    long long one = 1;
    int k = 40;
    printf("%lld %lld\n", one << k, (one << k) >> (k - 3));
    uint8_t n8 = 5;
    printf("%u\n", 1u << n8);
    return 0;
}
