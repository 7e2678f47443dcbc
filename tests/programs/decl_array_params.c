#include <stdio.h>

/* array parameters adjust to pointers; qualifiers and static inside the brackets */
static int sum_first(int a[static 3]) { return a[0] + a[1] + a[2]; }
static void fill(int a[const 4], int v) { for (int i = 0; i < 4; i++) a[i] = v + i; }
static int size_of_param(int a[100]) { return (int)sizeof a; }
static double avg_rows(int rows, double m[][3]) {
    double s = 0;
    for (int r = 0; r < rows; r++) for (int c = 0; c < 3; c++) s += m[r][c];
    return s / (rows * 3);
}
static int count_chars(const char s[], char c) { int n = 0; while (*s) n += *s++ == c; return n; }

int main(void) {
    int v[4];
    fill(v, 10);
    printf("%d %d\n", sum_first(v), v[3]);
    printf("%d\n", size_of_param(v));
    double m[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    printf("%.2f\n", avg_rows(2, m));
    printf("%d\n", count_chars("mississippi", 's'));
    return 0;
}
