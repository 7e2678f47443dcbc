#include <stdio.h>

struct sb { signed int a : 3; signed int b : 7; signed int c : 12; unsigned int u : 3; };

int main(void) {
    struct sb s = { 0, 0, 0, 0 };
    for (int v = -4; v <= 3; v++) { s.a = v; printf("%d ", s.a); }
    printf("\n");
    s.b = -64; s.c = 2047;
    printf("%d %d\n", s.b, s.c);
    s.b = (signed int)(s.b + 1);
    s.c = (signed int)(s.c - 4095);
    printf("%d %d\n", s.b, s.c);
    s.a = -1; s.u = 7;
    printf("%d %d %d\n", s.a < 0, s.u > 0, s.a == -1);
    printf("%d %d\n", s.a + s.u, s.a * s.u);              /* both promote to int */
    long wide = s.c;                                      /* sign extension from the field */
    printf("%ld\n", wide);
    s.c = -1;
    unsigned uw = (unsigned)s.c;
    printf("%u\n", uw);
    int sum = 0;
    for (int i = 0; i < 100; i++) { s.b = (signed int)(i % 128 - 64); sum += s.b; }
    printf("%d\n", sum);
    s.a = 3;
    s.a = (signed int)(s.a - 7);
    printf("%d\n", s.a);
    return 0;
}
