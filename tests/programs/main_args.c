#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int main(int argc, char *argv[]) {
    printf("argc %d\n", argc);
    const char *base = strrchr(argv[0], '/');
    printf("argv[0] ends with a name: %d\n", (base ? base + 1 : argv[0])[0] != 0);
    long sum = 0;
    for (int i = 1; i < argc; i++) {
        printf("argv[%d] = \"%s\" (%d chars)\n", i, argv[i], (int)strlen(argv[i]));
        sum += strtol(argv[i], NULL, 10);
    }
    printf("argv[argc] is null: %d\n", argv[argc] == NULL);
    printf("sum of numeric args %ld\n", sum);
    char **p = argv + 1;
    while (*p) p++;
    printf("counted %d\n", (int)(p - argv));
    return 0;
}
