/* Several translation units and a header: breakpoints by FILE:LINE in each, stepping from
   one file into another and into header code, backtraces across files. */
#include "util.h"

static int counter = 100;       /* same name as a static in shape.c */

int main(void)
{
    struct range r = { 0, 10 };
    int a = range_fit(&r, 42);
    int b = shape_area(3, 4);
    int c = clamp(a + b, 0, 15);
    counter += c;
    return counter == 115 ? 0 : 1;
}
