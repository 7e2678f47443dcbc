#include <stdio.h>
#include <stdint.h>
#include <string.h>

union fbits { float f; uint32_t u; unsigned char b[4]; };
union dbits { double d; uint64_t u; uint32_t w[2]; };
union mixed { int16_t s[4]; int64_t l; char c[8]; };

int main(void) {
    union fbits f;
    f.f = 1.0f;
    printf("%08x\n", (unsigned)f.u);
    f.f = -2.5f;
    printf("%08x %02x %02x\n", (unsigned)f.u, f.b[0], f.b[3]);
    f.u = 0x40490fdb;
    printf("%.6f\n", f.f);
    union dbits d;
    d.d = 1.0;
    printf("%016llx\n", (unsigned long long)d.u);
    d.d = 0.1;
    printf("%08x %08x\n", (unsigned)d.w[0], (unsigned)d.w[1]);
    d.u = 0x7ff0000000000000ull;
    printf("%f\n", d.d);
    d.u = 0x0000000000000001ull;
    printf("%g\n", d.d);
    union mixed m;
    m.l = 0x0102030405060708LL;
    printf("%d %d %d %d\n", m.s[0], m.s[1], m.s[2], m.s[3]);
    printf("%d %d\n", m.c[0], m.c[7]);
    m.s[1] = -1;
    printf("%016llx\n", (unsigned long long)m.l);
    float g = 3.0f;
    uint32_t gu;
    memcpy(&gu, &g, sizeof gu);
    printf("%08x\n", (unsigned)gu);
    printf("%d %d %d\n", (int)sizeof(union fbits), (int)sizeof(union dbits), (int)sizeof(union mixed));
    return 0;
}
