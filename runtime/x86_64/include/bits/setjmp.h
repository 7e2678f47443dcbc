/* x86_64: __builtin_setjmp saves rbx rbp r12 r13 r14 r15 rsp rip. */
#ifndef _BITS_SETJMP_H
#define _BITS_SETJMP_H
#define __MICA_JMPBUF_WORDS 8
#endif
