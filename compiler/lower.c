/* Lowering of a typed function body to IR. C objects live in slots; every vreg stays inside
   the block that defines it (see ir.h), so values that cross a branch go through a slot. */
#include "compile.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct Lower {
    CompileUnit *cu;
    IRFunc *fn;
    const Target *t;
    SrcLoc loc;
    int break_block;
    int continue_block;
    int scope;
    bool terminated; /* the current block has ended: code that follows is unreachable */
} Lower;

static uint32_t gen_expr(Lower *L, Node *n);
static uint32_t gen_addr(Lower *L, Node *n);
static void gen_stmt(Lower *L, Node *n);
static void gen_cond(Lower *L, Node *n, int yes, int no);
static void gen_init(Lower *L, uint32_t addr, Type *t, Initializer *in);

/* ---- types ---- */

IRType ir_type_of(Type *t) {
    switch (t->kind) {
    case TY_FLOAT:
        return IR_F32;
    case TY_DOUBLE:
    case TY_LDOUBLE:
        return IR_F64;
    case TY_PTR:
    case TY_ARRAY:
    case TY_FUNC:
    case TY_STRUCT:
    case TY_UNION:
        return IR_PTR;
    case TY_VOID:
        return IR_VOID;
    default:
        return type_size(t) == 8 ? IR_I64 : IR_I32;
    }
}

static IRType mem_type(Type *t) {
    switch (t->kind) {
    case TY_FLOAT:
        return IR_F32;
    case TY_DOUBLE:
    case TY_LDOUBLE:
        return IR_F64;
    case TY_PTR:
        return IR_PTR;
    default:
        switch (type_size(t)) {
        case 1: return IR_I8;
        case 2: return IR_I16;
        case 4: return IR_I32;
        default: return IR_I64;
        }
    }
}

static IRType int_type_of_size(int64_t size) {
    return size == 8 ? IR_I64 : IR_I32;
}

/* ---- emission ---- */

static IRInst *emit(Lower *L, IROp op, IRType type) {
    if (L->terminated && op != OP_LABEL) {
        /* unreachable code still gets a block of its own */
        IRInst lbl;
        memset(&lbl, 0, sizeof lbl);
        lbl.op = OP_LABEL;
        lbl.imm = L->fn->nblocks++;
        lbl.loc = L->loc;
        vec_push(&L->fn->insts, lbl);
        L->terminated = false;
    }
    IRInst in;
    memset(&in, 0, sizeof in);
    in.op = (uint8_t)op;
    in.type = (uint8_t)type;
    in.loc = L->loc;
    vec_push(&L->fn->insts, in);
    return &vec_last(&L->fn->insts);
}

static uint32_t new_vreg(Lower *L) {
    return ++L->fn->nvregs;
}

static int new_block(Lower *L) {
    return L->fn->nblocks++;
}

static void start_block(Lower *L, int b) {
    IRInst *in = emit(L, OP_LABEL, IR_VOID);
    in->imm = b;
    L->terminated = false;
}

static void jump(Lower *L, int b) {
    if (L->terminated)
        return;
    IRInst *in = emit(L, OP_JMP, IR_VOID);
    in->imm = b;
    L->terminated = true;
}

static void branch(Lower *L, uint32_t cond, int yes, int no) {
    IRInst *in = emit(L, OP_BR, IR_VOID);
    in->a = cond;
    in->imm = yes;
    in->imm2 = no;
    L->terminated = true;
}

static uint32_t iconst(Lower *L, IRType type, int64_t v) {
    IRInst *in = emit(L, OP_ICONST, type);
    in->dst = new_vreg(L);
    in->imm = v;
    return in->dst;
}

static uint32_t fconst(Lower *L, IRType type, double v) {
    IRInst *in = emit(L, OP_FCONST, type);
    in->dst = new_vreg(L);
    if (type == IR_F32) {
        float f = (float)v;
        uint32_t bits;
        memcpy(&bits, &f, 4);
        in->imm = bits;
    } else {
        uint64_t bits;
        memcpy(&bits, &v, 8);
        in->imm = (int64_t)bits;
    }
    return in->dst;
}

static uint32_t binop(Lower *L, IROp op, IRType type, uint32_t a, uint32_t b) {
    IRInst *in = emit(L, op, type);
    in->dst = new_vreg(L);
    in->a = a;
    in->b = b;
    return in->dst;
}

static uint32_t unop(Lower *L, IROp op, IRType type, IRType mtype, uint32_t a) {
    IRInst *in = emit(L, op, type);
    in->dst = new_vreg(L);
    in->mtype = (uint8_t)mtype;
    in->a = a;
    return in->dst;
}

static uint32_t cmp(Lower *L, IROp op, IRType operand, uint32_t a, uint32_t b) {
    IRInst *in = emit(L, op, IR_I32);
    in->dst = new_vreg(L);
    in->mtype = (uint8_t)operand;
    in->a = a;
    in->b = b;
    return in->dst;
}

static int new_slot(Lower *L, int64_t size, int align) {
    IRSlot s;
    s.size = size > 0 ? size : 1;
    s.align = align > 0 ? align : 1;
    vec_push(&L->fn->slots, s);
    return L->fn->slots.len - 1;
}

static uint32_t slot_addr(Lower *L, int slot) {
    IRInst *in = emit(L, OP_SLOT_ADDR, IR_PTR);
    in->dst = new_vreg(L);
    in->imm = slot;
    return in->dst;
}

static uint32_t load(Lower *L, Type *t, uint32_t addr) {
    IRInst *in = emit(L, OP_LOAD, ir_type_of(t));
    in->dst = new_vreg(L);
    in->mtype = (uint8_t)mem_type(t);
    in->a = addr;
    if (!is_unsigned(t))
        in->flags = IRF_SIGNED;
    return in->dst;
}

