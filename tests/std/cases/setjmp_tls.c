/* setjmp/longjmp and thread-local storage */
#include <stdio.h>
#include <setjmp.h>
#include <errno.h>
#include <string.h>
#include <stdlib.h>

static jmp_buf env;
static int depth;

static void deep(int n)
{
	volatile char pad[100];
	pad[0] = (char)n;
	depth = n;
	if (n == 0)
		longjmp(env, 42);
	deep(n - 1);
	(void)pad;
}

static void zero_jump(void) { longjmp(env, 0); }

_Thread_local int tl_init = 1234;
_Thread_local long tl_zero;
_Thread_local char tl_str[32] = "thread local";
_Alignas(64) _Thread_local double tl_aligned = 2.5;
static _Thread_local int tl_static = -7;

int main(void)
{
	volatile int count = 0;
	int r;
	printf("@@ setjmp\n");
	r = setjmp(env);
	printf("setjmp returned %d\n", r);
	if (r == 0)
		deep(50);
	printf("depth %d\n", depth);
	r = setjmp(env);
	count++;
	if (r == 0)
		zero_jump();
	printf("zero becomes %d, count %d\n", r, count);
	r = setjmp(env);
	if (r < 5)
		longjmp(env, r + 1);
	printf("looped to %d\n", r);
	printf("@@ tls\n");
	printf("%d %ld [%s] %g %d\n", tl_init, tl_zero, tl_str, tl_aligned, tl_static);
	printf("%d\n", (int)(((unsigned long)&tl_aligned) % 64));
	tl_init++;
	tl_zero = 99;
	strcat(tl_str, "!");
	printf("%d %ld [%s]\n", tl_init, tl_zero, tl_str);
	errno = 0;
	strtol("99999999999999999999999", 0, 10);
	printf("errno %d %d\n", errno == ERANGE, *&errno == ERANGE);
	return 0;
}
