#include <stdio.h>
#include <stddef.h>

struct point { short x, y; };
struct poly { char name[5]; int npts; struct point pts[4]; double area; struct { char tag; long id; } meta; };

int main(void) {
    printf("%d %d %d %d\n", (int)offsetof(struct poly, name), (int)offsetof(struct poly, npts), (int)offsetof(struct poly, pts), (int)offsetof(struct poly, area));
    printf("%d %d %d\n", (int)offsetof(struct poly, pts[2]), (int)offsetof(struct poly, pts[3].y), (int)offsetof(struct poly, name[4]));
    printf("%d %d %d\n", (int)offsetof(struct poly, meta), (int)offsetof(struct poly, meta.id), (int)sizeof(struct poly));
    struct poly p = { "quad", 4, { { 0, 0 }, { 4, 0 }, { 4, 3 }, { 0, 3 } }, 12.0, { 'q', 77 } };
    /* recover the containing struct from a member pointer */
    struct point *third = &p.pts[2];
    struct poly *back = (struct poly *)((char *)third - offsetof(struct poly, pts[2]));
    printf("%s %d %.1f %ld\n", back->name, back->npts, back->area, back->meta.id);
    short *py = (short *)((char *)&p + offsetof(struct poly, pts[1].y) + sizeof(struct point));
    printf("%d\n", *py);
    return 0;
}
