/* A header with a static inline function: each file that uses it gets its own copy,
   and the line table of each names util.h. */
static inline int clamp(int v, int lo, int hi)
{
    if (v < lo)
        return lo;
    if (v > hi)
        return hi;
    return v;
}

struct range { int lo, hi; };
int range_fit(const struct range *r, int v);
int shape_area(int w, int h);