static void store(Lower *L, Type *t, uint32_t addr, uint32_t v) {
    IRInst *in = emit(L, OP_STORE, IR_VOID);
    in->mtype = (uint8_t)mem_type(t);
    in->a = addr;
    in->b = v;
}

static void memcpy_ir(Lower *L, uint32_t dst, uint32_t src, int64_t size) {
    IRInst *in = emit(L, OP_MEMCPY, IR_VOID);
    in->a = dst;
    in->b = src;
    in->imm = size;
}

static void memzero_ir(Lower *L, uint32_t dst, int64_t size) {
    IRInst *in = emit(L, OP_MEMZERO, IR_VOID);
    in->a = dst;
    in->imm = size;
}

static uint32_t add_offset(Lower *L, uint32_t addr, int64_t off) {
    if (off == 0)
        return addr;
    return binop(L, OP_ADD, IR_PTR, addr, iconst(L, IR_PTR, off));
}

/* ---- conversions ---- */

/* Converts a value of C type from to C type to. Narrow integers are kept extended to i32. */
static uint32_t cast(Lower *L, uint32_t v, Type *from, Type *to) {
    from = enum_underlying(from);
    to = enum_underlying(to);
    if (to->kind == TY_VOID)
        return 0;
    if (from->kind == TY_ARRAY || from->kind == TY_FUNC)
        from = pointer_to(ty_void);
    IRType ft = ir_type_of(from), tt = ir_type_of(to);
    if (is_record(to))
        return v;
    if (to->kind == TY_BOOL) {
        if (from->kind == TY_BOOL)
            return v;
        if (is_flonum(from))
            return cmp(L, OP_NE, ft, v, fconst(L, ft, 0.0));
        return cmp(L, OP_NE, ft, v, iconst(L, ft, 0));
    }
    if (is_flonum(to)) {
        if (is_flonum(from))
            return ft == tt ? v : unop(L, OP_FCONV, tt, ft, v);
        if (is_unsigned(from) && type_size(from) < 8) {
            /* an unsigned 32-bit value converts exactly through i64 */
            uint32_t w = ft == IR_I64 ? v : unop(L, OP_ZEXT, IR_I64, IR_I32, v);
            return unop(L, OP_ITOF, tt, IR_I64, w);
        }
        return unop(L, is_unsigned(from) ? OP_UTOF : OP_ITOF, tt, ft == IR_PTR ? int_type_of_size(L->t->ptr_size) : ft, v);
    }
    /* to an integer or a pointer */
    int64_t tsize = to->kind == TY_PTR ? L->t->ptr_size : type_size(to);
    if (is_flonum(from)) {
        IRType wide = tsize == 8 ? IR_I64 : IR_I32;
        uint32_t r;
        if (is_unsigned(to) && tsize >= 4) {
            if (tsize == 4) {
                /* through a signed 64-bit conversion: exact for every value that fits */
                r = unop(L, OP_FTOI, IR_I64, ft, v);
                r = unop(L, OP_TRUNC, IR_I32, IR_I64, r);
            } else {
                r = unop(L, OP_FTOU, IR_I64, ft, v);
            }
        } else {
            r = unop(L, OP_FTOI, wide, ft, v);
        }
        if (tsize < 4)
            r = unop(L, is_unsigned(to) ? OP_ZEXT : OP_SEXT, IR_I32, tsize == 1 ? IR_I8 : IR_I16, r);
        if (tt == IR_PTR)
            r = unop(L, OP_COPY, IR_PTR, wide, r);
        return r;
    }
    int64_t fsize = from->kind == TY_PTR ? L->t->ptr_size : type_size(from);
    if (tsize < 4) {
        if (fsize == tsize && is_unsigned(from) == is_unsigned(to))
            return v;
        return unop(L, is_unsigned(to) ? OP_ZEXT : OP_SEXT, IR_I32, tsize == 1 ? IR_I8 : IR_I16, v);
    }
    if (tsize == fsize || (fsize < 4 && tsize == 4)) {
        /* same width (narrow values are already extended to i32) */
        if (ft == tt)
            return v;
        return unop(L, OP_COPY, tt, ft, v);
    }
    if (tsize < fsize)
        return unop(L, OP_TRUNC, tt, ft, v);
    /* widening to 64 bits */
    IRType src = fsize == 8 ? IR_I64 : IR_I32;
    uint32_t r = unop(L, is_unsigned(from) ? OP_ZEXT : OP_SEXT, tt == IR_PTR ? IR_I64 : tt, src, v);
    if (tt == IR_PTR)
        r = unop(L, OP_COPY, IR_PTR, IR_I64, r);
    return r;
}

/* ---- bit-fields ---- */

static uint32_t bitfield_load(Lower *L, Member *m, uint32_t base_addr) {
    IRType ct = m->access_size == 8 ? IR_I64 : IR_I32;
    uint32_t addr = add_offset(L, base_addr, m->offset);
    IRInst *in = emit(L, OP_LOAD, ct);
    in->dst = new_vreg(L);
    in->mtype = (uint8_t)(m->access_size == 1 ? IR_I8 : m->access_size == 2 ? IR_I16 : m->access_size == 4 ? IR_I32 : IR_I64);
    in->a = addr;
    uint32_t v = in->dst;
    int bits = ct == IR_I64 ? 64 : 32;
    bool sign = !is_unsigned(m->type);
    /* move the field to the top, then shift it down with the right extension */
    int up = bits - m->bit_shift - m->bit_width;
    if (up)
        v = binop(L, OP_SHL, ct, v, iconst(L, ct, up));
    if (bits - m->bit_width)
        v = binop(L, sign ? OP_SAR : OP_SHR, ct, v, iconst(L, ct, bits - m->bit_width));
    IRType want = ir_type_of(m->type);
    if (want != ct)
        v = unop(L, ct == IR_I64 ? OP_TRUNC : (sign ? OP_SEXT : OP_ZEXT), want, ct, v);
    return v;
}

