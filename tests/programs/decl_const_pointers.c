#include <stdio.h>
#include <string.h>

static const char *const weekdays[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const int primes[] = { 2, 3, 5, 7, 11 };
static const int *const prime_ptr = primes;
struct cfg { const char *const name; const int limits[2]; };
static const struct cfg cfgs[] = { { "low", { 0, 10 } }, { "high", { 100, 1000 } } };

static size_t total_len(const char *const *list, size_t n) { size_t t = 0; for (size_t i = 0; i < n; i++) t += strlen(list[i]); return t; }
static int sum(const int *p, int n) { int s = 0; while (n--) s += *p++; return s; }

int main(void) {
    printf("%zu\n", total_len(weekdays, 7));
    printf("%d %d\n", sum(prime_ptr, 5), prime_ptr[4]);
    for (int i = 0; i < 2; i++) printf("%s %d-%d\n", cfgs[i].name, cfgs[i].limits[0], cfgs[i].limits[1]);
    const char *p = weekdays[2];      /* the pointer may change, the chars may not */
    p++;
    printf("%s\n", p);
    char buf[] = "mutable";
    char *const fixed = buf;          /* the chars may change, the pointer may not */
    fixed[0] = 'M';
    printf("%s\n", fixed);
    const char **pp = &p;
    *pp = weekdays[6];
    printf("%s\n", p);
    int x = 5;
    const int *const *ppc = &prime_ptr;
    printf("%d %d\n", **ppc, x);
    return 0;
}
