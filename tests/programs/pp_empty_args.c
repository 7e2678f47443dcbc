#include <stdio.h>

#define F(a) [a]
#define G(a, b) [a|b]
#define STR(x) #x
#define XSTR(x) STR(x)
#define STRV(...) #__VA_ARGS__
#define XSTRV(...) STRV(__VA_ARGS__)
#define OPT(x, ...) x __VA_ARGS__
#define CAT(a, b) a ## b
#define DEFAULT(x) (CAT(x, 0) + 0)

int main(void) {
    printf("%s\n", XSTR(F()));
    printf("%s\n", XSTR(G(,)));
    printf("%s\n", XSTR(G(1,)));
    printf("%s\n", XSTR(G(,2)));
    printf("%s\n", XSTRV(OPT(1,)));
    printf("%s\n", XSTRV(OPT(1, 2, 3)));
    printf("%d\n", DEFAULT());       /* CAT(,0) -> 0 */
    printf("%d\n", DEFAULT(5));      /* 50 */
    printf("%d\n", CAT(,) 7);
    return 0;
}
