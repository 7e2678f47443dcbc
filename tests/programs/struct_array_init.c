#include <stdio.h>

struct item { const char *name; int qty; double price; int tags[3]; };
struct shelf { int id; struct item items[3]; };

static struct shelf shelves[] = {
    { 1, { { "apple", 5, 0.5, { 1, 2 } }, { "pear", 2, 0.75 } } },
    { 2, { { "nut", 100, 0.01, { 9, 9, 9 } } } },
    { .id = 3, .items[2] = { .name = "melon", .price = 3.0 } },
    { 4 },
};

int main(void) {
    int n = (int)(sizeof shelves / sizeof shelves[0]);
    printf("%d shelves, %d bytes each\n", n, (int)sizeof shelves[0]);
    for (int s = 0; s < n; s++) {
        double value = 0;
        int tagsum = 0, named = 0;
        for (int i = 0; i < 3; i++) {
            const struct item *it = &shelves[s].items[i];
            value += it->qty * it->price;
            for (int t = 0; t < 3; t++) tagsum += it->tags[t];
            if (it->name) { named++; printf("  shelf %d item %d: %s qty %d\n", shelves[s].id, i, it->name, it->qty); }
        }
        printf("shelf %d: named %d value %.2f tags %d\n", shelves[s].id, named, value, tagsum);
    }
    struct item local[4] = { [1].qty = 7, [3] = { "last", 1, 1.0, { 3 } } };
    printf("%d %d %s %d\n", local[0].qty, local[1].qty, local[3].name, local[3].tags[0] + local[3].tags[2]);
    return 0;
}
