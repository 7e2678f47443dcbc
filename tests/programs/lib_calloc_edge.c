#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

/* results go through a volatile object so that no compiler can assume the allocations succeed */
static void *volatile sink;

int main(void) {
    /* an element count whose product with the size overflows must fail */
    sink = calloc(SIZE_MAX / 2, 4);
    printf("overflowing calloc fails %d\n", sink == NULL);
    free(sink);
    sink = malloc(SIZE_MAX);
    printf("huge malloc fails %d\n", sink == NULL);
    free(sink);
    /* realloc keeps the old block when it fails */
    char *r = malloc(16);
    strcpy(r, "keep me");
    sink = realloc(r, SIZE_MAX - 16);
    char *r2 = sink;
    printf("failed realloc %d, old block intact: %s\n", r2 == NULL, r);
    free(r2 ? r2 : r);
    /* many small calloc blocks are zeroed, even after reuse of freed memory */
    int dirty = 0;
    for (int round = 0; round < 20; round++) {
        unsigned char *blocks[50];
        for (int i = 0; i < 50; i++) {
            blocks[i] = calloc((size_t)(i % 7 + 1), 24);
            for (int k = 0; k < (i % 7 + 1) * 24; k++) dirty += blocks[i][k] != 0;
            memset(blocks[i], 0xAB, (size_t)(i % 7 + 1) * 24);
        }
        for (int i = 0; i < 50; i++) free(blocks[i]);
    }
    printf("dirty bytes %d\n", dirty);
    /* growing by realloc preserves content */
    int *v = NULL;
    int ok = 1;
    for (int n = 1; n <= 4096; n *= 2) {
        v = realloc(v, (size_t)n * sizeof *v);
        for (int i = n / 2; i < n; i++) v[i] = i * 3;
        for (int i = 0; i < n; i++) if (v[i] != i * 3) ok = 0;
    }
    printf("realloc growth ok %d\n", ok);
    free(v);
    return 0;
}
