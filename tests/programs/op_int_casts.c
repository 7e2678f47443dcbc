#include <stdio.h>
#include <stdint.h>

int main(void) {
    long long vals[] = { 0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536,
                         -32768, -32769, 2147483647LL, 2147483648LL, 4294967295LL, 4294967296LL,
                         -2147483648LL, -2147483649LL, 0x123456789abcdefLL, -0x123456789abcdefLL };
    int n = (int)(sizeof vals / sizeof vals[0]);
    for (int i = 0; i < n; i++) {
        long long v = vals[i];
        /* conversions to signed narrower types are implementation-defined: gcc/clang wrap modulo 2^N */
        printf("%lld: i8 %d u8 %u i16 %d u16 %u i32 %d u32 %u u64 %llu\n", v,
               (int8_t)v, (uint8_t)v, (int16_t)v, (uint16_t)v, (int32_t)v, (uint32_t)v, (unsigned long long)(uint64_t)v);
    }
    /* sign and zero extension */
    int8_t s8 = -5; uint8_t u8 = 251;
    int16_t s16 = -300; uint16_t u16 = 65236;
    int32_t s32 = -70000; uint32_t u32 = 4294897296u;
    printf("%lld %lld %lld %lld %lld %lld\n", (long long)s8, (long long)u8, (long long)s16, (long long)u16,
           (long long)s32, (long long)u32);
    printf("%llu %llu %llu\n", (unsigned long long)s8, (unsigned long long)s16, (unsigned long long)s32);
    printf("%u %u\n", (unsigned)s8, (unsigned)(uint8_t)s8);
    printf("%d %d\n", (int)(uint16_t)s8, (int)(int16_t)u8);
    /* chains */
    printf("%d\n", (int)(int8_t)(uint16_t)(int32_t)-200);
    printf("%u\n", (unsigned)(uint8_t)(int8_t)(int16_t)0x1ff);
    printf("%lld\n", (long long)(int32_t)(uint32_t)0xFFFFFFFFu);
    long l = 0x7fffffffffffffffL;
    printf("%d %u\n", (int)l, (unsigned)l);
    char c = (char)0xE9;
    printf("%d %u %d\n", c, (unsigned char)c, (int)(unsigned)c > 0);
    /* casts in arithmetic */
    int big = 100000;
    printf("%d\n", (short)big * 2);
    printf("%ld\n", (long)big * big);
    printf("%d\n", (int)(unsigned char)big);
    return 0;
}
