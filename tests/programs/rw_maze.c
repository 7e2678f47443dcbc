/* Generates a maze with a randomized DFS (local LCG), solves it with BFS, prints it and the path length. */
#include <stdio.h>
#include <string.h>

#define W 31
#define H 21

static char grid[H][W + 1];
static unsigned rng = 20240601u;
static unsigned next(void) { rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5; return rng; }

static void carve(int x, int y) {
    static const int dx[4] = { 0, 2, 0, -2 }, dy[4] = { -2, 0, 2, 0 };
    int order[4] = { 0, 1, 2, 3 };
    for (int i = 3; i > 0; i--) { int j = (int)(next() % (unsigned)(i + 1)); int t = order[i]; order[i] = order[j]; order[j] = t; }
    for (int k = 0; k < 4; k++) {
        int d = order[k], nx = x + dx[d], ny = y + dy[d];
        if (nx > 0 && nx < W - 1 && ny > 0 && ny < H - 1 && grid[ny][nx] == '#') {
            grid[y + dy[d] / 2][x + dx[d] / 2] = ' ';
            grid[ny][nx] = ' ';
            carve(nx, ny);
        }
    }
}

struct cell { int x, y; };

static int bfs(struct cell start, struct cell goal, int mark) {
    static int dist[H][W];
    static struct cell prev[H][W];
    struct cell queue[W * H];
    int head = 0, tail = 0;
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) dist[y][x] = -1;
    dist[start.y][start.x] = 0;
    queue[tail++] = start;
    while (head < tail) {
        struct cell c = queue[head++];
        if (c.x == goal.x && c.y == goal.y) break;
        static const int dx[4] = { 1, -1, 0, 0 }, dy[4] = { 0, 0, 1, -1 };
        for (int d = 0; d < 4; d++) {
            int nx = c.x + dx[d], ny = c.y + dy[d];
            if (nx < 0 || ny < 0 || nx >= W || ny >= H || grid[ny][nx] == '#' || dist[ny][nx] >= 0) continue;
            dist[ny][nx] = dist[c.y][c.x] + 1;
            prev[ny][nx] = c;
            queue[tail++] = (struct cell){ nx, ny };
        }
    }
    int d = dist[goal.y][goal.x];
    if (d >= 0 && mark) {
        struct cell c = goal;
        while (!(c.x == start.x && c.y == start.y)) { grid[c.y][c.x] = '.'; c = prev[c.y][c.x]; }
        grid[start.y][start.x] = 'S';
        grid[goal.y][goal.x] = 'G';
    }
    return d;
}

int main(void) {
    for (int y = 0; y < H; y++) { memset(grid[y], '#', W); grid[y][W] = 0; }
    grid[1][1] = ' ';
    carve(1, 1);
    int open = 0;
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) open += grid[y][x] == ' ';
    printf("open cells %d\n", open);
    int far = bfs((struct cell){ 1, 1 }, (struct cell){ W - 2, 1 }, 0);
    printf("distance to top-right %d\n", far);
    int d = bfs((struct cell){ 1, 1 }, (struct cell){ W - 2, H - 2 }, 1);
    printf("shortest path %d\n", d);
    for (int y = 0; y < H; y++) printf("%s\n", grid[y]);
    /* block the path near the goal and check that it becomes unreachable */
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) if (grid[y][x] == '.' || grid[y][x] == 'S' || grid[y][x] == 'G') grid[y][x] = ' ';
    grid[H - 2][W - 3] = '#';
    grid[H - 3][W - 2] = '#';
    printf("after blocking: %d\n", bfs((struct cell){ 1, 1 }, (struct cell){ W - 2, H - 2 }, 0));
    return 0;
}
