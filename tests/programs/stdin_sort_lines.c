#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static int cmp_len(const void *a, const void *b) {
    size_t x = strlen(*(char *const *)a), y = strlen(*(char *const *)b);
    return x != y ? (x < y ? -1 : 1) : cmp(a, b);
}

int main(void) {
    char **lines = NULL;
    size_t n = 0, cap = 0;
    char buf[256];
    while (fgets(buf, sizeof buf, stdin)) {
        buf[strcspn(buf, "\r\n")] = 0;
        if (n == cap) { cap = cap ? cap * 2 : 4; lines = realloc(lines, cap * sizeof *lines); }
        lines[n] = malloc(strlen(buf) + 1);
        strcpy(lines[n], buf);
        n++;
    }
    qsort(lines, n, sizeof *lines, cmp);
    printf("%zu lines sorted:\n", n);
    for (size_t i = 0; i < n; i++) printf("  [%s]\n", lines[i]);
    size_t uniq = 0;
    for (size_t i = 0; i < n; i++) if (i == 0 || strcmp(lines[i], lines[i - 1])) uniq++;
    printf("unique %zu\n", uniq);
    qsort(lines, n, sizeof *lines, cmp_len);
    printf("shortest [%s] longest [%s]\n", lines[0], lines[n - 1]);
    for (size_t i = 0; i < n; i++) free(lines[i]);
    free(lines);
    return 0;
}