static void bitfield_store(Lower *L, Member *m, uint32_t base_addr, uint32_t val) {
    IRType ct = m->access_size == 8 ? IR_I64 : IR_I32;
    IRType mt = m->access_size == 1 ? IR_I8 : m->access_size == 2 ? IR_I16 : m->access_size == 4 ? IR_I32 : IR_I64;
    uint32_t addr = add_offset(L, base_addr, m->offset);
    IRInst *ld = emit(L, OP_LOAD, ct);
    uint32_t loaded = ld->dst = new_vreg(L);
    ld->mtype = (uint8_t)mt;
    ld->a = addr;
    uint64_t field_mask = (m->bit_width == 64 ? ~(uint64_t)0 : (((uint64_t)1 << m->bit_width) - 1)) << m->bit_shift;
    IRType vt = ir_type_of(m->type);
    uint32_t v = val;
    if (vt != ct)
        v = unop(L, ct == IR_I64 ? OP_ZEXT : OP_TRUNC, ct, vt, v);
    if (m->bit_shift)
        v = binop(L, OP_SHL, ct, v, iconst(L, ct, m->bit_shift));
    v = binop(L, OP_AND, ct, v, iconst(L, ct, (int64_t)field_mask));
    uint32_t old = binop(L, OP_AND, ct, loaded, iconst(L, ct, (int64_t)~field_mask));
    v = binop(L, OP_OR, ct, old, v);
    IRInst *st = emit(L, OP_STORE, IR_VOID);
    st->mtype = (uint8_t)mt;
    st->a = addr;
    st->b = v;
}

/* the value a bit-field holds after storing v in it (for the value of an assignment) */
static uint32_t bitfield_truncate(Lower *L, Member *m, uint32_t v) {
    IRType vt = ir_type_of(m->type);
    int bits = vt == IR_I64 ? 64 : 32;
    if (m->bit_width == bits)
        return v;
    uint32_t x = binop(L, OP_SHL, vt, v, iconst(L, vt, bits - m->bit_width));
    return binop(L, is_unsigned(m->type) ? OP_SHR : OP_SAR, vt, x, iconst(L, vt, bits - m->bit_width));
}

/* ---- symbols ---- */

static uint32_t sym_addr(Lower *L, Obj *o) {
    uint32_t sym = cu_symbol(L->cu, o);
    IRInst *in = emit(L, o->is_tls ? OP_TLS_ADDR : OP_SYM_ADDR, IR_PTR);
    in->dst = new_vreg(L);
    in->sym = sym;
    return in->dst;
}

static uint32_t local_slot(Lower *L, Obj *o) {
    if (o->slot < 0) {
        int align = type_align(o->type);
        if (o->align > align)
            align = o->align;
        o->slot = new_slot(L, type_size(o->type), align);
        IRVar v;
        v.obj = o;
        v.slot = o->slot;
        v.scope = L->scope;
        if (o->name)
            vec_push(&L->fn->vars, v);
    }
    return (uint32_t)o->slot;
}

/* ---- addresses ---- */

static uint32_t gen_addr(Lower *L, Node *n) {
    switch (n->kind) {
    case ND_VAR:
        if (n->obj->is_local)
            return slot_addr(L, (int)local_slot(L, n->obj));
        return sym_addr(L, n->obj);
    case ND_DEREF:
        return gen_expr(L, n->lhs);
    case ND_MEMBER: {
        uint32_t base = gen_addr(L, n->lhs);
        return add_offset(L, base, n->member->offset);
    }
    case ND_STR: {
        uint32_t sym = cu_string(L->cu, n->str_data, n->str_len, type_align(n->type->base));
        IRInst *in = emit(L, OP_SYM_ADDR, IR_PTR);
        in->dst = new_vreg(L);
        in->sym = sym;
        return in->dst;
    }
    case ND_COMPOUND_LIT: {
        uint32_t addr = slot_addr(L, (int)local_slot(L, n->obj));
        gen_init(L, addr, n->obj->type, n->initializer);
        return slot_addr(L, n->obj->slot);
    }
    case ND_CALL:
    case ND_ASSIGN:
    case ND_COND:
    case ND_COMMA:
    case ND_OPASSIGN:
    case ND_BUILTIN:
        if (is_record(n->type))
            return gen_expr(L, n); /* record values are addresses already */
        break;
    case ND_CAST:
        if (is_record(n->type))
            return gen_addr(L, n->lhs);
        break;
    default:
        break;
    }
    error_at(n->loc, "internal error: not an lvalue");
    return iconst(L, IR_PTR, 0);
}

/* ---- expressions ---- */

static uint32_t temp_slot_for(Lower *L, Type *t) {
    return (uint32_t)new_slot(L, type_size(t), type_align(t));
}

static uint32_t gen_logical_value(Lower *L, Node *n) {
    int slot = new_slot(L, 4, 4);
    int yes = new_block(L), no = new_block(L), join = new_block(L);
    gen_cond(L, n, yes, no);
    /* one emitting call per statement: the order C gives the arguments of a call is unspecified,
       and mica's output must not depend on the compiler that built it */
    for (int value = 1; value >= 0; value--) {
        start_block(L, value ? yes : no);
        uint32_t addr = slot_addr(L, slot);
        store(L, ty_int, addr, iconst(L, IR_I32, value));
        jump(L, join);
    }
    start_block(L, join);
    return load(L, ty_int, slot_addr(L, slot));
}

static IROp arith_op(NodeKind k, Type *t) {
    bool u = is_unsigned(t);
    switch (k) {
    case ND_ADD: return OP_ADD;
    case ND_SUB: return OP_SUB;
    case ND_MUL: return OP_MUL;
    case ND_DIV: return is_flonum(t) ? OP_DIV : u ? OP_UDIV : OP_DIV;
    case ND_MOD: return u ? OP_UREM : OP_REM;
    case ND_BITAND: return OP_AND;
    case ND_BITOR: return OP_OR;
    case ND_BITXOR: return OP_XOR;
    case ND_SHL: return OP_SHL;
    case ND_SHR: return u ? OP_SHR : OP_SAR;
    default: return OP_NOP;
    }
}

