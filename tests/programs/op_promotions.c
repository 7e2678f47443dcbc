#include <stdio.h>

int main(void) {
    unsigned char uc = 200, uc2 = 100;
    signed char sc = -100, sc2 = 100;
    unsigned short us = 65535;
    short ss = -32768;
    printf("%d\n", uc + uc2);                 /* int arithmetic: 300 */
    printf("%d\n", (unsigned char)(uc + uc2));/* 44 */
    printf("%d\n", sc - sc2);                 /* -200 */
    printf("%u\n", (unsigned)us * us);
    printf("%d\n", -ss);                      /* 32768 as int */
    printf("%d\n", (short)-ss);
    printf("%d\n", ~uc);                      /* ~200 as int: -201 */
    printf("%d\n", (unsigned char)~uc);
    printf("%d\n", uc << 4);                  /* 3200 */
    printf("%d\n", sc >> 2);                  /* arithmetic shift of negative: gcc/clang -25 (impl-defined) */
    printf("%d\n", -uc);                      /* -200 */
    printf("%d %d\n", (int)sizeof(uc + uc), (int)sizeof(+uc));
    printf("%d\n", (int)sizeof(ss * 1L));
    char c = 'a';
    printf("%d %c\n", c + 1, c + 1);
    printf("%d\n", 'z' - 'a');
    unsigned char wrap = 255;
    wrap++;
    printf("%d\n", wrap);
    signed char sw = 127;
    sw = (signed char)(sw + 1);               /* implementation-defined conversion: -128 on gcc/clang */
    printf("%d\n", sw);
    unsigned short a = 40000, b = 40000;
    unsigned int r = (unsigned)a + b;
    printf("%u\n", r);
    printf("%d\n", a > -1);                   /* a promotes to int: true */
    unsigned int ui = 1;
    printf("%d\n", ui > -1);                  /* -1 converts to UINT_MAX: false */
    printf("%d\n", (long)ui > -1);            /* long: true */
    unsigned long ul = 1;
    printf("%d\n", ul > -1L);                 /* false */
    printf("%d\n", uc2 / 3 * 3 == uc2 - uc2 % 3);
    _Bool bb = 1;
    printf("%d\n", bb + bb);
    printf("%d\n", (signed char)0x80 == -128);
    printf("%d\n", (unsigned char)-1 == 255);
    return 0;
}
