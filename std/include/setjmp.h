#ifndef _SETJMP_H
#define _SETJMP_H
#include <bits/setjmp.h>
typedef long jmp_buf[__MICA_JMPBUF_WORDS];
/* setjmp must be called directly: the builtin saves the caller's context */
#define setjmp(env) __builtin_setjmp(env)
_Noreturn void longjmp(jmp_buf, int);
/* POSIX: signal masks are not saved */
typedef long sigjmp_buf[__MICA_JMPBUF_WORDS];
#define sigsetjmp(env, savemask) __builtin_setjmp(env)
_Noreturn void siglongjmp(sigjmp_buf, int);
#define _setjmp(env) __builtin_setjmp(env)
_Noreturn void _longjmp(jmp_buf, int);
#endif
