/* An arena allocator with alignment, marks and resets, used to build and discard object graphs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>
#include <stdalign.h>

struct arena { unsigned char *base; size_t cap, used, peak; int allocs; };
static void arena_init(struct arena *a, size_t cap) { a->base = malloc(cap); a->cap = cap; a->used = a->peak = 0; a->allocs = 0; }
static void *arena_alloc(struct arena *a, size_t size, size_t align) {
    size_t start = (a->used + align - 1) & ~(align - 1);
    if (start + size > a->cap) return NULL;
    a->used = start + size;
    if (a->used > a->peak) a->peak = a->used;
    a->allocs++;
    return a->base + start;
}
static size_t arena_mark(const struct arena *a) { return a->used; }
static void arena_reset(struct arena *a, size_t mark) { a->used = mark; }
#define NEW(a, T) ((T *)arena_alloc((a), sizeof(T), alignof(T)))
#define NEW_ARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (n), alignof(T)))

struct node { int key; struct node *left, *right; };
static struct node *tree_insert(struct arena *a, struct node *t, int key) {
    if (!t) { t = NEW(a, struct node); t->key = key; t->left = t->right = NULL; return t; }
    if (key < t->key) t->left = tree_insert(a, t->left, key); else t->right = tree_insert(a, t->right, key);
    return t;
}
static int depth(const struct node *t) { if (!t) return 0; int l = depth(t->left), r = depth(t->right); return 1 + (l > r ? l : r); }
static long sum(const struct node *t) { return t ? t->key + sum(t->left) + sum(t->right) : 0; }

int main(void) {
    struct arena a;
    arena_init(&a, 1 << 20);
    char *c = NEW_ARRAY(&a, char, 3);
    double *d = NEW(&a, double);
    short *s = NEW_ARRAY(&a, short, 5);
    long long *ll = NEW(&a, long long);
    printf("offsets %td %td %td aligned %d\n", (unsigned char *)c - a.base, (unsigned char *)d - a.base, (unsigned char *)s - a.base,
           (int)(((unsigned char *)ll - a.base) % alignof(long long) == 0));
    strcpy(c, "ab"); *d = 2.5; s[4] = 7;
    size_t mark = arena_mark(&a);
    unsigned x = 99;
    for (int round = 0; round < 3; round++) {
        struct node *root = NULL;
        for (int i = 0; i < 2000; i++) { x = x * 1103515245u + 12345u; root = tree_insert(&a, root, (int)(x >> 16) % 10000); }
        printf("round %d: depth %d sum %ld used %zu\n", round, depth(root), sum(root), a.used);
        arena_reset(&a, mark);
    }
    printf("after reset used %zu peak %zu allocs %d\n", a.used, a.peak, a.allocs);
    printf("%s %.1f %d\n", c, *d, s[4]);
    int fails = 0;
    while (arena_alloc(&a, 100000, 16)) ;
    fails += arena_alloc(&a, 100000, 16) == NULL;
    printf("exhausted: fails %d used <= cap %d\n", fails, a.used <= a.cap);
    free(a.base);
    return 0;
}
