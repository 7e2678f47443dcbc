/* Anonymous struct and union members (C11), an incomplete struct that this file only ever
   sees declared (it is defined in store.c), and an incomplete array. */
#include <stddef.h>

struct store;                        /* defined in store.c only */
struct store *store_new(int cap);
int store_put(struct store *s, int v);

struct never;                        /* defined nowhere */

extern int zi_table[];               /* incomplete array type, defined in store.c */

struct event {
    int kind;
    union {
        struct { int x, y; };
        struct { unsigned code; char key; };
        double when;
    };
    struct { short lo, hi; } range;
};

static int handle(struct event *e, struct store *s, struct never *nowhere)
{
    int r = e->kind;
    if (e->kind == 1)
        r += e->x + e->y;
    else
        r += (int)e->code + e->key;
    return store_put(s, r) + (nowhere == NULL);
}

int main(void)
{
    struct store *s = store_new(4);
    struct event a = { .kind = 1, .x = 3, .y = 4, .range = { -1, 1 } };
    struct event b = { .kind = 2, .code = 65, .key = 'k', .range = { 10, 20 } };
    struct never *nothing = NULL;
    int r = handle(&a, s, nothing);
    r += handle(&b, s, nothing);
    return r == 5 + zi_table[0] ? 0 : 1;
}
