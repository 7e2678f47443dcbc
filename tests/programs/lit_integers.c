#include <stdio.h>

#define T(x) _Generic((x), int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long", \
    long long: "long long", unsigned long long: "unsigned long long", default: "other")

int main(void) {
    printf("%d %d %d %d\n", 42, 052, 0x2a, 0X2A);
    printf("%d %d\n", 0, 00);
    printf("%u %lu %llu\n", 10u, 10ul, 10ull);
    printf("%ld %lld %lld\n", 10L, 10LL, 10ll);
    printf("%lu %llu\n", 10LU, 10uLL);
    printf("%s %s %s %s\n", T(1), T(1u), T(1l), T(1ll));
    printf("%s %s\n", T(2147483647), T(2147483648));          /* decimal: int then long */
    printf("%s %s\n", T(0x7fffffff), T(0x80000000));          /* hex: int then unsigned */
    printf("%s %s\n", T(0xffffffff), T(0x100000000));
    printf("%s %s\n", T(9223372036854775807), T(0x8000000000000000));
    printf("%s %s\n", T(017777777777), T(020000000000));
    printf("%s %s\n", T(4294967295u), T(4294967296u));
    printf("%s %s\n", T(1ul), T(0xFFFFFFFFFFFFFFFFull));
    printf("%lld\n", -9223372036854775807LL - 1);
    printf("%llu\n", 18446744073709551615ULL);
    printf("%x %X %o\n", 0xdeadbeef, 0xCAFEBABE, 0777);
    printf("%d\n", 0x10 + 010 + 10);
    printf("%d\n", -0x1);
    printf("%lld\n", 0x7FFFFFFFFFFFFFFFLL);
    printf("%s\n", T(-2147483648));                            /* unary minus on long */
    printf("%d %d\n", 'A', '\101');
    printf("%s %s\n", T('a'), T((char)'a' + (char)'b'));
    return 0;
}
