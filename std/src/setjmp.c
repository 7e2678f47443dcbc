/* longjmp: C wrappers around __builtin_longjmp (the same on every target); a value of 0 becomes 1. */
#include <setjmp.h>

_Noreturn void longjmp(jmp_buf env, int val)
{
	__builtin_longjmp(env, val ? val : 1);
}

_Noreturn void _longjmp(jmp_buf env, int val)
{
	__builtin_longjmp(env, val ? val : 1);
}

_Noreturn void siglongjmp(sigjmp_buf env, int val)
{
	__builtin_longjmp(env, val ? val : 1);
}
