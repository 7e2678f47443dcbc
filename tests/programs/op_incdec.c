#include <stdio.h>

int main(void) {
    int i = 5;
    int a = i++;
    int b = ++i;
    int c = i--;
    int d = --i;
    printf("%d %d %d %d %d\n", a, b, c, d, i);
    char ch = 'a';
    ch++;
    printf("%c\n", ch);
    unsigned char uc = 255;
    uc++;
    printf("%d\n", uc);
    signed char sc = -128;
    sc--;                                  /* converts -129 to signed char: impl-defined, gcc wraps to 127 */
    printf("%d\n", sc);
    double x = 1.5;
    x++;
    printf("%.1f\n", x);
    --x; --x;
    printf("%.1f\n", x);
    float f = 0.25f;
    f++;
    printf("%.2f\n", f);
    int arr[5] = { 10, 20, 30, 40, 50 };
    int *p = arr;
    printf("%d ", *p++);
    printf("%d ", *++p);
    printf("%d ", ++*p);
    printf("%d ", (*p)++);
    printf("%d\n", *p);
    p--;
    printf("%d\n", *p);
    long long ll = 0x7ffffffffLL;
    ll++;
    printf("%llx\n", ll);
    unsigned u = 0;
    u--;
    printf("%u\n", u);
    int *pp[2] = { &arr[0], &arr[4] };
    (*pp[1])++;
    ++*pp[0];
    printf("%d %d\n", arr[0], arr[4]);
    struct { int n; } s = { 7 }, *sp = &s;
    sp->n++;
    ++sp->n;
    printf("%d\n", s.n);
    _Bool bb = 0;
    bb++; bb++;
    printf("%d\n", bb);
    int j = 0;
    for (int k = 0; k < 5; k++) j += k++;
    printf("%d\n", j);
    return 0;
}
