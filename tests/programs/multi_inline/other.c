#include "mathx.h"
int uses_inline_b(int v) { return (int)sq(v) + private_twice(1); }