static IROp cmp_op(NodeKind k, Type *t) {
    bool u = is_unsigned(t) && !is_flonum(t);
    switch (k) {
    case ND_EQ: return OP_EQ;
    case ND_NE: return OP_NE;
    case ND_LT: return u ? OP_ULT : OP_LT;
    case ND_LE: return u ? OP_ULE : OP_LE;
    case ND_GT: return u ? OP_UGT : OP_GT;
    default: return u ? OP_UGE : OP_GE;
    }
}

/* Arithmetic of C type t on two values (pointer forms included). */
static uint32_t apply_op(Lower *L, NodeKind k, Type *t, uint32_t a, uint32_t b, Type *btype) {
    if (k == ND_PTR_ADD || k == ND_PTR_SUB) {
        int64_t size = t->base->kind == TY_VOID || t->base->kind == TY_FUNC ? 1 : type_size(t->base);
        uint32_t off = cast(L, b, btype, L->t->ptr_size == 8 ? ty_long : ty_int);
        IRType it = int_type_of_size(L->t->ptr_size);
        if (size != 1)
            off = binop(L, OP_MUL, it, off, iconst(L, it, size));
        off = unop(L, OP_COPY, IR_PTR, it, off);
        return binop(L, k == ND_PTR_ADD ? OP_ADD : OP_SUB, IR_PTR, a, off);
    }
    IRType it = ir_type_of(t);
    if (k == ND_SHL || k == ND_SHR) {
        if (ir_type_of(btype) != it)
            b = cast(L, b, btype, it == IR_I64 ? ty_long : ty_int);
    }
    return binop(L, arith_op(k, t), it, a, b);
}

static uint32_t gen_call(Lower *L, Node *n) {
    Type *ft = n->fn_type;
    IRCall *c = arena_zalloc(L->fn->arena, sizeof(IRCall));
    c->fn_type = ft;
    Node *callee = n->lhs;
    bool direct = callee->kind == ND_ADDR && callee->lhs->kind == ND_VAR && callee->lhs->obj->kind == OBJ_FUNC;
    c->nargs = n->nargs;
    c->args = arena_alloc(L->fn->arena, (size_t)n->nargs * sizeof(uint32_t) + 1);
    c->arg_types = arena_alloc(L->fn->arena, (size_t)n->nargs * sizeof(Type *) + 1);
    /* arguments are evaluated in the order gcc uses on the target (right to left on x86-64,
       left to right on aarch64): the order is unspecified in C, and programs that depend on
       it by accident then agree */
    Node **args = arena_alloc(L->fn->arena, (size_t)n->nargs * sizeof(Node *) + 1);
    int k = 0;
    for (Node *a = n->args; a; a = a->next)
        args[k++] = a;
    for (int j = 0; j < n->nargs; j++) {
        int i = L->t->args_left_to_right ? j : n->nargs - 1 - j;
        Node *a = args[i];
        c->args[i] = gen_expr(L, a);
        c->arg_types[i] = a->type;
        if (is_record(a->type)) {
            /* the callee gets its own copy: make it now, before later arguments run */
            int s = new_slot(L, type_size(a->type), type_align(a->type));
            uint32_t dst = slot_addr(L, s);
            memcpy_ir(L, dst, c->args[i], type_size(a->type));
            c->args[i] = dst;
        }
    }
    if (direct)
        c->sym = cu_symbol(L->cu, callee->lhs->obj);
    else
        c->callee = gen_expr(L, callee);
    Type *rt = n->type;
    uint32_t result_slot_addr = 0;
    if (is_record(rt)) {
        int s = new_slot(L, type_size(rt), type_align(rt));
        c->ret_addr = slot_addr(L, s);
        result_slot_addr = c->ret_addr;
    }
    IRInst *in = emit(L, OP_CALL, is_record(rt) ? IR_VOID : ir_type_of(rt));
    in->aux = c;
    if (rt->kind != TY_VOID && !is_record(rt))
        in->dst = new_vreg(L);
    uint32_t r = in->dst;
    if (is_record(rt))
        return result_slot_addr;
    /* keep narrow results extended, whatever the callee left in the upper bits */
    if (is_integer(rt) && type_size(rt) < 4)
        r = unop(L, is_unsigned(rt) ? OP_ZEXT : OP_SEXT, IR_I32, type_size(rt) == 1 ? IR_I8 : IR_I16, r);
    return r;
}

