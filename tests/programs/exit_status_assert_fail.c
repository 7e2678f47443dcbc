#include <stdio.h>
#include <assert.h>

static int checked_sqrt_floor(int v) {
    assert(v >= 0);                  /* fails for the last input: message on stderr, then abort() */
    int r = 0;
    while ((r + 1) * (r + 1) <= v) r++;
    return r;
}

int main(void) {
    int inputs[] = { 0, 15, 16, 99, -1 };
    for (int i = 0; i < 5; i++) {
        printf("isqrt(%d) = ", inputs[i]);
        fflush(stdout);
        printf("%d\n", checked_sqrt_floor(inputs[i]));
    }
    return 0;
}
