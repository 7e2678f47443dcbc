#include <stdio.h>
#define HDR <string.h>
#include HDR
#define QHDR "stdlib.h"
#include QHDR

#
# /* null directives above and here */

#define EMPTY
#define EMPTY_FN()
#define PLUS +
#define MINUS -
#define NEGATE(x) -x
#define CONCAT_OP(a, b) a b
#define STR(x) #x
#define XSTR(x) STR(x)
#define COMMA ,
#define ARGS2 1 COMMA 2
#define TAKE2(a, b) (a * 10 + b)
#define APPLY(m, args) m args

int main(void) {
    int x = 5;
    /* tokens produced by macros never merge into new tokens */
    printf("%d\n", -NEGATE(x));
    printf("%d\n", x PLUS PLUS 1);
    printf("%d\n", x MINUS MINUS 1);
    printf("[%s]\n", XSTR(PLUS PLUS));
    printf("[%s]\n", XSTR(-NEGATE(x)));
    printf("%d\n", CONCAT_OP(x, +) 3);
    printf("%d\n", APPLY(TAKE2, (3, 4)));
    printf("%d\n", APPLY(TAKE2, (ARGS2)));
    printf("%d\n", (int)strlen(XSTR(EMPTY EMPTY_FN() EMPTY)));
    EMPTY_FN() EMPTY;
    printf("%d\n", abs(-17));
    /* macros are not expanded inside string literals or character constants */
    printf("%s\n", "PLUS MINUS x");
    printf("%c\n", 'x');
    /* digraphs */
    int arr<:3:> = <% 1, 2, 3 %>;
    printf("%d\n", arr<:2:>);
    /* comments become one space */
    int/**/y/**/=/**/4;
    printf("%d\n", y);
    printf("%s\n", XSTR(a/**/b));
    /* line splicing inside tokens */
    int lo\
ng_name = 12;
    printf("%d\n", long_name);
    printf("%s\n", "spl\
iced");
    return 0;
}
