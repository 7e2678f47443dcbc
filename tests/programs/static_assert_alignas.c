#include <stdio.h>
#include <stdalign.h>
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

_Static_assert(sizeof(int) == 4, "int is 4 bytes");
_Static_assert(sizeof(long) == 8, "LP64");
static_assert(alignof(double) == 8, "macro spelling");

struct s { char c; _Alignas(16) int i; };
struct t { _Alignas(double) char c[3]; };
struct u { alignas(32) char big; char after; };
static _Alignas(64) char aligned_global[10];
static alignas(int) char as_int[4];

int main(void) {
    _Static_assert(offsetof(struct s, i) == 16, "aligned member");
    printf("%d %d\n", (int)sizeof(struct s), (int)_Alignof(struct s));
    printf("%d %d\n", (int)sizeof(struct t), (int)_Alignof(struct t));
    printf("%d %d %d\n", (int)sizeof(struct u), (int)alignof(struct u), (int)offsetof(struct u, after));
    printf("%d %d %d %d %d\n", (int)_Alignof(char), (int)_Alignof(short), (int)_Alignof(int),
           (int)_Alignof(long long), (int)_Alignof(float));
    printf("%d\n", (int)_Alignof(max_align_t) >= 8);
    printf("%d\n", (int)((uintptr_t)aligned_global % 64));
    printf("%d\n", (int)((uintptr_t)as_int % _Alignof(int)));
    _Alignas(32) int local = 5;
    printf("%d %d\n", (int)((uintptr_t)&local % 32), local);
    struct s arr[3];
    printf("%d %d\n", (int)sizeof arr, (int)((uintptr_t)&arr[1].i % 16));
    alignas(16) char buf[3];
    printf("%d %d\n", (int)((uintptr_t)buf % 16), (int)sizeof buf);
    printf("%d\n", __alignas_is_defined + __alignof_is_defined);
    return 0;
}
