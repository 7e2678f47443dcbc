#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person { char name[16]; int age; double score; };

static int cmp_int_asc(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_int_desc(const void *a, const void *b) { return cmp_int_asc(b, a); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
static int cmp_age_then_name(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    return strcmp(p->name, q->name);
}
static int cmp_score(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    return (p->score < q->score) - (p->score > q->score);   /* descending */
}
static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
static int cmp_by_last_digit(const void *a, const void *b) {
    int x = *(const int *)a % 10, y = *(const int *)b % 10;
    if (x != y) return x - y;
    return cmp_int_asc(a, b);
}

static void print_ints(const int *v, int n) { for (int i = 0; i < n; i++) printf("%d ", v[i]); printf("\n"); }

int main(void) {
    int v[] = { 42, -7, 19, 0, 3, 1000, -250, 19, 8, 77 };
    int n = (int)(sizeof v / sizeof v[0]);
    int (*cmps[])(const void *, const void *) = { cmp_int_asc, cmp_int_desc, cmp_by_last_digit };
    for (int k = 0; k < 3; k++) { qsort(v, (size_t)n, sizeof v[0], cmps[k]); print_ints(v, n); }
    const char *words[] = { "pear", "apple", "fig", "banana", "cherry", "apple pie", "Zebra" };
    qsort(words, 7, sizeof words[0], cmp_str);
    for (int i = 0; i < 7; i++) printf("%s|", words[i]);
    printf("\n");
    struct person ps[] = { { "carol", 35, 88.5 }, { "alice", 30, 92.0 }, { "bob", 35, 75.25 }, { "dave", 25, 92.5 }, { "eve", 30, 60.0 } };
    qsort(ps, 5, sizeof ps[0], cmp_age_then_name);
    for (int i = 0; i < 5; i++) printf("%s:%d ", ps[i].name, ps[i].age);
    printf("\n");
    qsort(ps, 5, sizeof ps[0], cmp_score);
    for (int i = 0; i < 5; i++) printf("%s:%.2f ", ps[i].name, ps[i].score);
    printf("\n");
    double ds[8] = { 3.5, -1.25, 2.0, 1e10, -1e-3, 0.0, 2.5, -7.0 };
    qsort(ds, 8, sizeof ds[0], cmp_double);
    for (int i = 0; i < 8; i++) printf("%g ", ds[i]);
    printf("\n");
    int key = 77;
    qsort(v, (size_t)n, sizeof v[0], cmp_int_asc);
    int *found = bsearch(&key, v, (size_t)n, sizeof v[0], cmp_int_asc);
    printf("found %d at %d\n", found ? *found : -1, found ? (int)(found - v) : -1);
    key = 5;
    found = bsearch(&key, v, (size_t)n, sizeof v[0], cmp_int_asc);
    printf("5 %s\n", found ? "found" : "missing");
    return 0;
}
