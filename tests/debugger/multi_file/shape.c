/* Shape helpers, with their own file-scope static called counter. */
#include "util.h"

static int counter;

int shape_area(int w, int h)
{
    int area = w * h;
    counter++;
    int fitted = clamp(area, 1, 100);
    return fitted;
}
