/* x86-64 code generation: block-local register allocation and instruction selection.

   Vregs never cross blocks (see compiler/ir.h), so allocation (../blockalloc.c) is a linear scan inside each
   block: a vreg gets a register when defined and gives it back at its last use. A vreg that
   lives across a call goes to a callee-saved register (or the stack). Addresses of slots and
   symbols and small constants are rematerialized where they are used instead of occupying a
   register, so "load from local variable" is a single rbp-relative instruction.

   Frame: rbp-based. [rbp+16..] incoming stack arguments, [rbp+8] return address, [rbp] saved
   rbp, below: IR slots, spills, the varargs register save area, callee-saved registers. The
   body is generated first, then the prologue (which needs the frame size) is put in front. */
#include "../blockalloc.h"
#include "abi.h"
#include "encode.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct Fixup {
    uint32_t pos;  /* of the rel32 */
    int block;     /* -1: the epilogue */
} Fixup;

typedef struct CG {
    Arena *arena; /* everything that lives only while one function is generated */
    const Target *t;
    const IRFunc *fn;
    const CodegenOptions *opts;
    MachineCode *mc;
    XCode x;
    BlockAlloc a;
    int32_t *slot_off;
    bool *slot_indirect; /* over-aligned slots: slot_off holds a cell with their aligned address */
    int32_t *block_pos;
    VEC(Fixup) fixups;
    int32_t sret_off;  /* where the hidden result pointer is kept */
    int32_t va_save_off;
    int va_gp, va_fp;     /* named arguments in registers */
    int32_t va_stack;     /* named arguments on the stack (bytes) */
    int pending_cc;       /* a fused compare's branch condition, or -1 */
    bool pending_float_eq; /* the pending condition is a float == or != (parity matters) */
    SrcLoc last_loc;
} CG;

/* DWARF register numbers (psABI), indexed by the hardware number */
enum { DW_RBP = 6, DW_RSP = 7, DW_RIP = 16 };
static const int dwarf_reg[16] = {0, 2, 1, 3, 7, 6, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15};

static const int gp_caller_pool[] = {RSI, RDI, R8, R9, R10};
static const int gp_callee_pool[] = {RBX, R12, R13, R14, R15};
static const int xmm_pool[] = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
static const RegPools pools = {gp_caller_pool, 5, gp_callee_pool, 5, xmm_pool, 13};
static const int arg_gp[] = {RDI, RSI, RDX, RCX, R8, R9};
enum { XMM_SCRATCH0 = 0, XMM_SCRATCH1 = 1, XMM_SCRATCH2 = 15, INLINE_COPY_MAX = 128 };

/* condition codes */
enum { CC_O, CC_NO, CC_B, CC_AE, CC_E, CC_NE, CC_BE, CC_A, CC_S, CC_NS, CC_P, CC_NP, CC_L, CC_GE, CC_LE, CC_G };

static bool is64(int type) {
    return type == IR_I64 || type == IR_PTR;
}

static bool is_fp(int type) {
    return ba_is_fp(type);
}

/* ---- small emitters ---- */

static void insn(CG *g, int prefix, bool w, uint32_t op, int reg, XOp rm, bool byte_regs, int imm_size, int64_t imm) {
    x86_insn(&g->x, prefix, w, op, reg, &rm, byte_regs, imm_size, imm);
}

static void mov_rr(CG *g, bool w, int dst, int src) {
    insn(g, 0, w, 0x89, src, xreg(dst), false, 0, 0);
}

static void mov_imm(CG *g, bool w, int reg, int64_t v) {
    if (!w || (v >= 0 && v <= 0xFFFFFFFFLL)) {
        /* mov r32, imm32 zero-extends */
        if (reg & 8)
            x86_byte(&g->x, 0x41);
        x86_byte(&g->x, (uint8_t)(0xB8 + (reg & 7)));
        buf_uint(&g->mc->code, (uint64_t)v, 4, false);
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
        insn(g, 0, true, 0xC7, 0, xreg(reg), false, 4, v);
    } else {
        x86_byte(&g->x, (uint8_t)(0x48 | ((reg & 8) ? 1 : 0)));
        x86_byte(&g->x, (uint8_t)(0xB8 + (reg & 7)));
        buf_uint(&g->mc->code, (uint64_t)v, 8, false);
    }
}

static void lea(CG *g, int reg, XOp m) {
    insn(g, 0, true, 0x8D, reg, m, false, 0, 0);
}

static void load_mem(CG *g, int mtype, bool sign, int reg, XOp m) {
    switch (mtype) {
    case IR_I8: insn(g, 0, false, sign ? 0x0FBE : 0x0FB6, reg, m, false, 0, 0); break;
    case IR_I16: insn(g, 0, false, sign ? 0x0FBF : 0x0FB7, reg, m, false, 0, 0); break;
    case IR_I32: insn(g, 0, false, 0x8B, reg, m, false, 0, 0); break;
    case IR_F32: insn(g, PFX_F3, false, 0x0F10, reg, m, false, 0, 0); break;
    case IR_F64: insn(g, PFX_F2, false, 0x0F10, reg, m, false, 0, 0); break;
    default: insn(g, 0, true, 0x8B, reg, m, false, 0, 0); break;
    }
}

static void store_mem(CG *g, int mtype, XOp m, int reg) {
    switch (mtype) {
    case IR_I8: insn(g, 0, false, 0x88, reg, m, true, 0, 0); break;
    case IR_I16: insn(g, PFX_66, false, 0x89, reg, m, false, 0, 0); break;
    case IR_I32: insn(g, 0, false, 0x89, reg, m, false, 0, 0); break;
    case IR_F32: insn(g, PFX_F3, false, 0x0F11, reg, m, false, 0, 0); break;
    case IR_F64: insn(g, PFX_F2, false, 0x0F11, reg, m, false, 0, 0); break;
    default: insn(g, 0, true, 0x89, reg, m, false, 0, 0); break;
    }
}

static void store_imm(CG *g, int mtype, XOp m, int64_t v) {
    switch (mtype) {
    case IR_I8: insn(g, 0, false, 0xC6, 0, m, false, 1, v); break;
    case IR_I16: insn(g, PFX_66, false, 0xC7, 0, m, false, 2, v); break;
    case IR_I32: insn(g, 0, false, 0xC7, 0, m, false, 4, v); break;
    default: insn(g, 0, true, 0xC7, 0, m, false, 4, v); break;
    }
}

static void movaps(CG *g, int dst, int src) {
    if (dst != src)
        insn(g, 0, false, 0x0F28, dst, xreg(src), false, 0, 0);
}

/* ---- jumps ---- */

static void jump_to(CG *g, int block) {
    x86_byte(&g->x, 0xE9);
    Fixup f = {x86_pos(&g->x), block};
    vec_push(&g->fixups, f);
    buf_uint(&g->mc->code, 0, 4, false);
}

static void jcc_to(CG *g, int cc, int block) {
    x86_byte(&g->x, 0x0F);
    x86_byte(&g->x, (uint8_t)(0x80 + cc));
    Fixup f = {x86_pos(&g->x), block};
    vec_push(&g->fixups, f);
    buf_uint(&g->mc->code, 0, 4, false);
}

static bool next_is_label(CG *g, int block) {
    int i = g->a.cur + 1;
    return i < g->fn->insts.len && g->fn->insts.data[i].op == OP_LABEL && g->fn->insts.data[i].imm == block;
}

/* ---- register allocation ---- */

static bool call_like(const IRInst *in) {
    switch (in->op) {
    case OP_CALL:
    case OP_SYSCALL:
    case OP_SETJMP:
    case OP_SET_THREAD_PTR:
        return true;
    case OP_MEMCPY:
    case OP_MEMZERO:
        return in->imm > INLINE_COPY_MAX; /* rep movsb/stosb use rdi, rsi, rcx */
    default:
        return false;
    }
}

/* ---- operand access ---- */

static XOp sym_mem(CG *g, uint32_t sym, int64_t addend) {
    (void)g;
    return xrip(sym, addend, R_X86_64_PC32);
}

/* Puts a vreg's value in a GP register: its own, or `want`. */
static int gp_reg(CG *g, uint32_t v, int want) {
    VInfo *vi = &g->a.v[v];
    switch (vi->loc) {
    case LOC_REG:
        return vi->reg;
    case LOC_STACK:
        load_mem(g, is64(vi->type) ? IR_I64 : IR_I32, false, want, xmem(RBP, vi->off));
        return want;
    case LOC_SLOT:
        lea(g, want, xmem(RBP, vi->off));
        return want;
    case LOC_SYM:
        lea(g, want, sym_mem(g, vi->sym, vi->imm));
        return want;
    case LOC_IMM:
        mov_imm(g, is64(vi->type), want, vi->imm);
        return want;
    default:
        fatal("internal error: vreg %u of '%s' has no location", v, g->fn->name);
    }
}

static void load_into(CG *g, uint32_t v, int reg) {
    int r = gp_reg(g, v, reg);
    if (r != reg)
        mov_rr(g, true, reg, r);
}

typedef struct Val {
    bool imm;
    int64_t value;
    XOp op;
} Val;

/* A vreg as an r/m operand or an immediate (32-bit). */
static Val gp_val(CG *g, uint32_t v, int scratch) {
    VInfo *vi = &g->a.v[v];
    Val r;
    memset(&r, 0, sizeof r);
    if (vi->loc == LOC_IMM) {
        r.imm = true;
        r.value = vi->imm;
        return r;
    }
    if (vi->loc == LOC_STACK) {
        r.op = xmem(RBP, vi->off);
        return r;
    }
    r.op = xreg(gp_reg(g, v, scratch));
    return r;
}

