#include <stdio.h>

int main(void) {
    int a = 3, b = 7;
    int lt = a < b, gt = a > b, eq = a == b, ne = a != b;
    printf("%d %d %d %d\n", lt, gt, eq, ne);
    printf("%d\n", (a < b) + (a <= b) + (a > b) + (a >= b) + (a == b) + (a != b));
    int count = 0;
    int v[] = { 5, -2, 8, 0, 3, 9, -7, 4 };
    for (int i = 0; i < 8; i++) count += v[i] > 2;
    printf("%d\n", count);
    int sign[8];
    for (int i = 0; i < 8; i++) sign[i] = (v[i] > 0) - (v[i] < 0);
    for (int i = 0; i < 8; i++) printf("%d ", sign[i]);
    printf("\n");
    printf("%d %d\n", (int)sizeof(a < b), (a < b) * 10);
    double x = 0.1, y = 0.2;
    printf("%d %d\n", (x + y == 0.3) * 5, (x + y > 0.3) * 5);
    unsigned u = 1;
    printf("%d %d\n", -1 < (int)u, (unsigned)-1 < u);
    char c = 'm';
    printf("%d\n", (c >= 'a') & (c <= 'z'));
    long long big = 1LL << 40;
    printf("%d\n", (big > 1099511627775LL) + (big == 1099511627776LL));
    return 0;
}
