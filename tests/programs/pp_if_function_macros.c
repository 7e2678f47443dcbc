#include <stdio.h>

#define VERSION(maj, min) ((maj) * 100 + (min))
#define CURRENT VERSION(3, 14)
#define IS_SET(x) ((x) & FLAG_MASK)
#define FLAG_MASK 0x10
#define OPTIONS 0x31
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define EMPTY
#define ISEMPTY(x) (EMPTY x EMPTY 1 == 1)

int main(void) {
#if CURRENT >= VERSION(3, 0) && CURRENT < VERSION(4, 0)
    printf("version 3.x (%d)\n", CURRENT);
#endif
#if IS_SET(OPTIONS)
    printf("flag set\n");
#endif
#if MAX(3, 8) == 8 && MAX(-1, -5) == -1
    printf("max works in #if\n");
#endif
#if defined(VERSION) && !defined(UNDEFINED_MACRO) && (CURRENT % 100) == 14
    printf("minor 14\n");
#endif
#if ISEMPTY()
    printf("empty argument\n");
#endif
#define LEVEL 2
#if LEVEL == 1
    printf("level one\n");
#elif LEVEL == 2 && defined LEVEL
    printf("level two\n");
#endif
    return 0;
}
