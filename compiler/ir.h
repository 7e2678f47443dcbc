/* The typed, target-independent IR. One IRFunc per C function; objects with static storage
   become bytes and relocations (data.c). Instructions form a flat list; OP_LABEL starts a block.
   Virtual registers (vregs) are defined once, before their uses. C variables and the results
   of ?: && || live in memory slots, so almost every vreg is used only in the block that
   defines it; the rare one that is not (an operand computed before a ?: in the same
   expression) flows forward only, and a backend keeps it in its frame. So a backend can
   allocate registers block by block.

   Register types are i32, i64, ptr, f32 and f64; i8 and i16 exist only as memory types of
   loads (which extend) and stores (which truncate). */
#ifndef MICA_IR_H
#define MICA_IR_H

#include "ast.h"

typedef enum IRType { IR_VOID, IR_I8, IR_I16, IR_I32, IR_I64, IR_PTR, IR_F32, IR_F64 } IRType;

typedef enum IROp {
    OP_NOP,
    OP_LABEL,      /* imm: block id */
    OP_ICONST,     /* dst = imm */
    OP_FCONST,     /* dst = the float/double whose bits are imm */
    OP_SLOT_ADDR,  /* dst = address of slot imm */
    OP_SYM_ADDR,   /* dst = address of symbol sym + imm */
    OP_TLS_ADDR,   /* dst = address of thread-local symbol sym + imm */
    OP_LOAD,       /* dst = *(mtype *)(a + imm); sub-word loads extend per IRF_SIGNED */
    OP_STORE,      /* *(mtype *)(a + imm) = b */
    OP_COPY,       /* dst = a (same width; ptr <-> integer of pointer width) */
    /* arithmetic: type is the operand and result type; division and remainder are signed unless U */
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_UDIV, OP_REM, OP_UREM,
    OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR, OP_SAR,
    OP_NEG, OP_NOT,
    /* comparisons: dst (i32) = a op b, compared as mtype (signed, or unsigned with the U forms;
       floating types compare ordered, with ne true for unordered) */
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_ULT, OP_ULE, OP_UGT, OP_UGE,
    /* conversions from mtype to type */
    OP_SEXT, OP_ZEXT, OP_TRUNC, OP_ITOF, OP_UTOF, OP_FTOI, OP_FTOU, OP_FCONV,
    OP_MEMCPY,     /* memcpy(a, b, imm) */
    OP_MEMZERO,    /* memset(a, 0, imm) */
    OP_CALL,       /* dst = call; aux: IRCall */
    OP_RET,        /* return a (scalar), or the struct at address a; no operand for void */
    OP_JMP,        /* goto block imm */
    OP_BR,         /* if (a) goto block imm else goto block imm2 */
    OP_SWITCH,     /* aux: IRSwitch on a (compared as mtype) */
    OP_VA_START,   /* a: address of the va_list */
    OP_VA_ARG,     /* dst = next argument of C type aux_type from va_list at a; records: copied to b */
    OP_VA_COPY,    /* copy the va_list at b to a */
    OP_SYSCALL,    /* dst = system call; aux: IRCall (args only) */
    OP_SETJMP,     /* dst = __builtin_setjmp(a) */
    OP_LONGJMP,    /* __builtin_longjmp(a, b) */
    OP_SIGRETURN,
    OP_FRAME_ADDR, /* dst = frame address */
    OP_RETURN_ADDR,
    OP_THREAD_PTR, /* dst = thread pointer */
    OP_SET_THREAD_PTR,
    OP_SQRT,       /* dst = sqrt(a) in type */
    OP_TRAP,
    OP_ALLOCA,     /* dst = stack allocation of a bytes (16-aligned) */
    OP_COUNT
} IROp;

enum { IRF_SIGNED = 1 };

typedef struct IRCall {
    Type *fn_type;     /* the full C function type: each backend lowers it per its psABI */
    uint32_t callee;   /* vreg holding the address, or 0 for a direct call to sym */
    uint32_t sym;
    int nargs;
    uint32_t *args;    /* scalars: the value; records: the address of the argument's copy */
    Type **arg_types;  /* C type of each argument after default promotions */
    uint32_t ret_addr; /* record results: address where the callee's result goes */
} IRCall;

typedef struct IRSwitch {
    int ncases;
    int64_t *lo; /* case i matches lo[i] <= value <= hi[i] */
    int64_t *hi;
    int *blocks;
    int default_block;
} IRSwitch;

typedef struct IRInst {
    uint8_t op;
    uint8_t type;  /* result (or operation) type */
    uint8_t mtype; /* memory type of loads/stores, source type of conversions and comparisons */
    uint8_t flags;
    uint32_t dst;
    uint32_t a;
    uint32_t b;
    uint32_t sym; /* linker symbol */
    int64_t imm;
    int64_t imm2;
    void *aux; /* IRCall, IRSwitch, or a Type for va_arg */
    SrcLoc loc;
} IRInst;

typedef struct IRSlot {
    int64_t size;
    int align;
} IRSlot;

/* Debug records: C variables live in slots; scopes cover instruction ranges. */
typedef struct IRVar {
    Obj *obj;
    int slot; /* -1: a block-scope static (its storage is a symbol) */
    int scope;
} IRVar;

typedef struct IRScope {
    int parent; /* -1 for the function's outermost scope */
    int first_inst;
    int end_inst; /* exclusive */
} IRScope;

typedef struct IRFunc {
    Obj *obj;
    const char *name;
    uint32_t sym;
    Type *type;
    bool is_entry; /* _start: the process-entry convention */
    bool uses_alloca;
    VEC(IRInst) insts;
    VEC(IRSlot) slots;
    VEC(IRVar) vars;
    VEC(IRScope) scopes;
    int *param_slots; /* per C parameter: the slot the backend stores the incoming value in */
    int nparams;
    uint32_t nvregs;
    int nblocks;
    SrcLoc loc;
    SrcLoc end_loc;
    Arena *arena; /* aux data lives here */
} IRFunc;

/* Static storage: bytes plus relocations to other symbols. */
typedef struct IRDataReloc {
    int64_t offset;
    uint32_t sym;
    int64_t addend;
} IRDataReloc;
typedef VEC(IRDataReloc) DataRelocs;

void ir_free(IRFunc *fn); /* the vectors; the rest is in its arena */
void ir_print_func(const IRFunc *fn, Buf *out, const char *(*symname)(uint32_t));
const char *ir_type_name(int type);
const char *ir_op_name(int op);
IRType ir_type_of(Type *t); /* the register type of a scalar C type */

#endif
