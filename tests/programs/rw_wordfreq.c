/* Word frequencies of stdin: a chained hash table of words, sorted by count then alphabetically. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

struct word { char *text; int count; struct word *next; };
static struct word *buckets[1024];
static int distinct, total;

static unsigned hash(const char *s) { unsigned h = 2166136261u; while (*s) h = (h ^ (unsigned char)*s++) * 16777619u; return h; }
static void add(const char *w) {
    unsigned b = hash(w) % 1024;
    for (struct word *p = buckets[b]; p; p = p->next) if (strcmp(p->text, w) == 0) { p->count++; total++; return; }
    struct word *n = malloc(sizeof *n);
    n->text = malloc(strlen(w) + 1);
    strcpy(n->text, w);
    n->count = 1; n->next = buckets[b]; buckets[b] = n;
    distinct++; total++;
}
static int cmp(const void *a, const void *b) {
    const struct word *x = *(struct word *const *)a, *y = *(struct word *const *)b;
    if (x->count != y->count) return y->count - x->count;
    return strcmp(x->text, y->text);
}

int main(void) {
    char w[64];
    int n = 0, c;
    while ((c = getchar()) != EOF) {
        if (isalpha(c) || (c == '\'' && n > 0)) { if (n < 63) w[n++] = (char)tolower(c); }
        else if (n) { w[n] = 0; add(w); n = 0; }
    }
    if (n) { w[n] = 0; add(w); }
    struct word **all = malloc(sizeof *all * (size_t)distinct);
    int k = 0;
    for (int b = 0; b < 1024; b++) for (struct word *p = buckets[b]; p; p = p->next) all[k++] = p;
    qsort(all, (size_t)distinct, sizeof *all, cmp);
    printf("total %d distinct %d\n", total, distinct);
    for (int i = 0; i < distinct && i < 15; i++) printf("%4d %s\n", all[i]->count, all[i]->text);
    int once = 0;
    for (int i = 0; i < distinct; i++) once += all[i]->count == 1;
    printf("words seen once: %d\n", once);
    for (int i = 0; i < distinct; i++) { free(all[i]->text); free(all[i]); }
    free(all);
    return 0;
}
