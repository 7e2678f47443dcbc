/* AArch64 code generation: block-local register allocation and instruction selection.

   Allocation is the block-local linear scan of ../blockalloc.c: a vreg gets a register when
   it is defined and gives it back at its last use; one living across a call goes to a
   callee-saved register (x19-x28) or the frame. Slot and symbol addresses and constants are
   rematerialized at their uses.

   Frame: x29-based, the frame record (x29, x30) at the top as the AAPCS64 recommends:
   [x29+16..] incoming stack arguments (x29+16 is the CFA), [x29+8] x30, [x29] the caller's
   x29, below: IR slots, spills, the varargs save areas, callee-saved registers; sp is 16-byte
   aligned below them. The body is generated first, then the prologue (which needs the frame
   size) is put in front.

   Registers: x0-x7 arguments and results, x8 the indirect result address (and a loop counter
   inside the body), x1-x7 and x9-x12 hold vregs, x13 parks a value while moves into argument
   registers break a cycle, x14-x16 are scratch, x17 holds constants for exactly one following
   instruction (large offsets and immediates). v16-v28 hold float vregs; v29-v31 are scratch. */
#include "../blockalloc.h"
#include "abi.h"
#include "encode.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct Fixup {
    uint32_t pos; /* of the branch instruction */
    int block;    /* -1: the epilogue */
    bool wide;    /* b (26-bit offset) rather than b.cond/cbz (19-bit) */
} Fixup;

typedef struct CG {
    Arena *arena; /* everything that lives only while one function is generated */
    const Target *t;
    const IRFunc *fn;
    const CodegenOptions *opts;
    MachineCode *mc;
    BlockAlloc a;
    int32_t *slot_off;
    bool *slot_indirect; /* over-aligned slots: slot_off holds a cell with their aligned address */
    int32_t *block_pos;
    VEC(Fixup) fixups;
    int32_t sret_off; /* where the indirect result address (x8 at entry) is kept */
    int32_t va_gr_off, va_vr_off; /* the varargs save areas of x0-x7 and q0-q7 */
    int va_gp, va_fp;             /* named arguments in registers */
    int32_t va_stack;             /* named arguments on the stack (bytes) */
    int pending_cc;               /* a fused compare's branch condition, or -1 */
    SrcLoc last_loc;
} CG;

enum {
    TMP0 = 16, TMP1 = 15, TMP2 = 14, PARK = 13, IMM = 17, LOOP_COUNT = 8, SRET_REG = 8,
    FTMP0 = 31, FTMP1 = 30, FPARK = 29,
    INLINE_COPY_MAX = 128,
};
enum { DW_X29 = 29, DW_X30 = 30, DW_SP = 31 };

static const int gp_caller_pool[] = {9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7};
static const int gp_callee_pool[] = {19, 20, 21, 22, 23, 24, 25, 26, 27, 28};
static const int fp_pool[] = {16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28};
static const RegPools pools = {gp_caller_pool, 11, gp_callee_pool, 10, fp_pool, 13};
enum { CALLEE_FIRST = 19, CALLEE_LAST = 28 };

static bool is64(int type) {
    return type == IR_I64 || type == IR_PTR;
}

static bool is_fp(int type) {
    return ba_is_fp(type);
}

static void emit(CG *g, uint32_t insn) {
    a64_emit(g->mc, insn);
}

static uint32_t pos(CG *g) {
    return a64_pos(g->mc);
}

static void add_reloc(CG *g, uint32_t sym, int kind, int64_t addend) {
    Reloc r;
    r.offset = pos(g);
    r.sym = sym;
    r.kind = kind;
    r.addend = addend;
    vec_push(&g->mc->relocs, r);
}

/* ---- constants and address arithmetic ---- */

static void mov_imm(CG *g, bool sf, int rd, int64_t value) {
    uint64_t v = sf ? (uint64_t)value : (uint64_t)(uint32_t)value;
    int chunks = sf ? 4 : 2;
    int zeros = 0, ones = 0;
    for (int i = 0; i < chunks; i++) {
        uint32_t c = (uint32_t)(v >> (16 * i)) & 0xffff;
        zeros += c == 0;
        ones += c == 0xffff;
    }
    uint32_t logical;
    if (zeros < chunks - 1 && ones < chunks - 1 && a64_logical_imm(LOG_ORR, sf, rd, XZR, v, &logical)) {
        emit(g, logical);
        return;
    }
    /* movn when more chunks are all ones than all zeros, then movk for the rest */
    bool inverted = ones > zeros;
    bool first = true;
    for (int i = 0; i < chunks; i++) {
        uint32_t c = (uint32_t)(v >> (16 * i)) & 0xffff;
        if (c == (inverted ? 0xffffu : 0) && !(first && i == chunks - 1))
            continue;
        if (first)
            emit(g, inverted ? a64_movn(sf, rd, ~c & 0xffff, 16 * i) : a64_movz(sf, rd, c, 16 * i));
        else
            emit(g, a64_movk(sf, rd, c, 16 * i));
        first = false;
    }
}

/* rd = rn + value (64-bit; rd and rn may be sp) */
static void add_imm(CG *g, int rd, int rn, int64_t value) {
    uint64_t mag = value < 0 ? (uint64_t)-value : (uint64_t)value;
    bool neg = value < 0;
    if (mag < 4096) {
        if (mag || rd != rn)
            emit(g, neg ? a64_sub_imm(true, rd, rn, (uint32_t)mag, false) : a64_add_imm(true, rd, rn, (uint32_t)mag, false));
        return;
    }
    if (mag < (1u << 24)) {
        uint32_t hi = (uint32_t)(mag >> 12), lo = (uint32_t)(mag & 0xfff);
        emit(g, neg ? a64_sub_imm(true, rd, rn, hi, true) : a64_add_imm(true, rd, rn, hi, true));
        if (lo)
            emit(g, neg ? a64_sub_imm(true, rd, rd, lo, false) : a64_add_imm(true, rd, rd, lo, false));
        return;
    }
    mov_imm(g, true, IMM, value);
    emit(g, a64_add_ext(rd, rn, IMM));
}

/* ---- loads and stores of registers at [base + off] ---- */

typedef struct Addr {
    int base;
    int64_t off;
} Addr;

static Addr at(int base, int64_t off) {
    Addr a = {base, off};
    return a;
}

enum { FP_S = SZ_W, FP_D = SZ_X, FP_Q = 4 };

/* One load or store with the best addressing form: scaled unsigned offset, unscaled signed
   offset, or the offset in x17. fp selects a SIMD&FP register. */
static void mem(CG *g, bool load, bool fp, int size, int kind, int rt, Addr a) {
    int64_t off = a.off;
    if (off >= 0 && off % ((int64_t)1 << size) == 0 && (off >> size) < 4096) {
        uint32_t imm = (uint32_t)(off >> size);
        if (fp)
            emit(g, load ? a64_fldr_uimm(size, rt, a.base, imm) : a64_fstr_uimm(size, rt, a.base, imm));
        else
            emit(g, load ? a64_ldr_uimm(size, kind, rt, a.base, imm) : a64_str_uimm(size, rt, a.base, imm));
    } else if (off >= -256 && off < 256) {
        if (fp)
            emit(g, load ? a64_fldur(size, rt, a.base, (int)off) : a64_fstur(size, rt, a.base, (int)off));
        else
            emit(g, load ? a64_ldur(size, kind, rt, a.base, (int)off) : a64_stur(size, rt, a.base, (int)off));
    } else {
        mov_imm(g, true, IMM, off);
        if (fp)
            emit(g, load ? a64_fldr_reg(size, rt, a.base, IMM) : a64_fstr_reg(size, rt, a.base, IMM));
        else
            emit(g, load ? a64_ldr_reg(size, kind, rt, a.base, IMM) : a64_str_reg(size, rt, a.base, IMM));
    }
}

static int size_of_type(int type) {
    switch (type) {
    case IR_I8: return SZ_B;
    case IR_I16: return SZ_H;
    case IR_I32:
    case IR_F32: return SZ_W;
    default: return SZ_X;
    }
}

/* a register value of IR type `type` at a (i8/i16 memory types truncate) */
static void store(CG *g, int type, int reg, Addr a) {
    mem(g, false, is_fp(type), size_of_type(type), LD_ZERO, reg, a);
}

/* loads mtype into a register of IR type `type`, extending sub-word values per `sign` */
static void load(CG *g, int mtype, int type, bool sign, int reg, Addr a) {
    int size = size_of_type(mtype);
    int kind = LD_ZERO;
    if (sign && size < SZ_X && !(size == SZ_W && !is64(type)))
        kind = is64(type) ? LD_SIGNED64 : LD_SIGNED32;
    mem(g, true, is_fp(mtype), size, kind, reg, a);
}

static void load64(CG *g, int reg, Addr a) {
    mem(g, true, false, SZ_X, LD_ZERO, reg, a);
}

static void store64(CG *g, int reg, Addr a) {
    mem(g, false, false, SZ_X, LD_ZERO, reg, a);
}

/* the IR type of a C scalar as it sits in memory */
static int mem_type_of(const Target *t, Type *ty) {
    if (is_flonum(ty))
        return ty->kind == TY_FLOAT ? IR_F32 : IR_F64;
    int64_t sz = ty->kind == TY_PTR ? t->ptr_size : type_size(ty);
    return sz == 1 ? IR_I8 : sz == 2 ? IR_I16 : sz == 4 ? IR_I32 : IR_I64;
}

