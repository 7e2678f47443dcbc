#include <stdio.h>

struct flags {
    unsigned int a : 1;
    unsigned int b : 3;
    signed int c : 4;
    unsigned int d : 8;
    int e : 5;                 /* plain int bit-field: signed in gcc, use only values that fit */
    _Bool f : 1;
};

struct wide {
    unsigned long long lo : 40;
    unsigned long long hi : 24;
};

int main(void) {
    struct flags f = { 0 };
    f.a = 1; f.b = 5; f.c = -3; f.d = 200; f.e = -16; f.f = 1;
    printf("%u %u %d %u %d %d\n", f.a, f.b, f.c, f.d, f.e, f.f);
    f.b = 9;                   /* unsigned: wraps modulo 8 */
    f.d = 300;                 /* 300 mod 256 */
    f.a = 2;                   /* 0 */
    printf("%u %u %u\n", f.b, f.d, f.a);
    f.c = 7;
    printf("%d\n", f.c);
    f.c = -8;
    printf("%d\n", f.c);
    f.f = 5;                   /* _Bool: any non-zero becomes 1 */
    printf("%d\n", f.f);
    /* promotions: an unsigned bit-field narrower than int promotes to int */
    f.b = 0;
    printf("%d\n", f.b - 1 < 0);
    f.d = 255;
    printf("%d\n", f.d + 1);
    /* arithmetic on bit-fields */
    f.b = 7;
    f.b++;
    printf("%u\n", f.b);
    f.c = 7;
    f.c += 0;
    printf("%d\n", f.c * 3);
    struct wide w = { 0xFFFFFFFFFFull, 0xABCDEF };
    printf("%llx %llx\n", (unsigned long long)w.lo, (unsigned long long)w.hi);
    w.lo += 1;
    printf("%llx\n", (unsigned long long)w.lo);
    printf("sizeof flags %d wide %d\n", (int)sizeof(struct flags), (int)sizeof(struct wide));
    /* compound assignment and shifts on fields */
    struct flags g = { 1, 2, 3, 4, 5, 0 };
    g.d <<= 3;
    g.b |= 4;
    g.c ^= 1;
    printf("%u %u %d\n", g.d, g.b, g.c);
    return 0;
}
