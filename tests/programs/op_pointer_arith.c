#include <stdio.h>
#include <stddef.h>

struct rec { int id; char name[12]; double score; };

int main(void) {
    int a[10];
    for (int i = 0; i < 10; i++) a[i] = i * 10;
    int *p = a, *q = &a[7];
    printf("%d %d\n", *(p + 3), *(q - 2));
    printf("%td %td\n", q - p, p - q);
    printf("%d %d %d %d\n", p < q, p > q, p <= p, q != p);
    p += 4;
    printf("%d %d\n", *p, p[-1]);
    printf("%d\n", *p++);
    printf("%d\n", *++p);
    printf("%d\n", (*p)++);
    printf("%d\n", a[6]);
    printf("%d\n", 3[a]);
    int *end = a + 10;                       /* one past the end is fine */
    ptrdiff_t count = end - a;
    printf("%td\n", count);
    int sum = 0;
    for (int *it = a; it != end; ++it) sum += *it;
    printf("%d\n", sum);
    struct rec recs[5];
    struct rec *r = recs;
    printf("%td\n", &recs[4] - r);
    printf("%td\n", (char *)&recs[4] - (char *)r);
    printf("%d\n", (int)sizeof *r);
    double *ds = &recs[2].score;
    printf("%td\n", (char *)ds - (char *)&recs[0]);
    char str[] = "pointer";
    char *s = str;
    while (*s) s++;
    printf("%td\n", s - str);
    char *m = str + 3;
    printf("%c %c %c\n", *m, m[-3], *(m + 1));
    long long big[4] = { 1, 2, 3, 4 };
    long long *bp = big;
    bp += 3;
    printf("%lld %td\n", *bp, bp - big);
    void *vp = a;
    int *back = (int *)vp + 2;
    printf("%d\n", *back);
    char *cp = (char *)a;
    printf("%d\n", *(int *)(cp + 2 * sizeof(int)));
    int matrix[3][4];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) matrix[i][j] = i * 4 + j;
    int (*row)[4] = matrix;
    row++;
    printf("%d %td\n", (*row)[2], row - matrix);
    int *flat = &matrix[0][0];
    printf("%d\n", flat[4 + 3]);
    const char *strs[] = { "zero", "one", "two" };
    const char **sp = strs + 1;
    printf("%s %c\n", *sp, sp[1][1]);
    int *null = NULL;
    printf("%d\n", null == 0);
    printf("%d\n", !null);
    return 0;
}