/* ---- jumps ---- */

static void branch_to(CG *g, uint32_t insn, int block, bool wide) {
    Fixup f = {pos(g), block, wide};
    vec_push(&g->fixups, f);
    emit(g, insn);
}

static void jump_to(CG *g, int block) {
    branch_to(g, a64_b(0), block, true);
}

static void bcond_to(CG *g, int cc, int block) {
    branch_to(g, a64_bcond(cc, 0), block, false);
}

static bool next_is_label(CG *g, int block) {
    int i = g->a.cur + 1;
    return i < g->fn->insts.len && g->fn->insts.data[i].op == OP_LABEL && g->fn->insts.data[i].imm == block;
}

/* a forward branch inside the code of one instruction: emit now, point at here later */
static uint32_t local_branch(CG *g, uint32_t insn) {
    uint32_t at_pos = pos(g);
    emit(g, insn);
    return at_pos;
}

static void land_here(CG *g, uint32_t branch) {
    int64_t off = (int64_t)pos(g) - branch;
    uint32_t word = (uint32_t)get_uint(g->mc->code.data + branch, 4, false);
    bool wide = (word & 0x7C000000) == 0x14000000;
    a64_patch(g->mc, branch, wide ? a64_b(off) & 0x3ffffff : (a64_bcond(0, off) & 0x00ffffe0));
}

/* ---- register allocation ---- */

static bool call_like(const IRInst *in) {
    /* a system call counts: its arguments go through x0-x5 and x8 */
    return in->op == OP_CALL || in->op == OP_SYSCALL || in->op == OP_SETJMP;
}

/* ---- operand access ---- */

static void sym_addr_into(CG *g, int rd, uint32_t sym, int64_t addend) {
    add_reloc(g, sym, R_AARCH64_ADR_PREL_PG_HI21, addend);
    emit(g, a64_adrp(rd));
    add_reloc(g, sym, R_AARCH64_ADD_ABS_LO12_NC, addend);
    emit(g, a64_add_imm(true, rd, rd, 0, false));
}

/* Puts a vreg's value in a general register: its own, or `want`. */
static int gp_reg(CG *g, uint32_t v, int want) {
    VInfo *vi = &g->a.v[v];
    switch (vi->loc) {
    case LOC_REG:
        return vi->reg;
    case LOC_STACK:
        load(g, is64(vi->type) ? IR_I64 : IR_I32, vi->type, false, want, at(FP, vi->off));
        return want;
    case LOC_SLOT:
        add_imm(g, want, FP, vi->off);
        return want;
    case LOC_SYM:
        sym_addr_into(g, want, vi->sym, vi->imm);
        return want;
    case LOC_IMM:
        if (vi->imm == 0)
            return XZR;
        mov_imm(g, is64(vi->type), want, vi->imm);
        return want;
    default:
        fatal("internal error: vreg %u of '%s' has no location", v, g->fn->name);
    }
}

/* as gp_reg, but never xzr: where register 31 means sp (add, sub and cmp immediates) */
static int gp_reg_not_zr(CG *g, uint32_t v, int want) {
    int r = gp_reg(g, v, want);
    if (r != XZR)
        return r;
    emit(g, a64_movz(true, want, 0, 0));
    return want;
}

static void load_into(CG *g, uint32_t v, int reg) {
    int r = gp_reg(g, v, reg);
    if (r != reg)
        emit(g, a64_mov_reg(true, reg, r));
}

/* The address *(addr + disp) as a base register and an offset. */
static Addr addr_of(CG *g, uint32_t addr, int64_t disp, int scratch) {
    VInfo *vi = &g->a.v[addr];
    switch (vi->loc) {
    case LOC_SLOT:
        return at(FP, vi->off + disp);
    case LOC_SYM:
        sym_addr_into(g, scratch, vi->sym, vi->imm + disp);
        return at(scratch, 0);
    default: {
        int r = gp_reg(g, addr, scratch);
        if (r == XZR) { /* an absolute address 0 + disp */
            mov_imm(g, true, scratch, disp);
            return at(scratch, 0);
        }
        return at(r, disp);
    }
    }
}

static int fp_reg(CG *g, uint32_t v, int want) {
    VInfo *vi = &g->a.v[v];
    if (vi->loc == LOC_REG)
        return vi->reg;
    if (vi->loc == LOC_STACK) {
        load(g, vi->type, vi->type, false, want, at(FP, vi->off));
        return want;
    }
    fatal("internal error: float vreg %u without a location", v);
}

/* The register to compute a result into, and storing it home afterwards. */
static int dst_gp(CG *g, uint32_t d, int scratch) {
    ba_alloc(&g->a, d);
    return g->a.v[d].loc == LOC_REG ? g->a.v[d].reg : scratch;
}

static int dst_fp(CG *g, uint32_t d) {
    ba_alloc(&g->a, d);
    return g->a.v[d].loc == LOC_REG ? g->a.v[d].reg : FTMP0;
}

static void dst_done(CG *g, uint32_t d, int reg) {
    VInfo *vi = &g->a.v[d];
    if (vi->loc == LOC_STACK)
        store(g, is_fp(vi->type) ? vi->type : (is64(vi->type) ? IR_I64 : IR_I32), reg, at(FP, vi->off));
    /* a result nobody reads frees its register at once */
    if (vi->last_use == g->a.cur)
        ba_release(&g->a, d);
}

/* ---- parallel moves into argument registers ---- */

typedef struct Move {
    int dst;
    bool fp;
    uint32_t vreg; /* the source: this vreg, */
    bool from_mem; /* or a value of mem_type at [x29 + mem_off] */
    int32_t mem_off;
    int mem_type;
} Move;

static Move move_of_vreg(int dst, bool fp, uint32_t vreg) {
    Move m;
    memset(&m, 0, sizeof m);
    m.dst = dst;
    m.fp = fp;
    m.vreg = vreg;
    return m;
}

static Move move_of_mem(int dst, bool fp, int32_t off, int type) {
    Move m = move_of_vreg(dst, fp, 0);
    m.from_mem = true;
    m.mem_off = off;
    m.mem_type = type;
    return m;
}

typedef struct MoveCtx {
    CG *g;
    const Move *moves;
    const ParMove *order;
} MoveCtx;

static void emit_move(void *ctx, int i) {
    MoveCtx *c = ctx;
    CG *g = c->g;
    const Move *m = &c->moves[i];
    int src = c->order[i].src_reg;
    if (src >= 0)
        emit(g, m->fp ? a64_fmov(true, m->dst, src) : a64_mov_reg(true, m->dst, src));
    else if (m->from_mem)
        load(g, m->mem_type, m->mem_type, false, m->dst, at(FP, m->mem_off));
    else if (m->fp)
        fp_reg(g, m->vreg, m->dst); /* from the frame */
    else
        load_into(g, m->vreg, m->dst);
}

static void park_move(void *ctx, bool fp, int src, int *parked) {
    CG *g = ((MoveCtx *)ctx)->g;
    *parked = fp ? FPARK : PARK;
    emit(g, fp ? a64_fmov(true, *parked, src) : a64_mov_reg(true, *parked, src));
}

static void move_all(CG *g, const Move *moves, int n) {
    ParMove *order = arena_zalloc(g->arena, ((size_t)n + 1) * sizeof(ParMove));
    for (int i = 0; i < n; i++) {
        order[i].dst = moves[i].dst;
        order[i].fp = moves[i].fp;
        order[i].src_reg = !moves[i].from_mem && g->a.v[moves[i].vreg].loc == LOC_REG ? g->a.v[moves[i].vreg].reg : -1;
    }
    MoveCtx c = {g, moves, order};
    ParMoveOps ops = {&c, emit_move, park_move};
    parallel_move(order, n, g->arena, &ops);
}

/* ---- memory copies ---- */

static void copy_chunks(CG *g, Addr dst, Addr src, int64_t size) {
    static const int sizes[] = {8, 4, 2, 1};
    static const int types[] = {IR_I64, IR_I32, IR_I16, IR_I8};
    int64_t off = 0;
    for (int k = 0; k < 4; k++) {
        while (size - off >= sizes[k]) {
            load(g, types[k], types[k], false, TMP0, at(src.base, src.off + off));
            store(g, types[k], TMP0, at(dst.base, dst.off + off));
            off += sizes[k];
        }
    }
}

/* Copies size bytes; long copies loop eight bytes at a time with x14/x15 as pointers and x8
   as the counter. */
static void copy_mem(CG *g, Addr dst, Addr src, int64_t size) {
    if (size > INLINE_COPY_MAX) {
        if (src.base == TMP1) {
            add_imm(g, TMP2, src.base, src.off);
            add_imm(g, TMP1, dst.base, dst.off);
        } else {
            add_imm(g, TMP1, dst.base, dst.off);
            add_imm(g, TMP2, src.base, src.off);
        }
        mov_imm(g, true, LOOP_COUNT, size / 8);
        uint32_t loop = pos(g);
        emit(g, a64_ldr_post(TMP0, TMP2, 8));
        emit(g, a64_str_post(TMP0, TMP1, 8));
        emit(g, a64_subs_imm(true, LOOP_COUNT, LOOP_COUNT, 1));
        emit(g, a64_bcond(CC_NE, (int64_t)loop - pos(g)));
        dst = at(TMP1, 0);
        src = at(TMP2, 0);
        size %= 8;
    }
    copy_chunks(g, dst, src, size);
}