static uint32_t gen_builtin(Lower *L, Node *n) {
    IRInst *in;
    switch (n->builtin) {
    case BI_VA_START: {
        uint32_t ap = gen_expr(L, n->lhs);
        in = emit(L, OP_VA_START, IR_VOID);
        in->a = ap;
        return 0;
    }
    case BI_VA_END:
        gen_expr(L, n->lhs);
        return 0;
    case BI_VA_COPY: {
        uint32_t d = gen_expr(L, n->lhs), s = gen_expr(L, n->rhs);
        in = emit(L, OP_VA_COPY, IR_VOID);
        in->a = d;
        in->b = s;
        return 0;
    }
    case BI_VA_ARG: {
        uint32_t ap = gen_expr(L, n->lhs);
        uint32_t dst = 0;
        if (is_record(n->type))
            dst = slot_addr(L, (int)temp_slot_for(L, n->type));
        in = emit(L, OP_VA_ARG, is_record(n->type) ? IR_PTR : ir_type_of(n->type));
        in->dst = new_vreg(L);
        in->a = ap;
        in->b = dst;
        in->aux = n->type;
        uint32_t r = in->dst;
        if (is_integer(n->type) && type_size(n->type) < 4)
            r = unop(L, is_unsigned(n->type) ? OP_ZEXT : OP_SEXT, IR_I32, type_size(n->type) == 1 ? IR_I8 : IR_I16, r);
        return r;
    }
    case BI_SYSCALL: {
        IRCall *c = arena_zalloc(L->fn->arena, sizeof(IRCall));
        c->nargs = n->nargs;
        c->args = arena_alloc(L->fn->arena, (size_t)n->nargs * sizeof(uint32_t) + 1);
        int i = 0;
        for (Node *a = n->args; a; a = a->next)
            c->args[i++] = gen_expr(L, a);
        in = emit(L, OP_SYSCALL, IR_I64);
        in->dst = new_vreg(L);
        in->aux = c;
        return in->dst;
    }
    case BI_SETJMP: {
        uint32_t buf = gen_expr(L, n->args);
        in = emit(L, OP_SETJMP, IR_I32);
        in->dst = new_vreg(L);
        in->a = buf;
        return in->dst;
    }
    case BI_LONGJMP: {
        uint32_t buf = gen_expr(L, n->args);
        uint32_t v = gen_expr(L, n->args->next);
        in = emit(L, OP_LONGJMP, IR_VOID);
        in->a = buf;
        in->b = v;
        L->terminated = true;
        return 0;
    }
    case BI_SIGRETURN:
        emit(L, OP_SIGRETURN, IR_VOID);
        L->terminated = true;
        return 0;
    case BI_THREAD_POINTER:
        in = emit(L, OP_THREAD_PTR, IR_PTR);
        in->dst = new_vreg(L);
        return in->dst;
    case BI_SET_THREAD_POINTER: {
        uint32_t v = gen_expr(L, n->args);
        in = emit(L, OP_SET_THREAD_PTR, IR_VOID);
        in->a = v;
        return 0;
    }
    case BI_FRAME_ADDRESS:
    case BI_RETURN_ADDRESS:
        in = emit(L, n->builtin == BI_FRAME_ADDRESS ? OP_FRAME_ADDR : OP_RETURN_ADDR, IR_PTR);
        in->dst = new_vreg(L);
        return in->dst;
    case BI_SQRT:
    case BI_SQRTF: {
        uint32_t v = gen_expr(L, n->args);
        in = emit(L, OP_SQRT, ir_type_of(n->type));
        in->dst = new_vreg(L);
        in->a = v;
        return in->dst;
    }
    case BI_TRAP:
    case BI_UNREACHABLE:
        emit(L, OP_TRAP, IR_VOID);
        L->terminated = true;
        return 0;
    case BI_ALLOCA: {
        uint32_t size = gen_expr(L, n->args);
        in = emit(L, OP_ALLOCA, IR_PTR);
        in->dst = new_vreg(L);
        in->a = size;
        L->fn->uses_alloca = true;
        return in->dst;
    }
    default:
        return 0;
    }
}

/* op-assignment and ++/--: addr evaluated once */
static uint32_t gen_update(Lower *L, Node *n) {
    Node *lhs = n->lhs;
    Type *lt = unqualified(lhs->type);
    Member *bf = lhs->kind == ND_MEMBER && lhs->member->is_bitfield ? lhs->member : NULL;
    uint32_t base = bf ? gen_addr(L, lhs->lhs) : gen_addr(L, lhs);
    uint32_t old = bf ? bitfield_load(L, bf, base) : load(L, lt, base);
    uint32_t result;
    uint32_t ret_old = old;
    if (n->kind == ND_OPASSIGN) {
        uint32_t r = gen_expr(L, n->rhs);
        if (n->binop == ND_PTR_ADD || n->binop == ND_PTR_SUB) {
            result = apply_op(L, n->binop, lt, old, r, n->rhs->type);
        } else {
            Type *ot = n->optype;
            uint32_t a = cast(L, old, lt, ot);
            result = cast(L, apply_op(L, n->binop, ot, a, r, n->rhs->type), ot, lt);
        }
    } else {
        int delta = (int)n->val;
        if (lt->kind == TY_PTR) {
            result = apply_op(L, ND_PTR_ADD, lt, old, iconst(L, IR_I32, delta), ty_int);
        } else if (is_flonum(lt)) {
            result = binop(L, OP_ADD, ir_type_of(lt), old, fconst(L, ir_type_of(lt), delta));
        } else if (lt->kind == TY_BOOL) {
            /* b++ sets it; b-- flips it */
            result = delta > 0 ? iconst(L, IR_I32, 1) : cmp(L, OP_EQ, IR_I32, old, iconst(L, IR_I32, 0));
        } else {
            Type *ot = promote(lt);
            uint32_t a = cast(L, old, lt, ot);
            uint32_t r = binop(L, OP_ADD, ir_type_of(ot), a, iconst(L, ir_type_of(ot), delta));
            result = cast(L, r, ot, lt);
        }
    }
    if (bf) {
        bitfield_store(L, bf, base, result);
        result = bitfield_truncate(L, bf, result);
    } else {
        store(L, lt, base, result);
    }
    return n->kind == ND_POSTINC ? ret_old : result;
}

static uint32_t gen_cond_value(Lower *L, Node *n) {
    Type *t = n->type;
    int yes = new_block(L), no = new_block(L), join = new_block(L);
    if (t->kind == TY_VOID) {
        gen_cond(L, n->cond, yes, no);
        start_block(L, yes);
        gen_expr(L, n->then);
        jump(L, join);
        start_block(L, no);
        gen_expr(L, n->els);
        jump(L, join);
        start_block(L, join);
        return 0;
    }
    /* records travel as addresses */
    Type *st = is_record(t) ? pointer_to(t) : t;
    int slot = new_slot(L, type_size(st), type_align(st));
    gen_cond(L, n->cond, yes, no);
    start_block(L, yes);
    uint32_t a = gen_expr(L, n->then);
    store(L, st, slot_addr(L, slot), a);
    jump(L, join);
    start_block(L, no);
    uint32_t b = gen_expr(L, n->els);
    store(L, st, slot_addr(L, slot), b);
    jump(L, join);
    start_block(L, join);
    return load(L, st, slot_addr(L, slot));
}

