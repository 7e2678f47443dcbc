#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

struct item { int id; double w; };

int main(void) {
    struct item items[4] = { { 1, 0.5 }, { 2, 1.5 }, { 3, 2.5 }, { 4, 3.5 } };
    uintptr_t u = (uintptr_t)&items[1];
    struct item *back = (struct item *)u;
    printf("%d %.1f\n", back->id, back->w);
    uintptr_t u3 = (uintptr_t)&items[3];
    printf("%d\n", (int)((u3 - u) / sizeof(struct item)));
    intptr_t s = (intptr_t)&items[0];
    printf("%d\n", ((struct item *)(s + (intptr_t)sizeof(struct item) * 2))->id);
    void *vp = items;
    printf("%d\n", (uintptr_t)vp == (uintptr_t)&items[0]);
    /* tagged pointers: low bits are free because of alignment */
    uintptr_t tagged = (uintptr_t)&items[2] | 3u;
    struct item *untag = (struct item *)(tagged & ~(uintptr_t)7);
    printf("%d tag %d\n", untag->id, (int)(tagged & 7));
    printf("%d\n", (int)(_Alignof(struct item) >= 8));
    char *null = NULL;
    printf("%d\n", (uintptr_t)null == 0);
    return 0;
}
