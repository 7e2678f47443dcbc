#include <stdio.h>
#include <string.h>

static const char *base(const char *p) {
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

#define WHERE() printf("%s:%d\n", base(__FILE__), __LINE__)
#define LINE_STR2(x) #x
#define LINE_STR(x) LINE_STR2(x)

int main(void) {
    WHERE();
    printf("line %d\n", __LINE__);
    int a = __LINE__,
        b = __LINE__;
    printf("b - a = %d\n", b - a);
    printf("multi-line macro call line: %d\n", __LINE__ + 0 * (
        1 +
        2));
#line 1000
    printf("after #line 1000: %d\n", __LINE__);
    printf("next line: %d\n", __LINE__);
#line 2000 "renamed.c"
    printf("%s %d\n", __FILE__, __LINE__);
    WHERE();
    printf("%s\n", LINE_STR(__LINE__));
#define NEWLINE 3000
#define NEWFILE "macro_named.c"
#line NEWLINE NEWFILE
    printf("%s %d\n", __FILE__, __LINE__);
    /* a comment
       spanning lines */
    printf("%d\n", __LINE__);
    printf("%s\n", __func__);
    printf("%d %d\n", __STDC__, (int)(__STDC_VERSION__ / 100));
    printf("%d\n", __STDC_HOSTED__);
    printf("date len %d time len %d\n", (int)strlen(__DATE__), (int)strlen(__TIME__));
    return 0;
}