static void zero_mem(CG *g, Addr dst, int64_t size) {
    if (size > INLINE_COPY_MAX) {
        add_imm(g, TMP1, dst.base, dst.off);
        mov_imm(g, true, LOOP_COUNT, size / 8);
        uint32_t loop = pos(g);
        emit(g, a64_str_post(XZR, TMP1, 8));
        emit(g, a64_subs_imm(true, LOOP_COUNT, LOOP_COUNT, 1));
        emit(g, a64_bcond(CC_NE, (int64_t)loop - pos(g)));
        dst = at(TMP1, 0);
        size %= 8;
    }
    static const int sizes[] = {8, 4, 2, 1};
    static const int types[] = {IR_I64, IR_I32, IR_I16, IR_I8};
    int64_t off = 0;
    for (int k = 0; k < 4; k++) {
        while (size - off >= sizes[k]) {
            store(g, types[k], XZR, at(dst.base, dst.off + off));
            off += sizes[k];
        }
    }
}

static void gen_memcpy(CG *g, const IRInst *in) {
    Addr d = addr_of(g, in->a, 0, TMP1);
    Addr s = addr_of(g, in->b, 0, TMP2);
    copy_mem(g, d, s, in->imm);
}

static void gen_memzero(CG *g, const IRInst *in) {
    zero_mem(g, addr_of(g, in->a, 0, TMP1), in->imm);
}

/* ---- integer arithmetic ---- */

static bool imm12_fits(int64_t v) {
    return v >= 0 && v < 4096;
}

static void gen_binary_int(CG *g, const IRInst *in) {
    bool sf = is64(in->type);
    VInfo *vb = &g->a.v[in->b];
    int ra = gp_reg_not_zr(g, in->a, TMP0);
    int64_t bimm = sf ? vb->imm : (int32_t)vb->imm;
    uint32_t logical = 0;
    bool use_imm = false;
    if (vb->loc == LOC_IMM) {
        if (in->op == OP_ADD || in->op == OP_SUB)
            use_imm = imm12_fits(bimm) || imm12_fits(-bimm);
        else if (in->op == OP_AND || in->op == OP_OR || in->op == OP_XOR)
            use_imm = a64_logical_imm(in->op == OP_AND ? LOG_AND : in->op == OP_OR ? LOG_ORR : LOG_EOR, sf, 0, 0,
                                      (uint64_t)bimm, &logical);
    }
    int rb = use_imm ? XZR : gp_reg(g, in->b, TMP1);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, TMP0);
    if (use_imm) {
        switch (in->op) {
        case OP_ADD:
        case OP_SUB: {
            bool sub = (in->op == OP_SUB) == (bimm >= 0);
            uint32_t mag = (uint32_t)(bimm >= 0 ? bimm : -bimm);
            emit(g, sub ? a64_sub_imm(sf, rd, ra, mag, false) : a64_add_imm(sf, rd, ra, mag, false));
            break;
        }
        default:
            emit(g, logical | (uint32_t)rd | (uint32_t)ra << 5);
            break;
        }
        dst_done(g, in->dst, rd);
        return;
    }
    switch (in->op) {
    case OP_ADD: emit(g, a64_add_reg(sf, rd, ra, rb)); break;
    case OP_SUB: emit(g, a64_sub_reg(sf, rd, ra, rb)); break;
    case OP_AND: emit(g, a64_and_reg(sf, rd, ra, rb)); break;
    case OP_OR: emit(g, a64_orr_reg(sf, rd, ra, rb)); break;
    case OP_XOR: emit(g, a64_eor_reg(sf, rd, ra, rb)); break;
    case OP_MUL: emit(g, a64_madd(sf, rd, ra, rb, XZR)); break;
    case OP_DIV: emit(g, a64_sdiv(sf, rd, ra, rb)); break;
    case OP_UDIV: emit(g, a64_udiv(sf, rd, ra, rb)); break;
    case OP_REM:
    case OP_UREM:
        /* a - (a / b) * b; the quotient goes to x17, which no operand is in */
        emit(g, in->op == OP_REM ? a64_sdiv(sf, IMM, ra, rb) : a64_udiv(sf, IMM, ra, rb));
        emit(g, a64_msub(sf, rd, IMM, rb, ra));
        break;
    case OP_SHL: emit(g, a64_lslv(sf, rd, ra, rb)); break;
    case OP_SHR: emit(g, a64_lsrv(sf, rd, ra, rb)); break;
    default: emit(g, a64_asrv(sf, rd, ra, rb)); break;
    }
    dst_done(g, in->dst, rd);
}

static void gen_shift_imm(CG *g, const IRInst *in) {
    bool sf = is64(in->type);
    int shift = (int)(g->a.v[in->b].imm & (sf ? 63 : 31));
    int ra = gp_reg(g, in->a, TMP0);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, TMP0);
    if (in->op == OP_SHL)
        emit(g, a64_lsl_imm(sf, rd, ra, shift));
    else if (in->op == OP_SHR)
        emit(g, a64_lsr_imm(sf, rd, ra, shift));
    else
        emit(g, a64_asr_imm(sf, rd, ra, shift));
    dst_done(g, in->dst, rd);
}

static void gen_unary_int(CG *g, const IRInst *in) {
    bool sf = is64(in->type);
    int ra = gp_reg(g, in->a, TMP0);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, TMP0);
    emit(g, in->op == OP_NEG ? a64_neg(sf, rd, ra) : a64_mvn(sf, rd, ra));
    dst_done(g, in->dst, rd);
}

/* ---- floating point ---- */

static void gen_binary_fp(CG *g, const IRInst *in) {
    bool dbl = in->type == IR_F64;
    int rb = fp_reg(g, in->b, FTMP1);
    int ra = fp_reg(g, in->a, FTMP0);
    ba_release_operands(&g->a, in);
    int rd = dst_fp(g, in->dst);
    switch (in->op) {
    case OP_ADD: emit(g, a64_fadd(dbl, rd, ra, rb)); break;
    case OP_SUB: emit(g, a64_fsub(dbl, rd, ra, rb)); break;
    case OP_MUL: emit(g, a64_fmul(dbl, rd, ra, rb)); break;
    default: emit(g, a64_fdiv(dbl, rd, ra, rb)); break;
    }
    dst_done(g, in->dst, rd);
}

static void fp_unary(CG *g, const IRInst *in, uint32_t (*op)(bool, int, int)) {
    int ra = fp_reg(g, in->a, FTMP0);
    ba_release_operands(&g->a, in);
    int rd = dst_fp(g, in->dst);
    emit(g, op(in->type == IR_F64, rd, ra));
    dst_done(g, in->dst, rd);
}

static void gen_fconst(CG *g, const IRInst *in) {
    bool dbl = in->type == IR_F64;
    int rd = dst_fp(g, in->dst);
    int64_t bits = dbl ? in->imm : (int64_t)(uint32_t)in->imm;
    if (bits == 0) {
        emit(g, a64_fmov_from_gp(dbl, rd, XZR));
    } else {
        mov_imm(g, dbl, IMM, bits);
        emit(g, a64_fmov_from_gp(dbl, rd, IMM));
    }
    dst_done(g, in->dst, rd);
}

/* ---- comparisons ---- */

static int int_cc(int op) {
    switch (op) {
    case OP_EQ: return CC_EQ;
    case OP_NE: return CC_NE;
    case OP_LT: return CC_LT;
    case OP_LE: return CC_LE;
    case OP_GT: return CC_GT;
    case OP_GE: return CC_GE;
    case OP_ULT: return CC_LO;
    case OP_ULE: return CC_LS;
    case OP_UGT: return CC_HI;
    default: return CC_HS;
    }
}

/* the condition that holds for b op a when cc holds for a op b */
static int swapped_cc(int cc) {
    switch (cc) {
    case CC_LT: return CC_GT;
    case CC_LE: return CC_GE;
    case CC_GT: return CC_LT;
    case CC_GE: return CC_LE;
    case CC_LO: return CC_HI;
    case CC_LS: return CC_HS;
    case CC_HI: return CC_LO;
    case CC_HS: return CC_LS;
    default: return cc;
    }
}

/* Emits the compare; returns the condition that is true when the comparison holds. After
   fcmp an unordered result sets C and V, so mi, ls, gt, ge and eq are false for NaN and ne
   is true, as C wants. */
static int emit_compare(CG *g, const IRInst *in) {
    if (is_fp(in->mtype)) {
        bool dbl = in->mtype == IR_F64;
        int rb = fp_reg(g, in->b, FTMP1);
        int ra = fp_reg(g, in->a, FTMP0);
        emit(g, a64_fcmp(dbl, ra, rb));
        switch (in->op) {
        case OP_LT: return CC_MI;
        case OP_LE: return CC_LS;
        default: return int_cc(in->op);
        }
    }
    bool sf = is64(in->mtype);
    uint32_t a = in->a, b = in->b;
    int cc = int_cc(in->op);
    if (g->a.v[a].loc == LOC_IMM && g->a.v[b].loc != LOC_IMM) {
        a = in->b; /* constant on the left: compare the other way round */
        b = in->a;
        cc = swapped_cc(cc);
    }
    VInfo *vb = &g->a.v[b];
    int ra = gp_reg_not_zr(g, a, TMP0);
    int64_t bimm = sf ? vb->imm : (int32_t)vb->imm;
    if (vb->loc == LOC_IMM && imm12_fits(bimm))
        emit(g, a64_cmp_imm(sf, ra, (uint32_t)bimm));
    else if (vb->loc == LOC_IMM && imm12_fits(-bimm))
        emit(g, a64_cmn_imm(sf, ra, (uint32_t)-bimm));
    else
        emit(g, a64_cmp_reg(sf, ra, gp_reg(g, b, TMP1)));
    return cc;
}

