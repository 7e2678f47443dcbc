#include "guard.h"
#include "once.h"
#include "guard.h"

int helper_sum(const struct guarded *g) {
    once_counter += 10; /* a different static object from main.c's */
    return g->t.a + g->t.b + g->extra + once_counter;
}
