#include <stdio.h>
#include <string.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a ## b
#define XCAT(a, b) CAT(a, b)
#define VALUE 42
#define NAME(n) var_ ## n
#define MAKE_FN(name) static int fn_ ## name(void) { return sizeof(#name) - 1; }
#define FIELD(t, n) t n;
#define HASHHASH # ## #
#define STRLIT(x) STR(x)

MAKE_FN(alpha)
MAKE_FN(be)

struct point { FIELD(int, x) FIELD(int, y) };

int main(void) {
    int var_1 = 11, var_2 = 22, var_12 = 1212;
    int xy = 99;
    printf("%s\n", STR(hello));
    printf("%s\n", STR(VALUE));
    printf("%s\n", XSTR(VALUE));
    printf("[%s]\n", STR(  spaced    out   tokens  ));
    printf("[%s]\n", STR("quoted \"string\" with \\ backslash"));
    printf("[%s]\n", STR('a' '\n'));
    printf("[%s]\n", STR(a + b*c));
    printf("[%s]\n", STR());
    printf("%d %d %d\n", NAME(1), NAME(2), CAT(var_, 12));
    printf("%d\n", CAT(x, y));
    printf("%d\n", XCAT(1, 2) + 0);
    printf("%d\n", CAT(0x, 1F));
    printf("%d %d\n", fn_alpha(), fn_be());
    struct point p = { 3, 4 };
    printf("%d %d\n", p.x, p.y);
    printf("%s\n", XSTR(HASHHASH));
    printf("%s\n", XSTR(CAT(VAL, UE)));
    printf("%s\n", STR(CAT(VAL, UE)));
    printf("%d\n", CAT(VAL, UE));
    printf("%s %d\n", XSTR(__LINE__), __LINE__);
    printf("%d\n", (int)strlen(STR(x   +   y)));
    printf("%g\n", CAT(1.5e, 3));
    printf("%d\n", XCAT(1, XCAT(2, 3)) + 1);
    return 0;
}
