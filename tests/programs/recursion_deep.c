#include <stdio.h>

static long depth_sum(int n) { return n == 0 ? 0 : n + depth_sum(n - 1); }

struct frame_data { int a[4]; };
static int deep_with_locals(int n, struct frame_data acc) {
    if (n == 0) return acc.a[0] + acc.a[1] + acc.a[2] + acc.a[3];
    acc.a[n % 4] += n % 7;
    return deep_with_locals(n - 1, acc);
}
static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

int main(void) {
    printf("%ld\n", depth_sum(100000));
    struct frame_data z = { { 0, 0, 0, 0 } };
    printf("%d\n", deep_with_locals(20000, z));
    printf("%d %d\n", is_even(100000), is_odd(77777));
    return 0;
}
