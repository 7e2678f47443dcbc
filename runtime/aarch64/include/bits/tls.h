/* aarch64 thread-local storage: TLS variant I.
   The thread pointer (tpidr_el0) points at a 16-byte TCB; the TLS block follows
   it at tp + round_up(16, p_align), so the variable at offset o of the TLS image
   lives at tp + round_up(16, align) + o. */
#ifndef _BITS_TLS_H
#define _BITS_TLS_H
#define __MICA_TLS_VARIANT 1
/* the TCB's first word need not hold tp (tpidr_el0 is read directly) */
#define __MICA_TLS_TP_SELF 0
/* variant I only: bytes reserved between tp and the TLS block (the TCB) */
#define __MICA_TLS_TP_GAP 16
#endif
