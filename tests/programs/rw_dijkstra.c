/* Dijkstra's shortest paths with a binary heap on a generated grid graph, plus Floyd-Warshall on a small graph. */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

#define GW 60
#define GH 60
#define NV (GW * GH)

struct edge { int to, w; };
static struct edge adj[NV][4];
static int deg[NV];
static int dist[NV], prev_[NV];
static int heap[NV * 4], hkey[NV * 4], hn;

static void hpush(int v, int k) {
    int i = hn++;
    heap[i] = v; hkey[i] = k;
    while (i && hkey[(i - 1) / 2] > hkey[i]) {
        int p = (i - 1) / 2, tv = heap[p], tk = hkey[p];
        heap[p] = heap[i]; hkey[p] = hkey[i]; heap[i] = tv; hkey[i] = tk; i = p;
    }
}
static int hpop(int *k) {
    int v = heap[0];
    *k = hkey[0];
    hn--;
    heap[0] = heap[hn]; hkey[0] = hkey[hn];
    for (int i = 0;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < hn && hkey[l] < hkey[m]) m = l;
        if (r < hn && hkey[r] < hkey[m]) m = r;
        if (m == i) break;
        int tv = heap[m], tk = hkey[m];
        heap[m] = heap[i]; hkey[m] = hkey[i]; heap[i] = tv; hkey[i] = tk; i = m;
    }
    return v;
}

int main(void) {
    unsigned s = 777;
    for (int y = 0; y < GH; y++)
        for (int x = 0; x < GW; x++) {
            int v = y * GW + x;
            static const int dx[4] = { 1, -1, 0, 0 }, dy[4] = { 0, 0, 1, -1 };
            for (int d = 0; d < 4; d++) {
                int nx = x + dx[d], ny = y + dy[d];
                if (nx < 0 || ny < 0 || nx >= GW || ny >= GH) continue;
                s = s * 1103515245u + 12345u;
                adj[v][deg[v]++] = (struct edge){ ny * GW + nx, (int)(s >> 16) % 9 + 1 };
            }
        }
    for (int i = 0; i < NV; i++) { dist[i] = INT_MAX; prev_[i] = -1; }
    dist[0] = 0;
    hpush(0, 0);
    int pops = 0;
    while (hn) {
        int k, v = hpop(&k);
        pops++;
        if (k > dist[v]) continue;
        for (int e = 0; e < deg[v]; e++) {
            int to = adj[v][e].to, nd = k + adj[v][e].w;
            if (nd < dist[to]) { dist[to] = nd; prev_[to] = v; hpush(to, nd); }
        }
    }
    int target = NV - 1, hops = 0;
    for (int v = target; v != 0; v = prev_[v]) hops++;
    long total = 0;
    int maxd = 0;
    for (int i = 0; i < NV; i++) { total += dist[i]; if (dist[i] > maxd) maxd = dist[i]; }
    printf("dist to corner %d in %d hops, pops %d, sum %ld, max %d\n", dist[target], hops, pops, total, maxd);
    /* Floyd-Warshall */
    enum { N = 6 };
    int d[N][N];
    const int INF = 1000000;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) d[i][j] = i == j ? 0 : INF;
    int edges[][3] = { { 0, 1, 7 }, { 0, 2, 9 }, { 0, 5, 14 }, { 1, 2, 10 }, { 1, 3, 15 }, { 2, 3, 11 }, { 2, 5, 2 }, { 3, 4, 6 }, { 4, 5, 9 } };
    for (int e = 0; e < 9; e++) { d[edges[e][0]][edges[e][1]] = edges[e][2]; d[edges[e][1]][edges[e][0]] = edges[e][2]; }
    for (int k = 0; k < N; k++) for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
    for (int i = 0; i < N; i++) { for (int j = 0; j < N; j++) printf("%3d", d[i][j]); printf("\n"); }
    return 0;
}
