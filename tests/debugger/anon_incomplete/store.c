/* The other translation unit: the only full definition of struct store. */
struct store {
    int count;
    int cap;
    int items[8];
};

int zi_table[3] = { 0, 10, 20 };

static struct store the_store;

struct store *store_new(int cap)
{
    the_store.cap = cap;
    the_store.count = 0;
    return &the_store;
}

int store_put(struct store *s, int v)
{
    if (s->count < s->cap)
        s->items[s->count++] = v;
    return s->count;
}
