#include <stdio.h>

struct s { int a; int arr[3]; struct { int x; } in; };

int main(void) {
    int x, y, z;
    x = y = z = 7;
    printf("%d %d %d\n", x, y, z);
    int v = (x = 3) + (y = 4);                 /* distinct objects */
    printf("%d %d %d\n", v, x, y);
    struct s st = { 1, { 2, 3, 4 }, { 5 } }, *p = &st;
    p->arr[1] += 10;
    (*p).in.x *= 3;
    ++p->a;
    p->arr[p->a]--;
    printf("%d %d %d %d %d\n", st.a, st.arr[0], st.arr[1], st.arr[2], st.in.x);
    int arr[4] = { 1, 2, 3, 4 };
    int *ptrs[2] = { &arr[1], &arr[3] };
    *ptrs[0] = 20;
    *ptrs[1] += *ptrs[0];
    (*ptrs)[1] = 30;                           /* arr[2] */
    printf("%d %d %d %d\n", arr[0], arr[1], arr[2], arr[3]);
    int m[2][2] = { { 1, 2 }, { 3, 4 } };
    *(*(m + 1) + 0) = 33;
    *m[0] = 11;
    printf("%d %d %d %d\n", m[0][0], m[0][1], m[1][0], m[1][1]);
    char str[] = "lvalue";
    *str = 'L';
    str[sizeof str - 2] = 'E';
    printf("%s\n", str);
    int w = 5;
    int *pw = &w;
    int **ppw = &pw;
    **ppw = 50;
    *(*ppw) += 1;
    printf("%d\n", w);
    int q = 10;
    (q) = 11;
    printf("%d\n", q);
    int cond = 1, r1 = 0, r2 = 0;
    *(cond ? &r1 : &r2) = 99;
    printf("%d %d\n", r1, r2);
    return 0;
}
