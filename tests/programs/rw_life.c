/* Conway's Game of Life on a torus: gliders, a blinker, an R-pentomino; population and hashes per generation. */
#include <stdio.h>
#include <string.h>

#define W 64
#define H 48
static unsigned char a[H][W], b[H][W];

static void place(int x, int y, const char *pattern[], int rows) {
    for (int r = 0; r < rows; r++)
        for (int c = 0; pattern[r][c]; c++) if (pattern[r][c] == '#') a[(y + r) % H][(x + c) % W] = 1;
}
static void step(void) {
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int n = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                    if (dx || dy) n += a[(y + dy + H) % H][(x + dx + W) % W];
            b[y][x] = n == 3 || (n == 2 && a[y][x]);
        }
    memcpy(a, b, sizeof a);
}
static int population(void) { int p = 0; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) p += a[y][x]; return p; }
static unsigned long hash(void) { unsigned long h = 1469598103u; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) h = (h ^ a[y][x]) * 16777619u; return h; }

int main(void) {
    const char *glider[] = { ".#.", "..#", "###" };
    const char *blinker[] = { "###" };
    const char *rpent[] = { ".##", "##.", ".#." };
    place(1, 1, glider, 3);
    place(40, 5, blinker, 1);
    place(30, 25, rpent, 3);
    for (int g = 0; g <= 300; g++) {
        if (g % 30 == 0) printf("gen %3d population %3d hash %lu\n", g, population(), hash());
        step();
    }
    for (int y = 0; y < 16; y++) { for (int x = 0; x < W; x++) putchar(a[y][x] ? '#' : '.'); putchar('\n'); }
    return 0;
}
