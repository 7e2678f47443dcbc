#include <stdio.h>
#include <string.h>

static const int limit = 10;
static const char message[] = "const data";
static volatile int vcount;

static int sum_restrict(int n, const int *restrict a, const int *restrict b, int *restrict out) {
    int s = 0;
    for (int i = 0; i < n; i++) { out[i] = a[i] + b[i]; s += out[i]; }
    return s;
}
static size_t const_len(const char *const s) { return strlen(s); }

int main(void) {
    const int local = limit * 2;
    int x = 1, y = 2;
    const int *pc = &x;          /* pointer to const */
    int *const cp = &x;          /* const pointer */
    const int *const cpc = &y;   /* both */
    *cp = 5;
    pc = &y;
    printf("%d %d %d %d\n", local, *pc, *cp, *cpc);
    for (int i = 0; i < 1000; i++) vcount++;
    printf("%d\n", vcount);
    volatile int v = 3;
    v = v * v;
    printf("%d\n", v);
    int a[4] = { 1, 2, 3, 4 }, b[4] = { 10, 20, 30, 40 }, out[4];
    int total = sum_restrict(4, a, b, out);
    printf("%d %d\n", total, out[3]);
    printf("%d %s\n", (int)const_len(message), message);
    const volatile int cv = 8;
    printf("%d\n", cv + 1);
    char buf[16];
    const char *src = "copy";
    strcpy(buf, src);
    printf("%s\n", buf);
    /* qualifiers in casts and on struct members */
    struct s { const int id; volatile int hits; } s = { 7, 0 };
    s.hits += 2;
    printf("%d %d\n", s.id, s.hits);
    int *const *ppc = &cp;
    **ppc = 9;
    printf("%d\n", x);
    const int carr[] = { 3, 1, 4 };
    printf("%d %d\n", (int)sizeof carr, carr[2]);
    _Static_assert(sizeof(const int) == sizeof(int), "qualifiers do not change size");
    return 0;
}
