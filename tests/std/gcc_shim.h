/* Test-only: lets gcc compile std/ and runtime/ by supplying, with inline asm,
   the mica builtins gcc lacks (x86_64 only).  Force-included with
   -include tests/std/gcc_shim.h; never used by mica. */
#ifndef __mica__
#ifndef MICA_GCC_SHIM_H
#define MICA_GCC_SHIM_H

static inline long __mica_shim_sc6(long n, long a, long b, long c, long d, long e, long f)
{
	long ret;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return ret;
}
#define __MICA_SHIM_SEL(_0, _1, _2, _3, _4, _5, _6, NAME, ...) NAME
#define __MICA_SHIM_S0(n) __mica_shim_sc6((long)(n), 0, 0, 0, 0, 0, 0)
#define __MICA_SHIM_S1(n, a) __mica_shim_sc6((long)(n), (long)(a), 0, 0, 0, 0, 0)
#define __MICA_SHIM_S2(n, a, b) __mica_shim_sc6((long)(n), (long)(a), (long)(b), 0, 0, 0, 0)
#define __MICA_SHIM_S3(n, a, b, c) __mica_shim_sc6((long)(n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define __MICA_SHIM_S4(n, a, b, c, d) __mica_shim_sc6((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define __MICA_SHIM_S5(n, a, b, c, d, e) __mica_shim_sc6((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)
#define __MICA_SHIM_S6(n, a, b, c, d, e, f) __mica_shim_sc6((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define __builtin_syscall(...)                                                                     \
	__MICA_SHIM_SEL(__VA_ARGS__, __MICA_SHIM_S6, __MICA_SHIM_S5, __MICA_SHIM_S4, __MICA_SHIM_S3, \
			__MICA_SHIM_S2, __MICA_SHIM_S1, __MICA_SHIM_S0, dummy)(__VA_ARGS__)

static inline void *__mica_shim_tp(void)
{
	void *p;
	__asm__ volatile("mov %%fs:0, %0" : "=r"(p));
	return p;
}
#define __builtin_thread_pointer() __mica_shim_tp()
#define __builtin_set_thread_pointer(tp) ((void)__mica_shim_sc6(158, 0x1002, (long)(tp), 0, 0, 0, 0))

/* mica's setjmp/longjmp semantics (8 words: rbx rbp r12 r13 r14 r15 rsp rip),
   returning any value; gcc's own __builtin_setjmp is different. */
__attribute__((returns_twice)) int __mica_shim_setjmp(void *buf);
__attribute__((noreturn)) void __mica_shim_longjmp(void *buf, int val);
#define __builtin_setjmp(b) __mica_shim_setjmp(b)
#define __builtin_longjmp(b, v) __mica_shim_longjmp(b, v)

/* signal restorer: compiled with -O2 -fomit-frame-pointer, the restorer
   function's body is exactly this (rsp untouched at entry). */
#define __builtin_sigreturn() __asm__ volatile("mov $15, %%eax\n\tsyscall" ::: "memory")

/* process entry: runtime/x86_64/start.c's C _start(long *sp) is renamed, and a
   real entry point passes it the initial stack pointer. */
#define _start __mica_shim_c_start

__asm__(".section .text.__mica_shim_entry,\"axG\",@progbits,__mica_shim_entry,comdat\n"
	".globl _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xor %ebp, %ebp\n"
	"	mov %rsp, %rdi\n"
	"	and $-16, %rsp\n"
	"	call __mica_shim_c_start\n"
	"	hlt\n"
	".globl __mica_shim_setjmp\n"
	".type __mica_shim_setjmp,@function\n"
	"__mica_shim_setjmp:\n"
	"	mov %rbx, 0(%rdi)\n"
	"	mov %rbp, 8(%rdi)\n"
	"	mov %r12, 16(%rdi)\n"
	"	mov %r13, 24(%rdi)\n"
	"	mov %r14, 32(%rdi)\n"
	"	mov %r15, 40(%rdi)\n"
	"	lea 8(%rsp), %rdx\n"
	"	mov %rdx, 48(%rdi)\n"
	"	mov (%rsp), %rdx\n"
	"	mov %rdx, 56(%rdi)\n"
	"	xor %eax, %eax\n"
	"	ret\n"
	".globl __mica_shim_longjmp\n"
	".type __mica_shim_longjmp,@function\n"
	"__mica_shim_longjmp:\n"
	"	mov %esi, %eax\n"
	"	mov 0(%rdi), %rbx\n"
	"	mov 8(%rdi), %rbp\n"
	"	mov 16(%rdi), %r12\n"
	"	mov 24(%rdi), %r13\n"
	"	mov 32(%rdi), %r14\n"
	"	mov 40(%rdi), %r15\n"
	"	mov 48(%rdi), %rsp\n"
	"	jmp *56(%rdi)\n"
	".text\n");

#endif
#endif
