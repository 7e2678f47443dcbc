#include <stdio.h>

struct pair { int a, b; };
struct wrap { struct pair p; int arr[3]; };

static struct pair mkpair(int a, int b) { struct pair p = { a, b }; return p; }
static struct wrap mkwrap(int k) { struct wrap w = { { k, k * 2 }, { k, k + 1, k + 2 } }; return w; }
static struct pair swap(struct pair p) { return mkpair(p.b, p.a); }

int main(void) {
    printf("%d %d\n", mkpair(3, 4).a, mkpair(3, 4).b);
    printf("%d\n", swap(swap(swap(mkpair(1, 2)))).a);
    printf("%d %d\n", mkwrap(5).p.b, mkwrap(5).arr[2]);
    int total = 0;
    for (int i = 0; i < 10; i++) total += mkwrap(i).arr[i % 3] + swap(mkpair(i, -i)).a;
    printf("%d\n", total);
    struct pair ps[3] = { mkpair(1, 1), swap(mkpair(2, 3)), mkpair(4, 5) };
    printf("%d %d %d\n", ps[0].b, ps[1].a, ps[2].b);
    struct pair q = 1 ? mkpair(7, 8) : mkpair(0, 0);
    printf("%d\n", q.b);
    return 0;
}
