/* Topological sort of a build dependency graph (Kahn's algorithm with a sorted ready set) and cycle detection. */
#include <stdio.h>
#include <string.h>

#define MAXN 32
static const char *names[MAXN];
static int n;
static int adj[MAXN][MAXN], indeg[MAXN];

static int id(const char *s) {
    for (int i = 0; i < n; i++) if (strcmp(names[i], s) == 0) return i;
    names[n] = s;
    return n++;
}
static void dep(const char *target, const char *needs) { int t = id(target), d = id(needs); if (!adj[d][t]) { adj[d][t] = 1; indeg[t]++; } }

static int toposort(int *order) {
    int deg[MAXN], done = 0, ready[MAXN];
    memcpy(deg, indeg, sizeof deg);
    int used[MAXN] = { 0 };
    while (done < n) {
        int nr = 0;
        for (int i = 0; i < n; i++) if (!used[i] && deg[i] == 0) ready[nr++] = i;
        if (!nr) return done;                        /* cycle */
        int best = ready[0];                         /* alphabetically smallest ready node */
        for (int k = 1; k < nr; k++) if (strcmp(names[ready[k]], names[best]) < 0) best = ready[k];
        used[best] = 1;
        order[done++] = best;
        for (int j = 0; j < n; j++) if (adj[best][j]) deg[j]--;
    }
    return done;
}

int main(void) {
    dep("app", "libui"); dep("app", "libnet"); dep("app", "config");
    dep("libui", "libgfx"); dep("libui", "libcore"); dep("libnet", "libcore"); dep("libnet", "libssl");
    dep("libssl", "libcrypto"); dep("libcrypto", "libcore"); dep("libgfx", "libmath"); dep("libmath", "libcore");
    dep("tests", "app"); dep("tests", "libmath"); dep("docs", "config");
    int order[MAXN];
    int k = toposort(order);
    printf("%d of %d:", k, n);
    for (int i = 0; i < k; i++) printf(" %s", names[order[i]]);
    printf("\n");
    dep("libcore", "tests");                         /* introduce a cycle */
    k = toposort(order);
    printf("with cycle: %d of %d sorted:", k, n);
    for (int i = 0; i < k; i++) printf(" %s", names[order[i]]);
    printf("\n");
    return 0;
}
