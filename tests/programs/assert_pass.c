#include <stdio.h>
#include <assert.h>
#include <string.h>

static int calls;
static int side_effect(void) { calls++; return 1; }

int main(void) {
    int x = 5;
    assert(x == 5);
    assert(x > 0 && x < 10);
    assert(strlen("abc") == 3);
    assert(side_effect());
    printf("asserts passed, side effect ran %d time(s)\n", calls);
#define NDEBUG
#include <assert.h>
    assert(side_effect() == 0);     /* disabled now: not evaluated */
    printf("after NDEBUG calls=%d\n", calls);
#undef NDEBUG
#include <assert.h>
    assert(side_effect());
    printf("re-enabled calls=%d\n", calls);
    return 0;
}
