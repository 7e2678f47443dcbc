#include <stdio.h>

struct stats { int count; long sum; int depth; int min, max; };

static struct stats combine(struct stats a, struct stats b, int value) {
    struct stats r;
    r.count = a.count + b.count + 1;
    r.sum = a.sum + b.sum + value;
    r.depth = 1 + (a.depth > b.depth ? a.depth : b.depth);
    r.min = value; r.max = value;
    if (a.count && a.min < r.min) r.min = a.min;
    if (b.count && b.min < r.min) r.min = b.min;
    if (a.count && a.max > r.max) r.max = a.max;
    if (b.count && b.max > r.max) r.max = b.max;
    return r;
}
/* an implicit balanced tree over v[lo..hi) */
static struct stats walk(const int *v, int lo, int hi) {
    if (lo >= hi) { struct stats e = { 0, 0, 0, 0, 0 }; return e; }
    int mid = lo + (hi - lo) / 2;
    return combine(walk(v, lo, mid), walk(v, mid + 1, hi), v[mid]);
}
static int quickselect(int *v, int lo, int hi, int k) {
    if (lo == hi) return v[lo];
    int pivot = v[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
        while (v[i] < pivot) i++;
        while (v[j] > pivot) j--;
        if (i <= j) { int t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
    }
    if (k <= j) return quickselect(v, lo, j, k);
    if (k >= i) return quickselect(v, i, hi, k);
    return v[k];
}

int main(void) {
    int v[1000];
    unsigned s = 5;
    for (int i = 0; i < 1000; i++) { s = s * 1103515245u + 12345u; v[i] = (int)(s >> 16) % 10000 - 5000; }
    struct stats st = walk(v, 0, 1000);
    printf("count %d sum %ld depth %d min %d max %d\n", st.count, st.sum, st.depth, st.min, st.max);
    int copy[1000];
    for (int k = 0; k < 5; k++) {
        for (int i = 0; i < 1000; i++) copy[i] = v[i];
        int idx = k * 249;
        printf("k=%d -> %d\n", idx, quickselect(copy, 0, 999, idx));
    }
    return 0;
}
