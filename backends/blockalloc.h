/* What every backend shares behind backend.h: where each vreg lives, found by a linear scan
   inside each block (compiler/ir.h: vregs are defined once and, but for rare values crossing
   a ?:, used in the block that defines them), the frame allocator, the ordering of parallel
   moves into argument registers, line rows, and joining the prologue to the body. The
   backends supply their registers, instructions and frame layout. */
#ifndef MICA_BLOCKALLOC_H
#define MICA_BLOCKALLOC_H

#include "backend.h"

enum { LOC_NONE, LOC_REG, LOC_STACK, LOC_SLOT, LOC_SYM, LOC_IMM, LOC_FLAGS };

typedef struct VInfo {
    uint8_t loc;
    uint8_t type;
    int8_t reg;
    bool crosses_call;
    bool multi_block; /* used outside its defining block: lives in the frame */
    int32_t block;
    int32_t def;
    int32_t last_use;
    int32_t off; /* LOC_STACK: spill offset; LOC_SLOT: slot offset (from the frame pointer) */
    uint32_t sym;
    int64_t imm; /* LOC_IMM: the value; LOC_SYM: the addend */
} VInfo;

/* The registers a backend lends to vregs, in order of preference. */
typedef struct RegPools {
    const int *gp_caller; /* not preserved across calls */
    int n_gp_caller;
    const int *gp_callee; /* callee-saved: for values living across calls, above -O0 */
    int n_gp_callee;
    const int *fp;        /* not preserved across calls */
    int n_fp;
} RegPools;

/* The allocation state of one function. */
typedef struct BlockAlloc {
    const IRFunc *fn;
    const RegPools *pools;
    int opt_level;
    VInfo *v;              /* per vreg */
    int64_t frame;         /* bytes below the frame pointer in use */
    bool gp_busy[32];
    bool fp_busy[32];
    uint32_t callee_used;  /* callee-saved registers handed out (a bit per register) */
    int cur;               /* index of the instruction being generated */
} BlockAlloc;

/* Finds each vreg's type, definition, last use and whether it crosses a call_like
   instruction or a block boundary. */
void ba_init(BlockAlloc *a, const IRFunc *fn, const RegPools *pools, int opt_level, Arena *arena,
             bool (*call_like)(const IRInst *));
/* Reserves size bytes of the frame; returns their (negative) offset from the frame pointer. */
int32_t ba_frame_alloc(BlockAlloc *a, int64_t size, int align);
void ba_block_start(BlockAlloc *a); /* every register free again */
void ba_alloc(BlockAlloc *a, uint32_t v); /* gives a defined vreg its home */
void ba_release(BlockAlloc *a, uint32_t v);
void ba_release_operands(BlockAlloc *a, const IRInst *in); /* those whose last use is here */
bool ba_is_fp(int type);

/* Moves into argument registers that must not overwrite each other's sources: the order
   comes from here, the instructions from the backend. */
typedef struct ParMove {
    int dst;
    bool fp;
    int src_reg; /* a register source, or -1 (a vreg not in a register, or memory) */
} ParMove;
typedef struct ParMoveOps {
    void *ctx;
    void (*emit)(void *ctx, int i);                 /* performs move i (src_reg may be parked) */
    void (*park)(void *ctx, bool fp, int src, int *parked); /* copies src to a scratch register */
} ParMoveOps;
void parallel_move(ParMove *moves, int n, Arena *arena, const ParMoveOps *ops);

/* Starts a line-table row at pc unless the location is the last one's. */
void mc_line_row(MachineCode *mc, SrcLoc *last, SrcLoc loc, uint32_t pc);

/* Appends the body after the prologue already in out: its code, relocations and line rows
   (the prologue is the function's own line), the per-slot offsets from the CFA (which is
   cfa_from_fp above the frame pointer) and the per-instruction pcs, all shifted. */
void mc_join_body(MachineCode *out, MachineCode *body, const IRFunc *fn, uint32_t params_end,
                  const int32_t *slot_off, const bool *slot_indirect, int cfa_from_fp, uint32_t *inst_pc);

#endif
