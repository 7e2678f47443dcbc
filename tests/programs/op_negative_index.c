#include <stdio.h>

int main(void) {
    int arr[10];
    for (int i = 0; i < 10; i++) arr[i] = i * i;
    int *mid = arr + 5;
    printf("%d %d %d\n", mid[-1], mid[-5], mid[4]);
    printf("%d\n", *(mid - 3));
    printf("%d\n", (-2)[mid]);
    char s[] = "abcdefg";
    char *end = s + 7;
    for (int k = 1; k <= 7; k++) putchar(end[-k]);
    putchar('\n');
    long idx = -4;
    printf("%d\n", mid[idx]);
    unsigned char off = 2;
    printf("%d\n", mid[-off]);
    double d[3] = { 1.5, 2.5, 3.5 };
    double *dp = &d[2];
    printf("%.1f\n", dp[-2] + dp[-1]);
    int m[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
    int (*row)[3] = &m[2];
    printf("%d %d\n", row[-1][0], row[-2][2]);
    return 0;
}
