/* Globals in every kind of data section: initialised (.data), zero-initialised and
 * uninitialised (.bss), const (.rodata), static locals, and a large .bss array that
 * must come out of the loader zeroed. */
#include <stdio.h>

int counter = 42;                                  /* .data */
long long big_init = 0x123456789abcdefLL;          /* .data, 8-aligned */
short shorts[5] = {1, -2, 3, -4, 5};               /* .data */
int zero_init = 0;                                 /* .bss */
int uninit;                                        /* .bss */
static char big_bss[1 << 20];                      /* .bss, 1 MiB */
static double dbl_bss[100];                        /* .bss */
const int primes[8] = {2, 3, 5, 7, 11, 13, 17, 19}; /* .rodata */
static const char greeting[] = "rodata string";   /* .rodata */
const double ratios[3] = {0.5, 0.25, 0.125};       /* .rodata */
struct point { int x, y; char tag; };
struct point origin = {0, 0, 'o'};                 /* .data */
static struct point pts[3] = {{1, 2, 'a'}, {3, 4, 'b'}};  /* .data, partly zero */
_Alignas(64) static int aligned64[4] = {9, 8, 7, 6};      /* .data, 64-aligned */
_Alignas(4096) static char page_bss[4096];                /* .bss, page-aligned */

static int next_id(void) {
    static int id = 100;                           /* static local, .data */
    static int calls;                              /* static local, .bss */
    calls++;
    return id + calls;
}

int main(void) {
    long sum = 0;
    for (int i = 0; i < (int)sizeof big_bss; i++) sum += big_bss[i];
    for (int i = 0; i < 100; i++) sum += (long)dbl_bss[i];
    for (int i = 0; i < 4096; i++) sum += page_bss[i];
    printf("bss zero sum %ld %d %d\n", sum, zero_init, uninit);
    big_bss[12345] = 7;
    uninit = 5;
    counter += uninit + big_bss[12345];
    printf("counter %d\n", counter);
    printf("big_init %llx\n", big_init);
    int s = 0;
    for (int i = 0; i < 5; i++) s += shorts[i];
    printf("shorts %d\n", s);
    int p = 0;
    for (int i = 0; i < 8; i++) p += primes[i];
    printf("primes %d\n", p);
    printf("%s %d\n", greeting, (int)sizeof greeting);
    printf("ratios %d\n", (int)((ratios[0] + ratios[1] + ratios[2]) * 1000));
    printf("origin %d %d %c\n", origin.x, origin.y, origin.tag);
    printf("pts %d %d %c %d %d %d\n", pts[1].x, pts[1].y, pts[1].tag, pts[2].x, pts[2].y, pts[2].tag);
    printf("aligned %d %d %d\n", (int)((unsigned long)aligned64 % 64), (int)((unsigned long)page_bss % 4096),
           aligned64[0] + aligned64[3]);
    int a = next_id(), b = next_id(), c = next_id();
    printf("ids %d %d %d\n", a, b, c);
    return 0;
}
