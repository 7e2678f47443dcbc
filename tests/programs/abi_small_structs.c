#include <stdio.h>

struct s1 { char a; };
struct s2 { short a; };
struct s3 { char a, b, c; };
struct s4 { int a; };
struct s5 { char a[5]; };
struct s6 { short a; int b; };
struct s7 { char a[7]; };
struct s8 { long a; };
struct s9 { char a[9]; };
struct s12 { int a, b, c; };
struct s16 { long a, b; };
struct s16b { int a; char b; long c; };
struct s10 { short a[5]; };

static struct s1 f1(struct s1 x) { x.a += 1; return x; }
static struct s2 f2(struct s2 x) { x.a *= 2; return x; }
static struct s3 f3(struct s3 x) { struct s3 r = { x.c, x.b, x.a }; return r; }
static struct s4 f4(struct s4 x) { x.a = -x.a; return x; }
static struct s5 f5(struct s5 x) { for (int i = 0; i < 5; i++) x.a[i] = (char)(x.a[i] + i); return x; }
static struct s6 f6(struct s6 x) { struct s6 r = { (short)(x.b & 0x7fff), x.a }; return r; }
static struct s7 f7(struct s7 x) { x.a[6] = 'Z'; return x; }
static struct s8 f8(struct s8 x) { x.a <<= 4; return x; }
static struct s9 f9(struct s9 x) { x.a[8] = (char)(x.a[0] + x.a[7]); return x; }
static struct s10 f10(struct s10 x) { int s = 0; for (int i = 0; i < 5; i++) s += x.a[i]; x.a[4] = (short)s; return x; }
static struct s12 f12(struct s12 x) { struct s12 r = { x.b, x.c, x.a }; return r; }
static struct s16 f16(struct s16 x) { struct s16 r = { x.a + x.b, x.a - x.b }; return r; }
static struct s16b f16b(struct s16b x) { x.c += x.a + x.b; return x; }

/* several small structs mixed with scalars: registers run out part-way */
static long mixed(int i, struct s16 a, struct s8 b, struct s12 c, long j, struct s16 d, struct s4 e) {
    return i + a.a * 2 + a.b * 3 + b.a * 5 + c.a * 7 + c.b * 11 + c.c * 13 + j * 17 + d.a * 19 + d.b * 23 + e.a * 29;
}

int main(void) {
    struct s1 a1 = { 'a' }; a1 = f1(a1); printf("%c\n", a1.a);
    struct s2 a2 = { -300 }; a2 = f2(a2); printf("%d\n", a2.a);
    struct s3 a3 = { 1, 2, 3 }; a3 = f3(a3); printf("%d %d %d\n", a3.a, a3.b, a3.c);
    struct s4 a4 = { 12345 }; printf("%d\n", f4(a4).a);
    struct s5 a5 = { { 10, 20, 30, 40, 50 } }; a5 = f5(a5); printf("%d %d\n", a5.a[0], a5.a[4]);
    struct s6 a6 = { 7, 0x12345 }; a6 = f6(a6); printf("%d %d\n", a6.a, a6.b);
    struct s7 a7 = { "abcdef" }; a7 = f7(a7); printf("%.7s\n", a7.a);
    struct s8 a8 = { 0x123456789L }; printf("%lx\n", f8(a8).a);
    struct s9 a9 = { { 1, 2, 3, 4, 5, 6, 7, 8, 0 } }; a9 = f9(a9); printf("%d\n", a9.a[8]);
    struct s10 a10 = { { 1, 2, 3, 4, 5 } }; printf("%d\n", f10(a10).a[4]);
    struct s12 a12 = { 1, 2, 3 }; a12 = f12(a12); printf("%d %d %d\n", a12.a, a12.b, a12.c);
    struct s16 a16 = { 100, 42 }; a16 = f16(a16); printf("%ld %ld\n", a16.a, a16.b);
    struct s16b b16 = { 1, 2, 3 }; b16 = f16b(b16); printf("%d %d %ld\n", b16.a, b16.b, b16.c);
    struct s16 d = { 1000, 2000 };
    struct s4 e = { 3 };
    printf("%ld\n", mixed(1, a16, a8, a12, 9, d, e));
    return 0;
}
