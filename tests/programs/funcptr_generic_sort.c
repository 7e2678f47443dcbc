#include <stdio.h>
#include <string.h>

/* a generic insertion sort like qsort: element size and comparator supplied by the caller */
static void gsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    unsigned char *b = base, tmp[64];
    for (size_t i = 1; i < n; i++) {
        memcpy(tmp, b + i * size, size);
        size_t j = i;
        while (j > 0 && cmp(b + (j - 1) * size, tmp) > 0) { memcpy(b + j * size, b + (j - 1) * size, size); j--; }
        memcpy(b + j * size, tmp, size);
    }
}
static void gmap(void *base, size_t n, size_t size, void (*fn)(void *)) { for (size_t i = 0; i < n; i++) fn((unsigned char *)base + i * size); }

struct pt { short x, y; char tag; };
static int cmp_short(const void *a, const void *b) { return *(const short *)a - *(const short *)b; }
static int cmp_pt(const void *a, const void *b) {
    const struct pt *p = a, *q = b;
    int dp = p->x * p->x + p->y * p->y, dq = q->x * q->x + q->y * q->y;
    return dp != dq ? dp - dq : p->tag - q->tag;
}
static int cmp_str(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }
static void dbl_short(void *p) { *(short *)p *= 2; }
static void up_tag(void *p) { ((struct pt *)p)->tag -= 32; }

int main(void) {
    short s[] = { 5, -3, 9, 0, -12, 7, 7, 1 };
    gsort(s, 8, sizeof s[0], cmp_short);
    gmap(s, 8, sizeof s[0], dbl_short);
    for (int i = 0; i < 8; i++) printf("%d ", s[i]);
    printf("\n");
    struct pt pts[] = { { 3, 4, 'a' }, { -1, 0, 'b' }, { 0, 5, 'c' }, { 2, 2, 'd' }, { -5, 0, 'e' }, { 1, -1, 'f' } };
    gsort(pts, 6, sizeof pts[0], cmp_pt);
    gmap(pts, 6, sizeof pts[0], up_tag);
    for (int i = 0; i < 6; i++) printf("%c(%d,%d) ", pts[i].tag, pts[i].x, pts[i].y);
    printf("\n");
    char names[][8] = { "delta", "alpha", "echo", "charlie", "bravo" };
    gsort(names, 5, sizeof names[0], cmp_str);
    for (int i = 0; i < 5; i++) printf("%s ", names[i]);
    printf("\n");
    return 0;
}
