#include <stdio.h>
#include <string.h>

#define PREFIX "pre"
#define JOIN(a, b) a b

int main(void) {
    const char *s = "abc" "def" "ghi";
    printf("%s %d\n", s, (int)strlen(s));
    printf("%s\n", PREFIX "fix");
    printf("%s\n", JOIN("one", "two"));
    printf("%d\n", (int)sizeof("ab" "cd"));
    printf("%s\n", "multi"
                   "-line"
                   " literal");
    printf("%s\n", "\x41" "BC");                  /* \x41 ends at the literal boundary */
    printf("%s\n", "\101" "1");                   /* octal escape stops at the boundary */
    printf("%d\n", (int)strlen("\x12" "3"));
    printf("[%s]\n", "" "" "");
    char arr[] = "x" "y" "z";
    printf("%d %s\n", (int)sizeof arr, arr);
    printf("%c\n", "literal"[3]);
    printf("%c\n", *("abc" + 2));
    printf("%d\n", (int)sizeof "embedded\0nul");
    printf("%d\n", (int)strlen("embedded\0nul"));
    const char *table[] = { "a" "b", "c", "d" "e" "f" };
    printf("%d %s %s %s\n", (int)(sizeof table / sizeof table[0]), table[0], table[1], table[2]);
    char big[] = "0123456789" "0123456789" "0123456789" "0123456789" "0123456789"
                 "0123456789" "0123456789" "0123456789" "0123456789" "0123456789";
    printf("%d\n", (int)sizeof big);
    return 0;
}
