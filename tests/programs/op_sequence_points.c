#include <stdio.h>

static int trace[32], nt;
static int rec(int v) { trace[nt++] = v; return v; }

int main(void) {
    int i = 0;
    /* each of these has a sequence point between the side effects */
    int a = (i++, i++, i);                   /* comma */
    printf("%d %d\n", a, i);
    i = 0;
    int b = i++ && i++;                       /* && : left first; 0 so right skipped */
    printf("%d %d\n", b, i);
    i = 1;
    int c = i++ && i++;                       /* both run */
    printf("%d %d\n", c, i);
    i = 0;
    int d = i++ ? i++ : i--;                  /* ?: : condition first */
    printf("%d %d\n", d, i);
    nt = 0;
    int e = rec(1) || rec(2);
    int f = rec(0) || rec(3);
    int g = (rec(4), rec(5));
    int h = rec(0) ? rec(6) : rec(7);
    printf("%d %d %d %d:", e, f, g, h);
    for (int k = 0; k < nt; k++) printf(" %d", trace[k]);
    printf("\n");
    int arr[5] = { 0 };
    int j = 0;
    arr[j++] = 10;                           /* one side effect on j */
    arr[j] = j + 1;
    j++;
    int val = j * 10;
    arr[j++] = val;
    printf("%d %d %d %d %d j=%d\n", arr[0], arr[1], arr[2], arr[3], arr[4], j);
    return 0;
}
