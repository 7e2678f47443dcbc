#include <stdio.h>
#include <string.h>

static void dump(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) printf("%d ", (unsigned char)s[i]);
    printf("\n");
}

int main(void) {
    const char s[] = "\a\b\f\n\r\t\v\\\'\"\?";
    dump(s, sizeof s);
    printf("%d %d %d %d %d %d %d\n", '\a', '\b', '\f', '\n', '\r', '\t', '\v');
    printf("%d %d %d %d\n", '\\', '\'', '\"', '\?');
    printf("%d %d %d %d\n", '\0', '\7', '\77', '\177');
    printf("%d %d %d\n", '\x0', '\x7f', '\x41');
    const char o[] = "\1\12\123\1234";              /* \123 then '4' */
    dump(o, sizeof o);
    const char h[] = "\x1\x12\x7F" "f";
    dump(h, sizeof h);
    printf("%d\n", (unsigned char)'\377');
    printf("%d\n", (unsigned char)'\xff');
    printf("%s\n", "tab\there");
    printf("%s\n", "quote: \"x\" apostrophe: ' \'");
    printf("%s\n", "question?\?=");                 /* avoids a trigraph */
    printf("%s\n", "back\\slash");
    printf("%d\n", (int)strlen("\n\t\\"));
    char c = '"';
    printf("%c%c\n", c, '\'');
    printf("%%d literal percent: 100%%\n");
    printf("%s", "carriage\rreturn\n");
    return 0;
}
