#include "blockalloc.h"

#include <stdlib.h>

bool ba_is_fp(int type) {
    return type == IR_F32 || type == IR_F64;
}

static void note_use(BlockAlloc *a, uint32_t v, int i, int block) {
    if (!v)
        return;
    a->v[v].last_use = i;
    if (a->v[v].block != block)
        a->v[v].multi_block = true;
}

void ba_init(BlockAlloc *a, const IRFunc *fn, const RegPools *pools, int opt_level, Arena *arena,
             bool (*call_like)(const IRInst *)) {
    memset(a, 0, sizeof *a);
    a->fn = fn;
    a->pools = pools;
    a->opt_level = opt_level;
    a->v = arena_zalloc(arena, (fn->nvregs + 2) * sizeof(VInfo));
    int n = fn->insts.len;
    int *calls_before = arena_alloc(arena, ((size_t)n + 1) * sizeof(int));
    int count = 0, block = 0;
    for (int i = 0; i < n; i++) {
        const IRInst *in = &fn->insts.data[i];
        calls_before[i] = count;
        if (call_like(in))
            count++;
        if (in->op == OP_LABEL)
            block++;
        switch (in->op) {
        case OP_CALL:
        case OP_SYSCALL: {
            const IRCall *c = in->aux;
            for (int k = 0; k < c->nargs; k++)
                note_use(a, c->args[k], i, block);
            note_use(a, c->callee, i, block);
            note_use(a, c->ret_addr, i, block);
            break;
        }
        default:
            note_use(a, in->a, i, block);
            note_use(a, in->b, i, block);
            break;
        }
        if (in->dst) {
            a->v[in->dst].def = i;
            a->v[in->dst].last_use = i;
            a->v[in->dst].type = in->type;
            a->v[in->dst].block = block;
        }
    }
    calls_before[n] = count;
    for (uint32_t v = 1; v <= fn->nvregs; v++) {
        VInfo *vi = &a->v[v];
        if (vi->last_use > vi->def + 1)
            vi->crosses_call = calls_before[vi->last_use] - calls_before[vi->def + 1] > 0;
    }
}

int32_t ba_frame_alloc(BlockAlloc *a, int64_t size, int align) {
    if (align < 1)
        align = 1;
    a->frame = align_to(a->frame + size, align);
    if (a->frame > 0x7fff0000)
        fatal("stack frame of '%s' is too large", a->fn->name);
    return (int32_t)-a->frame;
}

void ba_block_start(BlockAlloc *a) {
    memset(a->gp_busy, 0, sizeof a->gp_busy);
    memset(a->fp_busy, 0, sizeof a->fp_busy);
}

static bool take_free(VInfo *vi, bool *busy, const int *pool, int n) {
    for (int k = 0; k < n; k++) {
        if (!busy[pool[k]]) {
            busy[pool[k]] = true;
            vi->loc = LOC_REG;
            vi->reg = (int8_t)pool[k];
            return true;
        }
    }
    return false;
}

void ba_alloc(BlockAlloc *a, uint32_t v) {
    VInfo *vi = &a->v[v];
    const RegPools *p = a->pools;
    if (vi->loc != LOC_NONE)
        return;
    if (!vi->multi_block) {
        if (ba_is_fp(vi->type)) {
            if (!vi->crosses_call && take_free(vi, a->fp_busy, p->fp, p->n_fp))
                return;
        } else {
            if (!vi->crosses_call && take_free(vi, a->gp_busy, p->gp_caller, p->n_gp_caller))
                return;
            /* at -O0 no callee-saved register is used, as with gcc: frames then save only the
               frame pointer, and debuggers show the same frames for both */
            if (a->opt_level > 0 && take_free(vi, a->gp_busy, p->gp_callee, p->n_gp_callee)) {
                a->callee_used |= 1u << vi->reg;
                return;
            }
        }
    }
    vi->loc = LOC_STACK;
    vi->off = ba_frame_alloc(a, 8, 8);
}

void ba_release(BlockAlloc *a, uint32_t v) {
    VInfo *vi = &a->v[v];
    if (vi->loc == LOC_REG) {
        if (ba_is_fp(vi->type))
            a->fp_busy[vi->reg] = false;
        else
            a->gp_busy[vi->reg] = false;
    }
}

