#include <stdio.h>

struct point { int x, y; };
struct rect { struct point tl, br; const char *name; };
struct cfg { int id; int arr[5]; struct { char c; double d; } sub; int tail; };
union num { int i; float f; char bytes[4]; };

static const char *const colors[] = { [2] = "blue", [0] = "red", [1] = "green" };
static int sparse[10] = { [3] = 3, [7] = 7, 8, 9 };  /* 8 and 9 follow index 7 */
static int overridden[5] = { 1, 2, 3, [1] = 20, 30 }; /* later ones override */
static int matrix[3][3] = { [0][0] = 1, [1][1] = 5, [2] = { 7, 8, 9 } };

int main(void) {
    struct rect r = { .br = { .x = 10, .y = 20 }, .tl.x = 1, .tl.y = 2, .name = "box" };
    printf("%d %d %d %d %s\n", r.tl.x, r.tl.y, r.br.x, r.br.y, r.name);
    struct cfg c = { .sub.d = 2.5, .arr[3] = 33, .arr[1] = 11, .id = 4, .sub = { .c = 'q' }, 99 };
    /* note: .sub = { .c = 'q' } re-initialises sub, so sub.d becomes 0 */
    printf("%d %d %d %d %c %.1f %d\n", c.id, c.arr[0], c.arr[1], c.arr[3], c.sub.c, c.sub.d, c.tail);
    struct cfg c2 = { .arr = { [4] = 4, [0] = 1 }, .tail = 7 };
    printf("%d %d %d %d\n", c2.arr[0], c2.arr[4], c2.tail, c2.id);
    printf("%s %s %s\n", colors[0], colors[1], colors[2]);
    for (int i = 0; i < 10; i++) printf("%d ", sparse[i]);
    printf("\n");
    for (int i = 0; i < 5; i++) printf("%d ", overridden[i]);
    printf("\n");
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) printf("%d%c", matrix[i][j], j == 2 ? '\n' : ' ');
    union num n = { .f = 1.0f };
    printf("%08x\n", (unsigned)n.i);
    union num n2 = { 65 };
    printf("%d\n", n2.i);
    struct point pts[] = { [2].y = 5, [0] = { 1, 1 }, [1].x = 9 };
    printf("%d: %d %d %d %d %d %d\n", (int)(sizeof pts / sizeof pts[0]), pts[0].x, pts[0].y, pts[1].x, pts[1].y, pts[2].x, pts[2].y);
    int auto_arr[] = { [5] = 1, [2] = 2 };
    printf("%d\n", (int)(sizeof auto_arr / sizeof auto_arr[0]));
    struct { int a[3]; int b; } w = { 1, 2, 3, 4 };  /* brace elision */
    printf("%d %d\n", w.a[2], w.b);
    char s[] = { [3] = 'd', [0] = 'a', 'b', 'c', 0 };
    printf("%s %d\n", s, (int)sizeof s);
    return 0;
}
