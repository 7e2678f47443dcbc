#include <stdio.h>
#include "shapes.h"

int main(void) {
    struct shape shapes[4];
    shapes[0] = make_circle("wheel", 1, 2, 1.5);
    shapes[1] = make_rect("door-with-a-long-name", 0, 0, 2, 4.5);
    shapes[2] = make_tri("wedge", (struct point){ 0, 0 }, (struct point){ 4, 0 }, (struct point){ 0, 3 });
    shapes[3] = translate(shapes[2], 10, -1);
    double total = 0;
    for (int i = 0; i < 4; i++) { describe(&shapes[i]); total += area(&shapes[i]); }
    printf("total %.3f sizeof %d\n", total, (int)sizeof(struct shape));
    printf("%.1f %.1f\n", shapes[3].u.tri.c.x, shapes[3].u.tri.c.y);
    return 0;
}
