#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int verbose = 0, count = 1;
    const char *name = "world", *outfile = NULL;
    int positional = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) { positional += argc - i - 1; break; }
        if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) verbose++;
        else if (strcmp(a, "-n") == 0 && i + 1 < argc) count = atoi(argv[++i]);
        else if (strncmp(a, "--name=", 7) == 0) name = a + 7;
        else if (strncmp(a, "-o", 2) == 0) outfile = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
        else if (a[0] == '-' && a[1]) printf("unknown option %s\n", a);
        else { positional++; printf("positional: %s\n", a); }
    }
    printf("verbose=%d count=%d name=%s outfile=%s positional=%d\n", verbose, count, name, outfile ? outfile : "(none)", positional);
    for (int i = 0; i < count && i < 3; i++) printf("hello, %s!\n", name);
    return 0;
}
