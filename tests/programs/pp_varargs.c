#include <stdio.h>

#define PRINT(...) printf(__VA_ARGS__)
#define LOG(fmt, ...) printf("[log] " fmt "\n", __VA_ARGS__)
#define COUNT_ARGS(...) COUNT_ARGS_(__VA_ARGS__, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define COUNT_ARGS_(a1, a2, a3, a4, a5, a6, a7, a8, n, ...) n
#define STRV(...) #__VA_ARGS__
#define FIRST(x, ...) x
#define REST(x, ...) __VA_ARGS__
#define SUM3(a, b, c) ((a) + (b) + (c))
#define APPLY(m, ...) m(__VA_ARGS__)
#define ARRAY(...) { __VA_ARGS__ }
#define CALLF(f, ...) f(__VA_ARGS__)

static int sum(int n, int a, int b, int c) { return n + a + b + c; }

int main(void) {
    PRINT("plain\n");
    PRINT("%d %d\n", 1, 2);
    LOG("x=%d y=%d", 10, 20);
    LOG("%s", "only");
    printf("%d %d %d %d\n", COUNT_ARGS(a), COUNT_ARGS(a, b), COUNT_ARGS(a, b, c, d, e), COUNT_ARGS(1,2,3,4,5,6,7,8));
    printf("[%s]\n", STRV(a, b,   c));
    printf("[%s]\n", STRV());
    printf("[%s]\n", STRV( x ,y ));
    printf("%d\n", FIRST(5, 6, 7));
    printf("%d\n", APPLY(SUM3, REST(0, 1, 2, 3)));
    printf("%d\n", APPLY(SUM3, 4, 5, 6));
    int arr[] = ARRAY(9, 8, 7, 6);
    printf("%d %d\n", (int)(sizeof arr / sizeof arr[0]), arr[3]);
    printf("%d\n", CALLF(sum, 1, 2, 3, 4));
    printf("%d\n", CALLF(sum, (1, 2), 3, 4, 5));
    return 0;
}
