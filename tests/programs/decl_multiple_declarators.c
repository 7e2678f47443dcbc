#include <stdio.h>

static int seven(void) { return 7; }

int main(void) {
    int a = 1, *b = &a, c[3] = { 4, 5, 6 }, (*d)(void) = seven, **e = &b, f[2][2] = { { 1, 2 }, { 3, 4 } }, g;
    g = a + *b + c[2] + d() + **e + f[1][1];
    printf("%d\n", g);
    char ch = 'x', *str = "text", arr[] = "arr", *ptrs[] = { "p", "q" };
    printf("%c %s %s %s%s %d\n", ch, str, arr, ptrs[0], ptrs[1], (int)sizeof arr);
    const int k1 = 10, *pk = &k1, k2 = k1 * 2;
    printf("%d %d %d\n", k1, *pk, k2);
    unsigned short us = 1, *pus = &us, usa[2] = { 2, 3 };
    *pus += usa[1];
    printf("%u\n", us);
    double x = 1.5, y = x * 2, z = y * 2, *pz = &z;
    printf("%.1f %.1f %.1f\n", x, y, *pz);
    struct { int m; } s1 = { 1 }, s2 = { 2 }, *ps = &s2;
    printf("%d %d\n", s1.m, ps->m);
    typedef int I, *IP, IA[3];
    I i1 = 9; IP ip = &i1; IA ia = { 1, 2, 3 };
    printf("%d %d %d\n", i1, *ip, ia[2]);
    return 0;
}