static void gen_compare(CG *g, const IRInst *in) {
    const IRInst *next = g->a.cur + 1 < g->fn->insts.len ? &g->fn->insts.data[g->a.cur + 1] : NULL;
    bool fuse = next && next->op == OP_BR && next->a == in->dst && g->a.v[in->dst].last_use == g->a.cur + 1;
    int cc = emit_compare(g, in);
    ba_release_operands(&g->a, in);
    if (fuse) {
        g->pending_cc = cc;
        g->a.v[in->dst].loc = LOC_FLAGS;
        return;
    }
    int rd = dst_gp(g, in->dst, TMP0);
    emit(g, a64_cset(false, rd, cc));
    dst_done(g, in->dst, rd);
}

static void gen_branch(CG *g, const IRInst *in) {
    int yes = (int)in->imm, no = (int)in->imm2;
    VInfo *vc = &g->a.v[in->a];
    if (vc->loc == LOC_IMM) {
        int target = vc->imm ? yes : no;
        if (!next_is_label(g, target))
            jump_to(g, target);
        return;
    }
    if (vc->loc == LOC_FLAGS) {
        int cc = g->pending_cc;
        if (next_is_label(g, yes)) {
            bcond_to(g, cc ^ 1, no);
            return;
        }
        bcond_to(g, cc, yes);
    } else {
        bool sf = is64(vc->type);
        int r = gp_reg(g, in->a, TMP0);
        if (next_is_label(g, yes)) {
            branch_to(g, a64_cbz(sf, r, 0), no, false);
            return;
        }
        branch_to(g, a64_cbnz(sf, r, 0), yes, false);
    }
    if (!next_is_label(g, no))
        jump_to(g, no);
}

/* ---- conversions ---- */

static void gen_convert(CG *g, const IRInst *in) {
    int from = in->mtype, to = in->type;
    if (is_fp(to) && is_fp(from)) {
        int ra = fp_reg(g, in->a, FTMP0);
        ba_release_operands(&g->a, in);
        int rd = dst_fp(g, in->dst);
        if (in->op == OP_FCONV)
            emit(g, a64_fcvt(to == IR_F64, rd, ra));
        else if (rd != ra)
            emit(g, a64_fmov(to == IR_F64, rd, ra));
        dst_done(g, in->dst, rd);
        return;
    }
    if (is_fp(to)) { /* OP_ITOF, OP_UTOF */
        int ra = gp_reg(g, in->a, TMP0);
        ba_release_operands(&g->a, in);
        int rd = dst_fp(g, in->dst);
        bool dbl = to == IR_F64;
        emit(g, in->op == OP_UTOF ? a64_ucvtf(dbl, is64(from), rd, ra) : a64_scvtf(dbl, is64(from), rd, ra));
        dst_done(g, in->dst, rd);
        return;
    }
    if (is_fp(from)) { /* OP_FTOI, OP_FTOU */
        int ra = fp_reg(g, in->a, FTMP0);
        ba_release_operands(&g->a, in);
        int rd = dst_gp(g, in->dst, TMP0);
        bool dbl = from == IR_F64;
        emit(g, in->op == OP_FTOU ? a64_fcvtzu(dbl, is64(to), rd, ra) : a64_fcvtzs(dbl, is64(to), rd, ra));
        dst_done(g, in->dst, rd);
        return;
    }
    int ra = gp_reg(g, in->a, TMP0);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, TMP0);
    int bits = from == IR_I8 ? 8 : from == IR_I16 ? 16 : 32;
    if (in->op == OP_SEXT)
        emit(g, a64_sxt(is64(to), rd, ra, bits));
    else if (in->op == OP_ZEXT && bits < 32)
        emit(g, a64_uxt(rd, ra, bits));
    else if (in->op == OP_COPY)
        emit(g, a64_mov_reg(is64(to), rd, ra));
    else /* zero-extension from 32 bits and truncation: a 32-bit move clears the top half */
        emit(g, a64_mov_reg(false, rd, ra));
    dst_done(g, in->dst, rd);
}

/* ---- loads and stores ---- */

static void gen_load(CG *g, const IRInst *in) {
    Addr a = addr_of(g, in->a, in->imm, TMP0);
    ba_release_operands(&g->a, in);
    int rd = is_fp(in->type) ? dst_fp(g, in->dst) : dst_gp(g, in->dst, TMP0);
    load(g, in->mtype, in->type, (in->flags & IRF_SIGNED) != 0, rd, a);
    dst_done(g, in->dst, rd);
}

static void gen_store(CG *g, const IRInst *in) {
    int rb = is_fp(in->mtype) ? fp_reg(g, in->b, FTMP0) : gp_reg(g, in->b, TMP1);
    Addr a = addr_of(g, in->a, in->imm, TMP0);
    store(g, in->mtype, rb, a);
    ba_release_operands(&g->a, in);
}

/* ---- calls ---- */

typedef struct ArgPlace {
    ArgClass cls;
    bool on_stack;
    int32_t stack_off;
    int reg; /* the first x or v register */
} ArgPlace;

/* Decides where each argument goes (AAPCS64 stages C.1-C.17). Returns the bytes of stack
   arguments; *ngr and *nsr: the general and FP registers used. */
static int32_t place_args(Type **types, int n, ArgPlace *places, int *ngr_out, int *nsr_out) {
    int ngr = 0, nsr = 0;
    int32_t stack = 0;
    for (int i = 0; i < n; i++) {
        ArgPlace *pl = &places[i];
        memset(pl, 0, sizeof *pl);
        aapcs64_classify(types[i], &pl->cls);
        ArgClass *c = &pl->cls;
        int64_t size = c->size;
        int align = c->align >= 16 ? 16 : 8;
        switch (c->kind) {
        case PASS_NONE:
            continue;
        case PASS_FP:
            if (nsr + c->nregs <= 8) {
                pl->reg = nsr;
                nsr += c->nregs;
                continue;
            }
            nsr = 8;
            break;
        case PASS_INDIRECT:
            size = 8;
            align = 8;
            /* fall through */
        case PASS_GP:
            if (c->kind == PASS_GP && c->align >= 16)
                ngr = (ngr + 1) & ~1;
            if (ngr + c->nregs <= 8) {
                pl->reg = ngr;
                ngr += c->nregs;
                continue;
            }
            ngr = 8;
            break;
        }
        pl->on_stack = true;
        stack = (int32_t)align_to(stack, align);
        pl->stack_off = stack;
        stack += (int32_t)align_to(size, 8);
    }
    *ngr_out = ngr;
    *nsr_out = nsr;
    return stack;
}

static int fp_member_type(const ArgClass *c) {
    return c->member_size == 4 ? IR_F32 : IR_F64;
}

/* the x29 offset of a vreg that is a slot address (record arguments and results always are) */
static int32_t slot_of(CG *g, uint32_t v, int64_t size) {
    VInfo *vi = &g->a.v[v];
    if (vi->loc == LOC_SLOT)
        return vi->off;
    /* copy into a frame temporary so that the address does not live in a register */
    int32_t off = ba_frame_alloc(&g->a, align_to(size, 8), 16);
    copy_mem(g, at(FP, off), addr_of(g, v, 0, TMP2), size);
    return off;
}

/* AAPCS64 leaves the bits of a narrow integer result above its size unspecified */
static void extend_result(CG *g, int rd, Type *t) {
    if (t->kind == TY_BOOL)
        emit(g, a64_uxt(rd, rd, 8));
    else if (is_integer(t) && type_size(t) < 4)
        emit(g, is_unsigned(t) ? a64_uxt(rd, rd, (int)type_size(t) * 8) : a64_sxt(false, rd, rd, (int)type_size(t) * 8));
}