/* A memory operand for *(addr + disp). */
static XOp addr_mem(CG *g, uint32_t addr, int64_t disp, int scratch) {
    VInfo *vi = &g->a.v[addr];
    switch (vi->loc) {
    case LOC_SLOT:
        return xmem(RBP, (int32_t)(vi->off + disp));
    case LOC_SYM:
        return sym_mem(g, vi->sym, vi->imm + disp);
    case LOC_IMM:
        if (vi->imm + disp >= INT32_MIN && vi->imm + disp <= INT32_MAX)
            return xmem(NO_REG, (int32_t)(vi->imm + disp));
        /* fall through */
    default:
        return xmem(gp_reg(g, addr, scratch), (int32_t)disp);
    }
}

static int xmm_reg(CG *g, uint32_t v, int want) {
    VInfo *vi = &g->a.v[v];
    if (vi->loc == LOC_REG)
        return vi->reg;
    if (vi->loc == LOC_STACK) {
        load_mem(g, vi->type, false, want, xmem(RBP, vi->off));
        return want;
    }
    fatal("internal error: float vreg %u without a location", v);
}

static XOp xmm_rm(CG *g, uint32_t v) {
    VInfo *vi = &g->a.v[v];
    if (vi->loc == LOC_STACK)
        return xmem(RBP, vi->off);
    return xreg(xmm_reg(g, v, XMM_SCRATCH1));
}

/* The register to compute a result into, and storing it home afterwards. */
static int dst_gp(CG *g, uint32_t d, int scratch) {
    ba_alloc(&g->a, d);
    return g->a.v[d].loc == LOC_REG ? g->a.v[d].reg : scratch;
}

static int dst_xmm(CG *g, uint32_t d) {
    ba_alloc(&g->a, d);
    return g->a.v[d].loc == LOC_REG ? g->a.v[d].reg : XMM_SCRATCH0;
}

static void dst_done(CG *g, uint32_t d, int reg) {
    VInfo *vi = &g->a.v[d];
    if (vi->loc == LOC_STACK)
        store_mem(g, is_fp(vi->type) ? vi->type : (is64(vi->type) ? IR_I64 : IR_I32), xmem(RBP, vi->off), reg);
    /* a result nobody reads frees its register at once */
    if (vi->last_use == g->a.cur)
        ba_release(&g->a, d);
}

/* ---- parallel moves into argument registers ---- */

typedef struct Move {
    int dst;
    bool xmm;
    int src_reg;     /* a register source, or -1 */
    uint32_t vreg;   /* otherwise this vreg */
    bool from_mem;   /* or 8 bytes at [rbp + mem_off] */
    int32_t mem_off;
} Move;

static int move_src_reg(CG *g, const Move *m) {
    if (m->src_reg >= 0)
        return m->src_reg;
    if (m->from_mem)
        return -1;
    VInfo *vi = &g->a.v[m->vreg];
    return vi->loc == LOC_REG ? vi->reg : -1;
}

static void do_move(CG *g, const Move *m) {
    if (m->xmm) {
        if (m->from_mem) {
            load_mem(g, IR_F64, false, m->dst, xmem(RBP, m->mem_off));
        } else if (m->src_reg >= 0) {
            movaps(g, m->dst, m->src_reg);
        } else {
            VInfo *vi = &g->a.v[m->vreg];
            if (vi->loc == LOC_REG)
                movaps(g, m->dst, vi->reg);
            else
                load_mem(g, vi->type, false, m->dst, xmem(RBP, vi->off));
        }
        return;
    }
    if (m->from_mem)
        load_mem(g, IR_I64, false, m->dst, xmem(RBP, m->mem_off));
    else if (m->src_reg >= 0)
        mov_rr(g, true, m->dst, m->src_reg);
    else
        load_into(g, m->vreg, m->dst);
}

typedef struct MoveCtx {
    CG *g;
    const Move *moves;
    const ParMove *order;
} MoveCtx;

static void emit_move(void *ctx, int i) {
    MoveCtx *c = ctx;
    Move m = c->moves[i];
    m.src_reg = c->order[i].src_reg; /* its register, or where it was parked */
    do_move(c->g, &m);
}

static void park_move(void *ctx, bool xmm, int src, int *parked) {
    CG *g = ((MoveCtx *)ctx)->g;
    *parked = xmm ? XMM_SCRATCH2 : RAX; /* r11 may hold the callee */
    if (xmm)
        movaps(g, *parked, src);
    else
        mov_rr(g, true, *parked, src);
}

static void move_all(CG *g, const Move *moves, int n) {
    ParMove *order = arena_zalloc(g->arena, ((size_t)n + 1) * sizeof(ParMove));
    for (int i = 0; i < n; i++) {
        order[i].dst = moves[i].dst;
        order[i].fp = moves[i].xmm;
        order[i].src_reg = move_src_reg(g, &moves[i]);
    }
    MoveCtx c = {g, moves, order};
    ParMoveOps ops = {&c, emit_move, park_move};
    parallel_move(order, n, g->arena, &ops);
}

/* ---- memory copies ---- */

static void copy_bytes(CG *g, XOp dst, XOp src, int64_t size) {
    int64_t off = 0;
    while (size - off >= 8) {
        XOp s = src, d = dst;
        s.disp += (int32_t)off;
        d.disp += (int32_t)off;
        load_mem(g, IR_I64, false, RAX, s);
        store_mem(g, IR_I64, d, RAX);
        off += 8;
    }
    static const int sizes[] = {4, 2, 1};
    static const int types[] = {IR_I32, IR_I16, IR_I8};
    for (int k = 0; k < 3; k++) {
        if (size - off >= sizes[k]) {
            XOp s = src, d = dst;
            s.disp += (int32_t)off;
            d.disp += (int32_t)off;
            load_mem(g, types[k], false, RAX, s);
            store_mem(g, types[k], d, RAX);
            off += sizes[k];
        }
    }
}

static void gen_memcpy(CG *g, const IRInst *in) {
    if (in->imm <= INLINE_COPY_MAX) {
        XOp d = addr_mem(g, in->a, 0, RCX);
        XOp s = addr_mem(g, in->b, 0, RDX);
        copy_bytes(g, d, s, in->imm);
        return;
    }
    Move m[2];
    memset(m, 0, sizeof m);
    m[0].dst = RDI;
    m[0].src_reg = -1;
    m[0].vreg = in->a;
    m[1].dst = RSI;
    m[1].src_reg = -1;
    m[1].vreg = in->b;
    move_all(g, m, 2);
    mov_imm(g, false, RCX, in->imm);
    x86_byte(&g->x, 0xF3); /* rep movsb */
    x86_byte(&g->x, 0xA4);
}

static void gen_memzero(CG *g, const IRInst *in) {
    if (in->imm <= INLINE_COPY_MAX) {
        XOp d = addr_mem(g, in->a, 0, RCX);
        int64_t off = 0;
        while (in->imm - off >= 8) {
            XOp x = d;
            x.disp += (int32_t)off;
            store_imm(g, IR_I64, x, 0);
            off += 8;
        }
        static const int sizes[] = {4, 2, 1};
        static const int types[] = {IR_I32, IR_I16, IR_I8};
        for (int k = 0; k < 3; k++) {
            if (in->imm - off >= sizes[k]) {
                XOp x = d;
                x.disp += (int32_t)off;
                store_imm(g, types[k], x, 0);
                off += sizes[k];
            }
        }
        return;
    }
    load_into(g, in->a, RDI);
    insn(g, 0, false, 0x31, RAX, xreg(RAX), false, 0, 0); /* xor eax, eax */
    mov_imm(g, false, RCX, in->imm);
    x86_byte(&g->x, 0xF3); /* rep stosb */
    x86_byte(&g->x, 0xAA);
}

/* ---- integer arithmetic ---- */

static void alu(CG *g, int digit, uint32_t rr_opcode, bool w, int dst, Val src) {
    if (src.imm) {
        int64_t v = w ? src.value : (int32_t)src.value;
        if (v >= -128 && v <= 127)
            insn(g, 0, w, 0x83, digit, xreg(dst), false, 1, v);
        else
            insn(g, 0, w, 0x81, digit, xreg(dst), false, 4, v);
        return;
    }
    insn(g, 0, w, rr_opcode, dst, src.op, false, 0, 0); /* op r, r/m */
}

/* Constants become LOC_IMM only when they fit a sign-extended imm32 (see OP_ICONST). */
static bool is_imm(const VInfo *vi) {
    return vi->loc == LOC_IMM;
}

static void gen_binary_int(CG *g, const IRInst *in) {
    bool w = is64(in->type);
    int digit;
    uint32_t opc;
    bool commutative = true;
    switch (in->op) {
    case OP_ADD: digit = 0; opc = 0x03; break;
    case OP_OR: digit = 1; opc = 0x0B; break;
    case OP_AND: digit = 4; opc = 0x23; break;
    case OP_SUB: digit = 5; opc = 0x2B; commutative = false; break;
    case OP_XOR: digit = 6; opc = 0x33; break;
    default: return;
    }
    Val b = gp_val(g, in->b, RCX);
    int ra = gp_reg(g, in->a, RAX);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, RAX);
    if (!b.imm && b.op.kind == XO_REG && b.op.reg == rd && rd != ra) {
        if (commutative) {
            alu(g, digit, opc, w, rd, (Val){false, 0, xreg(ra)});
        } else {
            mov_rr(g, w, RAX, ra);
            alu(g, digit, opc, w, RAX, b);
            mov_rr(g, w, rd, RAX);
        }
    } else {
        if (rd != ra)
            mov_rr(g, w, rd, ra);
        alu(g, digit, opc, w, rd, b);
    }
    dst_done(g, in->dst, rd);
}

static void gen_mul(CG *g, const IRInst *in) {
    bool w = is64(in->type);
    VInfo *vb = &g->a.v[in->b];
    if (is_imm(vb)) {
        Val a = gp_val(g, in->a, RAX);
        XOp aop = a.imm ? xreg(gp_reg(g, in->a, RAX)) : a.op;
        ba_release_operands(&g->a, in);
        int rd = dst_gp(g, in->dst, RAX);
        insn(g, 0, w, 0x69, rd, aop, false, 4, vb->imm); /* imul r, r/m, imm32 */
        dst_done(g, in->dst, rd);
        return;
    }
    Val b = gp_val(g, in->b, RCX);
    int ra = gp_reg(g, in->a, RAX);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, RAX);
    if (!b.imm && b.op.kind == XO_REG && b.op.reg == rd && rd != ra) {
        insn(g, 0, w, 0x0FAF, rd, xreg(ra), false, 0, 0);
    } else {
        if (rd != ra)
            mov_rr(g, w, rd, ra);
        insn(g, 0, w, 0x0FAF, rd, b.op, false, 0, 0);
    }
    dst_done(g, in->dst, rd);
}

