#include <stdio.h>
#include <stddef.h>

struct a { char c; };
struct b { char c; short s; };
struct c { char c; int i; char d; };
struct d { char c; double x; };
struct e { int i; char c[3]; };
struct f { long long l; char c; };
struct g { char c; struct e inner; char d; };
struct h { short s[3]; char c; };
struct i { char c; long double ld; };
struct j { float f; char c; double d; int i; };
union u1 { char c; int i; double d; };
union u2 { char c[5]; short s; };
union u3 { struct c sc; long l; };

#define SHOW(T) printf("%-10s size %2d align %d\n", #T, (int)sizeof(T), (int)_Alignof(T))

int main(void) {
    SHOW(struct a); SHOW(struct b); SHOW(struct c); SHOW(struct d); SHOW(struct e);
    SHOW(struct f); SHOW(struct g); SHOW(struct h); SHOW(struct j);
    SHOW(union u1); SHOW(union u2); SHOW(union u3);
    printf("c: %d %d %d\n", (int)offsetof(struct c, c), (int)offsetof(struct c, i), (int)offsetof(struct c, d));
    printf("g: %d %d %d\n", (int)offsetof(struct g, inner), (int)offsetof(struct g, inner.c[2]), (int)offsetof(struct g, d));
    printf("j: %d %d %d %d\n", (int)offsetof(struct j, f), (int)offsetof(struct j, c), (int)offsetof(struct j, d), (int)offsetof(struct j, i));
    printf("i: ld offset is a multiple of its alignment: %d\n", (int)(offsetof(struct i, ld) % _Alignof(long double)) == 0);
    struct c arr[4];
    printf("array: %d, stride %d\n", (int)sizeof arr, (int)((char *)&arr[1] - (char *)&arr[0]));
    struct g gg = { 'x', { 0x01020304, { 'p', 'q', 'r' } }, 'y' };
    printf("%c %d %c %c\n", gg.c, gg.inner.i, gg.inner.c[1], gg.d);
    struct g g2 = gg;
    g2.inner.c[1] = 'Z';
    printf("%c %c\n", gg.inner.c[1], g2.inner.c[1]);
    return 0;
}
