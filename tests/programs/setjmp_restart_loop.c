#include <stdio.h>
#include <setjmp.h>

static jmp_buf restart;
static int attempts;

static int risky(int depth, int fail_at) {
    char pad[256];                          /* each frame uses some stack */
    pad[depth % 256] = (char)depth;
    if (depth == fail_at) longjmp(restart, depth);
    return depth > 200 ? pad[depth % 256] : risky(depth + 1, fail_at);
}

int main(void) {
    static int fail_points[] = { 5, 50, 150, 1000 };
    static int idx = 0;
    static long total = 0;
    if (setjmp(restart) != 0) {
        attempts++;
        total += fail_points[idx];
        idx++;
    }
    if (idx < 4) {
        int r = risky(0, fail_points[idx]);
        printf("completed with %d after %d restarts\n", r, attempts);
        idx++;
        if (idx < 4) longjmp(restart, 0);
    }
    printf("attempts %d total %ld\n", attempts, total);
    /* many round trips must not leak stack */
    static int loops = 0;
    jmp_buf jb;
    if (setjmp(jb) < 100000) {
        loops++;
        if (loops < 100000) longjmp(jb, loops);
    }
    printf("loops %d\n", loops);
    return 0;
}
