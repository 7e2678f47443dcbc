/* Several sorting algorithms on 100000 pseudo-random items, checked against each other. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define N 100000

static uint64_t rng_state = 88172645463325252ull;
static uint32_t next_rand(void) {            /* xorshift64 */
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 32);
}

static long comparisons;

static void insertion_sort(int *a, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
        int v = a[i], j = i - 1;
        while (j >= lo && (comparisons++, a[j] > v)) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}
static void quick_sort(int *a, int lo, int hi) {
    while (hi - lo > 16) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo]) { int t = a[mid]; a[mid] = a[lo]; a[lo] = t; }
        if (a[hi] < a[lo]) { int t = a[hi]; a[hi] = a[lo]; a[lo] = t; }
        if (a[hi] < a[mid]) { int t = a[hi]; a[hi] = a[mid]; a[mid] = t; }
        int pivot = a[mid], i = lo, j = hi;
        while (i <= j) {
            while (comparisons++, a[i] < pivot) i++;
            while (comparisons++, a[j] > pivot) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quick_sort(a, lo, j); lo = i; } else { quick_sort(a, i, hi); hi = j; }
    }
    insertion_sort(a, lo, hi);
}
static void merge_sort(int *a, int *tmp, int n) {
    for (int width = 1; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
            int mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = (comparisons++, a[i] <= a[j]) ? a[i++] : a[j++];
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
        }
        memcpy(a, tmp, (size_t)n * sizeof *a);
    }
}
static void sift_down(int *a, int start, int end) {
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1, sw = root;
        if (comparisons++, a[sw] < a[child]) sw = child;
        if (child + 1 <= end && (comparisons++, a[sw] < a[child + 1])) sw = child + 1;
        if (sw == root) return;
        int t = a[root]; a[root] = a[sw]; a[sw] = t;
        root = sw;
    }
}
static void heap_sort(int *a, int n) {
    for (int s = (n - 2) / 2; s >= 0; s--) sift_down(a, s, n - 1);
    for (int end = n - 1; end > 0; end--) { int t = a[end]; a[end] = a[0]; a[0] = t; sift_down(a, 0, end - 1); }
}
static void shell_sort(int *a, int n) {
    static const int gaps[] = { 1750, 701, 301, 132, 57, 23, 10, 4, 1 };
    for (int g = 0; g < 9; g++) {
        int gap = gaps[g];
        for (int i = gap; i < n; i++) {
            int v = a[i], j = i;
            while (j >= gap && (comparisons++, a[j - gap] > v)) { a[j] = a[j - gap]; j -= gap; }
            a[j] = v;
        }
    }
}
static void radix_sort(int *a, int *tmp, int n) {
    /* LSD radix on the bits of (value ^ sign) so negatives order correctly */
    for (int shift = 0; shift < 32; shift += 8) {
        int count[257] = { 0 };
        for (int i = 0; i < n; i++) count[((((uint32_t)a[i]) ^ 0x80000000u) >> shift & 0xff) + 1]++;
        for (int i = 0; i < 256; i++) count[i + 1] += count[i];
        for (int i = 0; i < n; i++) tmp[count[(((uint32_t)a[i]) ^ 0x80000000u) >> shift & 0xff]++] = a[i];
        memcpy(a, tmp, (size_t)n * sizeof *a);
    }
}
static int cmp_int(const void *x, const void *y) { int a = *(const int *)x, b = *(const int *)y; return (a > b) - (a < b); }

static uint64_t checksum(const int *a, int n) {
    uint64_t h = 0;
    for (int i = 0; i < n; i++) h = h * 1000003u + (uint32_t)a[i];
    return h;
}
static int is_sorted(const int *a, int n) { for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) return 0; return 1; }

int main(void) {
    int *orig = malloc(N * sizeof *orig), *a = malloc(N * sizeof *a), *tmp = malloc(N * sizeof *tmp);
    for (int i = 0; i < N; i++) orig[i] = (int)(next_rand() % 2000001) - 1000000;
    printf("input checksum %llu first %d last %d\n", (unsigned long long)checksum(orig, N), orig[0], orig[N - 1]);
    memcpy(a, orig, N * sizeof *a);
    qsort(a, N, sizeof *a, cmp_int);
    uint64_t reference = checksum(a, N);
    printf("reference %llu min %d median %d max %d\n", (unsigned long long)reference, a[0], a[N / 2], a[N - 1]);
    const char *names[] = { "quick", "merge", "heap", "shell", "radix" };
    for (int alg = 0; alg < 5; alg++) {
        memcpy(a, orig, N * sizeof *a);
        comparisons = 0;
        switch (alg) {
        case 0: quick_sort(a, 0, N - 1); break;
        case 1: merge_sort(a, tmp, N); break;
        case 2: heap_sort(a, N); break;
        case 3: shell_sort(a, N); break;
        case 4: radix_sort(a, tmp, N); break;
        }
        printf("%-6s sorted %d same %d comparisons %ld\n", names[alg], is_sorted(a, N), checksum(a, N) == reference, comparisons);
    }
    /* insertion sort on a small prefix */
    memcpy(a, orig, 2000 * sizeof *a);
    comparisons = 0;
    insertion_sort(a, 0, 1999);
    printf("insertion(2000) sorted %d comparisons %ld\n", is_sorted(a, 2000), comparisons);
    /* already sorted and reversed inputs */
    for (int i = 0; i < N; i++) a[i] = N - i;
    comparisons = 0; quick_sort(a, 0, N - 1);
    printf("reversed quick sorted %d comparisons %ld\n", is_sorted(a, N), comparisons);
    comparisons = 0; heap_sort(a, N);
    printf("sorted heap sorted %d comparisons %ld\n", is_sorted(a, N), comparisons);
    free(orig); free(a); free(tmp);
    return 0;
}
