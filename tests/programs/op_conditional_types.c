#include <stdio.h>

#define TYPE_NAME(x) _Generic((x), int: "int", unsigned: "unsigned", long: "long", \
    unsigned long: "unsigned long", long long: "long long", unsigned long long: "unsigned long long", double: "double", float: "float", \
    char *: "char *", const char *: "const char *", void *: "void *", const void *: "const void *", \
    int *: "int *", const int *: "const int *", short: "short", char: "char", default: "other")

struct s { int v; };

int main(void) {
    int c = 1;
    printf("%s\n", TYPE_NAME(c ? 1 : 2u));
    printf("%s\n", TYPE_NAME(c ? 1 : 2L));
    printf("%s\n", TYPE_NAME(c ? 1 : 2.0f));
    printf("%s\n", TYPE_NAME(c ? 1.0f : 2.0));
    printf("%s\n", TYPE_NAME(c ? (short)1 : (char)2));
    printf("%s\n", TYPE_NAME(c ? 1u : 2L));
    printf("%s\n", TYPE_NAME(c ? 1ul : 2LL));
    int x = 5;
    const int cx = 6;
    void *vp = &x;
    printf("%s\n", TYPE_NAME(c ? &x : vp));
    printf("%s\n", TYPE_NAME(c ? &x : &cx));
    printf("%s\n", TYPE_NAME(c ? &x : 0));
    printf("%s\n", TYPE_NAME(c ? "lit" : (char *)0));
    printf("%s\n", TYPE_NAME(c ? vp : (const int *)&cx));
    /* values after conversion */
    printf("%u\n", c ? -1 : 0u);
    printf("%.1f\n", c ? 7 : 0.5);
    printf("%ld\n", !c ? 0L : -1);
    struct s a = { 1 }, b = { 2 };
    printf("%d\n", (c ? a : b).v);
    printf("%d\n", (!c ? a : b).v);
    int arr1[3] = { 1, 2, 3 }, arr2[3] = { 4, 5, 6 };
    printf("%d\n", (c ? arr1 : arr2)[2]);
    int y = 0, z = 0;
    *(c ? &y : &z) = 9;
    printf("%d %d\n", y, z);
    c ? (void)printf("void branch taken\n") : (void)0;
    unsigned char uc = 200;
    printf("%d\n", c ? uc : -1);              /* int */
    printf("%s\n", TYPE_NAME(uc));
    printf("%s\n", TYPE_NAME(+uc));
    printf("%s\n", TYPE_NAME('a'));
    printf("%s\n", TYPE_NAME(1 ? (char)'a' : (char)'b'));
    return 0;
}
