#include <stdio.h>

enum color { RED, GREEN, BLUE };
enum explicit_vals { A = 10, B, C = -5, D, E = A + C * 2, F };
enum flags { F_READ = 1 << 0, F_WRITE = 1 << 1, F_EXEC = 1 << 2, F_ALL = F_READ | F_WRITE | F_EXEC };
enum { ANON_ONE = 1, ANON_TWO };
enum big { BIG_NEG = -2147483647 - 1, BIG_POS = 2147483647 };
typedef enum { SMALL, MEDIUM, LARGE } size_kind;

static const char *color_name(enum color c) {
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    }
    return "?";
}

int main(void) {
    printf("%d %d %d\n", RED, GREEN, BLUE);
    printf("%d %d %d %d %d %d\n", A, B, C, D, E, F);
    printf("%d %d\n", F_ALL, F_ALL & ~F_WRITE);
    printf("%d %d\n", ANON_ONE, ANON_TWO);
    printf("%d %d\n", BIG_NEG, BIG_POS);
    printf("%d %d\n", (int)sizeof(enum color), (int)sizeof(RED));
    enum color c = BLUE;
    c--;
    printf("%s\n", color_name(c));
    for (enum color k = RED; k <= BLUE; k++) printf("%s ", color_name(k));
    printf("\n");
    size_kind sk = LARGE;
    printf("%d\n", sk * 10 + MEDIUM);
    int arr[BLUE + 1] = { [RED] = 5, [BLUE] = 7 };
    printf("%d %d\n", (int)(sizeof arr / sizeof arr[0]), arr[BLUE]);
    enum color from_int = (enum color)1;
    printf("%s\n", color_name(from_int));
    printf("%d\n", RED - 1 < 0);                 /* enum constants have type int */
    {
        enum color { RED = 100 };                /* a new enum in an inner scope */
        printf("%d\n", RED);
    }
    printf("%d\n", RED);
    return 0;
}
