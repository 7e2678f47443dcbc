#include <stdio.h>
#include <ctype.h>

int main(void) {
    const char *classes[] = { "alnum", "alpha", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit", "blank" };
    int (*fns[])(int) = { isalnum, isalpha, iscntrl, isdigit, isgraph, islower, isprint, ispunct, isspace, isupper, isxdigit, isblank };
    for (int k = 0; k < 12; k++) {
        int count = 0;
        unsigned long long hash = 0;
        for (int c = 0; c < 128; c++) if (fns[k](c)) { count++; hash = hash * 131 + (unsigned)c; }
        printf("%-7s %3d %llu\n", classes[k], count, hash);
    }
    for (int k = 0; k < 12; k++) printf("%d", fns[k](EOF) != 0);
    printf("\n");
    const char *s = "Hello, World! 123 xyz";
    for (const char *p = s; *p; p++) putchar(toupper((unsigned char)*p));
    putchar('\n');
    for (const char *p = s; *p; p++) putchar(tolower((unsigned char)*p));
    putchar('\n');
    printf("%c %c %d %d\n", toupper('a'), tolower('Q'), toupper('5'), tolower(200));
    int words = 0, in = 0;
    for (const char *p = "  several   words here\tand\nthere "; *p; p++) {
        if (isspace((unsigned char)*p)) in = 0;
        else if (!in) { in = 1; words++; }
    }
    printf("%d\n", words);
    return 0;
}