static uint32_t gen_expr(Lower *L, Node *n) {
    Type *t = n->type;
    switch (n->kind) {
    case ND_NUM:
        return iconst(L, ir_type_of(t), n->val);
    case ND_FNUM:
        return fconst(L, ir_type_of(t), n->fval);
    case ND_STR:
    case ND_COMPOUND_LIT:
        return gen_addr(L, n);
    case ND_VAR:
        if (n->obj->kind == OBJ_FUNC || t->kind == TY_ARRAY || is_record(t))
            return gen_addr(L, n);
        return load(L, t, gen_addr(L, n));
    case ND_MEMBER:
        if (n->member->is_bitfield)
            return bitfield_load(L, n->member, gen_addr(L, n->lhs));
        if (t->kind == TY_ARRAY || is_record(t))
            return gen_addr(L, n);
        return load(L, t, gen_addr(L, n));
    case ND_DEREF:
        if (t->kind == TY_ARRAY || is_record(t) || t->kind == TY_FUNC)
            return gen_expr(L, n->lhs);
        if (t->kind == TY_VOID) {
            gen_expr(L, n->lhs);
            return 0;
        }
        return load(L, t, gen_expr(L, n->lhs));
    case ND_ADDR:
        return gen_addr(L, n->lhs);
    case ND_CAST: {
        uint32_t v = gen_expr(L, n->lhs);
        if (t->kind == TY_VOID)
            return 0;
        return cast(L, v, n->lhs->type, t);
    }
    case ND_ASSIGN: {
        Node *lhs = n->lhs;
        if (lhs->kind == ND_MEMBER && lhs->member->is_bitfield) {
            uint32_t base = gen_addr(L, lhs->lhs);
            uint32_t v = gen_expr(L, n->rhs);
            bitfield_store(L, lhs->member, base, v);
            return bitfield_truncate(L, lhs->member, v);
        }
        uint32_t v = gen_expr(L, n->rhs);
        uint32_t addr = gen_addr(L, lhs);
        if (is_record(t)) {
            memcpy_ir(L, addr, v, type_size(t));
            return addr;
        }
        store(L, t, addr, v);
        return v;
    }
    case ND_OPASSIGN:
    case ND_PREINC:
    case ND_POSTINC:
        return gen_update(L, n);
    case ND_COMMA:
        gen_expr(L, n->lhs);
        return gen_expr(L, n->rhs);
    case ND_COND:
        return gen_cond_value(L, n);
    case ND_LOGAND:
    case ND_LOGOR:
        return gen_logical_value(L, n);
    case ND_NOT: {
        Type *ot = n->lhs->type;
        uint32_t v = gen_expr(L, n->lhs);
        IRType it = ir_type_of(ot);
        if (is_flonum(ot))
            return cmp(L, OP_EQ, it, v, fconst(L, it, 0.0));
        return cmp(L, OP_EQ, it, v, iconst(L, it, 0));
    }
    case ND_NEG:
        return unop(L, OP_NEG, ir_type_of(t), ir_type_of(t), gen_expr(L, n->lhs));
    case ND_BITNOT:
        return unop(L, OP_NOT, ir_type_of(t), ir_type_of(t), gen_expr(L, n->lhs));
    case ND_ADD: case ND_SUB: case ND_MUL: case ND_DIV: case ND_MOD: case ND_BITAND: case ND_BITOR:
    case ND_BITXOR: case ND_SHL: case ND_SHR: {
        uint32_t a = gen_expr(L, n->lhs);
        uint32_t b = gen_expr(L, n->rhs);
        return apply_op(L, n->kind, t, a, b, n->rhs->type);
    }
    case ND_PTR_ADD:
    case ND_PTR_SUB: {
        uint32_t a = gen_expr(L, n->lhs);
        uint32_t b = gen_expr(L, n->rhs);
        return apply_op(L, n->kind, t, a, b, n->rhs->type);
    }
    case ND_PTR_DIFF: {
        uint32_t a = gen_expr(L, n->lhs);
        uint32_t b = gen_expr(L, n->rhs);
        IRType it = ir_type_of(t);
        uint32_t ia = unop(L, OP_COPY, it, IR_PTR, a);
        uint32_t d = binop(L, OP_SUB, it, ia, unop(L, OP_COPY, it, IR_PTR, b));
        Type *base = n->lhs->type->base;
        int64_t size = base->kind == TY_VOID || base->kind == TY_FUNC ? 1 : type_size(base);
        if (size > 1)
            d = binop(L, OP_DIV, it, d, iconst(L, it, size));
        return d;
    }
    case ND_EQ: case ND_NE: case ND_LT: case ND_LE: case ND_GT: case ND_GE: {
        Type *ot = n->lhs->type;
        uint32_t a = gen_expr(L, n->lhs);
        uint32_t b = gen_expr(L, n->rhs);
        IRType it = ir_type_of(ot);
        IRType bt = ir_type_of(n->rhs->type);
        if (bt != it)
            b = unop(L, OP_COPY, it, bt, b);
        return cmp(L, cmp_op(n->kind, ot), it, a, b);
    }
    case ND_CALL:
        return gen_call(L, n);
    case ND_BUILTIN:
        return gen_builtin(L, n);
    default:
        error_at(n->loc, "internal error: cannot lower expression %d", n->kind);
        return 0;
    }
}

