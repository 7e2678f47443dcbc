#include "abi.h"

/* The floating-point base type of a homogeneous aggregate: every scalar inside t is the same
   float or double. Returns 0 if t is not one (size of the member otherwise); *count grows by
   the members found. */
static int hfa_member(Type *t, int *count) {
    if (is_flonum(t)) {
        (*count)++;
        return (int)type_size(t);
    }
    if (t->kind == TY_ARRAY) {
        if (t->array_len <= 0)
            return 0;
        int before = *count;
        int m = hfa_member(t->base, count);
        if (!m)
            return 0;
        *count = before + (*count - before) * (int)t->array_len;
        return m;
    }
    if (!is_record(t))
        return 0;
    /* a union counts as many members as fit its size (its members overlap) */
    bool is_union = t->kind == TY_UNION;
    int before = *count, base = 0;
    for (Member *mb = t->rec->members; mb; mb = mb->next) {
        if (mb->is_bitfield)
            return 0;
        int m = hfa_member(mb->type, count);
        if (!m || (base && m != base))
            return 0;
        base = m;
    }
    if (is_union && base)
        *count = before + (int)(type_size(t) / base);
    return base;
}

void aapcs64_classify(Type *t, ArgClass *out) {
    memset(out, 0, sizeof *out);
    out->size = type_size(t);
    out->align = type_align(t);
    if (!is_record(t)) {
        out->kind = is_flonum(t) ? PASS_FP : PASS_GP;
        out->nregs = 1;
        out->member_size = (int)out->size;
        return;
    }
    if (out->size == 0) {
        out->kind = PASS_NONE;
        return;
    }
    int count = 0;
    int m = hfa_member(t, &count);
    if (m && count >= 1 && count <= 4 && (int64_t)count * m == out->size) {
        out->kind = PASS_FP;
        out->nregs = count;
        out->member_size = m;
        return;
    }
    if (out->size > 16) {
        out->kind = PASS_INDIRECT;
        out->nregs = 1;
        return;
    }
    out->kind = PASS_GP;
    out->nregs = (int)((out->size + 7) / 8);
}
