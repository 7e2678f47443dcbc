/* The AAPCS64 (Procedure Call Standard for the Arm 64-bit Architecture), Linux flavour: how a
   C value travels as an argument or a result. */
#ifndef MICA_AARCH64_ABI_H
#define MICA_AARCH64_ABI_H

#include "../backend.h"

typedef enum {
    PASS_GP,       /* in 1 or 2 general registers (integers, pointers, records up to 16 bytes) */
    PASS_FP,       /* float/double, or a homogeneous floating-point aggregate: one FP register
                      per member */
    PASS_INDIRECT, /* a record over 16 bytes: the address of a copy, as a pointer argument */
    PASS_NONE,     /* an empty record: no room anywhere */
} PassKind;

typedef struct ArgClass {
    PassKind kind;
    int nregs;        /* GP: 8-byte units; FP: members */
    int member_size;  /* FP: 4 or 8 */
    int64_t size;
    int align;        /* the natural alignment (16 forces an even register / 16-aligned slot) */
} ArgClass;

void aapcs64_classify(Type *t, ArgClass *out);

#endif