static void gen_call(CG *g, const IRInst *in) {
    const IRCall *c = in->aux;
    Type *rt = c->fn_type->base;
    ArgClass rcls;
    bool ret_record = is_record(rt);
    if (ret_record)
        aapcs64_classify(rt, &rcls);
    bool sret = ret_record && rcls.kind == PASS_INDIRECT;
    ArgPlace *places = arena_zalloc(g->arena, ((size_t)c->nargs + 1) * sizeof(ArgPlace));
    int ngr, nsr;
    int32_t stack = place_args(c->arg_types, c->nargs, places, &ngr, &nsr);
    int32_t stack_size = (int32_t)align_to(stack, 16);
    /* record arguments must be at known frame offsets before registers start moving */
    int32_t *rec_off = arena_zalloc(g->arena, ((size_t)c->nargs + 1) * sizeof(int32_t));
    for (int i = 0; i < c->nargs; i++)
        if (is_record(c->arg_types[i]) && places[i].cls.kind != PASS_INDIRECT && places[i].cls.kind != PASS_NONE)
            rec_off[i] = slot_of(g, c->args[i], places[i].cls.size);
    /* lowering always returns records into a slot of the caller's frame */
    if (c->ret_addr && g->a.v[c->ret_addr].loc != LOC_SLOT)
        fatal("internal error: record result of a call in '%s' is not in a slot", g->fn->name);
    int32_t ret_off = c->ret_addr ? g->a.v[c->ret_addr].off : 0;
    if (stack_size) {
        add_imm(g, SP, SP, -stack_size);
        for (int i = 0; i < c->nargs; i++) {
            ArgPlace *pl = &places[i];
            if (!pl->on_stack)
                continue;
            Addr dst = at(SP, pl->stack_off);
            if (pl->cls.kind == PASS_INDIRECT || !is_record(c->arg_types[i])) {
                uint32_t v = c->args[i];
                if (is_fp(g->a.v[v].type))
                    store(g, g->a.v[v].type, fp_reg(g, v, FTMP0), dst);
                else
                    store64(g, gp_reg(g, v, TMP0), dst);
            } else {
                copy_mem(g, dst, at(FP, rec_off[i]), align_to(pl->cls.size, 8));
            }
        }
    }
    if (c->callee)
        load_into(g, c->callee, TMP0);
    Move moves[20];
    int nm = 0;
    if (sret)
        moves[nm++] = move_of_vreg(SRET_REG, false, c->ret_addr);
    for (int i = 0; i < c->nargs; i++) {
        ArgPlace *pl = &places[i];
        if (pl->on_stack || pl->cls.kind == PASS_NONE)
            continue;
        bool rec = is_record(c->arg_types[i]);
        if (!rec || pl->cls.kind == PASS_INDIRECT) {
            moves[nm++] = move_of_vreg(pl->reg, pl->cls.kind == PASS_FP, c->args[i]);
            continue;
        }
        for (int k = 0; k < pl->cls.nregs; k++) {
            if (pl->cls.kind == PASS_FP)
                moves[nm++] = move_of_mem(pl->reg + k, true, rec_off[i] + k * pl->cls.member_size,
                                          fp_member_type(&pl->cls));
            else
                moves[nm++] = move_of_mem(pl->reg + k, false, rec_off[i] + 8 * k, IR_I64);
        }
    }
    move_all(g, moves, nm);
    if (c->callee) {
        emit(g, a64_blr(TMP0));
    } else if (g->opts->via_got) {
        add_reloc(g, c->sym, R_AARCH64_ADR_GOT_PAGE, 0);
        emit(g, a64_adrp(TMP0));
        add_reloc(g, c->sym, R_AARCH64_LD64_GOT_LO12_NC, 0);
        emit(g, a64_ldr_uimm(SZ_X, LD_ZERO, TMP0, TMP0, 0));
        emit(g, a64_blr(TMP0));
    } else {
        add_reloc(g, c->sym, R_AARCH64_CALL26, 0);
        emit(g, a64_bl(0));
    }
    if (stack_size)
        add_imm(g, SP, SP, stack_size);
    ba_release_operands(&g->a, in);
    if (ret_record && !sret) {
        for (int k = 0; k < rcls.nregs; k++) {
            if (rcls.kind == PASS_FP)
                store(g, fp_member_type(&rcls), k, at(FP, ret_off + k * rcls.member_size));
            else
                store64(g, k, at(FP, ret_off + 8 * k));
        }
    } else if (in->dst) {
        if (is_fp(in->type)) {
            int rd = dst_fp(g, in->dst);
            if (rd != 0)
                emit(g, a64_fmov(true, rd, 0));
            dst_done(g, in->dst, rd);
        } else {
            int rd = dst_gp(g, in->dst, TMP0);
            emit(g, a64_mov_reg(true, rd, 0));
            extend_result(g, rd, rt);
            dst_done(g, in->dst, rd);
        }
    }
}

/* ---- returns ---- */

/* exactly size bytes (1..8) into reg, without reading past the object */
static void load_partial(CG *g, int reg, Addr a, int64_t size) {
    switch (size) {
    case 8: load64(g, reg, a); return;
    case 4: load(g, IR_I32, IR_I64, false, reg, a); return;
    case 2: load(g, IR_I16, IR_I64, false, reg, a); return;
    case 1: load(g, IR_I8, IR_I64, false, reg, a); return;
    default: break;
    }
    /* 3, 5, 6, 7: assemble from the top byte down */
    emit(g, a64_movz(true, reg, 0, 0));
    for (int64_t i = size - 1; i >= 0; i--) {
        load(g, IR_I8, IR_I64, false, TMP0, at(a.base, a.off + i));
        emit(g, a64_lsl_imm(true, reg, reg, 8));
        emit(g, a64_orr_reg(true, reg, reg, TMP0));
    }
}

static void gen_ret(CG *g, const IRInst *in) {
    Type *rt = g->fn->type->base;
    if (in->a && is_record(rt)) {
        ArgClass cls;
        aapcs64_classify(rt, &cls);
        Addr src = addr_of(g, in->a, 0, TMP2);
        if (src.base == 0 || src.base == 1 || src.base == TMP0) {
            emit(g, a64_mov_reg(true, TMP2, src.base)); /* x0, x1 and x16 are written below */
            src.base = TMP2;
        }
        if (cls.kind == PASS_INDIRECT) {
            load64(g, TMP1, at(FP, g->sret_off));
            copy_mem(g, at(TMP1, 0), src, cls.size);
        } else {
            for (int k = 0; k < cls.nregs; k++) {
                if (cls.kind == PASS_FP) {
                    load(g, fp_member_type(&cls), fp_member_type(&cls), false, k,
                         at(src.base, src.off + k * cls.member_size));
                } else {
                    int64_t part = cls.size - 8 * k < 8 ? cls.size - 8 * k : 8;
                    load_partial(g, k, at(src.base, src.off + 8 * k), part);
                }
            }
        }
    } else if (in->a) {
        if (is_fp(in->type)) {
            int r = fp_reg(g, in->a, FTMP0);
            if (r != 0)
                emit(g, a64_fmov(true, 0, r));
        } else {
            load_into(g, in->a, 0);
        }
    }
    ba_release_operands(&g->a, in);
    if (g->a.cur + 1 < g->fn->insts.len)
        jump_to(g, -1);
}

/* ---- varargs ---- */

/* va_list: { void *__stack, *__gr_top, *__vr_top; int __gr_offs, __vr_offs; } */
enum { VA_STACK = 0, VA_GR_TOP = 8, VA_VR_TOP = 16, VA_GR_OFFS = 24, VA_VR_OFFS = 28 };

static void gen_va_start(CG *g, const IRInst *in) {
    int ap = gp_reg(g, in->a, TMP1);
    add_imm(g, TMP0, FP, 16 + g->va_stack);
    store64(g, TMP0, at(ap, VA_STACK));
    add_imm(g, TMP0, FP, g->va_gr_off + 64);
    store64(g, TMP0, at(ap, VA_GR_TOP));
    add_imm(g, TMP0, FP, g->va_vr_off + 128);
    store64(g, TMP0, at(ap, VA_VR_TOP));
    mov_imm(g, false, TMP0, -(8 - g->va_gp) * 8);
    store(g, IR_I32, TMP0, at(ap, VA_GR_OFFS));
    mov_imm(g, false, TMP0, -(8 - g->va_fp) * 16);
    store(g, IR_I32, TMP0, at(ap, VA_VR_OFFS));
    ba_release_operands(&g->a, in);
}

static void gen_va_copy(CG *g, const IRInst *in) {
    Addr d = addr_of(g, in->a, 0, TMP1);
    Addr s = addr_of(g, in->b, 0, TMP2);
    copy_mem(g, d, s, 32);
    ba_release_operands(&g->a, in);
}

static void align16(CG *g, int reg) {
    uint32_t and_insn;
    emit(g, a64_add_imm(true, reg, reg, 15, false));
    a64_logical_imm(LOG_AND, true, reg, reg, ~(uint64_t)15, &and_insn);
    emit(g, and_insn);
}

/* The AAPCS64 va_arg algorithm: from the register save area while __gr_offs/__vr_offs is
   negative, else from the stack. x14 holds the va_list, x15 ends as the value's address. */
