#ifndef GUARD_H
#define GUARD_H
#include "once.h"
struct guarded { once_thing t; int extra; };
int helper_sum(const struct guarded *g);
#endif
