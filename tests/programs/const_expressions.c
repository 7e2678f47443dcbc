#include <stdio.h>
#include <stddef.h>

#define N 5
enum { A = 3, B = A * 4 - 1, C = (B << 2) | 1, D = sizeof(int) * 2, E = -(C % 7), F = 1 ? 10 : 20 };
struct bits { unsigned f1 : A; unsigned f2 : D - 3; };
static int arr1[N * 2 + 1];
static int arr2[sizeof(struct bits) + 1];
static char arr3[(int)2.5 * 2];                   /* a floating constant as the immediate operand of a cast */
static const int init_from_expr = 'a' + 1 + (int)3.9 + sizeof(long) * 0x10;
static int arr4[] = { [B] = 1 };
static double dconst = 1.0 / 4 + (double)N;
struct with_offsets { char a; int b; double c; };
static size_t offsets[] = { offsetof(struct with_offsets, b), offsetof(struct with_offsets, c) };
_Static_assert(C == 45, "C");
_Static_assert(sizeof arr4 / sizeof arr4[0] == B + 1, "arr4");

int main(void) {
    printf("%d %d %d %d %d %d\n", A, B, C, D, E, F);
    printf("%d %d %d %d\n", (int)sizeof arr1, (int)sizeof arr2, (int)sizeof arr3, (int)(sizeof arr4 / sizeof arr4[0]));
    printf("%d %.2f\n", init_from_expr, dconst);
    printf("%zu %zu\n", offsets[0], offsets[1]);
    int x = 45;
    switch (x) {
    case C: printf("case C\n"); break;
    case C + 1: printf("case C+1\n"); break;
    case (1 << 10) - 1: printf("1023\n"); break;
    }
    struct bits b = { 7, 31 };
    printf("%u %u %d\n", b.f1, b.f2, (int)sizeof b);
    printf("%d\n", (int)(sizeof(int[A][B]) / sizeof(int)));
    printf("%d\n", 0x7fffffff + 0 == 2147483647);
    return 0;
}