static void gen_divrem(CG *g, const IRInst *in) {
    bool w = is64(in->type);
    bool sign = in->op == OP_DIV || in->op == OP_REM;
    bool rem = in->op == OP_REM || in->op == OP_UREM;
    load_into(g, in->a, RAX);
    Val b = gp_val(g, in->b, RCX);
    XOp bop = b.imm ? xreg(gp_reg(g, in->b, RCX)) : b.op;
    if (sign) {
        if (w)
            x86_byte(&g->x, 0x48);
        x86_byte(&g->x, 0x99); /* cdq / cqo */
    } else {
        insn(g, 0, false, 0x31, RDX, xreg(RDX), false, 0, 0); /* xor edx, edx */
    }
    insn(g, 0, w, 0xF7, sign ? 7 : 6, bop, false, 0, 0);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, RAX);
    mov_rr(g, w, rd, rem ? RDX : RAX);
    dst_done(g, in->dst, rd);
}

static void gen_shift(CG *g, const IRInst *in) {
    bool w = is64(in->type);
    int digit = in->op == OP_SHL ? 4 : in->op == OP_SHR ? 5 : 7;
    VInfo *vb = &g->a.v[in->b];
    if (vb->loc == LOC_IMM) {
        int ra = gp_reg(g, in->a, RAX);
        ba_release_operands(&g->a, in);
        int rd = dst_gp(g, in->dst, RAX);
        if (rd != ra)
            mov_rr(g, w, rd, ra);
        insn(g, 0, w, 0xC1, digit, xreg(rd), false, 1, vb->imm & (w ? 63 : 31));
        dst_done(g, in->dst, rd);
        return;
    }
    load_into(g, in->b, RCX);
    int ra = gp_reg(g, in->a, RAX);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, RAX);
    if (rd != ra)
        mov_rr(g, w, rd, ra);
    insn(g, 0, w, 0xD3, digit, xreg(rd), false, 0, 0);
    dst_done(g, in->dst, rd);
}

static void gen_unary_int(CG *g, const IRInst *in) {
    bool w = is64(in->type);
    int ra = gp_reg(g, in->a, RAX);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, RAX);
    if (rd != ra)
        mov_rr(g, w, rd, ra);
    insn(g, 0, w, 0xF7, in->op == OP_NEG ? 3 : 2, xreg(rd), false, 0, 0);
    dst_done(g, in->dst, rd);
}

/* ---- floating point ---- */

static void gen_binary_fp(CG *g, const IRInst *in) {
    int pfx = in->type == IR_F32 ? PFX_F3 : PFX_F2;
    uint32_t opc;
    switch (in->op) {
    case OP_ADD: opc = 0x0F58; break;
    case OP_SUB: opc = 0x0F5C; break;
    case OP_MUL: opc = 0x0F59; break;
    default: opc = 0x0F5E; break;
    }
    XOp b = xmm_rm(g, in->b);
    int ra = xmm_reg(g, in->a, XMM_SCRATCH0);
    ba_release_operands(&g->a, in);
    int rd = dst_xmm(g, in->dst);
    if (b.kind == XO_REG && b.reg == rd && rd != ra) {
        movaps(g, XMM_SCRATCH0, ra);
        insn(g, pfx, false, opc, XMM_SCRATCH0, b, false, 0, 0);
        movaps(g, rd, XMM_SCRATCH0);
    } else {
        movaps(g, rd, ra);
        insn(g, pfx, false, opc, rd, b, false, 0, 0);
    }
    dst_done(g, in->dst, rd);
}

static void fconst_into(CG *g, int type, int xmm, int64_t bits) {
    if (bits == 0) {
        insn(g, 0, false, 0x0F57, xmm, xreg(xmm), false, 0, 0); /* xorps */
        return;
    }
    mov_imm(g, type == IR_F64, RAX, type == IR_F64 ? bits : (int64_t)(uint32_t)bits);
    insn(g, PFX_66, type == IR_F64, 0x0F6E, xmm, xreg(RAX), false, 0, 0); /* movq/movd xmm, r */
}

static void gen_fneg(CG *g, const IRInst *in) {
    int ra = xmm_reg(g, in->a, XMM_SCRATCH0);
    ba_release_operands(&g->a, in);
    int rd = dst_xmm(g, in->dst);
    movaps(g, rd, ra);
    fconst_into(g, in->type, XMM_SCRATCH1, in->type == IR_F64 ? (int64_t)0x8000000000000000ULL : 0x80000000);
    insn(g, 0, false, 0x0F57, rd, xreg(XMM_SCRATCH1), false, 0, 0); /* xorps */
    dst_done(g, in->dst, rd);
}

/* ---- comparisons ---- */

static int int_cc(int op) {
    switch (op) {
    case OP_EQ: return CC_E;
    case OP_NE: return CC_NE;
    case OP_LT: return CC_L;
    case OP_LE: return CC_LE;
    case OP_GT: return CC_G;
    case OP_GE: return CC_GE;
    case OP_ULT: return CC_B;
    case OP_ULE: return CC_BE;
    case OP_UGT: return CC_A;
    default: return CC_AE;
    }
}

/* Emits the compare; returns the condition that is true when the comparison holds. For float
   == and != the parity flag must also be checked (pending_float_eq). */
static int emit_compare(CG *g, const IRInst *in) {
    if (is_fp(in->mtype)) {
        int pfx = in->mtype == IR_F64 ? PFX_66 : 0;
        uint32_t a = in->a, b = in->b;
        int cc;
        switch (in->op) {
        case OP_LT: a = in->b; b = in->a; cc = CC_A; break; /* b > a */
        case OP_LE: a = in->b; b = in->a; cc = CC_AE; break;
        case OP_GT: cc = CC_A; break;
        case OP_GE: cc = CC_AE; break;
        case OP_EQ: cc = CC_E; break;
        default: cc = CC_NE; break;
        }
        XOp bop = xmm_rm(g, b);
        int ra = xmm_reg(g, a, XMM_SCRATCH0);
        insn(g, pfx, false, 0x0F2E, ra, bop, false, 0, 0); /* ucomis[sd] */
        return cc;
    }
    bool w = is64(in->mtype);
    VInfo *va = &g->a.v[in->a];
    if (va->loc == LOC_IMM && !(g->a.v[in->b].loc == LOC_IMM)) {
        /* constant on the left: compare the other way round */
        Val a = gp_val(g, in->a, RAX);
        int rb = gp_reg(g, in->b, RCX);
        alu(g, 7, 0x3B, w, rb, a);
        int cc = int_cc(in->op);
        /* swap the sense: a < b  <=>  b > a */
        switch (cc) {
        case CC_L: return CC_G;
        case CC_LE: return CC_GE;
        case CC_G: return CC_L;
        case CC_GE: return CC_LE;
        case CC_B: return CC_A;
        case CC_BE: return CC_AE;
        case CC_A: return CC_B;
        case CC_AE: return CC_BE;
        default: return cc;
        }
    }
    Val b = gp_val(g, in->b, RCX);
    int ra = gp_reg(g, in->a, RAX);
    if (b.imm && b.value == 0 && (in->op == OP_EQ || in->op == OP_NE)) {
        insn(g, 0, w, 0x85, ra, xreg(ra), false, 0, 0); /* test */
    } else {
        alu(g, 7, 0x3B, w, ra, b);
    }
    return int_cc(in->op);
}

static void gen_compare(CG *g, const IRInst *in) {
    const IRInst *next = g->a.cur + 1 < g->fn->insts.len ? &g->fn->insts.data[g->a.cur + 1] : NULL;
    bool fuse = next && next->op == OP_BR && next->a == in->dst && g->a.v[in->dst].last_use == g->a.cur + 1;
    int cc = emit_compare(g, in);
    bool feq = is_fp(in->mtype) && (in->op == OP_EQ || in->op == OP_NE);
    ba_release_operands(&g->a, in);
    if (fuse) {
        g->pending_cc = cc;
        g->pending_float_eq = feq;
        g->a.v[in->dst].loc = LOC_FLAGS;
        return;
    }
    int rd = dst_gp(g, in->dst, RAX);
    /* setcc into al, combine the parity for float == / != */
    insn(g, 0, false, 0x0F90 + (uint32_t)cc, 0, xreg(RAX), true, 0, 0);
    if (feq) {
        insn(g, 0, false, 0x0F90 + (uint32_t)(in->op == OP_EQ ? CC_NP : CC_P), 0, xreg(RCX), true, 0, 0);
        insn(g, 0, false, in->op == OP_EQ ? 0x20 : 0x08, RCX, xreg(RAX), true, 0, 0); /* and/or al, cl */
    } else if (is_fp(in->mtype)) {
        /* ordered < <= > >= are false for NaN: ja/jae already say so */
    }
    insn(g, 0, false, 0x0FB6, rd, xreg(RAX), true, 0, 0); /* movzx */
    dst_done(g, in->dst, rd);
}

static int invert_cc(int cc) {
    return cc ^ 1;
}

