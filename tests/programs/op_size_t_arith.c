#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

int main(void) {
    size_t a = 5, b = 7;
    printf("%zu\n", a - b);                      /* wraps */
    printf("%d\n", a - b > 0);
    printf("%td\n", (ptrdiff_t)a - (ptrdiff_t)b);
    printf("%zu\n", SIZE_MAX);
    printf("%zu\n", SIZE_MAX / 2 + 1);
    size_t n = strlen("hello");
    int i = -1;
    printf("%d\n", (size_t)i > n);               /* -1 converted to SIZE_MAX */
    printf("%d\n", i < (int)n);
    size_t count = 0;
    for (size_t k = 10; k-- > 0;) count += k;
    printf("%zu\n", count);
    char buf[32];
    size_t len = (size_t)snprintf(buf, sizeof buf, "%zu-%zx", (size_t)255, (size_t)255);
    printf("%s %zu\n", buf, len);
    ptrdiff_t d = &buf[20] - &buf[5];
    printf("%td %zu\n", d, sizeof d);
    printf("%zu %zu\n", sizeof(size_t), (size_t)-1 % 1000);
    unsigned long long big = (unsigned long long)SIZE_MAX + 1ull;   /* wraps to 0 in 64-bit */
    printf("%llu\n", big);
    return 0;
}
