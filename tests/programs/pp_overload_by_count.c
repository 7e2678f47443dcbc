#include <stdio.h>

#define GET_MACRO(_1, _2, _3, NAME, ...) NAME
#define SUM(...) GET_MACRO(__VA_ARGS__, SUM3, SUM2, SUM1, unused)(__VA_ARGS__)
#define SUM1(a) (a)
#define SUM2(a, b) ((a) + (b))
#define SUM3(a, b, c) ((a) + (b) + (c))
#define FOREACH_1(m, x) m(x)
#define FOREACH_2(m, x, ...) m(x) FOREACH_1(m, __VA_ARGS__)
#define FOREACH_3(m, x, ...) m(x) FOREACH_2(m, __VA_ARGS__)
#define FOREACH_4(m, x, ...) m(x) FOREACH_3(m, __VA_ARGS__)
#define FOREACH(m, ...) GET4(__VA_ARGS__, FOREACH_4, FOREACH_3, FOREACH_2, FOREACH_1, unused)(m, __VA_ARGS__)
#define GET4(_1, _2, _3, _4, NAME, ...) NAME
#define PRINT_ONE(x) printf("%s=%d ", #x, (x));
#define SQUARE_PLUS(x) (x) * (x) +

int main(void) {
    printf("%d %d %d\n", SUM(5), SUM(5, 6), SUM(5, 6, 7));
    int a = 1, b = 2, c = 3, d = 4;
    FOREACH(PRINT_ONE, a, b, c, d)
    printf("\n");
    FOREACH(PRINT_ONE, a + b, c * d)
    printf("\n");
    printf("%d\n", FOREACH(SQUARE_PLUS, 1, 2, 3) 0);
    return 0;
}
