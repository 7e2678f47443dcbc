#include "mathx.h"
extern inline int clampi(int v, int lo, int hi);
extern inline long sq(long v);
int uses_inline_a(int v) { return clampi(v, 0, 100) + private_twice(v); }
