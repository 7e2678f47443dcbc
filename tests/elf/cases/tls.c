/* Thread-local storage in the main thread: initialised (.tdata) and zero (.tbss)
 * variables of several sizes and alignments, a thread-local array and struct, a static
 * thread-local in a function, and their addresses (distinct, aligned). */
#include <stdio.h>

_Thread_local int t_int = 7;                          /* .tdata */
_Thread_local long long t_ll = -1234567890123LL;      /* .tdata */
_Thread_local char t_ch = 'T';                        /* .tdata */
_Thread_local int t_zero;                             /* .tbss */
_Thread_local long t_arr[16];                         /* .tbss */
_Thread_local _Alignas(32) char t_aligned[5] = "abcd"; /* .tdata, 32-aligned */
_Thread_local _Alignas(64) int t_zero_aligned[3];     /* .tbss, 64-aligned */
struct rec { int a; short b; char name[6]; };
_Thread_local struct rec t_rec = {1, 2, "rec"};       /* .tdata */
static _Thread_local unsigned t_static = 0xdeadbeef;  /* .tdata, local symbol */
int global_after = 99;                                 /* ordinary .data next to .tdata */

static int bump(void) {
    static _Thread_local int n = 10;
    return ++n;
}

int main(void) {
    printf("init %d %lld %c %d %s %d %d %s %x\n", t_int, t_ll, t_ch, t_zero, t_aligned,
           t_rec.a, t_rec.b, t_rec.name, t_static);
    long s = 0;
    for (int i = 0; i < 16; i++) s += t_arr[i];
    for (int i = 0; i < 3; i++) s += t_zero_aligned[i];
    printf("zero %ld\n", s);
    t_int += 1;
    t_ll *= 2;
    t_zero = 5;
    for (int i = 0; i < 16; i++) t_arr[i] = i * i;
    t_zero_aligned[2] = 3;
    t_static ^= 0xffffffffu;
    s = 0;
    for (int i = 0; i < 16; i++) s += t_arr[i];
    printf("after %d %lld %d %ld %d %x %d\n", t_int, t_ll, t_zero, s, t_zero_aligned[2], t_static, global_after);
    printf("align %d %d %d\n", (int)((unsigned long)t_aligned % 32), (int)((unsigned long)t_zero_aligned % 64),
           (int)((unsigned long)&t_ll % 8));
    printf("distinct %d\n", (void *)&t_int != (void *)&t_zero && (void *)&t_zero != (void *)t_arr &&
           (void *)&t_int != (void *)&global_after);
    int a = bump(), b = bump();
    printf("bump %d %d\n", a, b);
    return 0;
}
