#include <stdio.h>

static int calls;
static int t(int v) { calls++; return v; }

int main(void) {
    calls = 0;
    int r = t(0) && t(1);
    printf("%d %d\n", r, calls);
    calls = 0;
    r = t(1) || t(0);
    printf("%d %d\n", r, calls);
    calls = 0;
    r = t(1) && t(2) && t(0) && t(3);
    printf("%d %d\n", r, calls);
    calls = 0;
    r = t(0) || t(0) || t(5) || t(6);
    printf("%d %d\n", r, calls);
    printf("%d %d %d\n", 5 && 7, 0 || -3, !(2 || 0));
    int x = 0;
    int y = (x++, x++, x + 10);
    printf("%d %d\n", x, y);
    int *p = 0;
    if (p && *p) printf("wrong\n"); else printf("guarded\n");
    int a = 3;
    int b = a > 2 ? a < 5 ? 1 : 2 : 3;
    printf("%d\n", b);
    calls = 0;
    r = t(1) ? t(10) : t(20);
    printf("%d %d\n", r, calls);
    double d = 0.0;
    printf("%d %d\n", !d, d || 0.5);
    printf("%d\n", (1, 2, 3));
    int i, j;
    for (i = 0, j = 10; i < j; i += 3, j -= 3) ;
    printf("%d %d\n", i, j);
    printf("%d\n", 1 < 2 < 3);
    printf("%d\n", 3 > 2 > 1);
    printf("%d\n", 1 == 1 == 1);
    printf("%d\n", (5 & 3) == 1 && (5 | 3) == 7);
    int k = 0;
    k += (k == 0) ? 5 : 10;
    printf("%d\n", k);
    return 0;
}
