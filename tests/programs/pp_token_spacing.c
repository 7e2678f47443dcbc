#include <stdio.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define EMPTY
#define PLUS +
#define CALL(f, x) f(x)
#define PAREN(x) (x)

int main(void) {
    /* stringification collapses whitespace and keeps token order */
    printf("[%s]\n", STR(a    b	c));
    printf("[%s]\n", STR( leading and trailing ));
    printf("[%s]\n", STR(a
                         b));
    printf("[%s]\n", STR(f(1,2)));
    printf("[%s]\n", STR(f( 1 , 2 )));
    printf("[%s]\n", STR("a\n" '\0' "\\"));
    printf("[%s]\n", STR(a/*comment*/b));
    printf("[%s]\n", STR(a/*comment*/ b));
    printf("[%s]\n", XSTR(PAREN(1 PLUS 2)));
    printf("[%s]\n", XSTR(CALL(PAREN, x)));
    printf("[%s]\n", STR(<<= >>= ... -> ++ -- ## #));
    printf("[%s]\n", STR(1.5e+10 0x1p-3 .5f 1u));
    printf("[%s]\n", STR(L'a'));
    return 0;
}
