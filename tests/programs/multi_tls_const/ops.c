#include "shared.h"
int enter(void) { return ++tls_depth; }
int leave(void) { return --tls_depth; }
int prime_sum(void) { int s = 0; for (int i = 0; i < nprimes; i++) s += primes[i]; return s; }
