/* x86_64 thread-local storage: TLS variant II.
   The thread pointer (%fs base) points just past the TLS block, whose size is
   the PT_TLS p_memsz rounded up to p_align; the variable at offset o of the
   TLS image lives at tp - round_up(memsz, align) + o.  The word at tp holds tp
   itself (the TCB starts with a self pointer, read by %fs:0). */
#ifndef _BITS_TLS_H
#define _BITS_TLS_H
#define __MICA_TLS_VARIANT 2
/* 1: the first word of the TCB (at tp) must contain tp */
#define __MICA_TLS_TP_SELF 1
/* variant I only: bytes reserved between tp and the TLS block */
#define __MICA_TLS_TP_GAP 0
#endif