static void release_if_last(BlockAlloc *a, uint32_t v) {
    if (v && a->v[v].last_use == a->cur)
        ba_release(a, v);
}

void ba_release_operands(BlockAlloc *a, const IRInst *in) {
    switch (in->op) {
    case OP_CALL:
    case OP_SYSCALL: {
        const IRCall *c = in->aux;
        for (int k = 0; k < c->nargs; k++)
            release_if_last(a, c->args[k]);
        release_if_last(a, c->callee);
        release_if_last(a, c->ret_addr);
        break;
    }
    default:
        /* the same vreg may be both operands */
        release_if_last(a, in->a);
        if (in->b != in->a)
            release_if_last(a, in->b);
        break;
    }
}

void parallel_move(ParMove *moves, int n, Arena *arena, const ParMoveOps *ops) {
    bool *done = arena_zalloc(arena, (size_t)n + 1);
    /* register sources first, in an order that never overwrites a pending source */
    for (;;) {
        bool progress = false, left = false;
        for (int i = 0; i < n; i++) {
            int src = moves[i].src_reg;
            if (done[i] || src < 0)
                continue;
            if (src == moves[i].dst) {
                done[i] = true;
                continue;
            }
            left = true;
            bool blocked = false;
            for (int j = 0; j < n && !blocked; j++)
                if (j != i && !done[j] && moves[j].fp == moves[i].fp && moves[j].src_reg == moves[i].dst)
                    blocked = true;
            if (!blocked) {
                ops->emit(ops->ctx, i);
                done[i] = true;
                progress = true;
            }
        }
        if (!left)
            break;
        if (!progress) {
            /* a cycle: park one source in a scratch register */
            for (int i = 0; i < n; i++) {
                if (done[i] || moves[i].src_reg < 0)
                    continue;
                ops->park(ops->ctx, moves[i].fp, moves[i].src_reg, &moves[i].src_reg);
                break;
            }
        }
    }
    /* then the sources in memory, constants and addresses */
    for (int i = 0; i < n; i++)
        if (!done[i])
            ops->emit(ops->ctx, i);
}

void mc_line_row(MachineCode *mc, SrcLoc *last, SrcLoc loc, uint32_t pc) {
    if (!loc.line)
        return;
    if (loc.line == last->line && loc.file == last->file && loc.col == last->col)
        return;
    *last = loc;
    LineRow r;
    r.pc = pc;
    r.loc = loc;
    r.flags = LINE_STMT;
    if (mc->lines.len && vec_last(&mc->lines).pc == r.pc)
        vec_last(&mc->lines) = r;
    else
        vec_push(&mc->lines, r);
}

void mc_join_body(MachineCode *out, MachineCode *body, const IRFunc *fn, uint32_t params_end,
                  const int32_t *slot_off, const bool *slot_indirect, int cfa_from_fp, uint32_t *inst_pc) {
    uint32_t shift = (uint32_t)out->code.len;
    buf_append(&out->code, body->code.data, body->code.len);
    for (int i = 0; i < body->relocs.len; i++) {
        Reloc r = body->relocs.data[i];
        r.offset += shift;
        vec_push(&out->relocs, r);
    }
    /* line rows: the prologue belongs to the function's line; the body starts after it */
    LineRow first;
    first.pc = 0;
    first.loc = fn->loc;
    first.flags = LINE_STMT;
    vec_push(&out->lines, first);
    for (int i = 0; i < body->lines.len; i++) {
        LineRow r = body->lines.data[i];
        r.pc += shift;
        if (r.pc == 0)
            continue;
        vec_push(&out->lines, r);
    }
    out->prologue_end = shift + params_end;
    out->slot_offsets = xcalloc((size_t)fn->slots.len + 1, sizeof(int64_t));
    out->slot_indirect = xcalloc((size_t)fn->slots.len + 1, sizeof(bool));
    for (int i = 0; i < fn->slots.len; i++) {
        out->slot_offsets[i] = slot_off[i] - cfa_from_fp;
        out->slot_indirect[i] = slot_indirect[i];
    }
    for (int i = 0; i <= fn->insts.len; i++)
        inst_pc[i] += shift;
    out->inst_pc = inst_pc;
}
