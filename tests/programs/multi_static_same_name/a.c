#include <stdio.h>

static int helper(int x) { return x * 2; }        /* same name as in b.c */
static int counter = 100;                          /* same name as in b.c */
static const char *whoami(void) { return "a.c"; }

int b_entry(int x);
const char *b_name(void);

int a_entry(int x) { counter++; return helper(x) + counter; }
const char *a_name(void) { return whoami(); }

int main(void) {
    printf("%s %s\n", a_name(), b_name());
    printf("%d %d\n", a_entry(5), b_entry(5));
    printf("%d %d\n", a_entry(5), b_entry(5));
    int (*fa)(int) = helper;
    printf("%d\n", fa(21));
    return 0;
}
