/* The SysV x86-64 psABI: how C values are classified into registers and memory. */
#ifndef MICA_X86_ABI_H
#define MICA_X86_ABI_H

#include "../backend.h"

typedef enum { CLASS_NONE, CLASS_INT, CLASS_SSE, CLASS_MEM } ArgClass;

typedef struct ArgInfo {
    bool in_memory;   /* passed on the stack (or returned through a hidden pointer) */
    int neightbytes;  /* 1 or 2 when in registers */
    ArgClass cls[2];
    int64_t size;
    int align;
} ArgInfo;

void sysv_classify(Type *t, ArgInfo *out);

#endif
