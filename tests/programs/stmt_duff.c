#include <stdio.h>

static void duff_copy(int *to, const int *from, int count) {
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

/* a coroutine in the style of Simon Tatham's, using switch into a loop */
static int next_value(int reset) {
    static int state = 0, i;
    if (reset) { state = 0; return 0; }
    switch (state) {
    case 0:
        for (i = 0; i < 5; i++) {
            state = 1;
            return i * i;
    case 1:;
        }
    }
    state = 2;
    return -1;
}

int main(void) {
    int src[37], dst[37];
    for (int i = 0; i < 37; i++) src[i] = i * 3 + 1;
    for (int count = 1; count <= 37; count += 6) {
        for (int i = 0; i < 37; i++) dst[i] = -1;
        duff_copy(dst, src, count);
        int sum = 0, untouched = 0;
        for (int i = 0; i < 37; i++) { if (dst[i] == -1) untouched++; else sum += dst[i]; }
        printf("count %2d: sum %4d untouched %2d\n", count, sum, untouched);
    }
    for (int k = 0; k < 7; k++) printf("%d ", next_value(0));
    printf("\n");
    next_value(1);
    int first = next_value(0);
    int second = next_value(0);
    printf("%d %d\n", first, second);
    return 0;
}
