/* N-queens: counts solutions with bitmasks for N = 1..11, prints the first solution of 8 and checks it. */
#include <stdio.h>

static long solutions;
static int first[16], have_first, board[16];

static void solve(int n, int row, unsigned cols, unsigned d1, unsigned d2) {
    if (row == n) {
        if (!have_first) { for (int i = 0; i < n; i++) first[i] = board[i]; have_first = 1; }
        solutions++;
        return;
    }
    unsigned avail = ~(cols | d1 | d2) & ((1u << n) - 1);
    while (avail) {
        unsigned bit = avail & -avail;
        avail ^= bit;
        int c = 0;
        while (!((bit >> c) & 1)) c++;
        board[row] = c;
        solve(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
}

/* a slower array-based solver used to cross-check */
static int safe(const int *q, int row, int col) {
    for (int r = 0; r < row; r++) {
        int d = q[r] - col;
        if (d == 0 || d == row - r || d == r - row) return 0;
    }
    return 1;
}
static long count_simple(int *q, int n, int row) {
    if (row == n) return 1;
    long c = 0;
    for (int col = 0; col < n; col++) if (safe(q, row, col)) { q[row] = col; c += count_simple(q, n, row + 1); }
    return c;
}

int main(void) {
    for (int n = 1; n <= 11; n++) {
        solutions = 0; have_first = 0;
        solve(n, 0, 0, 0, 0);
        int q[16];
        long check = n <= 8 ? count_simple(q, n, 0) : solutions;
        printf("n=%2d solutions %6ld %s\n", n, solutions, check == solutions ? "ok" : "MISMATCH");
        if (n == 8) {
            for (int r = 0; r < 8; r++) {
                for (int c = 0; c < 8; c++) putchar(first[r] == c ? 'Q' : '.');
                putchar('\n');
            }
            int ok = 1;
            for (int r = 0; r < 8; r++) if (!safe(first, r, first[r])) ok = 0;
            printf("first solution valid: %d\n", ok);
        }
    }
    return 0;
}
