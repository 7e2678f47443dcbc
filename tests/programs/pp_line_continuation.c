#include <stdio.h>

#define LONG_MACRO(a, b) \
    ((a) * 100 + \
     (b))
#define MULTI_STMT(x) do { \
        printf("x=%d ", (x)); \
        printf("x*2=%d\n", (x) * 2); \
    } while (0)
#define STR(x) #x
#define XSTR(x) STR(x)

int main(void) {
    printf("%d\n", LONG_MACRO(1, 2));
    MULTI_STMT(21);
    const char *s = "a string \
continued on the next line";
    printf("%s\n", s);
    int val\
ue = 5;
    printf("%d\n", value);
    printf("%s\n", XSTR(LONG_MACRO(3, 4)));
    /* a comment with a backslash at the end of the line does not continue the code: \
       but this is still inside the comment */
    printf("%d\n", 4\
2);
    // a line comment continued \
    printf("this line is part of the comment\n");
    printf("done\n");
    return 0;
}
