/* Elementary cellular automata (rules 30, 90, 110) on a ring, printed and hashed. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define W 79
static void run(int rule, int gens, int show) {
    unsigned char cur[W], next[W];
    memset(cur, 0, sizeof cur);
    cur[W / 2] = 1;
    uint64_t h = 0;
    int live_total = 0;
    for (int g = 0; g < gens; g++) {
        if (show) { for (int i = 0; i < W; i++) putchar(cur[i] ? '#' : ' '); putchar('\n'); }
        for (int i = 0; i < W; i++) {
            int l = cur[(i + W - 1) % W], c = cur[i], r = cur[(i + 1) % W];
            next[i] = (unsigned char)(rule >> (l << 2 | c << 1 | r) & 1);
            live_total += cur[i];
            h = h * 1099511628211ull ^ cur[i];
        }
        memcpy(cur, next, sizeof cur);
    }
    printf("rule %d: %d generations, live cells %d, hash %016llx\n", rule, gens, live_total, (unsigned long long)h);
}

int main(void) {
    run(90, 16, 1);
    run(30, 12, 1);
    run(30, 500, 0);
    run(110, 500, 0);
    run(184, 300, 0);
    return 0;
}
