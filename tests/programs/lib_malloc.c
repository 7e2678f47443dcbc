#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct node { int v; struct node *next; };

int main(void) {
    int *a = malloc(100 * sizeof *a);
    for (int i = 0; i < 100; i++) a[i] = i * i;
    long s = 0;
    for (int i = 0; i < 100; i++) s += a[i];
    printf("%ld\n", s);
    a = realloc(a, 1000 * sizeof *a);
    for (int i = 100; i < 1000; i++) a[i] = -i;
    s = 0;
    for (int i = 0; i < 1000; i++) s += a[i];
    printf("%ld %d\n", s, a[99]);
    a = realloc(a, 10 * sizeof *a);
    printf("%d\n", a[9]);
    free(a);
    int *z = calloc(50, sizeof *z);
    int nonzero = 0;
    for (int i = 0; i < 50; i++) nonzero += z[i] != 0;
    printf("%d\n", nonzero);
    free(z);
    char *p = realloc(NULL, 16);             /* like malloc */
    strcpy(p, "grown");
    printf("%s\n", p);
    free(p);
    free(NULL);
    /* many allocations of varying sizes, checked for alignment and independence */
    void *blocks[200];
    int misaligned = 0;
    for (int i = 0; i < 200; i++) {
        size_t sz = (size_t)(i * 37 % 500) + 1;
        blocks[i] = malloc(sz);
        memset(blocks[i], i & 0xff, sz);
        if ((uintptr_t)blocks[i] % 8) misaligned++;
    }
    int corrupt = 0;
    for (int i = 0; i < 200; i++) {
        size_t sz = (size_t)(i * 37 % 500) + 1;
        unsigned char *b = blocks[i];
        for (size_t k = 0; k < sz; k++) if (b[k] != (unsigned char)(i & 0xff)) { corrupt++; break; }
    }
    for (int i = 0; i < 200; i += 2) free(blocks[i]);
    for (int i = 0; i < 200; i += 2) blocks[i] = malloc(64);
    for (int i = 0; i < 200; i++) free(blocks[i]);
    printf("misaligned %d corrupt %d\n", misaligned, corrupt);
    /* a linked list on the heap */
    struct node *head = NULL;
    for (int i = 1; i <= 1000; i++) {
        struct node *n = malloc(sizeof *n);
        n->v = i;
        n->next = head;
        head = n;
    }
    long total = 0;
    int count = 0;
    while (head) { struct node *n = head; head = n->next; total += n->v; count++; free(n); }
    printf("%d %ld\n", count, total);
    /* a big block */
    size_t big = 8u << 20;
    unsigned char *m = malloc(big);
    for (size_t i = 0; i < big; i += 4096) m[i] = (unsigned char)(i >> 12);
    unsigned sum = 0;
    for (size_t i = 0; i < big; i += 4096) sum += m[i];
    printf("%u\n", sum);
    free(m);
    return 0;
}
