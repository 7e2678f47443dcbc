#include <stdio.h>

static _Thread_local int tl_counter = 5;
_Thread_local int tl_array[4] = { 1, 2, 3, 4 };
static _Thread_local double tl_zero;
static _Thread_local struct { int a; char name[8]; } tl_struct = { 42, "tls" };

static int bump(void) { return ++tl_counter; }
static int *addr_of_tl(void) { return &tl_array[2]; }

int main(void) {
    static _Thread_local int local_tl = 100;   /* block scope: needs static */
    printf("%d\n", tl_counter);
    bump(); bump();
    printf("%d\n", tl_counter);
    int s = 0;
    for (int i = 0; i < 4; i++) s += tl_array[i];
    printf("%d\n", s);
    *addr_of_tl() = 30;
    printf("%d\n", tl_array[2]);
    printf("%.1f\n", tl_zero);
    tl_zero += 1.5;
    printf("%.1f\n", tl_zero);
    printf("%d %s\n", tl_struct.a, tl_struct.name);
    tl_struct.name[0] = 'T';
    printf("%s\n", tl_struct.name);
    local_tl++;
    printf("%d\n", local_tl);
    int *p = &tl_counter;
    *p = 77;
    printf("%d\n", bump());
    return 0;
}
