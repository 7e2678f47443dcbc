/* Dynamic programming: LCS with reconstruction, edit distance, 0/1 knapsack, coin change, LIS, matrix chain. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int lcs(const char *a, const char *b, char *out) {
    int n = (int)strlen(a), m = (int)strlen(b);
    int *dp = calloc((size_t)((n + 1) * (m + 1)), sizeof(int));
#define D(i, j) dp[(i) * (m + 1) + (j)]
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++)
            D(i, j) = a[i - 1] == b[j - 1] ? D(i - 1, j - 1) + 1 : (D(i - 1, j) > D(i, j - 1) ? D(i - 1, j) : D(i, j - 1));
    int len = D(n, m), k = len;
    out[k] = 0;
    for (int i = n, j = m; i > 0 && j > 0;) {
        if (a[i - 1] == b[j - 1]) { out[--k] = a[i - 1]; i--; j--; }
        else if (D(i - 1, j) >= D(i, j - 1)) i--;
        else j--;
    }
#undef D
    free(dp);
    return len;
}
static int edit_distance(const char *a, const char *b) {
    int n = (int)strlen(a), m = (int)strlen(b);
    int prev[64], cur[64];
    for (int j = 0; j <= m; j++) prev[j] = j;
    for (int i = 1; i <= n; i++) {
        cur[0] = i;
        for (int j = 1; j <= m; j++) {
            int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            int del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
        memcpy(prev, cur, sizeof(int) * (size_t)(m + 1));
    }
    return prev[m];
}
static int knapsack(const int *w, const int *v, int n, int cap, int *chosen) {
    int *dp = calloc((size_t)((n + 1) * (cap + 1)), sizeof(int));
#define K(i, c) dp[(i) * (cap + 1) + (c)]
    for (int i = 1; i <= n; i++)
        for (int c = 0; c <= cap; c++) {
            K(i, c) = K(i - 1, c);
            if (w[i - 1] <= c && K(i - 1, c - w[i - 1]) + v[i - 1] > K(i, c)) K(i, c) = K(i - 1, c - w[i - 1]) + v[i - 1];
        }
    int best = K(n, cap);
    for (int i = n, c = cap; i > 0; i--) { chosen[i - 1] = K(i, c) != K(i - 1, c); if (chosen[i - 1]) c -= w[i - 1]; }
#undef K
    free(dp);
    return best;
}
static long coin_ways(const int *coins, int nc, int amount) {
    long *ways = calloc((size_t)amount + 1, sizeof(long));
    ways[0] = 1;
    for (int i = 0; i < nc; i++) for (int a = coins[i]; a <= amount; a++) ways[a] += ways[a - coins[i]];
    long r = ways[amount];
    free(ways);
    return r;
}
static int min_coins(const int *coins, int nc, int amount) {
    int *best = malloc(sizeof(int) * (size_t)(amount + 1));
    best[0] = 0;
    for (int a = 1; a <= amount; a++) {
        best[a] = -1;
        for (int i = 0; i < nc; i++)
            if (coins[i] <= a && best[a - coins[i]] >= 0 && (best[a] < 0 || best[a - coins[i]] + 1 < best[a])) best[a] = best[a - coins[i]] + 1;
    }
    int r = best[amount];
    free(best);
    return r;
}
static int lis(const int *a, int n) {
    int *tails = malloc(sizeof(int) * (size_t)n), len = 0;
    for (int i = 0; i < n; i++) {
        int lo = 0, hi = len;
        while (lo < hi) { int mid = (lo + hi) / 2; if (tails[mid] < a[i]) lo = mid + 1; else hi = mid; }
        tails[lo] = a[i];
        if (lo == len) len++;
    }
    free(tails);
    return len;
}
static long matrix_chain(const int *dims, int n) {
    long cost[16][16] = { { 0 } };
    for (int len = 2; len <= n; len++)
        for (int i = 0; i + len - 1 < n; i++) {
            int j = i + len - 1;
            cost[i][j] = -1;
            for (int k = i; k < j; k++) {
                long c = cost[i][k] + cost[k + 1][j] + (long)dims[i] * dims[k + 1] * dims[j + 1];
                if (cost[i][j] < 0 || c < cost[i][j]) cost[i][j] = c;
            }
        }
    return cost[0][n - 1];
}

int main(void) {
    const char *pairs[][2] = { { "AGGTAB", "GXTXAYB" }, { "the quick brown fox", "a quick brown dog jumps" }, { "kitten", "sitting" }, { "", "abc" }, { "intention", "execution" } };
    for (int i = 0; i < 5; i++) {
        char out[64];
        int l = lcs(pairs[i][0], pairs[i][1], out);
        printf("lcs(\"%s\", \"%s\") = %d \"%s\", edit distance %d\n", pairs[i][0], pairs[i][1], l, out, edit_distance(pairs[i][0], pairs[i][1]));
    }
    int w[] = { 12, 7, 11, 8, 9, 6, 5, 14, 3, 10 }, v[] = { 24, 13, 23, 15, 16, 11, 8, 30, 5, 19 }, chosen[10];
    int best = knapsack(w, v, 10, 40, chosen);
    printf("knapsack(40) = %d using:", best);
    for (int i = 0; i < 10; i++) if (chosen[i]) printf(" %d", i);
    printf("\n");
    int coins[] = { 1, 2, 5, 10, 20, 50, 100, 200 };
    printf("ways to make 200 = %ld, 1000 = %ld\n", coin_ways(coins, 8, 200), coin_ways(coins, 8, 1000));
    int odd[] = { 7, 11, 13 };
    printf("min coins: 63 -> %d, 5 -> %d\n", min_coins(odd, 3, 63), min_coins(odd, 3, 5));
    int seq[2000];
    unsigned s = 99;
    for (int i = 0; i < 2000; i++) { s = s * 1664525u + 1013904223u; seq[i] = (int)(s >> 20); }
    printf("lis of 2000 pseudo-random = %d\n", lis(seq, 2000));
    int dims[] = { 40, 20, 30, 10, 30, 15, 5, 25, 35, 12 };
    printf("matrix chain cost = %ld\n", matrix_chain(dims, 9));
    return 0;
}
