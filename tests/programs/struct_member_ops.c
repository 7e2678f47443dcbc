#include <stdio.h>

struct all {
    char c; signed char sc; unsigned char uc; short s; unsigned short us;
    int i; unsigned u; long l; unsigned long ul; long long ll; unsigned long long ull;
    float f; double d; _Bool b; char str[8]; int arr[3];
};

static void bump(struct all *p) {
    p->c++; p->sc--; p->uc += 200; p->s *= 3; p->us -= 2; p->i <<= 4; p->u >>= 1; p->l /= 7; p->ul %= 1000;
    p->ll = -p->ll; p->ull ^= 0xFFull; p->f *= 0.5f; p->d += 0.25; p->b = !p->b; p->str[0] ^= 0x20; p->arr[p->i & 1]++;
}

int main(void) {
    struct all a = { 'a', -128, 100, 1000, 1, 5, 7, 700, 123456, 1LL << 40, 0x1234, 3.0f, 1.5, 0, "mixed", { 1, 2, 3 } };
    bump(&a);
    printf("%c %d %d %d %d %d %u %ld %lu %lld %llx %.2f %.2f %d %s %d %d %d\n", a.c, a.sc, a.uc, a.s, a.us, a.i, a.u, a.l, a.ul, a.ll, a.ull,
           a.f, a.d, a.b, a.str, a.arr[0], a.arr[1], a.arr[2]);
    struct all b = a;
    bump(&b);
    bump(&b);
    printf("%c %d %d %d %d %d %u %ld %lu %lld %llx %.3f %.2f %d %s %d %d %d\n", b.c, b.sc, b.uc, b.s, b.us, b.i, b.u, b.l, b.ul, b.ll, b.ull,
           b.f, b.d, b.b, b.str, b.arr[0], b.arr[1], b.arr[2]);
    return 0;
}
