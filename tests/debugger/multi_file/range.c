/* Range helpers. */
#include "util.h"

int range_fit(const struct range *r, int v)
{
    int fitted = clamp(v, r->lo, r->hi);
    return fitted;
}
