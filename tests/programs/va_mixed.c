#include <stdio.h>
#include <stdarg.h>
#include <string.h>

struct pair { int a; double b; };
struct big { long x[5]; };

/* format: i=int d=double s=string p=pointer to int l=long c=char P=struct pair B=struct big */
static void show(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *f = fmt; *f; f++) {
        switch (*f) {
        case 'i': printf("i:%d ", va_arg(ap, int)); break;
        case 'd': printf("d:%.3f ", va_arg(ap, double)); break;
        case 's': printf("s:%s ", va_arg(ap, const char *)); break;
        case 'p': { int *p = va_arg(ap, int *); printf("p:%d ", *p); *p += 1; break; }
        case 'l': printf("l:%ld ", va_arg(ap, long)); break;
        case 'c': printf("c:%c ", va_arg(ap, int)); break;
        case 'P': { struct pair pr = va_arg(ap, struct pair); printf("P:%d/%.2f ", pr.a, pr.b); break; }
        case 'B': { struct big bg = va_arg(ap, struct big); printf("B:%ld ", bg.x[0] + bg.x[4]); break; }
        }
    }
    va_end(ap);
    printf("\n");
}

int main(void) {
    int counter = 10;
    show("idsi", 1, 2.5, "three", 4);
    show("dididid", 1.0, 2, 3.0, 4, 5.0, 6, 7.0);
    show("ppp", &counter, &counter, &counter);
    printf("counter %d\n", counter);
    show("lcsd", 1234567890123L, 'z', "str", -0.125);
    struct pair pr = { 7, 3.25 };
    struct big bg = { { 100, 2, 3, 4, 5 } };
    show("PiBdP", pr, 9, bg, 1.5, pr);
    show("ddddddddddiiiiiiiii", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    show("isisisisdsds", 1, "a", 2, "b", 3, "c", 4, "d", 5.5, "e", 6.5, "f");
    return 0;
}
