/* Sudoku solver with bitmask candidates and backtracking (most-constrained cell first). */
#include <stdio.h>
#include <string.h>

static int grid[81];
static unsigned rows[9], cols[9], boxes[9];
static long nodes;

static int box_of(int i) { return (i / 27) * 3 + (i % 9) / 3; }
static int popcount(unsigned v) { int c = 0; while (v) { v &= v - 1; c++; } return c; }

static int load(const char *s) {
    memset(rows, 0, sizeof rows); memset(cols, 0, sizeof cols); memset(boxes, 0, sizeof boxes);
    for (int i = 0; i < 81; i++) {
        grid[i] = s[i] == '.' ? 0 : s[i] - '0';
        if (grid[i]) {
            unsigned bit = 1u << grid[i];
            if ((rows[i / 9] | cols[i % 9] | boxes[box_of(i)]) & bit) return 0;
            rows[i / 9] |= bit; cols[i % 9] |= bit; boxes[box_of(i)] |= bit;
        }
    }
    return 1;
}
static int solve(void) {
    nodes++;
    int best = -1, best_count = 10;
    unsigned best_mask = 0;
    for (int i = 0; i < 81; i++) {
        if (grid[i]) continue;
        unsigned mask = ~(rows[i / 9] | cols[i % 9] | boxes[box_of(i)]) & 0x3FE;
        int c = popcount(mask);
        if (c < best_count) { best = i; best_count = c; best_mask = mask; if (c <= 1) break; }
    }
    if (best < 0) return 1;
    for (int d = 1; d <= 9; d++) {
        unsigned bit = 1u << d;
        if (!(best_mask & bit)) continue;
        grid[best] = d;
        rows[best / 9] |= bit; cols[best % 9] |= bit; boxes[box_of(best)] |= bit;
        if (solve()) return 1;
        rows[best / 9] &= ~bit; cols[best % 9] &= ~bit; boxes[box_of(best)] &= ~bit;
        grid[best] = 0;
    }
    return 0;
}
static int valid(void) {
    for (int u = 0; u < 9; u++) {
        unsigned r = 0, c = 0, b = 0;
        for (int k = 0; k < 9; k++) {
            r |= 1u << grid[u * 9 + k];
            c |= 1u << grid[k * 9 + u];
            b |= 1u << grid[(u / 3) * 27 + (u % 3) * 3 + (k / 3) * 9 + k % 3];
        }
        if (r != 0x3FE || c != 0x3FE || b != 0x3FE) return 0;
    }
    return 1;
}

int main(void) {
    const char *puzzles[] = {
        "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
        "..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9",
        "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
        "11...............................................................................",
    };
    for (int p = 0; p < 4; p++) {
        nodes = 0;
        if (!load(puzzles[p])) { printf("puzzle %d: invalid givens\n", p); continue; }
        int ok = solve();
        printf("puzzle %d: solved %d valid %d nodes %ld\n", p, ok, ok && valid(), nodes);
        if (ok) for (int r = 0; r < 9; r++) { for (int c = 0; c < 9; c++) printf("%d%s", grid[r * 9 + c], c % 3 == 2 && c < 8 ? " | " : c < 8 ? " " : ""); printf("\n"); }
    }
    return 0;
}
