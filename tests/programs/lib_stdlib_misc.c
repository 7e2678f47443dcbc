#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_char(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }

int main(void) {
    printf("%d %d %ld %lld\n", abs(-5), abs(7), labs(-100000L), llabs(-10000000000LL));
    div_t d = div(47, 5);
    printf("%d %d\n", d.quot, d.rem);
    char letters[] = "stdlibfunctions";
    qsort(letters, strlen(letters), 1, cmp_char);
    printf("%s\n", letters);
    char key = 'o';
    char *f = bsearch(&key, letters, strlen(letters), 1, cmp_char);
    printf("%c at %d\n", f ? *f : '?', f ? (int)(f - letters) >= 0 : -1);
    printf("%d %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    printf("%d\n", RAND_MAX >= 32767);
    printf("%d\n", (int)MB_CUR_MAX >= 1);
    printf("%s\n", getenv("MICA_SURELY_UNDEFINED_VARIABLE_XYZ") == NULL ? "unset" : "set");
    void *p = calloc(0, 4);
    free(p);
    void *aligned = aligned_alloc(64, 256);
    printf("%d\n", aligned != NULL && ((size_t)aligned % 64) == 0);
    free(aligned);
    return 0;
}
