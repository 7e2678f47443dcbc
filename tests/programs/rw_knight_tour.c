/* Knight's tours by Warnsdorff's rule (with a deterministic tie-break) on several board sizes. */
#include <stdio.h>

static int board[12][12];
static const int dx[8] = { 2, 1, -1, -2, -2, -1, 1, 2 }, dy[8] = { 1, 2, 2, 1, -1, -2, -2, -1 };

static int degree(int n, int x, int y) {
    int d = 0;
    for (int k = 0; k < 8; k++) { int nx = x + dx[k], ny = y + dy[k]; if (nx >= 0 && ny >= 0 && nx < n && ny < n && !board[ny][nx]) d++; }
    return d;
}
static int tour(int n, int sx, int sy) {
    for (int y = 0; y < n; y++) for (int x = 0; x < n; x++) board[y][x] = 0;
    int x = sx, y = sy;
    board[y][x] = 1;
    for (int step = 2; step <= n * n; step++) {
        int best = -1, bestd = 9;
        for (int k = 0; k < 8; k++) {
            int nx = x + dx[k], ny = y + dy[k];
            if (nx < 0 || ny < 0 || nx >= n || ny >= n || board[ny][nx]) continue;
            int d = degree(n, nx, ny);
            if (d < bestd) { bestd = d; best = k; }
        }
        if (best < 0) return step - 1;
        x += dx[best]; y += dy[best];
        board[y][x] = step;
    }
    return n * n;
}
static int valid(int n) {
    int px = -1, py = -1;
    for (int s = 1; s <= n * n; s++) {
        int fx = -1, fy = -1;
        for (int y = 0; y < n; y++) for (int x = 0; x < n; x++) if (board[y][x] == s) { fx = x; fy = y; }
        if (fx < 0) return 0;
        if (s > 1) { int ax = fx - px, ay = fy - py; if (ax * ax + ay * ay != 5) return 0; }
        px = fx; py = fy;
    }
    return 1;
}

int main(void) {
    int n = tour(8, 0, 0);
    printf("8x8 from corner: %d squares, valid %d\n", n, valid(8));
    for (int y = 0; y < 8; y++) { for (int x = 0; x < 8; x++) printf("%3d", board[y][x]); printf("\n"); }
    for (int size = 5; size <= 12; size++) {
        int full = 0;
        for (int s = 0; s < size * size; s++) if (tour(size, s % size, s / size) == size * size) full++;
        printf("%dx%d: complete tours from %d of %d starts\n", size, size, full, size * size);
    }
    return 0;
}