/* Branches on a scalar condition, with && || ! handled without materializing values. */
static void gen_cond(Lower *L, Node *n, int yes, int no) {
    switch (n->kind) {
    case ND_LOGAND: {
        int mid = new_block(L);
        gen_cond(L, n->lhs, mid, no);
        start_block(L, mid);
        gen_cond(L, n->rhs, yes, no);
        return;
    }
    case ND_LOGOR: {
        int mid = new_block(L);
        gen_cond(L, n->lhs, yes, mid);
        start_block(L, mid);
        gen_cond(L, n->rhs, yes, no);
        return;
    }
    case ND_NOT:
        gen_cond(L, n->lhs, no, yes);
        return;
    case ND_NUM:
        jump(L, n->val ? yes : no);
        return;
    default:
        break;
    }
    uint32_t v = gen_expr(L, n);
    Type *t = n->type;
    if (!(n->kind >= ND_EQ && n->kind <= ND_GE)) {
        IRType it = ir_type_of(t);
        if (is_flonum(t))
            v = cmp(L, OP_NE, it, v, fconst(L, it, 0.0));
        else if (it != IR_I32 || t->kind == TY_PTR)
            v = cmp(L, OP_NE, it, v, iconst(L, it, 0));
    }
    branch(L, v, yes, no);
}

/* ---- initializers ---- */

static void gen_init(Lower *L, uint32_t addr, Type *t, Initializer *in) {
    if (!in)
        return;
    if (in->expr && !in->is_string && (is_record(t) ? is_record(in->expr->type) : true)) {
        if (is_record(t)) {
            uint32_t src = gen_expr(L, in->expr);
            memcpy_ir(L, addr, src, type_size(t));
            return;
        }
        uint32_t v = gen_expr(L, in->expr);
        store(L, t, addr, v);
        return;
    }
    if (is_scalar(t))
        return;
    /* aggregates: clear, then store what is given */
    memzero_ir(L, addr, type_size(t));
    if (in->is_string) {
        int64_t n = in->expr->str_len;
        if (n > type_size(t))
            n = type_size(t);
        uint32_t s = gen_addr(L, in->expr);
        memcpy_ir(L, addr, s, n);
        return;
    }
    if (t->kind == TY_ARRAY) {
        int64_t es = type_size(t->base);
        for (int64_t i = 0; i < in->nchildren; i++) {
            Initializer *c = in->children[i];
            if (c)
                gen_init(L, add_offset(L, addr, i * es), t->base, c);
        }
        return;
    }
    if (is_record(t)) {
        int i = 0;
        for (Member *m = t->rec->members; m; m = m->next, i++) {
            Initializer *c = t->kind == TY_UNION ? (m == in->union_member ? in->children[0] : NULL) : in->children[i];
            if (!c)
                continue;
            if (m->is_bitfield) {
                if (c->expr) {
                    uint32_t v = gen_expr(L, c->expr);
                    bitfield_store(L, m, addr, v);
                }
                continue;
            }
            gen_init(L, add_offset(L, addr, m->offset), m->type, c);
        }
    }
}

/* ---- statements ---- */

static void set_loc(Lower *L, SrcLoc loc) {
    if (loc.line)
        L->loc = loc;
}

static int label_block(Lower *L, Node *label) {
    if (!label->ir_block)
        label->ir_block = new_block(L) + 1;
    return label->ir_block - 1;
}

static void open_scope(Lower *L) {
    IRScope s;
    s.parent = L->scope;
    s.first_inst = L->fn->insts.len;
    s.end_inst = L->fn->insts.len;
    vec_push(&L->fn->scopes, s);
    L->scope = L->fn->scopes.len - 1;
}

static void close_scope(Lower *L, int saved) {
    L->fn->scopes.data[L->scope].end_inst = L->fn->insts.len;
    L->scope = saved;
}

static void gen_switch(Lower *L, Node *n) {
    set_loc(L, n->cond->loc);
    uint32_t v = gen_expr(L, n->cond);
    IRSwitch *sw = arena_zalloc(L->fn->arena, sizeof(IRSwitch));
    int count = 0;
    for (Node *c = n->cases; c; c = c->case_next)
        count++;
    sw->ncases = count;
    sw->lo = arena_alloc(L->fn->arena, (size_t)count * sizeof(int64_t) + 1);
    sw->hi = arena_alloc(L->fn->arena, (size_t)count * sizeof(int64_t) + 1);
    sw->blocks = arena_alloc(L->fn->arena, (size_t)count * sizeof(int) + 1);
    /* the list is in reverse source order */
    int i = count;
    for (Node *c = n->cases; c; c = c->case_next) {
        i--;
        c->ir_block = new_block(L) + 1;
        sw->lo[i] = c->val;
        sw->hi[i] = c->case_end;
        sw->blocks[i] = c->ir_block - 1;
    }
    int end = new_block(L);
    if (n->default_case) {
        n->default_case->ir_block = new_block(L) + 1;
        sw->default_block = n->default_case->ir_block - 1;
    } else {
        sw->default_block = end;
    }
    IRInst *in = emit(L, OP_SWITCH, IR_VOID);
    in->a = v;
    in->mtype = (uint8_t)ir_type_of(n->cond->type);
    in->aux = sw;
    L->terminated = true;
    int saved_break = L->break_block;
    L->break_block = end;
    gen_stmt(L, n->body);
    L->break_block = saved_break;
    jump(L, end);
    start_block(L, end);
}

