#include <stdio.h>
#include <limits.h>
#include <stdint.h>

static int add_overflows(int a, int b) { return (b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b); }
static int mul_overflows(long long a, long long b) {
    if (a == 0 || b == 0) return 0;
    if (a > 0 ? (b > 0 ? a > LLONG_MAX / b : b < LLONG_MIN / a) : (b > 0 ? a < LLONG_MIN / b : a < LLONG_MAX / b)) return 1;
    return 0;
}
static int uadd_overflows(unsigned a, unsigned b, unsigned *out) { *out = a + b; return *out < a; }
static int32_t wrapping_add(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
static int32_t saturating_add(int32_t a, int32_t b) {
    int64_t s = (int64_t)a + b;
    return s > INT32_MAX ? INT32_MAX : s < INT32_MIN ? INT32_MIN : (int32_t)s;
}

int main(void) {
    printf("%d %d %d %d\n", add_overflows(INT_MAX, 1), add_overflows(INT_MAX, 0), add_overflows(INT_MIN, -1), add_overflows(-5, 5));
    printf("%d %d %d %d\n", mul_overflows(3037000500LL, 3037000500LL), mul_overflows(3037000499LL, 3037000499LL),
           mul_overflows(-4611686018427387904LL, 2), mul_overflows(-4611686018427387905LL, 2));
    unsigned out;
    int o1 = uadd_overflows(UINT_MAX, 1, &out);
    printf("%d %u\n", o1, out);
    int o2 = uadd_overflows(100, 200, &out);
    printf("%d %u\n", o2, out);
    printf("%d %d\n", wrapping_add(INT32_MAX, 1), wrapping_add(-2, -3));
    printf("%d %d %d\n", saturating_add(INT32_MAX, 5), saturating_add(INT32_MIN, -5), saturating_add(40, 2));
    long long fact = 1;
    int n = 1;
    while (!mul_overflows(fact, n + 1)) fact *= ++n;
    printf("largest factorial in long long: %d! = %lld\n", n, fact);
    return 0;
}
