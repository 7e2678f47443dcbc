/* An open-addressing hash table with string keys, plus a chained table with integer keys. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static uint64_t fnv1a(const char *s) {
    uint64_t h = 1469598103934665603ull;
    while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ull; }
    return h;
}

struct entry { char *key; long value; int used; int deleted; };
struct table { struct entry *slots; size_t cap, count, tombstones; };

static void table_init(struct table *t, size_t cap) { t->slots = calloc(cap, sizeof *t->slots); t->cap = cap; t->count = t->tombstones = 0; }

static struct entry *find_slot(struct table *t, const char *key, int for_insert) {
    size_t i = fnv1a(key) & (t->cap - 1);
    struct entry *tomb = NULL;
    for (;;) {
        struct entry *e = &t->slots[i];
        if (!e->used) {
            if (e->deleted) { if (!tomb) tomb = e; }
            else return for_insert && tomb ? tomb : e;
        } else if (strcmp(e->key, key) == 0) return e;
        i = (i + 1) & (t->cap - 1);
    }
}

static void table_put(struct table *t, const char *key, long value);
static void rehash(struct table *t, size_t ncap) {
    struct entry *old = t->slots;
    size_t ocap = t->cap;
    table_init(t, ncap);
    for (size_t i = 0; i < ocap; i++) if (old[i].used) { table_put(t, old[i].key, old[i].value); free(old[i].key); }
    free(old);
}
static void table_put(struct table *t, const char *key, long value) {
    if ((t->count + t->tombstones + 1) * 4 > t->cap * 3) rehash(t, t->cap * 2);
    struct entry *e = find_slot(t, key, 1);
    if (e->used) { e->value = value; return; }
    if (e->deleted) t->tombstones--;
    size_t n = strlen(key) + 1;
    e->key = malloc(n);
    memcpy(e->key, key, n);
    e->value = value; e->used = 1; e->deleted = 0;
    t->count++;
}
static int table_get(struct table *t, const char *key, long *out) {
    struct entry *e = find_slot(t, key, 0);
    if (!e->used) return 0;
    *out = e->value;
    return 1;
}
static int table_del(struct table *t, const char *key) {
    struct entry *e = find_slot(t, key, 0);
    if (!e->used) return 0;
    free(e->key); e->key = NULL; e->used = 0; e->deleted = 1;
    t->count--; t->tombstones++;
    return 1;
}
static void table_free(struct table *t) {
    for (size_t i = 0; i < t->cap; i++) if (t->slots[i].used) free(t->slots[i].key);
    free(t->slots);
}

/* chained table with integer keys */
struct cnode { long key, value; struct cnode *next; };
struct ctable { struct cnode **buckets; size_t nb; };
static size_t ihash(long k, size_t nb) { uint64_t x = (uint64_t)k * 0x9E3779B97F4A7C15ull; return (size_t)(x >> 40) % nb; }
static void cput(struct ctable *t, long k, long v) {
    size_t b = ihash(k, t->nb);
    for (struct cnode *n = t->buckets[b]; n; n = n->next) if (n->key == k) { n->value = v; return; }
    struct cnode *n = malloc(sizeof *n);
    n->key = k; n->value = v; n->next = t->buckets[b]; t->buckets[b] = n;
}
static struct cnode *cget(struct ctable *t, long k) {
    for (struct cnode *n = t->buckets[ihash(k, t->nb)]; n; n = n->next) if (n->key == k) return n;
    return NULL;
}

static uint32_t lcg_state = 12345;
static uint32_t lcg(void) { lcg_state = lcg_state * 1103515245u + 12345u; return (lcg_state >> 16) & 0x7fff; }

int main(void) {
    struct table t;
    table_init(&t, 8);
    char key[32];
    for (int i = 0; i < 5000; i++) { snprintf(key, sizeof key, "key-%d", i); table_put(&t, key, (long)i * i); }
    printf("count %zu cap %zu\n", t.count, t.cap);
    long v, sum = 0;
    int found = 0;
    for (int i = 0; i < 6000; i += 7) { snprintf(key, sizeof key, "key-%d", i); if (table_get(&t, key, &v)) { found++; sum += v; } }
    printf("found %d sum %ld\n", found, sum);
    int deleted = 0;
    for (int i = 0; i < 5000; i += 3) { snprintf(key, sizeof key, "key-%d", i); deleted += table_del(&t, key); }
    printf("deleted %d count %zu\n", deleted, t.count);
    printf("get deleted %d\n", table_get(&t, "key-3", &v));
    int kept = table_get(&t, "key-4", &v);
    printf("get kept %d value %ld\n", kept, v);
    for (int i = 0; i < 5000; i += 6) { snprintf(key, sizeof key, "key-%d", i); table_put(&t, key, -1); }
    printf("after reinsert count %zu\n", t.count);
    table_put(&t, "key-4", 4444);
    table_get(&t, "key-4", &v);
    printf("overwrite %ld\n", v);
    /* word frequencies */
    const char *text = "the cat and the hat and the bat sat on the mat with a cat";
    struct table w;
    table_init(&w, 4);
    char buf[128];
    strcpy(buf, text);
    for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " ")) {
        long c = 0;
        table_get(&w, tok, &c);
        table_put(&w, tok, c + 1);
    }
    const char *probe[] = { "the", "cat", "and", "mat", "dog" };
    for (int i = 0; i < 5; i++) { long c = 0; table_get(&w, probe[i], &c); printf("%s=%ld ", probe[i], c); }
    printf("distinct %zu\n", w.count);
    table_free(&w);
    table_free(&t);
    struct ctable ct = { calloc(97, sizeof(struct cnode *)), 97 };
    for (int i = 0; i < 20000; i++) { long k = (long)(lcg() % 5000); struct cnode *n = cget(&ct, k); cput(&ct, k, n ? n->value + 1 : 1); }
    long distinct = 0, total = 0, maxv = 0, maxk = -1;
    size_t longest = 0;
    for (size_t b = 0; b < ct.nb; b++) {
        size_t len = 0;
        for (struct cnode *n = ct.buckets[b]; n; n = n->next) {
            distinct++; total += n->value; len++;
            if (n->value > maxv || (n->value == maxv && n->key < maxk)) { maxv = n->value; maxk = n->key; }
        }
        if (len > longest) longest = len;
    }
    printf("distinct %ld total %ld most %ld x%ld longest chain %zu\n", distinct, total, maxk, maxv, longest);
    for (size_t b = 0; b < ct.nb; b++) { struct cnode *n = ct.buckets[b]; while (n) { struct cnode *x = n->next; free(n); n = x; } }
    free(ct.buckets);
    return 0;
}