static void gen_stmt(Lower *L, Node *n) {
    if (!n)
        return;
    switch (n->kind) {
    case ND_BLOCK: {
        int saved = L->scope;
        bool scoped = n->scope_id > 0;
        if (scoped)
            open_scope(L);
        for (Node *s = n->body; s; s = s->next)
            gen_stmt(L, s);
        if (scoped)
            close_scope(L, saved);
        return;
    }
    case ND_DECL:
        set_loc(L, n->loc);
        if (n->obj->is_static_local) { /* only for debug information: its storage is static */
            IRVar v;
            v.obj = n->obj;
            v.slot = -1;
            v.scope = L->scope;
            vec_push(&L->fn->vars, v);
            return;
        }
        local_slot(L, n->obj);
        if (n->initializer) {
            uint32_t addr = slot_addr(L, n->obj->slot);
            gen_init(L, addr, n->obj->type, n->initializer);
        }
        return;
    case ND_EXPR_STMT:
        set_loc(L, n->lhs->loc); /* like gcc: a statement is where its expression is */
        gen_expr(L, n->lhs);
        return;
    case ND_NULL_STMT:
        return;
    case ND_IF: {
        set_loc(L, n->cond->loc);
        int then = new_block(L), els = new_block(L), join = n->els ? new_block(L) : els;
        gen_cond(L, n->cond, then, els);
        start_block(L, then);
        gen_stmt(L, n->then);
        jump(L, join);
        if (n->els) {
            start_block(L, els);
            gen_stmt(L, n->els);
            jump(L, join);
        }
        start_block(L, join);
        return;
    }
    case ND_WHILE:
    case ND_FOR: {
        int saved_scope = L->scope;
        if (n->kind == ND_FOR)
            open_scope(L);
        set_loc(L, n->loc);
        if (n->init)
            gen_stmt(L, n->init);
        int head = new_block(L), body = new_block(L), next = new_block(L), end = new_block(L);
        jump(L, head);
        start_block(L, head);
        if (n->cond) {
            set_loc(L, n->cond->loc);
            gen_cond(L, n->cond, body, end);
        } else {
            jump(L, body);
        }
        start_block(L, body);
        int sb = L->break_block, sc = L->continue_block;
        L->break_block = end;
        L->continue_block = next;
        gen_stmt(L, n->body);
        L->break_block = sb;
        L->continue_block = sc;
        jump(L, next);
        start_block(L, next);
        if (n->inc) {
            set_loc(L, n->inc->loc);
            gen_expr(L, n->inc);
        }
        jump(L, head);
        start_block(L, end);
        if (n->kind == ND_FOR)
            close_scope(L, saved_scope);
        return;
    }
    case ND_DO: {
        int body = new_block(L), next = new_block(L), end = new_block(L);
        jump(L, body);
        start_block(L, body);
        int sb = L->break_block, sc = L->continue_block;
        L->break_block = end;
        L->continue_block = next;
        gen_stmt(L, n->body);
        L->break_block = sb;
        L->continue_block = sc;
        jump(L, next);
        start_block(L, next);
        set_loc(L, n->cond->loc);
        gen_cond(L, n->cond, body, end);
        start_block(L, end);
        return;
    }
    case ND_SWITCH:
        gen_switch(L, n);
        return;
    case ND_CASE:
    case ND_DEFAULT: {
        int b = n->ir_block ? n->ir_block - 1 : new_block(L);
        jump(L, b);
        start_block(L, b);
        gen_stmt(L, n->body);
        return;
    }
    case ND_BREAK:
        set_loc(L, n->loc);
        jump(L, L->break_block);
        return;
    case ND_CONTINUE:
        set_loc(L, n->loc);
        jump(L, L->continue_block);
        return;
    case ND_GOTO:
        set_loc(L, n->loc);
        jump(L, label_block(L, n->target));
        return;
    case ND_LABEL: {
        int b = label_block(L, n);
        jump(L, b);
        start_block(L, b);
        gen_stmt(L, n->body);
        return;
    }
    case ND_RETURN: {
        set_loc(L, n->loc);
        uint32_t v = 0;
        if (n->lhs) {
            v = gen_expr(L, n->lhs);
            if (n->val) /* a value returned from a void function is discarded */
                v = 0;
        }
        IRInst *in = emit(L, OP_RET, v ? (is_record(n->lhs->type) ? IR_PTR : ir_type_of(n->lhs->type)) : IR_VOID);
        in->a = v;
        L->terminated = true;
        return;
    }
    default:
        gen_expr(L, n);
        return;
    }
}

IRFunc *lower_function(CompileUnit *cu, Obj *fn, Node *body, Obj **params, int nparams, Arena *arena) {
    IRFunc *f = arena_zalloc(arena, sizeof(IRFunc));
    f->obj = fn;
    f->name = fn->link_name ? fn->link_name : fn->name->name;
    f->type = fn->type;
    f->arena = arena;
    f->loc = body->loc; /* the opening brace, where the function's first line row goes (as gcc) */
    f->end_loc = body->end_loc;
    f->is_entry = strcmp(f->name, "_start") == 0;
    f->sym = cu_symbol(cu, fn);
    Lower L;
    memset(&L, 0, sizeof L);
    L.cu = cu;
    L.fn = f;
    L.t = cu->target;
    L.loc = f->loc;
    L.scope = -1;
    open_scope(&L); /* the function's own scope: parameters and the outermost block */
    start_block(&L, new_block(&L));
    f->nparams = nparams;
    f->param_slots = arena_alloc(arena, (size_t)nparams * sizeof(int) + 1);
    for (int i = 0; i < nparams; i++)
        f->param_slots[i] = (int)local_slot(&L, params[i]);
    gen_stmt(&L, body);
    if (!L.terminated) {
        L.loc = body->end_loc;
        /* falling off the end: main returns 0, others return an unspecified value */
        IRInst *in;
        Type *rt = fn->type->base;
        if (!strcmp(fn->name->name, "main") && is_integer(rt)) {
            uint32_t z = iconst(&L, IR_I32, 0);
            in = emit(&L, OP_RET, IR_I32);
            in->a = z;
        } else if (rt->kind != TY_VOID && !is_record(rt)) {
            uint32_t z = is_flonum(rt) ? fconst(&L, ir_type_of(rt), 0.0) : iconst(&L, ir_type_of(rt), 0);
            in = emit(&L, OP_RET, ir_type_of(rt));
            in->a = z;
        } else if (is_record(rt)) {
            int s = new_slot(&L, type_size(rt), type_align(rt));
            uint32_t a = slot_addr(&L, s);
            in = emit(&L, OP_RET, IR_PTR);
            in->a = a;
        } else {
            emit(&L, OP_RET, IR_VOID);
        }
    }
    close_scope(&L, -1);
    return f;
}