static void gen_branch(CG *g, const IRInst *in) {
    int yes = (int)in->imm, no = (int)in->imm2;
    VInfo *vc = &g->a.v[in->a];
    if (vc->loc == LOC_FLAGS) {
        int cc = g->pending_cc;
        if (g->pending_float_eq) {
            /* == : ZF=1 and PF=0;  != : ZF=0 or PF=1 */
            if (cc == CC_E) {
                jcc_to(g, CC_P, no);
                jcc_to(g, CC_E, yes);
            } else {
                jcc_to(g, CC_P, yes);
                jcc_to(g, CC_NE, yes);
            }
            if (!next_is_label(g, no))
                jump_to(g, no);
            return;
        }
        if (next_is_label(g, yes)) {
            jcc_to(g, invert_cc(cc), no);
        } else {
            jcc_to(g, cc, yes);
            if (!next_is_label(g, no))
                jump_to(g, no);
        }
        return;
    }
    if (vc->loc == LOC_IMM) {
        int target = vc->imm ? yes : no;
        if (!next_is_label(g, target))
            jump_to(g, target);
        return;
    }
    bool w = is64(vc->type);
    if (vc->loc == LOC_STACK) {
        insn(g, 0, w, 0x83, 7, xmem(RBP, vc->off), false, 1, 0); /* cmp [m], 0 */
    } else {
        int r = gp_reg(g, in->a, RAX);
        insn(g, 0, w, 0x85, r, xreg(r), false, 0, 0);
    }
    if (next_is_label(g, yes)) {
        jcc_to(g, CC_E, no);
    } else {
        jcc_to(g, CC_NE, yes);
        if (!next_is_label(g, no))
            jump_to(g, no);
    }
}

/* ---- conversions ---- */

