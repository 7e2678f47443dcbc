#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("handler first (runs last)\n"); }
static void second(void) { printf("handler second\n"); }
static void third(void) { printf("handler third (runs first)\n"); }

int main(void) {
    atexit(first);
    atexit(second);
    atexit(third);
    printf("main body\n");
    printf("buffered text without newline");
    exit(EXIT_FAILURE);
}
