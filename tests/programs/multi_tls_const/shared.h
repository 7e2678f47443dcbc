#ifndef SHARED_H
#define SHARED_H
extern _Thread_local int tls_depth;
extern const int primes[];
extern const int nprimes;
extern const char *const greetings[3];
extern const struct limits { int lo, hi; } default_limits;
int enter(void);
int leave(void);
int prime_sum(void);
#endif