static void gen_va_arg(CG *g, const IRInst *in) {
    Type *t = in->aux;
    ArgClass cls;
    aapcs64_classify(t, &cls);
    int32_t dst_off = is_record(t) ? slot_of(g, in->b, cls.size) : 0;
    load_into(g, in->a, TMP2);
    bool fp = cls.kind == PASS_FP;
    bool hfa = fp && is_record(t);
    int offs_at = fp ? VA_VR_OFFS : VA_GR_OFFS, top_at = fp ? VA_VR_TOP : VA_GR_TOP, unit = fp ? 16 : 8;
    int64_t stack_size = cls.kind == PASS_INDIRECT ? 8 : align_to(cls.size > 0 ? cls.size : 8, 8);
    load(g, IR_I32, IR_I64, true, TMP0, at(TMP2, offs_at));
    emit(g, a64_cmp_imm(true, TMP0, 0));
    uint32_t to_stack1 = local_branch(g, a64_bcond(CC_GE, 0));
    if (cls.kind == PASS_GP && cls.align >= 16)
        align16(g, TMP0);
    emit(g, a64_add_imm(true, TMP1, TMP0, (uint32_t)(cls.nregs * unit), false));
    store(g, IR_I32, TMP1, at(TMP2, offs_at));
    emit(g, a64_cmp_imm(true, TMP1, 0));
    uint32_t to_stack2 = local_branch(g, a64_bcond(CC_GT, 0));
    load64(g, TMP1, at(TMP2, top_at));
    emit(g, a64_add_reg(true, TMP1, TMP1, TMP0));
    if (hfa) {
        /* each member sits in its own 16-byte register slot */
        int mt = fp_member_type(&cls);
        for (int k = 0; k < cls.nregs; k++) {
            load(g, mt, mt, false, FTMP0, at(TMP1, 16 * k));
            store(g, mt, FTMP0, at(FP, dst_off + k * cls.member_size));
        }
    }
    uint32_t to_done = local_branch(g, a64_b(0));
    land_here(g, to_stack1);
    land_here(g, to_stack2);
    load64(g, TMP1, at(TMP2, VA_STACK));
    if (cls.align > 8 && cls.kind != PASS_INDIRECT)
        align16(g, TMP1);
    add_imm(g, TMP0, TMP1, stack_size);
    store64(g, TMP0, at(TMP2, VA_STACK));
    if (hfa)
        copy_mem(g, at(FP, dst_off), at(TMP1, 0), cls.size);
    land_here(g, to_done);
    ba_release_operands(&g->a, in);
    if (cls.kind == PASS_INDIRECT)
        load64(g, TMP1, at(TMP1, 0));
    if (is_record(t)) {
        if (!hfa)
            copy_mem(g, at(FP, dst_off), at(TMP1, 0), cls.kind == PASS_GP ? align_to(cls.size, 8) : cls.size);
        int rd = dst_gp(g, in->dst, TMP0);
        add_imm(g, rd, FP, dst_off);
        dst_done(g, in->dst, rd);
        return;
    }
    int rd = is_fp(in->type) ? dst_fp(g, in->dst) : dst_gp(g, in->dst, TMP0);
    load(g, is_fp(in->type) ? in->type : (is64(in->type) ? IR_I64 : IR_I32), in->type, false, rd, at(TMP1, 0));
    dst_done(g, in->dst, rd);
}

/* ---- switch ---- */

static void gen_switch(CG *g, const IRInst *in) {
    const IRSwitch *sw = in->aux;
    bool sf = is64(in->mtype);
    load_into(g, in->a, TMP0);
    ba_release_operands(&g->a, in);
    for (int i = 0; i < sw->ncases; i++) {
        int64_t lo = sw->lo[i], hi = sw->hi[i];
        if (!sf) {
            lo = (int32_t)lo;
            hi = (int32_t)hi;
        }
        int reg = TMP0;
        int64_t limit = lo;
        int cc = CC_EQ;
        if (lo != hi) {
            /* lo <= v <= hi  <=>  (unsigned)(v - lo) <= hi - lo */
            mov_imm(g, sf, IMM, lo);
            emit(g, a64_sub_reg(sf, TMP1, TMP0, IMM));
            reg = TMP1;
            limit = (int64_t)((uint64_t)hi - (uint64_t)lo);
            if (!sf)
                limit = (int64_t)(uint32_t)limit;
            cc = CC_LS;
        }
        if (imm12_fits(limit)) {
            emit(g, a64_cmp_imm(sf, reg, (uint32_t)limit));
        } else if (cc == CC_EQ && imm12_fits(-limit)) {
            emit(g, a64_cmn_imm(sf, reg, (uint32_t)-limit));
        } else {
            mov_imm(g, sf, IMM, limit);
            emit(g, a64_cmp_reg(sf, reg, IMM));
        }
        bcond_to(g, cc, sw->blocks[i]);
    }
    if (!next_is_label(g, sw->default_block))
        jump_to(g, sw->default_block);
}

/* ---- builtins of the runtime ---- */

static void gen_syscall(CG *g, const IRInst *in) {
    static const int sys_regs[] = {8, 0, 1, 2, 3, 4, 5};
    const IRCall *c = in->aux;
    Move moves[7];
    int n = c->nargs < 7 ? c->nargs : 7;
    for (int i = 0; i < n; i++)
        moves[i] = move_of_vreg(sys_regs[i], false, c->args[i]);
    move_all(g, moves, n);
    emit(g, a64_svc0());
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, TMP0);
    emit(g, a64_mov_reg(true, rd, 0));
    dst_done(g, in->dst, rd);
}

/* jmp_buf: x19-x28 (0-72), x29 (80), sp (88), the resume address (96), d8-d15 (104-160) */
enum { JB_X29 = 80, JB_SP = 88, JB_PC = 96, JB_D8 = 104 };

static void gen_setjmp(CG *g, const IRInst *in) {
    int buf = gp_reg(g, in->a, TMP2);
    for (int r = 19; r <= 29; r++)
        store64(g, r, at(buf, (r - 19) * 8));
    emit(g, a64_mov_sp(TMP0, SP));
    store64(g, TMP0, at(buf, JB_SP));
    uint32_t adr = local_branch(g, a64_adr(TMP0, 0));
    store64(g, TMP0, at(buf, JB_PC));
    for (int r = 8; r <= 15; r++)
        store(g, IR_F64, r, at(buf, JB_D8 + (r - 8) * 8));
    emit(g, a64_movz(true, TMP0, 0, 0));
    /* longjmp lands here with its value in x16 */
    a64_patch(g->mc, adr, a64_adr(0, (int64_t)pos(g) - adr) & ~(uint32_t)31);
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, TMP0);
    emit(g, a64_mov_reg(false, rd, TMP0));
    dst_done(g, in->dst, rd);
}

static void gen_longjmp(CG *g, const IRInst *in) {
    Move m[2] = {move_of_vreg(TMP2, false, in->a), move_of_vreg(TMP0, false, in->b)};
    move_all(g, m, 2);
    for (int r = 19; r <= 29; r++)
        load64(g, r, at(TMP2, (r - 19) * 8));
    for (int r = 8; r <= 15; r++)
        load(g, IR_F64, IR_F64, false, r, at(TMP2, JB_D8 + (r - 8) * 8));
    load64(g, TMP1, at(TMP2, JB_SP));
    emit(g, a64_mov_sp(SP, TMP1));
    load64(g, TMP1, at(TMP2, JB_PC));
    emit(g, a64_br(TMP1));
    ba_release_operands(&g->a, in);
}

static void gen_alloca(CG *g, const IRInst *in) {
    load_into(g, in->a, TMP0);
    align16(g, TMP0);
    emit(g, a64_sub_ext(SP, SP, TMP0));
    ba_release_operands(&g->a, in);
    int rd = dst_gp(g, in->dst, TMP0);
    emit(g, a64_mov_sp(rd, SP));
    dst_done(g, in->dst, rd);
}

static void gen_tls_addr(CG *g, const IRInst *in) {
    int rd = dst_gp(g, in->dst, TMP0);
    emit(g, a64_mrs_tpidr_el0(rd));
    add_reloc(g, in->sym, R_AARCH64_TLSLE_ADD_TPREL_HI12, in->imm);
    emit(g, a64_add_imm(true, rd, rd, 0, true));
    add_reloc(g, in->sym, R_AARCH64_TLSLE_ADD_TPREL_LO12_NC, in->imm);
    emit(g, a64_add_imm(true, rd, rd, 0, false));
    dst_done(g, in->dst, rd);
}

static void gen_sym_addr(CG *g, const IRInst *in) {
    if (!g->opts->via_got) {
        g->a.v[in->dst].loc = LOC_SYM;
        g->a.v[in->dst].sym = in->sym;
        g->a.v[in->dst].imm = in->imm;
        return;
    }
    int rd = dst_gp(g, in->dst, TMP0);
    add_reloc(g, in->sym, R_AARCH64_ADR_GOT_PAGE, 0);
    emit(g, a64_adrp(rd));
    add_reloc(g, in->sym, R_AARCH64_LD64_GOT_LO12_NC, 0);
    emit(g, a64_ldr_uimm(SZ_X, LD_ZERO, rd, rd, 0));
    add_imm(g, rd, rd, in->imm);
    dst_done(g, in->dst, rd);
}

/* ---- per instruction ---- */

