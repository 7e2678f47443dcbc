#include <stdio.h>

static int sum2d(int rows, int (*m)[3]) {
    int s = 0;
    for (int i = 0; i < rows; i++) for (int j = 0; j < 3; j++) s += m[i][j] * (i + 1);
    return s;
}
static int sum_param_array(int a[static 4]) { return a[0] + a[1] + a[2] + a[3]; }
static int sum_const_param(const int a[], int n) { int s = 0; while (n--) s += *a++; return s; }
static int first_of(int *const *p) { return **p; }

int main(void) {
    int a[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    int b[3][2][2] = { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } }, { { 9, 10 }, { 11, 12 } } };
    int *p = &a[0][0];
    int (*q)[3] = a;
    int (*r)[2][2] = b;
    printf("%d %d %d\n", p[4], q[1][1], r[2][1][0]);
    printf("%d %d\n", *(*(q + 1) + 2), *(*(*(r + 1) + 1) + 1));
    printf("%d\n", sum2d(2, a));
    printf("%d %d %d\n", (int)sizeof a, (int)sizeof a[0], (int)sizeof a[0][0]);
    printf("%d %d %d\n", (int)sizeof b, (int)sizeof *r, (int)sizeof **r);
    int four[4] = { 1, 10, 100, 1000 };
    printf("%d %d\n", sum_param_array(four), sum_const_param(four, 3));
    int *ptrs[3] = { &four[3], &four[2], &four[1] };
    int **pp = ptrs;
    printf("%d %d %d\n", **pp, *pp[1], *(*(pp + 2)));
    printf("%d\n", first_of(ptrs));
    char s[] = "hello";
    char *t = "world";
    char u[10] = "hi";
    printf("%d %d %d\n", (int)sizeof s, (int)sizeof t == (int)sizeof(char *), (int)sizeof u);
    printf("%d %d\n", u[2], u[9]);
    char (*ps)[6] = &s;
    (*ps)[0] = 'j';
    printf("%s %c\n", s, 2[s]);
    int n[5] = { [4] = 4, [1] = 1 };
    for (int i = 0; i < 5; i++) printf("%d", n[i]);
    printf("\n");
    const char *words[] = { "alpha", "beta", "gamma", 0 };
    int len = 0;
    for (const char **w = words; *w; w++) len += (int)(sizeof(char) * 1) + (*w)[1];
    printf("%d\n", len);
    int m3[][3] = { 1, 2, 3, 4, 5 };   /* brace elision: two rows, last partly zero */
    printf("%d %d %d\n", (int)(sizeof m3 / sizeof m3[0]), m3[1][1], m3[1][2]);
    return 0;
}
