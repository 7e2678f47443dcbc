#include <stdio.h>

static int counter(void) {
    static int n;           /* zero-initialised, keeps its value */
    return ++n;
}
static int counter_from(void) {
    static int n = 100;
    n += 5;
    return n;
}
static const char *name_of(int i) {
    static const char *const names[] = { "zero", "one", "two" };
    return names[i];
}
static int *static_address(void) {
    static int storage[4];
    return storage;
}
static int fib_memo(int n) {
    static long memo[50];
    if (n < 2) return n;
    if (memo[n]) return (int)memo[n];
    memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
    return (int)memo[n];
}
static int recursive_static(int depth) {
    static int max_depth = 0;
    if (depth > max_depth) max_depth = depth;
    if (depth < 5) recursive_static(depth + 1);
    return max_depth;
}

int main(void) {
    for (int i = 0; i < 3; i++) printf("%d ", counter());
    printf("\n");
    for (int i = 0; i < 3; i++) printf("%d ", counter_from());
    printf("\n");
    printf("%s %s\n", name_of(2), name_of(0));
    int *s1 = static_address();
    s1[2] = 42;
    printf("%d\n", static_address()[2]);
    printf("%d\n", fib_memo(40));
    printf("%d\n", recursive_static(0));
    for (int i = 0; i < 3; i++) {
        static int inner = 10;
        int automatic = 10;
        inner++; automatic++;
        printf("%d %d\n", inner, automatic);
    }
    {
        static char buf[8] = "abc";
        buf[0]++;
        printf("%s\n", buf);
    }
    return 0;
}