static void gen_inst(CG *g, const IRInst *in) {
    switch (in->op) {
    case OP_NOP:
        return;
    case OP_LABEL:
        g->block_pos[in->imm] = (int32_t)pos(g);
        ba_block_start(&g->a);
        return;
    case OP_ICONST: {
        VInfo *vi = &g->a.v[in->dst];
        vi->loc = LOC_IMM;
        vi->imm = in->type == IR_I32 ? (int64_t)(int32_t)in->imm : in->imm;
        return;
    }
    case OP_FCONST:
        gen_fconst(g, in);
        return;
    case OP_SLOT_ADDR:
        if (g->slot_indirect[in->imm]) {
            int rd = dst_gp(g, in->dst, TMP0);
            load64(g, rd, at(FP, g->slot_off[in->imm]));
            dst_done(g, in->dst, rd);
            return;
        }
        g->a.v[in->dst].loc = LOC_SLOT;
        g->a.v[in->dst].off = g->slot_off[in->imm];
        return;
    case OP_SYM_ADDR:
        gen_sym_addr(g, in);
        return;
    case OP_TLS_ADDR:
        gen_tls_addr(g, in);
        return;
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
        if (is_fp(in->type))
            gen_binary_fp(g, in);
        else
            gen_binary_int(g, in);
        return;
    case OP_SHL:
    case OP_SHR:
    case OP_SAR:
        if (g->a.v[in->b].loc == LOC_IMM)
            gen_shift_imm(g, in);
        else
            gen_binary_int(g, in);
        return;
    case OP_AND: case OP_OR: case OP_XOR: case OP_UDIV: case OP_REM: case OP_UREM:
        gen_binary_int(g, in);
        return;
    case OP_NEG:
        if (is_fp(in->type))
            fp_unary(g, in, a64_fneg);
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
    case OP_SIGRETURN:
        /* drop this frame and return through rt_sigreturn (mica's runtime does not use it
           here: the kernel's vDSO trampoline returns from handlers) */
        add_imm(g, SP, FP, 16);
        emit(g, a64_movz(true, 8, 139, 0));
        emit(g, a64_svc0());
        return;
    case OP_FRAME_ADDR: {
        int rd = dst_gp(g, in->dst, TMP0);
        emit(g, a64_mov_reg(true, rd, FP));
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_RETURN_ADDR: {
        int rd = dst_gp(g, in->dst, TMP0);
        load64(g, rd, at(FP, 8));
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_THREAD_PTR: {
        int rd = dst_gp(g, in->dst, TMP0);
        emit(g, a64_mrs_tpidr_el0(rd));
        dst_done(g, in->dst, rd);
        return;
    }
    case OP_SET_THREAD_PTR:
        emit(g, a64_msr_tpidr_el0(gp_reg(g, in->a, TMP0)));
        ba_release_operands(&g->a, in);
        return;
    case OP_SQRT:
        fp_unary(g, in, a64_fsqrt);
        return;
    case OP_TRAP:
        emit(g, a64_brk(1000)); /* as gcc's __builtin_trap */
        return;
    case OP_ALLOCA:
        gen_alloca(g, in);
        return;
    default:
        fatal("internal error: aarch64 backend cannot generate '%s'", ir_op_name(in->op));
    }
}

/* ---- incoming parameters ---- */

static void store_params(CG *g) {
    const IRFunc *fn = g->fn;
    Type *ft = fn->type;
    Type *rt = ft->base;
    if (is_record(rt)) {
        ArgClass rc;
        aapcs64_classify(rt, &rc);
        if (rc.kind == PASS_INDIRECT) {
            g->sret_off = ba_frame_alloc(&g->a, 8, 8);
            store64(g, SRET_REG, at(FP, g->sret_off));
        }
    }
    Type **types = ft->params;
    ArgPlace *places = arena_zalloc(g->arena, ((size_t)fn->nparams + 1) * sizeof(ArgPlace));
    int ngr, nsr;
    int32_t stack = place_args(types, fn->nparams, places, &ngr, &nsr);
    for (int i = 0; i < fn->nparams; i++) {
        ArgPlace *pl = &places[i];
        Addr slot = at(FP, g->slot_off[fn->param_slots[i]]);
        Type *t = types[i];
        ArgClass *c = &pl->cls;
        if (c->kind == PASS_NONE)
            continue;
        if (c->kind == PASS_INDIRECT) {
            /* the address of the caller's copy, in a register or on the stack */
            if (pl->on_stack)
                load64(g, TMP2, at(FP, 16 + pl->stack_off));
            else
                emit(g, a64_mov_reg(true, TMP2, pl->reg));
            copy_mem(g, slot, at(TMP2, 0), c->size);
            continue;
        }
        if (pl->on_stack) {
            Addr src = at(FP, 16 + pl->stack_off);
            if (is_record(t)) {
                copy_mem(g, slot, src, c->size);
            } else {
                int mt = mem_type_of(g->t, t);
                int reg = is_fp(mt) ? FTMP0 : TMP0;
                load(g, mt, mt, false, reg, src);
                store(g, mt, reg, slot);
            }
            continue;
        }
        if (is_record(t)) {
            for (int k = 0; k < c->nregs; k++) {
                if (c->kind == PASS_FP)
                    store(g, fp_member_type(c), pl->reg + k, at(slot.base, slot.off + k * c->member_size));
                else
                    store64(g, pl->reg + k, at(slot.base, slot.off + 8 * k));
            }
            continue;
        }
        store(g, mem_type_of(g->t, t), pl->reg, slot);
    }
    if (ft->variadic) {
        g->va_gp = ngr;
        g->va_fp = nsr;
        g->va_stack = stack;
        g->va_gr_off = ba_frame_alloc(&g->a, 64, 16);
        g->va_vr_off = ba_frame_alloc(&g->a, 128, 16);
        for (int i = 0; i < 8; i++)
            store64(g, i, at(FP, g->va_gr_off + 8 * i));
        for (int i = 0; i < 8; i++)
            mem(g, false, true, FP_Q, LD_ZERO, i, at(FP, g->va_vr_off + 16 * i));
    }
}

/* ---- the function ---- */

static void resolve_fixups(CG *g, uint32_t epilogue) {
    for (int i = 0; i < g->fixups.len; i++) {
        Fixup *f = &g->fixups.data[i];
        int32_t target = f->block < 0 ? (int32_t)epilogue : g->block_pos[f->block];
        if (target < 0)
            fatal("internal error: jump to a missing block in '%s'", g->fn->name);
        int64_t off = (int64_t)target - f->pos;
        if (!a64_branch_fits(f->wide ? 26 : 19, off))
            fatal("function '%s' is too large for a conditional branch", g->fn->name);
        a64_patch(g->mc, f->pos, f->wide ? a64_b(off) & 0x3ffffff : a64_bcond(0, off) & 0x00ffffe0);
    }
}

/* over-aligned slots: the frame is only 16-byte aligned, so their address is computed at run
   time into a cell */
static void place_slots(CG *g) {
    const IRFunc *fn = g->fn;
    for (int i = 0; i < fn->slots.len; i++) {
        const IRSlot *s = &fn->slots.data[i];
        if (s->align > 16) {
            int32_t raw = ba_frame_alloc(&g->a, align_to(s->size, 8) + s->align, 16);
            g->slot_off[i] = ba_frame_alloc(&g->a, 8, 8);
            uint32_t and_insn;
            add_imm(g, TMP0, FP, raw + s->align - 1);
            a64_logical_imm(LOG_AND, true, TMP0, TMP0, ~(uint64_t)(s->align - 1), &and_insn);
            emit(g, and_insn);
            store64(g, TMP0, at(FP, g->slot_off[i]));
            g->slot_indirect[i] = true;
            continue;
        }
        /* whole eightbytes, so that records can be moved eightbyte by eightbyte */
        g->slot_off[i] = ba_frame_alloc(&g->a, align_to(s->size, 8), s->align < 8 ? 8 : s->align);
    }
}

static void gen_function(const Target *t, const IRFunc *fn, const CodegenOptions *opts, MachineCode *out) {
    CG g;
    memset(&g, 0, sizeof g);
    g.t = t;
    g.fn = fn;
    g.opts = opts;
    MachineCode body;
    memset(&body, 0, sizeof body);
    g.mc = &body;
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
    place_slots(&g);
    g.last_loc = fn->loc;
    store_params(&g);
    uint32_t params_end = pos(&g);
    uint32_t *inst_pc = xmalloc(((size_t)fn->insts.len + 1) * sizeof(uint32_t));
    for (int i = 0; i < fn->insts.len; i++) {
        g.a.cur = i;
        const IRInst *in = &fn->insts.data[i];
        inst_pc[i] = pos(&g);
        if (in->op != OP_LABEL)
            mc_line_row(&body, &g.last_loc, in->loc, pos(&g));
        gen_inst(&g, in);
    }
    inst_pc[fn->insts.len] = pos(&g);
    /* the epilogue */
    uint32_t epilogue = pos(&g);
    if (fn->end_loc.line) {
        g.last_loc.line = 0;
        mc_line_row(&body, &g.last_loc, fn->end_loc, pos(&g));
        if (body.lines.len)
            vec_last(&body.lines).flags |= LINE_EPILOGUE_BEGIN;
    }
    int32_t saves[32];
    for (int r = CALLEE_FIRST; r <= CALLEE_LAST; r++)
        if (g.a.callee_used & (1u << r))
            saves[r] = ba_frame_alloc(&g.a, 8, 8);
    for (int r = CALLEE_FIRST; r <= CALLEE_LAST; r++)
        if (g.a.callee_used & (1u << r))
            load64(&g, r, at(FP, saves[r]));
    uint32_t restored = pos(&g);
    emit(&g, a64_mov_sp(SP, FP));
    emit(&g, a64_ldp_post(FP, LR, SP, 16));
    uint32_t popped = pos(&g);
    emit(&g, a64_ret());
    resolve_fixups(&g, epilogue);
    /* the prologue, now that the frame size is known */
    int64_t frame = align_to(g.a.frame, 16);
    MachineCode *mc = out;
    g.mc = mc;
    CFIRow cfi;
    memset(&cfi, 0, sizeof cfi);
    cfi.cfa_reg = DW_SP;
    cfi.cfa_offset = 0;
    if (fn->is_entry) {
        cfi.ra_undefined = true; /* the outermost frame */
        vec_push(&mc->cfi, cfi);
        cfi.ra_undefined = false;
        /* process entry: no return address; hand the kernel's stack pointer over as the first
           parameter (it is 16-byte aligned already) and end the frame chain */
        emit(&g, a64_mov_sp(0, SP));
        emit(&g, a64_movz(true, FP, 0, 0));
        emit(&g, a64_movz(true, LR, 0, 0));
    }
    emit(&g, a64_stp_pre(FP, LR, SP, -16));
    cfi.pc = pos(&g);
    cfi.cfa_offset = 16;
    cfi.nsaved = 2;
    cfi.saved_reg[0] = DW_X29;
    cfi.saved_offset[0] = -16;
    cfi.saved_reg[1] = DW_X30;
    cfi.saved_offset[1] = -8;
    vec_push(&mc->cfi, cfi);
    emit(&g, a64_mov_sp(FP, SP));
    cfi.pc = pos(&g);
    cfi.cfa_reg = DW_X29;
    vec_push(&mc->cfi, cfi);
    if (frame)
        add_imm(&g, SP, SP, -frame);
    for (int r = CALLEE_FIRST; r <= CALLEE_LAST; r++)
        if (g.a.callee_used & (1u << r))
            store64(&g, r, at(FP, saves[r]));
    uint32_t shift = a64_pos(mc);
    /* the callee-saved registers are in the frame from here to the epilogue's restores */
    if (g.a.callee_used) {
        CFIRow body_row = cfi;
        body_row.pc = shift;
        for (int r = CALLEE_FIRST; r <= CALLEE_LAST; r++) {
            if (!(g.a.callee_used & (1u << r)) || body_row.nsaved == 8)
                continue;
            body_row.saved_reg[body_row.nsaved] = r;
            body_row.saved_offset[body_row.nsaved] = saves[r] - 16;
            body_row.nsaved++;
        }
        vec_push(&mc->cfi, body_row);
        cfi.pc = shift + restored;
        vec_push(&mc->cfi, cfi); /* restored: only the frame record is still in the frame */
    }
    cfi.pc = shift + popped; /* after the frame record is popped: as at entry */
    cfi.cfa_reg = DW_SP;
    cfi.cfa_offset = 0;
    cfi.nsaved = 0;
    vec_push(&mc->cfi, cfi);
    /* after the prologue the CFA is x29 + 16 */
    mc_join_body(mc, &body, fn, params_end, g.slot_off, g.slot_indirect, 16, inst_pc);
    mc_free(&body);
    vec_free(&g.fixups);
}

/* ---- relocations and the backend ---- */

static RelocNeed reloc_need(int kind) {
    switch (kind) {
    case R_AARCH64_ADR_GOT_PAGE:
    case R_AARCH64_LD64_GOT_LO12_NC:
        return RELOC_GOT;
    case R_AARCH64_TLSLE_ADD_TPREL_HI12:
    case R_AARCH64_TLSLE_ADD_TPREL_LO12:
    case R_AARCH64_TLSLE_ADD_TPREL_LO12_NC:
        return RELOC_TLS;
    default:
        return RELOC_ADDR;
    }
}

static uint32_t with_imm12(uint32_t insn, uint64_t v) {
    return (insn & ~(0xfffu << 10)) | (uint32_t)(v & 0xfff) << 10;
}

static uint32_t with_adr_imm(uint32_t insn, int64_t v) {
    uint32_t u = (uint32_t)v & 0x1fffff;
    return (insn & ~(3u << 29 | 0x7ffffu << 5)) | (u & 3) << 29 | (u >> 2) << 5;
}

static const char *apply_reloc(int kind, uint8_t *place, uint64_t P, uint64_t S, int64_t A, uint64_t G, int64_t T) {
    uint64_t X = S + (uint64_t)A;
    int64_t rel = (int64_t)(X - P);
    uint32_t insn = (uint32_t)get_uint(place, 4, false);
    switch (kind) {
    case R_AARCH64_ABS64:
        put_uint(place, X, 8, false);
        return NULL;
    case R_AARCH64_ABS32:
        if ((int64_t)X < INT32_MIN || (int64_t)X > (int64_t)UINT32_MAX)
            return "relocation R_AARCH64_ABS32 out of range";
        put_uint(place, X, 4, false);
        return NULL;
    case R_AARCH64_ABS16:
        if ((int64_t)X < INT16_MIN || (int64_t)X > (int64_t)UINT16_MAX)
            return "relocation R_AARCH64_ABS16 out of range";
        put_uint(place, X, 2, false);
        return NULL;
    case R_AARCH64_PREL64:
        put_uint(place, (uint64_t)rel, 8, false);
        return NULL;
    case R_AARCH64_PREL32:
        if (rel < INT32_MIN || rel > INT32_MAX)
            return "relocation R_AARCH64_PREL32 out of range";
        put_uint(place, (uint64_t)rel, 4, false);
        return NULL;
    case R_AARCH64_PREL16:
        if (rel < INT16_MIN || rel > INT16_MAX)
            return "relocation R_AARCH64_PREL16 out of range";
        put_uint(place, (uint64_t)rel, 2, false);
        return NULL;
    case R_AARCH64_ADR_PREL_LO21:
        if (rel < -(1 << 20) || rel >= (1 << 20))
            return "relocation R_AARCH64_ADR_PREL_LO21 out of range";
        insn = with_adr_imm(insn, rel);
        break;
    case R_AARCH64_ADR_PREL_PG_HI21:
    case R_AARCH64_ADR_PREL_PG_HI21_NC:
    case R_AARCH64_ADR_GOT_PAGE: {
        uint64_t target = kind == R_AARCH64_ADR_GOT_PAGE ? G : X;
        int64_t pages = (int64_t)((target & ~(uint64_t)0xfff) - (P & ~(uint64_t)0xfff)) >> 12;
        if (kind != R_AARCH64_ADR_PREL_PG_HI21_NC && (pages < -(1 << 20) || pages >= (1 << 20)))
            return "relocation R_AARCH64_ADR_PREL_PG_HI21 out of range (more than 4 GiB away)";
        insn = with_adr_imm(insn, pages);
        break;
    }
    case R_AARCH64_ADD_ABS_LO12_NC:
    case R_AARCH64_LDST8_ABS_LO12_NC:
        insn = with_imm12(insn, X);
        break;
    case R_AARCH64_LDST16_ABS_LO12_NC:
    case R_AARCH64_LDST32_ABS_LO12_NC:
    case R_AARCH64_LDST64_ABS_LO12_NC:
    case R_AARCH64_LDST128_ABS_LO12_NC: {
        int shift = kind == R_AARCH64_LDST16_ABS_LO12_NC   ? 1
                    : kind == R_AARCH64_LDST32_ABS_LO12_NC ? 2
                    : kind == R_AARCH64_LDST64_ABS_LO12_NC ? 3
                                                           : 4;
        if (X & (((uint64_t)1 << shift) - 1))
            return "relocation R_AARCH64_LDST*_ABS_LO12_NC of a misaligned address";
        insn = with_imm12(insn, (X & 0xfff) >> shift);
        break;
    }
    case R_AARCH64_LD64_GOT_LO12_NC:
        insn = with_imm12(insn, (G & 0xfff) >> 3);
        break;
    case R_AARCH64_CALL26:
    case R_AARCH64_JUMP26:
        if (!a64_branch_fits(26, rel))
            return "relocation R_AARCH64_CALL26 out of range (more than 128 MiB away)";
        insn = (insn & ~0x3ffffffu) | ((uint32_t)(rel / 4) & 0x3ffffff);
        break;
    case R_AARCH64_CONDBR19:
        if (!a64_branch_fits(19, rel))
            return "relocation R_AARCH64_CONDBR19 out of range";
        insn = (insn & ~(0x7ffffu << 5)) | ((uint32_t)(rel / 4) & 0x7ffff) << 5;
        break;
    case R_AARCH64_TSTBR14:
        if (!a64_branch_fits(14, rel))
            return "relocation R_AARCH64_TSTBR14 out of range";
        insn = (insn & ~(0x3fffu << 5)) | ((uint32_t)(rel / 4) & 0x3fff) << 5;
        break;
    case R_AARCH64_TLSLE_ADD_TPREL_HI12:
        if (T + A < 0 || T + A >= (1 << 24))
            return "relocation R_AARCH64_TLSLE_ADD_TPREL_HI12 out of range";
        insn = with_imm12(insn, (uint64_t)(T + A) >> 12);
        break;
    case R_AARCH64_TLSLE_ADD_TPREL_LO12:
    case R_AARCH64_TLSLE_ADD_TPREL_LO12_NC:
        if (kind == R_AARCH64_TLSLE_ADD_TPREL_LO12 && (T + A < 0 || T + A >= 4096))
            return "relocation R_AARCH64_TLSLE_ADD_TPREL_LO12 out of range";
        insn = with_imm12(insn, (uint64_t)(T + A));
        break;
    default:
        return "unknown relocation type";
    }
    put_uint(place, insn, 4, false);
    return NULL;
}

static int64_t tls_offset(uint64_t off, uint64_t tls_size, uint64_t tls_align) {
    /* variant I: a 16-byte TCB at the thread pointer, the block after it */
    (void)tls_size;
    return align_to(16, (int64_t)(tls_align ? tls_align : 1)) + (int64_t)off;
}

const Backend backend_aarch64 = {
    "aarch64", gen_function, reloc_need, apply_reloc, R_AARCH64_ABS64, tls_offset, 0x00,
    DW_SP, DW_X30, -8, 0, false,
};
