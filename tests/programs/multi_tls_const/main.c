#include <stdio.h>
#include "shared.h"

int main(void) {
    printf("%d\n", tls_depth);
    enter(); enter(); enter();
    printf("%d\n", tls_depth);
    leave();
    tls_depth *= 2;
    int before = tls_depth;
    int after = leave();
    printf("%d %d\n", before, after);
    printf("%d %d %d\n", nprimes, prime_sum(), primes[nprimes - 1]);
    for (int i = 0; i < 3; i++) printf("%s ", greetings[i]);
    printf("\n%d %d\n", default_limits.lo, default_limits.hi);
    return 0;
}