static void gen_convert(CG *g, const IRInst *in) {
    int from = in->mtype, to = in->type;
    switch (in->op) {
    case OP_SEXT:
    case OP_ZEXT: {
        bool sign = in->op == OP_SEXT;
        int ra = gp_reg(g, in->a, RAX);
        ba_release_operands(&g->a, in);
        int rd = dst_gp(g, in->dst, RAX);
        if (from == IR_I8)
            insn(g, 0, false, sign ? 0x0FBE : 0x0FB6, rd, xreg(ra), true, 0, 0);
        else if (from == IR_I16)
            insn(g, 0, false, sign ? 0x0FBF : 0x0FB7, rd, xreg(ra), false, 0, 0);
        else if (sign)
            insn(g, 0, true, 0x63, rd, xreg(ra), false, 0, 0); /* movsxd */
        else
            mov_rr(g, false, rd, ra); /* 32-bit move zero-extends */
        if (from == IR_I8 || from == IR_I16) {
            if (is64(to) && sign)
                insn(g, 0, true, 0x63, rd, xreg(rd), false, 0, 0);
        }
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_TRUNC:
    case OP_COPY: {
        if (is_fp(to) || is_fp(from)) {
            if (is_fp(to) && is_fp(from)) {
                int ra = xmm_reg(g, in->a, XMM_SCRATCH0);
                ba_release_operands(&g->a, in);
                int rd = dst_xmm(g, in->dst);
                movaps(g, rd, ra);
                dst_done(g, in->dst, rd);
            }
            return;
        }
        int ra = gp_reg(g, in->a, RAX);
        ba_release_operands(&g->a, in);
        int rd = dst_gp(g, in->dst, RAX);
        bool w = in->op == OP_COPY && is64(to);
        if (rd != ra || in->op == OP_TRUNC)
            mov_rr(g, w, rd, ra);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_ITOF: {
        Val a = gp_val(g, in->a, RAX);
        XOp aop = a.imm ? xreg(gp_reg(g, in->a, RAX)) : a.op;
        ba_release_operands(&g->a, in);
        int rd = dst_xmm(g, in->dst);
        insn(g, 0, false, 0x0F57, rd, xreg(rd), false, 0, 0); /* break the dependency */
        insn(g, to == IR_F32 ? PFX_F3 : PFX_F2, is64(from), 0x0F2A, rd, aop, false, 0, 0);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_UTOF: {
        /* unsigned 64-bit: halve (keeping the low bit) when the top bit is set, then double */
        load_into(g, in->a, RAX);
        ba_release_operands(&g->a, in);
        int rd = dst_xmm(g, in->dst);
        int pfx = to == IR_F32 ? PFX_F3 : PFX_F2;
        insn(g, 0, false, 0x0F57, rd, xreg(rd), false, 0, 0);
        insn(g, 0, true, 0x85, RAX, xreg(RAX), false, 0, 0); /* test rax, rax */
        x86_byte(&g->x, 0x78); /* js big */
        uint32_t js = x86_pos(&g->x);
        x86_byte(&g->x, 0);
        insn(g, pfx, true, 0x0F2A, rd, xreg(RAX), false, 0, 0);
        x86_byte(&g->x, 0xEB); /* jmp done */
        uint32_t jdone = x86_pos(&g->x);
        x86_byte(&g->x, 0);
        g->mc->code.data[js] = (uint8_t)(x86_pos(&g->x) - js - 1);
        mov_rr(g, true, RCX, RAX);
        insn(g, 0, true, 0xD1, 5, xreg(RCX), false, 0, 0); /* shr rcx, 1 */
        insn(g, 0, false, 0x83, 4, xreg(RAX), false, 1, 1); /* and eax, 1 */
        insn(g, 0, true, 0x09, RAX, xreg(RCX), false, 0, 0); /* or rcx, rax */
        insn(g, pfx, true, 0x0F2A, rd, xreg(RCX), false, 0, 0);
        insn(g, pfx, false, 0x0F58, rd, xreg(rd), false, 0, 0); /* add */
        g->mc->code.data[jdone] = (uint8_t)(x86_pos(&g->x) - jdone - 1);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_FTOI: {
        XOp a = xmm_rm(g, in->a);
        ba_release_operands(&g->a, in);
        int rd = dst_gp(g, in->dst, RAX);
        insn(g, from == IR_F32 ? PFX_F3 : PFX_F2, is64(to), 0x0F2C, rd, a, false, 0, 0);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_FTOU: {
        /* values >= 2^63 convert after subtracting 2^63, then get the top bit back */
        int pfx = from == IR_F32 ? PFX_F3 : PFX_F2;
        int ra = xmm_reg(g, in->a, XMM_SCRATCH0);
        movaps(g, XMM_SCRATCH0, ra);
        ba_release_operands(&g->a, in);
        int64_t two63 = from == IR_F32 ? 0x5F000000 : 0x43E0000000000000LL;
        fconst_into(g, from, XMM_SCRATCH1, two63);
        int upfx = from == IR_F64 ? PFX_66 : 0;
        insn(g, upfx, false, 0x0F2E, XMM_SCRATCH0, xreg(XMM_SCRATCH1), false, 0, 0); /* ucomis */
        x86_byte(&g->x, 0x73); /* jae big */
        uint32_t jae = x86_pos(&g->x);
        x86_byte(&g->x, 0);
        insn(g, pfx, true, 0x0F2C, RAX, xreg(XMM_SCRATCH0), false, 0, 0);
        x86_byte(&g->x, 0xEB);
        uint32_t jdone = x86_pos(&g->x);
        x86_byte(&g->x, 0);
        g->mc->code.data[jae] = (uint8_t)(x86_pos(&g->x) - jae - 1);
        insn(g, pfx, false, 0x0F5C, XMM_SCRATCH0, xreg(XMM_SCRATCH1), false, 0, 0); /* sub */
        insn(g, pfx, true, 0x0F2C, RAX, xreg(XMM_SCRATCH0), false, 0, 0);
        mov_imm(g, true, RCX, (int64_t)0x8000000000000000ULL);
        insn(g, 0, true, 0x31, RCX, xreg(RAX), false, 0, 0); /* xor rax, rcx */
        g->mc->code.data[jdone] = (uint8_t)(x86_pos(&g->x) - jdone - 1);
        int rd = dst_gp(g, in->dst, RAX);
        mov_rr(g, true, rd, RAX);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_FCONV: {
        XOp a = xmm_rm(g, in->a);
        ba_release_operands(&g->a, in);
        int rd = dst_xmm(g, in->dst);
        insn(g, from == IR_F32 ? PFX_F3 : PFX_F2, false, 0x0F5A, rd, a, false, 0, 0);
        dst_done(g, in->dst, rd);
        return;
    }
    default:
        return;
    }
}

/* ---- loads and stores ---- */

static void gen_load(CG *g, const IRInst *in) {
    XOp m = addr_mem(g, in->a, in->imm, RAX);
    ba_release_operands(&g->a, in);
    if (is_fp(in->type)) {
        int rd = dst_xmm(g, in->dst);
        load_mem(g, in->mtype, false, rd, m);
        dst_done(g, in->dst, rd);
        return;
    }
    int rd = dst_gp(g, in->dst, RAX);
    load_mem(g, in->mtype, (in->flags & IRF_SIGNED) != 0, rd, m);
    dst_done(g, in->dst, rd);
}

static void gen_store(CG *g, const IRInst *in) {
    VInfo *vb = &g->a.v[in->b];
    if (is_fp(in->mtype)) {
        int rb = xmm_reg(g, in->b, XMM_SCRATCH0);
        XOp m = addr_mem(g, in->a, in->imm, RAX);
        store_mem(g, in->mtype, m, rb);
        ba_release_operands(&g->a, in);
        return;
    }
    if (is_imm(vb)) {
        XOp m = addr_mem(g, in->a, in->imm, RAX);
        store_imm(g, in->mtype, m, vb->imm);
        ba_release_operands(&g->a, in);
        return;
    }
    int rb = gp_reg(g, in->b, RCX);
    XOp m = addr_mem(g, in->a, in->imm, RAX);
    store_mem(g, in->mtype, m, rb);
    ba_release_operands(&g->a, in);
}

/* ---- calls ---- */

typedef struct ArgPlace {
    ArgInfo info;
    bool on_stack;
    int32_t stack_off;
    int regs[2]; /* per eightbyte: GP or XMM register */
} ArgPlace;

/* Decides where each argument goes. Returns the bytes of stack arguments. */
static int32_t place_args(Type **types, int n, bool sret, ArgPlace *places, int *gp_out, int *fp_out) {
    int gp = sret ? 1 : 0, fp = 0;
    int32_t stack = 0;
    for (int i = 0; i < n; i++) {
        ArgPlace *pl = &places[i];
        memset(pl, 0, sizeof *pl);
        sysv_classify(types[i], &pl->info);
        int need_gp = 0, need_fp = 0;
        for (int k = 0; k < pl->info.neightbytes; k++) {
            if (pl->info.cls[k] == CLASS_SSE)
                need_fp++;
            else
                need_gp++;
        }
        if (!pl->info.in_memory && pl->info.neightbytes > 0 && gp + need_gp <= 6 && fp + need_fp <= 8) {
            for (int k = 0; k < pl->info.neightbytes; k++)
                pl->regs[k] = pl->info.cls[k] == CLASS_SSE ? fp++ : arg_gp[gp++];
            continue;
        }
        if (pl->info.size == 0 && is_record(types[i]))
            continue; /* empty records take no space */
        pl->on_stack = true;
        int align = pl->info.align > 8 ? 16 : 8;
        stack = (int32_t)align_to(stack, align);
        pl->stack_off = stack;
        stack += (int32_t)align_to(pl->info.size, 8);
    }
    *gp_out = gp;
    *fp_out = fp;
    return stack;
}

/* the rbp offset of a vreg that is a slot address (record arguments and results always are) */
static int32_t slot_of(CG *g, uint32_t v, int64_t size) {
    VInfo *vi = &g->a.v[v];
    if (vi->loc == LOC_SLOT)
        return vi->off;
    /* copy into a frame temporary so that the address does not live in a register */
    int32_t off = ba_frame_alloc(&g->a, align_to(size, 8), 16);
    XOp src = addr_mem(g, v, 0, RDX);
    copy_bytes(g, xmem(RBP, off), src, size);
    return off;
}

static void gen_call(CG *g, const IRInst *in) {
    const IRCall *c = in->aux;
    Type *ft = c->fn_type;
    Type *rt = ft->base;
    ArgInfo rinfo;
    bool ret_record = is_record(rt);
    if (ret_record)
        sysv_classify(rt, &rinfo);
    bool sret = ret_record && rinfo.in_memory;
    ArgPlace *places = arena_zalloc(g->arena, ((size_t)c->nargs + 1) * sizeof(ArgPlace));
    int gp, fp;
    int32_t stack = place_args(c->arg_types, c->nargs, sret, places, &gp, &fp);
    int32_t stack_size = (int32_t)align_to(stack, 16);
    /* record arguments must be at known frame offsets before registers start moving */
    int32_t *rec_off = arena_zalloc(g->arena, ((size_t)c->nargs + 1) * sizeof(int32_t));
    for (int i = 0; i < c->nargs; i++)
        if (is_record(c->arg_types[i]))
            rec_off[i] = slot_of(g, c->args[i], places[i].info.size);
    /* lowering always returns records into a slot of the caller's frame */
    if (c->ret_addr && g->a.v[c->ret_addr].loc != LOC_SLOT)
        fatal("internal error: record result of a call in '%s' is not in a slot", g->fn->name);
    int32_t ret_off = c->ret_addr ? g->a.v[c->ret_addr].off : 0;
    if (c->callee)
        load_into(g, c->callee, R11);
    if (stack_size) {
        insn(g, 0, true, 0x81, 5, xreg(RSP), false, 4, stack_size); /* sub rsp */
        for (int i = 0; i < c->nargs; i++) {
            ArgPlace *pl = &places[i];
            if (!pl->on_stack)
                continue;
            XOp dst = xmem(RSP, pl->stack_off);
            if (is_record(c->arg_types[i])) {
                copy_bytes(g, dst, xmem(RBP, rec_off[i]), align_to(pl->info.size, 8));
            } else if (is_fp(g->a.v[c->args[i]].type)) {
                int r = xmm_reg(g, c->args[i], XMM_SCRATCH0);
                store_mem(g, IR_F64, dst, r);
            } else {
                int r = gp_reg(g, c->args[i], RAX);
                store_mem(g, IR_I64, dst, r);
            }
        }
    }
    Move moves[16];
    int nm = 0;
    if (sret) {
        memset(&moves[nm], 0, sizeof(Move));
        moves[nm].dst = RDI;
        moves[nm].src_reg = -1;
        moves[nm].vreg = c->ret_addr;
        nm++;
    }
    for (int i = 0; i < c->nargs; i++) {
        ArgPlace *pl = &places[i];
        if (pl->on_stack)
            continue;
        bool rec = is_record(c->arg_types[i]);
        for (int k = 0; k < pl->info.neightbytes; k++) {
            Move *m = &moves[nm++];
            memset(m, 0, sizeof *m);
            m->xmm = pl->info.cls[k] == CLASS_SSE;
            m->dst = pl->regs[k];
            m->src_reg = -1;
            if (rec) {
                m->from_mem = true;
                m->mem_off = rec_off[i] + 8 * k;
            } else {
                m->vreg = c->args[i];
            }
        }
    }
    move_all(g, moves, nm);
    if (ft->variadic || !ft->has_proto)
        mov_imm(g, false, RAX, fp);
    if (c->callee) {
        insn(g, 0, false, 0xFF, 2, xreg(R11), false, 0, 0); /* call r11 */
    } else if (g->opts->via_got) {
        XOp m = xrip(c->sym, 0, R_X86_64_GOTPCRELX);
        insn(g, 0, false, 0xFF, 2, m, false, 0, 0); /* call [rip+GOT] */
    } else {
        x86_byte(&g->x, 0xE8);
        Reloc r;
        r.offset = x86_pos(&g->x);
        r.sym = c->sym;
        r.kind = R_X86_64_PLT32;
        r.addend = -4;
        vec_push(&g->mc->relocs, r);
        buf_uint(&g->mc->code, 0, 4, false);
    }
    if (stack_size)
        insn(g, 0, true, 0x81, 0, xreg(RSP), false, 4, stack_size); /* add rsp */
    ba_release_operands(&g->a, in);
    if (ret_record && !sret) {
        int gpi = 0, fpi = 0;
        for (int k = 0; k < rinfo.neightbytes; k++) {
            XOp m = xmem(RBP, ret_off + 8 * k);
            if (rinfo.cls[k] == CLASS_SSE)
                store_mem(g, IR_F64, m, fpi++);
            else
                store_mem(g, IR_I64, m, gpi++ ? RDX : RAX);
        }
    } else if (in->dst) {
        if (is_fp(in->type)) {
            int rd = dst_xmm(g, in->dst);
            movaps(g, rd, 0);
            dst_done(g, in->dst, rd);
        } else {
            int rd = dst_gp(g, in->dst, RAX);
            mov_rr(g, is64(in->type), rd, RAX);
            dst_done(g, in->dst, rd);
        }
    }
}

/* ---- returns ---- */

static void load_partial(CG *g, int reg, XOp m, int64_t size) {
    /* exactly size bytes (1..8) into reg, without reading past the object */
    switch (size) {
    case 8: load_mem(g, IR_I64, false, reg, m); return;
    case 4: load_mem(g, IR_I32, false, reg, m); return;
    case 2: load_mem(g, IR_I16, false, reg, m); return;
    case 1: load_mem(g, IR_I8, false, reg, m); return;
    default: break;
    }
    /* 3, 5, 6, 7: assemble from the top byte down */
    insn(g, 0, false, 0x31, reg, xreg(reg), false, 0, 0);
    for (int64_t i = size - 1; i >= 0; i--) {
        XOp b = m;
        b.disp += (int32_t)i;
        insn(g, 0, true, 0xC1, 4, xreg(reg), false, 1, 8); /* shl reg, 8 */
        load_mem(g, IR_I8, false, RCX, b);
        insn(g, 0, true, 0x09, RCX, xreg(reg), false, 0, 0); /* or reg, rcx */
    }
}

static void gen_ret(CG *g, const IRInst *in) {
    Type *rt = g->fn->type->base;
    if (in->a && is_record(rt)) {
        ArgInfo info;
        sysv_classify(rt, &info);
        if (info.in_memory) {
            /* copy to the caller's buffer and return its address */
            lea(g, R11, addr_mem(g, in->a, 0, R11));
            load_mem(g, IR_I64, false, RDI, xmem(RBP, g->sret_off));
            mov_rr(g, true, RSI, R11);
            mov_imm(g, false, RCX, info.size);
            x86_byte(&g->x, 0xF3); /* rep movsb */
            x86_byte(&g->x, 0xA4);
            load_mem(g, IR_I64, false, RAX, xmem(RBP, g->sret_off));
        } else {
            XOp src = addr_mem(g, in->a, 0, R11); /* never based on rax, rdx or rcx */
            int gpi = 0, fpi = 0;
            for (int k = 0; k < info.neightbytes; k++) {
                XOp m = src;
                m.disp += 8 * k;
                int64_t part = info.size - 8 * k < 8 ? info.size - 8 * k : 8;
                if (info.cls[k] == CLASS_SSE) {
                    load_mem(g, part > 4 ? IR_F64 : IR_F32, false, fpi++, m);
                } else {
                    int r = gpi++ ? RDX : RAX;
                    load_partial(g, r, m, part);
                }
            }
        }
    } else if (in->a) {
        if (is_fp(in->type)) {
            int r = xmm_reg(g, in->a, XMM_SCRATCH0);
            movaps(g, 0, r);
        } else {
            load_into(g, in->a, RAX);
        }
    }
    ba_release_operands(&g->a, in);
    if (g->a.cur + 1 < g->fn->insts.len)
        jump_to(g, -1);
}

/* ---- varargs ---- */

static void gen_va_start(CG *g, const IRInst *in) {
    int ap = gp_reg(g, in->a, RCX);
    store_imm(g, IR_I32, xmem(ap, 0), g->va_gp * 8);
    store_imm(g, IR_I32, xmem(ap, 4), 48 + g->va_fp * 16);
    lea(g, RAX, xmem(RBP, 16 + g->va_stack));
    store_mem(g, IR_I64, xmem(ap, 8), RAX);
    lea(g, RAX, xmem(RBP, g->va_save_off));
    store_mem(g, IR_I64, xmem(ap, 16), RAX);
    ba_release_operands(&g->a, in);
}

static void gen_va_copy(CG *g, const IRInst *in) {
    int d = gp_reg(g, in->a, RCX);
    int s = gp_reg(g, in->b, RDX);
    copy_bytes(g, xmem(d, 0), xmem(s, 0), 24);
    ba_release_operands(&g->a, in);
}

static void patch_rel32(CG *g, uint32_t at, uint32_t target) {
    put_uint(g->mc->code.data + at, (uint64_t)(int64_t)((int32_t)target - (int32_t)(at + 4)), 4, false);
}

static void gen_va_arg(CG *g, const IRInst *in) {
    Type *t = in->aux;
    ArgInfo info;
    sysv_classify(t, &info);
    load_into(g, in->a, RDX);
    int32_t dst_off = 0;
    if (is_record(t))
        dst_off = slot_of(g, in->b, info.size);
    int ngp = 0, nfp = 0;
    for (int k = 0; k < info.neightbytes; k++) {
        if (info.cls[k] == CLASS_SSE)
            nfp++;
        else
            ngp++;
    }
    uint32_t overflow_jumps[2];
    int nj = 0;
    uint32_t done_jump = 0;
    bool regs = !info.in_memory && info.neightbytes > 0;
    if (regs) {
        if (ngp) {
            load_mem(g, IR_I32, false, RAX, xmem(RDX, 0));
            insn(g, 0, false, 0x83, 7, xreg(RAX), false, 1, 48 - 8 * ngp);
            x86_byte(&g->x, 0x0F);
            x86_byte(&g->x, 0x87); /* ja overflow */
            overflow_jumps[nj++] = x86_pos(&g->x);
            buf_uint(&g->mc->code, 0, 4, false);
        }
        if (nfp) {
            load_mem(g, IR_I32, false, RAX, xmem(RDX, 4));
            insn(g, 0, false, 0x81, 7, xreg(RAX), false, 4, 176 - 16 * nfp);
            x86_byte(&g->x, 0x0F);
            x86_byte(&g->x, 0x87);
            overflow_jumps[nj++] = x86_pos(&g->x);
            buf_uint(&g->mc->code, 0, 4, false);
        }
        /* from the register save area, eightbyte by eightbyte */
        for (int k = 0; k < info.neightbytes; k++) {
            bool sse = info.cls[k] == CLASS_SSE;
            load_mem(g, IR_I32, false, RAX, xmem(RDX, sse ? 4 : 0)); /* offset */
            insn(g, 0, true, 0x03, RAX, xmem(RDX, 16), false, 0, 0); /* add rax, reg_save_area */
            if (is_record(t)) {
                load_mem(g, IR_I64, false, RCX, xmem(RAX, 0));
                store_mem(g, IR_I64, xmem(RBP, dst_off + 8 * k), RCX);
            } else {
                mov_rr(g, true, RCX, RAX); /* the value's address */
            }
            insn(g, 0, false, 0x83, 0, xmem(RDX, sse ? 4 : 0), false, 1, sse ? 16 : 8); /* add [rdx+o], n */
        }
        x86_byte(&g->x, 0xE9);
        done_jump = x86_pos(&g->x);
        buf_uint(&g->mc->code, 0, 4, false);
    }
    uint32_t overflow = x86_pos(&g->x);
    for (int j = 0; j < nj; j++)
        patch_rel32(g, overflow_jumps[j], overflow);
    /* the overflow area */
    load_mem(g, IR_I64, false, RCX, xmem(RDX, 8));
    if (info.align > 8) {
        insn(g, 0, true, 0x83, 0, xreg(RCX), false, 1, 15);
        insn(g, 0, true, 0x83, 4, xreg(RCX), false, 1, -16);
    }
    lea(g, RAX, xmem(RCX, (int32_t)align_to(info.size > 0 ? info.size : 8, 8)));
    store_mem(g, IR_I64, xmem(RDX, 8), RAX);
    if (is_record(t))
        copy_bytes(g, xmem(RBP, dst_off), xmem(RCX, 0), align_to(info.size, 8));
    if (regs)
        patch_rel32(g, done_jump, x86_pos(&g->x));
    ba_release_operands(&g->a, in);
    if (is_record(t)) {
        int rd = dst_gp(g, in->dst, RAX);
        lea(g, rd, xmem(RBP, dst_off));
        dst_done(g, in->dst, rd);
        return;
    }
    /* scalar: RCX holds its address */
    if (is_fp(in->type)) {
        int rd = dst_xmm(g, in->dst);
        load_mem(g, in->type, false, rd, xmem(RCX, 0));
        dst_done(g, in->dst, rd);
    } else {
        int rd = dst_gp(g, in->dst, RAX);
        load_mem(g, is64(in->type) ? IR_I64 : IR_I32, false, rd, xmem(RCX, 0));
        dst_done(g, in->dst, rd);
    }
}

/* ---- switch ---- */

static void gen_switch(CG *g, const IRInst *in) {
    const IRSwitch *sw = in->aux;
    bool w = is64(in->mtype);
    load_into(g, in->a, RAX);
    ba_release_operands(&g->a, in);
    for (int i = 0; i < sw->ncases; i++) {
        int64_t lo = sw->lo[i], hi = sw->hi[i];
        bool lo_imm = w ? (lo >= INT32_MIN && lo <= INT32_MAX) : true;
        if (lo == hi) {
            if (lo_imm) {
                alu(g, 7, 0x3B, w, RAX, (Val){true, lo, xreg(0)});
            } else {
                mov_imm(g, true, RCX, lo);
                insn(g, 0, true, 0x3B, RAX, xreg(RCX), false, 0, 0);
            }
            jcc_to(g, CC_E, sw->blocks[i]);
        } else {
            /* lo <= v <= hi  <=>  (unsigned)(v - lo) <= hi - lo */
            mov_rr(g, w, RCX, RAX);
            if (lo_imm) {
                alu(g, 5, 0x2B, w, RCX, (Val){true, lo, xreg(0)});
            } else {
                mov_imm(g, true, RDX, lo);
                insn(g, 0, true, 0x2B, RCX, xreg(RDX), false, 0, 0);
            }
            int64_t span = hi - lo;
            if (w && (span > INT32_MAX || span < 0)) {
                mov_imm(g, true, RDX, span);
                insn(g, 0, true, 0x3B, RCX, xreg(RDX), false, 0, 0);
            } else {
                alu(g, 7, 0x3B, w, RCX, (Val){true, span, xreg(0)});
            }
            jcc_to(g, CC_BE, sw->blocks[i]);
        }
    }
    if (!next_is_label(g, sw->default_block))
        jump_to(g, sw->default_block);
}

/* ---- builtins of the runtime ---- */

static void gen_syscall(CG *g, const IRInst *in) {
    static const int sys_regs[] = {RAX, RDI, RSI, RDX, R10, R8, R9};
    const IRCall *c = in->aux;
    Move moves[7];
    for (int i = 0; i < c->nargs && i < 7; i++) {
        memset(&moves[i], 0, sizeof(Move));
        moves[i].dst = sys_regs[i];
        moves[i].src_reg = -1;
        moves[i].vreg = c->args[i];
    }
    move_all(g, moves, c->nargs < 7 ? c->nargs : 7);
    x86_byte(&g->x, 0x0F);
    x86_byte(&g->x, 0x05);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, RAX);
    mov_rr(g, true, rd, RAX);
    dst_done(g, in->dst, rd);
}

/* jmp_buf: rbx rbp r12 r13 r14 r15 rsp rip */
static void gen_setjmp(CG *g, const IRInst *in) {
    int buf = gp_reg(g, in->a, RDX);
    static const int saved[] = {RBX, RBP, R12, R13, R14, R15};
    for (int i = 0; i < 6; i++)
        store_mem(g, IR_I64, xmem(buf, i * 8), saved[i]);
    store_mem(g, IR_I64, xmem(buf, 48), RSP);
    static const uint8_t lea_rax_rip[] = {0x48, 0x8D, 0x05}; /* lea rax, [rip + resume] */
    x86_bytes(&g->x, lea_rax_rip, 3);
    uint32_t disp_at = x86_pos(&g->x);
    buf_uint(&g->mc->code, 0, 4, false);
    store_mem(g, IR_I64, xmem(buf, 56), RAX);
    insn(g, 0, false, 0x31, RAX, xreg(RAX), false, 0, 0);
    uint32_t resume = x86_pos(&g->x);
    put_uint(g->mc->code.data + disp_at, (uint64_t)(int64_t)(int32_t)(resume - (disp_at + 4)), 4, false);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, RAX);
    mov_rr(g, false, rd, RAX);
    dst_done(g, in->dst, rd);
}

static void gen_longjmp(CG *g, const IRInst *in) {
    Move m[2];
    memset(m, 0, sizeof m);
    m[0].dst = RDX;
    m[0].src_reg = -1;
    m[0].vreg = in->a;
    m[1].dst = RAX;
    m[1].src_reg = -1;
    m[1].vreg = in->b;
    move_all(g, m, 2);
    static const int saved[] = {RBX, RBP, R12, R13, R14, R15};
    for (int i = 0; i < 6; i++)
        load_mem(g, IR_I64, false, saved[i], xmem(RDX, i * 8));
    load_mem(g, IR_I64, false, RSP, xmem(RDX, 48));
    insn(g, 0, false, 0xFF, 4, xmem(RDX, 56), false, 0, 0); /* jmp [rdx+56] */
    ba_release_operands(&g->a, in);
}

static void gen_alloca(CG *g, const IRInst *in) {
    load_into(g, in->a, RAX);
    insn(g, 0, true, 0x83, 0, xreg(RAX), false, 1, 15);
    insn(g, 0, true, 0x83, 4, xreg(RAX), false, 1, -16);
    insn(g, 0, true, 0x29, RAX, xreg(RSP), false, 0, 0); /* sub rsp, rax */
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, RAX);
    mov_rr(g, true, rd, RSP);
    dst_done(g, in->dst, rd);
}

/* ---- per instruction ---- */

static void gen_inst(CG *g, const IRInst *in) {
    switch (in->op) {
    case OP_NOP:
        return;
    case OP_LABEL:
        g->block_pos[in->imm] = (int32_t)x86_pos(&g->x);
        ba_block_start(&g->a);
        return;
    case OP_ICONST: {
        VInfo *vi = &g->a.v[in->dst];
        if (in->type == IR_I32 || (in->imm >= INT32_MIN && in->imm <= INT32_MAX)) {
            vi->loc = LOC_IMM;
            vi->imm = in->type == IR_I32 ? (int64_t)(int32_t)in->imm : in->imm;
            return;
        }
        int rd = dst_gp(g, in->dst, RAX);
        mov_imm(g, true, rd, in->imm);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_FCONST: {
        int rd = dst_xmm(g, in->dst);
        fconst_into(g, in->type, rd, in->imm);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_SLOT_ADDR:
        if (g->slot_indirect[in->imm]) {
            int rd = dst_gp(g, in->dst, RAX);
            load_mem(g, IR_I64, false, rd, xmem(RBP, g->slot_off[in->imm]));
            dst_done(g, in->dst, rd);
            return;
        }
        g->a.v[in->dst].loc = LOC_SLOT;
        g->a.v[in->dst].off = g->slot_off[in->imm];
        return;
    case OP_SYM_ADDR:
        if (!g->opts->via_got) {
            g->a.v[in->dst].loc = LOC_SYM;
            g->a.v[in->dst].sym = in->sym;
            g->a.v[in->dst].imm = in->imm;
            return;
        } else {
            int rd = dst_gp(g, in->dst, RAX);
            insn(g, 0, true, 0x8B, rd, xrip(in->sym, 0, R_X86_64_REX_GOTPCRELX), false, 0, 0);
            if (in->imm)
                insn(g, 0, true, 0x81, 0, xreg(rd), false, 4, in->imm);
            dst_done(g, in->dst, rd);
            return;
        }
    case OP_TLS_ADDR: {
        int rd = dst_gp(g, in->dst, RAX);
        static const uint8_t fs0[] = {0x64, 0x48, 0x8B, 0x04, 0x25, 0, 0, 0, 0}; /* mov rax, fs:0 */
        x86_bytes(&g->x, fs0, sizeof fs0);
        /* lea rd, [rax + tpoff] */
        insn(g, 0, true, 0x8D, rd, xmem(RAX, 0x7fffffff), false, 0, 0);
        Reloc r;
        r.offset = x86_pos(&g->x) - 4;
        r.sym = in->sym;
        r.kind = R_X86_64_TPOFF32;
        r.addend = in->imm;
        vec_push(&g->mc->relocs, r);
        put_uint(g->mc->code.data + r.offset, 0, 4, false);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_LOAD:
        gen_load(g, in);
        return;
    case OP_STORE:
        gen_store(g, in);
        return;
    case OP_ADD:
    case OP_SUB:
    case OP_MUL:
    case OP_DIV:
        if (is_fp(in->type)) {
            gen_binary_fp(g, in);
            return;
        }
        if (in->op == OP_MUL)
            gen_mul(g, in);
        else if (in->op == OP_DIV)
            gen_divrem(g, in);
        else
            gen_binary_int(g, in);
        return;
    case OP_AND:
    case OP_OR:
    case OP_XOR:
        gen_binary_int(g, in);
        return;
    case OP_UDIV:
    case OP_REM:
    case OP_UREM:
        gen_divrem(g, in);
        return;
    case OP_SHL:
    case OP_SHR:
    case OP_SAR:
        gen_shift(g, in);
        return;
    case OP_NEG:
        if (is_fp(in->type))
            gen_fneg(g, in);
        else
            gen_unary_int(g, in);
        return;
    case OP_NOT:
        gen_unary_int(g, in);
        return;
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
    case OP_ULT: case OP_ULE: case OP_UGT: case OP_UGE:
        gen_compare(g, in);
        return;
    case OP_SEXT: case OP_ZEXT: case OP_TRUNC: case OP_COPY: case OP_ITOF: case OP_UTOF: case OP_FTOI:
    case OP_FTOU: case OP_FCONV:
        gen_convert(g, in);
        return;
    case OP_MEMCPY:
        gen_memcpy(g, in);
        ba_release_operands(&g->a, in);
        return;
    case OP_MEMZERO:
        gen_memzero(g, in);
        ba_release_operands(&g->a, in);
        return;
    case OP_CALL:
        gen_call(g, in);
        return;
    case OP_RET:
        gen_ret(g, in);
        return;
    case OP_JMP:
        if (!next_is_label(g, (int)in->imm))
            jump_to(g, (int)in->imm);
        return;
    case OP_BR:
        gen_branch(g, in);
        ba_release_operands(&g->a, in);
        return;
    case OP_SWITCH:
        gen_switch(g, in);
        return;
    case OP_VA_START:
        gen_va_start(g, in);
        return;
    case OP_VA_ARG:
        gen_va_arg(g, in);
        return;
    case OP_VA_COPY:
        gen_va_copy(g, in);
        return;
    case OP_SYSCALL:
        gen_syscall(g, in);
        return;
    case OP_SETJMP:
        gen_setjmp(g, in);
        return;
    case OP_LONGJMP:
        gen_longjmp(g, in);
        return;
    case OP_SIGRETURN: {
        lea(g, RSP, xmem(RBP, 8)); /* drop this frame */
        mov_imm(g, false, RAX, 15); /* rt_sigreturn */
        x86_byte(&g->x, 0x0F);
        x86_byte(&g->x, 0x05);
        return;
    }
    case OP_FRAME_ADDR: {
        int rd = dst_gp(g, in->dst, RAX);
        mov_rr(g, true, rd, RBP);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_RETURN_ADDR: {
        int rd = dst_gp(g, in->dst, RAX);
        load_mem(g, IR_I64, false, rd, xmem(RBP, 8));
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_THREAD_PTR: {
        int rd = dst_gp(g, in->dst, RAX);
        /* mov rd, fs:[0] */
        x86_byte(&g->x, 0x64);
        insn(g, 0, true, 0x8B, rd, xmem(NO_REG, 0), false, 0, 0);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_SET_THREAD_PTR: {
        load_into(g, in->a, RSI);
        mov_imm(g, false, RDI, 0x1002); /* ARCH_SET_FS */
        mov_imm(g, false, RAX, 158);    /* arch_prctl */
        x86_byte(&g->x, 0x0F);
        x86_byte(&g->x, 0x05);
        ba_release_operands(&g->a, in);
        return;
    }
    case OP_SQRT: {
        XOp a = xmm_rm(g, in->a);
        ba_release_operands(&g->a, in);
        int rd = dst_xmm(g, in->dst);
        insn(g, in->type == IR_F32 ? PFX_F3 : PFX_F2, false, 0x0F51, rd, a, false, 0, 0);
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_TRAP:
        x86_byte(&g->x, 0x0F);
        x86_byte(&g->x, 0x0B);
        return;
    case OP_ALLOCA:
        gen_alloca(g, in);
        return;
    default:
        fatal("internal error: x86_64 backend cannot generate '%s'", ir_op_name(in->op));
    }
}

/* ---- incoming parameters ---- */

static void store_params(CG *g) {
    const IRFunc *fn = g->fn;
    Type *ft = fn->type;
    Type *rt = ft->base;
    bool sret = false;
    if (is_record(rt)) {
        ArgInfo ri;
        sysv_classify(rt, &ri);
        sret = ri.in_memory;
    }
    if (sret) {
        g->sret_off = ba_frame_alloc(&g->a, 8, 8);
        store_mem(g, IR_I64, xmem(RBP, g->sret_off), RDI);
    }
    Type **types = ft->params;
    ArgPlace *places = arena_zalloc(g->arena, ((size_t)fn->nparams + 1) * sizeof(ArgPlace));
    int gp, fp;
    int32_t stack = place_args(types, fn->nparams, sret, places, &gp, &fp);
    for (int i = 0; i < fn->nparams; i++) {
        ArgPlace *pl = &places[i];
        int32_t off = g->slot_off[fn->param_slots[i]];
        Type *t = types[i];
        if (pl->on_stack) {
            XOp src = xmem(RBP, 16 + pl->stack_off);
            if (is_record(t)) {
                copy_bytes(g, xmem(RBP, off), src, pl->info.size);
            } else if (is_flonum(t)) {
                load_mem(g, t->kind == TY_FLOAT ? IR_F32 : IR_F64, false, XMM_SCRATCH0, src);
                store_mem(g, t->kind == TY_FLOAT ? IR_F32 : IR_F64, xmem(RBP, off), XMM_SCRATCH0);
            } else {
                load_mem(g, IR_I64, false, RAX, src);
                int64_t sz = t->kind == TY_PTR ? 8 : type_size(t);
                store_mem(g, sz == 1 ? IR_I8 : sz == 2 ? IR_I16 : sz == 4 ? IR_I32 : IR_I64, xmem(RBP, off), RAX);
            }
            continue;
        }
        if (is_record(t)) {
            for (int k = 0; k < pl->info.neightbytes; k++) {
                if (pl->info.cls[k] == CLASS_SSE)
                    store_mem(g, IR_F64, xmem(RBP, off + 8 * k), pl->regs[k]);
                else
                    store_mem(g, IR_I64, xmem(RBP, off + 8 * k), pl->regs[k]);
            }
            continue;
        }
        if (is_flonum(t)) {
            store_mem(g, t->kind == TY_FLOAT ? IR_F32 : IR_F64, xmem(RBP, off), pl->regs[0]);
        } else {
            int64_t sz = t->kind == TY_PTR ? g->t->ptr_size : type_size(t);
            store_mem(g, sz == 1 ? IR_I8 : sz == 2 ? IR_I16 : sz == 4 ? IR_I32 : IR_I64, xmem(RBP, off), pl->regs[0]);
        }
    }
    if (ft->variadic) {
        g->va_gp = gp;
        g->va_fp = fp;
        g->va_stack = stack;
        g->va_save_off = ba_frame_alloc(&g->a, 176, 16);
        for (int i = 0; i < 6; i++)
            store_mem(g, IR_I64, xmem(RBP, g->va_save_off + 8 * i), arg_gp[i]);
        for (int i = 0; i < 8; i++)
            store_mem(g, IR_F64, xmem(RBP, g->va_save_off + 48 + 16 * i), i);
    }
}

/* ---- the function ---- */

static void gen_function(const Target *t, const IRFunc *fn, const CodegenOptions *opts, MachineCode *out) {
    CG g;
    memset(&g, 0, sizeof g);
    g.t = t;
    g.fn = fn;
    g.opts = opts;
    MachineCode body;
    memset(&body, 0, sizeof body);
    g.mc = &body;
    g.x.mc = &body;
    static Arena arena;
    arena_reset(&arena);
    g.arena = &arena;
    g.slot_off = arena_zalloc(&arena, ((size_t)fn->slots.len + 1) * sizeof(int32_t));
    g.slot_indirect = arena_zalloc(&arena, (size_t)fn->slots.len + 1);
    g.block_pos = arena_alloc(&arena, ((size_t)fn->nblocks + 1) * sizeof(int32_t));
    g.pending_cc = -1;
    for (int i = 0; i < fn->nblocks; i++)
        g.block_pos[i] = -1;
    ba_init(&g.a, fn, &pools, opts->opt_level, &arena, call_like);
    for (int i = 0; i < fn->slots.len; i++) {
        const IRSlot *s = &fn->slots.data[i];
        if (s->align > 16) {
            /* rbp is only 16-aligned: reserve room to align at run time, keep the address in a cell */
            int32_t raw = ba_frame_alloc(&g.a, align_to(s->size, 8) + s->align, 16);
            g.slot_off[i] = ba_frame_alloc(&g.a, 8, 8);
            lea(&g, RAX, xmem(RBP, raw + s->align - 1));
            insn(&g, 0, true, 0x81, 4, xreg(RAX), false, 4, -(int64_t)s->align); /* and rax, -align */
            store_mem(&g, IR_I64, xmem(RBP, g.slot_off[i]), RAX);
            g.slot_indirect[i] = true;
            continue;
        }
        /* whole eightbytes, so that records can be moved eightbyte by eightbyte */
        g.slot_off[i] = ba_frame_alloc(&g.a, align_to(s->size, 8), s->align < 8 ? 8 : s->align);
    }
    g.last_loc = fn->loc;
    store_params(&g);
    uint32_t params_end = x86_pos(&g.x);
    uint32_t *inst_pc = xmalloc(((size_t)fn->insts.len + 1) * sizeof(uint32_t));
    for (int i = 0; i < fn->insts.len; i++) {
        g.a.cur = i;
        const IRInst *in = &fn->insts.data[i];
        inst_pc[i] = x86_pos(&g.x);
        if (in->op != OP_LABEL)
            mc_line_row(&body, &g.last_loc, in->loc, x86_pos(&g.x));
        gen_inst(&g, in);
    }
    inst_pc[fn->insts.len] = x86_pos(&g.x);
    /* the epilogue */
    uint32_t epilogue = x86_pos(&g.x);
    if (fn->end_loc.line) {
        g.last_loc.line = 0;
        mc_line_row(&body, &g.last_loc, fn->end_loc, x86_pos(&g.x));
        if (body.lines.len)
            vec_last(&body.lines).flags |= LINE_EPILOGUE_BEGIN;
    }
    int32_t saves[16];
    for (int r = 0; r < 16; r++)
        if (g.a.callee_used & (1 << r))
            saves[r] = ba_frame_alloc(&g.a, 8, 8);
    for (int r = 0; r < 16; r++)
        if (g.a.callee_used & (1 << r))
            load_mem(&g, IR_I64, false, r, xmem(RBP, saves[r]));
    uint32_t restored = x86_pos(&g.x);
    x86_byte(&g.x, 0xC9); /* leave */
    uint32_t left = x86_pos(&g.x);
    x86_byte(&g.x, 0xC3); /* ret */
    for (int i = 0; i < g.fixups.len; i++) {
        Fixup *f = &g.fixups.data[i];
        int32_t target = f->block < 0 ? (int32_t)epilogue : g.block_pos[f->block];
        if (target < 0)
            fatal("internal error: jump to a missing block in '%s'", fn->name);
        put_uint(body.code.data + f->pos, (uint64_t)(int64_t)(target - (int32_t)(f->pos + 4)), 4, false);
    }
    /* the prologue, now that the frame size is known */
    int64_t frame = align_to(g.a.frame, 16);
    MachineCode *mc = out;
    XCode px;
    px.mc = mc;
    g.x = px;
    g.mc = mc;
    CFIRow cfi;
    memset(&cfi, 0, sizeof cfi);
    cfi.cfa_reg = DW_RSP;
    cfi.cfa_offset = 8;
    if (fn->is_entry) {
        cfi.ra_undefined = true; /* the outermost frame */
        vec_push(&mc->cfi, cfi);
        cfi.ra_undefined = false;
        /* process entry: no return address; hand the kernel's stack pointer over as the
           first parameter and make the stack look like a normal call's */
        static const uint8_t entry[] = {0x31, 0xED,             /* xor ebp, ebp */
                                        0x48, 0x89, 0xE7,       /* mov rdi, rsp */
                                        0x48, 0x83, 0xE4, 0xF0, /* and rsp, -16 */
                                        0x55};                  /* push rbp (a null return address) */
        x86_bytes(&g.x, entry, sizeof entry);
    }
    x86_byte(&g.x, 0x55); /* push rbp */
    cfi.pc = x86_pos(&g.x);
    cfi.cfa_offset = 16;
    cfi.nsaved = 1;
    cfi.saved_reg[0] = DW_RBP;
    cfi.saved_offset[0] = -16;
    vec_push(&mc->cfi, cfi);
    x86_bytes(&g.x, "\x48\x89\xE5", 3); /* mov rbp, rsp */
    cfi.pc = x86_pos(&g.x);
    cfi.cfa_reg = DW_RBP;
    vec_push(&mc->cfi, cfi);
    if (frame)
        insn(&g, 0, true, 0x81, 5, xreg(RSP), false, 4, frame); /* sub rsp, frame */
    for (int r = 0; r < 16; r++)
        if (g.a.callee_used & (1 << r))
            store_mem(&g, IR_I64, xmem(RBP, saves[r]), r);
    uint32_t shift = (uint32_t)mc->code.len;
    /* the callee-saved registers are in the frame from here to the epilogue's restores */
    if (g.a.callee_used) {
        CFIRow body_row = cfi;
        body_row.pc = shift;
        for (int r = 0; r < 16; r++) {
            if (!(g.a.callee_used & (1 << r)) || body_row.nsaved == 8)
                continue;
            body_row.saved_reg[body_row.nsaved] = dwarf_reg[r];
            body_row.saved_offset[body_row.nsaved] = saves[r] - 16;
            body_row.nsaved++;
        }
        vec_push(&mc->cfi, body_row);
        cfi.pc = shift + restored;
        vec_push(&mc->cfi, cfi); /* restored: only rbp is still in the frame */
    }
    cfi.pc = shift + left; /* after leave: as at entry */
    cfi.cfa_reg = DW_RSP;
    cfi.cfa_offset = 8;
    cfi.nsaved = 0;
    vec_push(&mc->cfi, cfi);
    /* after the prologue the CFA is rbp + 16 */
    mc_join_body(mc, &body, fn, params_end, g.slot_off, g.slot_indirect, 16, inst_pc);
    mc_free(&body);
    vec_free(&g.fixups);
}

/* ---- relocations and the backend ---- */

static RelocNeed reloc_need(int kind) {
    switch (kind) {
    case R_X86_64_GOTPCREL:
    case R_X86_64_GOTPCRELX:
    case R_X86_64_REX_GOTPCRELX:
        return RELOC_GOT;
    case R_X86_64_TPOFF32:
        return RELOC_TLS;
    default:
        return RELOC_ADDR;
    }
}

static const char *apply_reloc(int kind, uint8_t *place, uint64_t P, uint64_t S, int64_t A, uint64_t G, int64_t T) {
    int64_t v;
    switch (kind) {
    case R_X86_64_64:
        put_uint(place, S + (uint64_t)A, 8, false);
        return NULL;
    case R_X86_64_PC32:
    case R_X86_64_PLT32:
        v = (int64_t)(S + (uint64_t)A - P);
        break;
    case R_X86_64_GOTPCREL:
    case R_X86_64_GOTPCRELX:
    case R_X86_64_REX_GOTPCRELX:
        v = (int64_t)(G + (uint64_t)A - P);
        break;
    case R_X86_64_TPOFF32:
        v = T + A;
        break;
    case R_X86_64_32:
        v = (int64_t)(S + (uint64_t)A);
        if ((uint64_t)v > 0xFFFFFFFFULL)
            return "relocation R_X86_64_32 out of range";
        put_uint(place, (uint64_t)v, 4, false);
        return NULL;
    case R_X86_64_32S:
        v = (int64_t)(S + (uint64_t)A);
        break;
    default:
        return "unknown relocation type";
    }
    if (v < INT32_MIN || v > INT32_MAX)
        return "relocation out of range (more than 2 GiB away)";
    put_uint(place, (uint64_t)v, 4, false);
    return NULL;
}

static int64_t tls_offset(uint64_t off, uint64_t tls_size, uint64_t tls_align) {
    /* variant II: the block ends at the thread pointer */
    return (int64_t)off - (int64_t)align_to((int64_t)tls_size, (int64_t)(tls_align ? tls_align : 1));
}

const Backend backend_x86_64 = {
    "x86_64", gen_function, reloc_need, apply_reloc, R_X86_64_64, tls_offset, 0xCC,
    DW_RSP, DW_RIP, -8, 8, true,
};
