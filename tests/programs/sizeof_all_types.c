#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

enum e { E1, E2 };
struct empty_ish { char c; };
struct s { int i; char c; };
union u { double d; char c[9]; };
typedef int (*fp)(int);

#define S(T) printf("%-22s %2d\n", #T, (int)sizeof(T))

int main(int argc, char **argv) {
    (void)argv;
    S(char); S(signed char); S(unsigned char); S(short); S(unsigned short);
    S(int); S(unsigned); S(long); S(unsigned long); S(long long); S(unsigned long long);
    S(float); S(double); S(_Bool); S(bool);
    S(void *); S(char *); S(int **); S(fp); S(size_t); S(ptrdiff_t); S(intptr_t); S(uintptr_t);
    S(intmax_t); S(int8_t); S(int16_t); S(int32_t); S(int64_t); S(uint_least8_t); S(int_least16_t);
    S(uint_fast8_t); S(int_least64_t);
    S(enum e); S(struct empty_ish); S(struct s); S(union u); S(int[7]); S(char[3][5]); S(struct s[2]);
    S(wchar_t);
    printf("long double >= double: %d\n", sizeof(long double) >= sizeof(double));
    int arr[12];
    printf("%d %d %d\n", (int)sizeof arr, (int)sizeof arr[0], (int)(sizeof arr / sizeof *arr));
    printf("%d %d\n", (int)sizeof "hello", (int)sizeof("a" "bc"));
    printf("%d %d %d\n", (int)sizeof 'a', (int)sizeof 1.0f, (int)sizeof 1.0);
    printf("%d %d %d\n", (int)sizeof 1, (int)sizeof 1L, (int)sizeof 1ULL);
    printf("%d\n", (int)sizeof 2147483648);        /* does not fit int: long */
    printf("%d\n", (int)sizeof 0x80000000);        /* fits unsigned int */
    printf("%d\n", (int)sizeof 4294967296);
    int n = 0;
    size_t sz = sizeof(n++);                        /* not evaluated */
    printf("%d %d\n", (int)sz, n);
    printf("%d\n", (int)sizeof(sizeof(int)));
    struct s *ps = NULL;
    printf("%d %d\n", (int)sizeof *ps, (int)sizeof ps->c);
    printf("%d\n", (int)sizeof(fp[3]));
    printf("%d\n", (int)sizeof(main(argc, argv) + 1));
    return 0;
}
