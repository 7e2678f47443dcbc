#include "shared.h"
_Thread_local int tls_depth = 10;
const int primes[] = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29 };
const int nprimes = sizeof primes / sizeof primes[0];
const char *const greetings[3] = { "hi", "hello", "hey" };
const struct limits default_limits = { -5, 5 };
