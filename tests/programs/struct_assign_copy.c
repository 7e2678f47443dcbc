#include <stdio.h>
#include <string.h>

struct inner { int a[3]; char tag; };
struct outer { struct inner in[2]; double d; const char *name; };
struct big { long v[32]; };

static struct big make_big(long seed) {
    struct big b;
    for (int i = 0; i < 32; i++) b.v[i] = seed * i;
    return b;
}
static long big_sum(struct big b) {
    long s = 0;
    for (int i = 0; i < 32; i++) s += b.v[i];
    b.v[0] = 12345;   /* modifies the copy only */
    return s;
}

int main(void) {
    struct outer o1 = { { { { 1, 2, 3 }, 'x' }, { { 4, 5, 6 }, 'y' } }, 1.25, "first" };
    struct outer o2 = o1;
    o2.in[1].a[2] = 60;
    o2.name = "second";
    printf("%d %d %s %s\n", o1.in[1].a[2], o2.in[1].a[2], o1.name, o2.name);
    struct inner tmp = o1.in[0];
    o1.in[0] = o1.in[1];
    o1.in[1] = tmp;
    printf("%d %c %d %c\n", o1.in[0].a[0], o1.in[0].tag, o1.in[1].a[0], o1.in[1].tag);
    struct big b = make_big(3);
    printf("%ld\n", big_sum(b));
    printf("%ld\n", b.v[0]);
    struct big arr[3];
    arr[0] = make_big(1);
    arr[2] = arr[1] = arr[0];          /* chained assignment */
    printf("%ld %ld\n", arr[2].v[31], arr[1].v[5]);
    struct outer *p = &o2, q;
    q = *p;
    printf("%.2f %s\n", q.d, q.name);
    struct inner x = { { 9, 9, 9 }, 'z' }, y;
    memset(&y, 0, sizeof y);
    y = x;
    printf("%d\n", memcmp(&x, &y, sizeof x) == 0);
    /* assignment via conditional */
    struct inner z = (x.a[0] > 5) ? x : tmp;
    printf("%c\n", z.tag);
    return 0;
}
