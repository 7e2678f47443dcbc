#include <stdio.h>

int main(void) {
    int i = 100;
    i += 5; printf("%d ", i);
    i -= 10; printf("%d ", i);
    i *= 3; printf("%d ", i);
    i /= 7; printf("%d ", i);
    i %= 9; printf("%d ", i);
    i <<= 4; printf("%d ", i);
    i >>= 1; printf("%d ", i);
    i &= 0x1c; printf("%d ", i);
    i |= 0x101; printf("%d ", i);
    i ^= 0xff; printf("%d\n", i);
    unsigned char c = 250;
    c += 10; printf("%d ", c);            /* 4 */
    c -= 5; printf("%d ", c);             /* 255 */
    c *= 3; printf("%d ", c);             /* 765 mod 256 = 253 */
    c /= 2; printf("%d ", c);
    c <<= 2; printf("%d\n", c);
    signed char sc = 100;
    sc /= -3; printf("%d ", sc);
    sc *= 4; printf("%d ", sc);
    sc %= 7; printf("%d\n", sc);
    short s = 1000;
    s *= 30; printf("%d\n", s);           /* 30000 fits */
    int x = 10;
    x += 2.7;                             /* converted: 12.7 -> 12 */
    printf("%d\n", x);
    x *= 1.5;                             /* 18 */
    printf("%d\n", x);
    x /= 0.25;
    printf("%d\n", x);
    double d = 1.0;
    d += 1; d *= 3; d /= 4; d -= 0.5;
    printf("%.4f\n", d);
    float f = 0.1f;
    f += 0.2f;
    printf("%.8f\n", f);
    unsigned u = 5;
    u -= 10; printf("%u\n", u);
    u += -1; printf("%u\n", u);
    long l = 3;
    l <<= 40; printf("%ld\n", l);
    int arr[4] = { 1, 2, 3, 4 };
    int idx = 0;
    arr[idx++] += 10;                     /* idx evaluated once */
    printf("%d %d %d\n", arr[0], arr[1], idx);
    int *p = arr;
    p += 2; *p *= 100;
    printf("%d\n", arr[2]);
    char *cp = (char *)&arr[3];
    cp -= sizeof(int);
    printf("%d\n", *(int *)cp);
    unsigned char uc = 0x0F;
    uc ^= 0xFF; printf("%d\n", uc);
    uc >>= 1; printf("%d\n", uc);
    _Bool b = 0;
    b += 2; printf("%d\n", b);
    int y = 5, z = 3;
    y += z *= 2;                          /* right associative */
    printf("%d %d\n", y, z);
    y = z = 1;
    printf("%d %d\n", y, z);
    return 0;
}
