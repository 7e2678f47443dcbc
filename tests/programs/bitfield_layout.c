#include <stdio.h>
#include <string.h>

struct s1 { unsigned a : 4; unsigned b : 4; unsigned c : 8; };
struct s2 { unsigned a : 30; unsigned b : 4; };           /* b does not fit: next unit */
struct s3 { char x; unsigned a : 4; };
struct s4 { unsigned a : 3; unsigned : 0; unsigned b : 3; }; /* zero width: next unit */
struct s5 { unsigned char a : 3; unsigned char b : 6; };   /* b starts a new byte */
struct s6 { unsigned a : 5; unsigned : 3; unsigned b : 8; };/* unnamed padding */
struct s7 { short a : 9; short b : 9; };
struct s8 { unsigned long long a : 33; unsigned long long b : 33; };
struct s9 { char c; unsigned long long x : 12; };
struct s10 { int a : 8; char : 0; int b : 8; };

static void dump(const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
    printf("\n");
}

int main(void) {
    printf("sizes %d %d %d %d %d %d %d %d %d %d\n", (int)sizeof(struct s1), (int)sizeof(struct s2),
           (int)sizeof(struct s3), (int)sizeof(struct s4), (int)sizeof(struct s5), (int)sizeof(struct s6),
           (int)sizeof(struct s7), (int)sizeof(struct s8), (int)sizeof(struct s9), (int)sizeof(struct s10));
    struct s1 a; memset(&a, 0, sizeof a); a.a = 0x1; a.b = 0x2; a.c = 0x34; dump(&a, sizeof a);
    struct s2 b; memset(&b, 0, sizeof b); b.a = 0x3fffffff; b.b = 0xA; dump(&b, sizeof b);
    struct s3 c; memset(&c, 0, sizeof c); c.x = 0x11; c.a = 0xF; dump(&c, sizeof c);
    struct s4 d; memset(&d, 0, sizeof d); d.a = 5; d.b = 6; dump(&d, sizeof d);
    struct s5 e; memset(&e, 0, sizeof e); e.a = 7; e.b = 0x2A; dump(&e, sizeof e);
    struct s6 f; memset(&f, 0, sizeof f); f.a = 0x1F; f.b = 0xCD; dump(&f, sizeof f);
    struct s7 g; memset(&g, 0, sizeof g); g.a = -1; g.b = 0x0AA; dump(&g, sizeof g);
    printf("%d %d\n", g.a, g.b);
    struct s8 h; memset(&h, 0, sizeof h); h.a = 0x1FFFFFFFFull; h.b = 0x155555555ull; dump(&h, sizeof h);
    printf("%llx %llx\n", (unsigned long long)h.a, (unsigned long long)h.b);
    struct s9 i; memset(&i, 0, sizeof i); i.c = 1; i.x = 0xABC; dump(&i, sizeof i);
    struct s10 j; memset(&j, 0, sizeof j); j.a = -2; j.b = 0x33; dump(&j, sizeof j);
    /* reading a field spanning raw bytes set through memcpy */
    unsigned char raw[4] = { 0xAB, 0xCD, 0xEF, 0x01 };
    struct s1 k; memcpy(&k, raw, sizeof k);
    printf("%x %x %x\n", k.a, k.b, k.c);
    return 0;
}
