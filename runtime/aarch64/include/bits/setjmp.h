/* aarch64: __builtin_setjmp saves x19-x28, x29, sp, the resume address and d8-d15
   (21 words, rounded up to keep the buffer a multiple of 16 bytes). */
#ifndef _BITS_SETJMP_H
#define _BITS_SETJMP_H
#define __MICA_JMPBUF_WORDS 22
#endif
