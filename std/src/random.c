/* random/srandom (POSIX): the same generator and state as rand/srand. */
#include <stdlib.h>

int __mica_random(void);
void __mica_srandom(unsigned int seed);

long random(void) { return __mica_random(); }
void srandom(unsigned int seed) { __mica_srandom(seed); }
