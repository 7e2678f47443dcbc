/* Union-find with path compression and union by rank: Kruskal's minimum spanning tree and percolation. */
#include <stdio.h>
#include <stdlib.h>

static int parent[40000], rnk[40000];
static int find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
static int unite(int a, int b) {
    a = find(a); b = find(b);
    if (a == b) return 0;
    if (rnk[a] < rnk[b]) { int t = a; a = b; b = t; }
    parent[b] = a;
    if (rnk[a] == rnk[b]) rnk[a]++;
    return 1;
}
static void reset(int n) { for (int i = 0; i < n; i++) { parent[i] = i; rnk[i] = 0; } }

struct edge { int u, v, w; };
static int cmp_edge(const void *a, const void *b) {
    const struct edge *x = a, *y = b;
    if (x->w != y->w) return x->w - y->w;
    if (x->u != y->u) return x->u - y->u;
    return x->v - y->v;
}

int main(void) {
    enum { NV = 500, NE = 3000 };
    static struct edge edges[NE];
    unsigned s = 31337;
    for (int i = 0; i < NE; i++) {
        s = s * 1664525u + 1013904223u; edges[i].u = (int)(s >> 8) % NV;
        s = s * 1664525u + 1013904223u; edges[i].v = (int)(s >> 8) % NV;
        s = s * 1664525u + 1013904223u; edges[i].w = (int)(s >> 8) % 1000;
    }
    qsort(edges, NE, sizeof edges[0], cmp_edge);
    reset(NV);
    long weight = 0;
    int used = 0;
    for (int i = 0; i < NE; i++) if (unite(edges[i].u, edges[i].v)) { weight += edges[i].w; used++; }
    int comps = 0;
    for (int i = 0; i < NV; i++) comps += find(i) == i;
    printf("kruskal: %d edges, weight %ld, components %d\n", used, weight, comps);
    /* percolation on a 150x150 grid: open random sites until top connects to bottom */
    enum { G = 150 };
    static unsigned char open[G * G];
    int top = G * G, bottom = G * G + 1;
    reset(G * G + 2);
    int opened = 0;
    while (find(top) != find(bottom)) {
        s = s * 1664525u + 1013904223u;
        int cell = (int)(s >> 8) % (G * G);
        if (open[cell]) continue;
        open[cell] = 1; opened++;
        int r = cell / G, c = cell % G;
        if (r == 0) unite(cell, top);
        if (r == G - 1) unite(cell, bottom);
        if (r > 0 && open[cell - G]) unite(cell, cell - G);
        if (r < G - 1 && open[cell + G]) unite(cell, cell + G);
        if (c > 0 && open[cell - 1]) unite(cell, cell - 1);
        if (c < G - 1 && open[cell + 1]) unite(cell, cell + 1);
    }
    printf("percolation after %d of %d sites (%.4f)\n", opened, G * G, (double)opened / (G * G));
    return 0;
}
