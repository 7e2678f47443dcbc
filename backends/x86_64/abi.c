#include "abi.h"

static ArgClass merge(ArgClass a, ArgClass b) {
    if (a == b || b == CLASS_NONE)
        return a;
    if (a == CLASS_NONE)
        return b;
    if (a == CLASS_MEM || b == CLASS_MEM)
        return CLASS_MEM;
    if (a == CLASS_INT || b == CLASS_INT)
        return CLASS_INT;
    return CLASS_SSE;
}

/* Classifies every scalar inside t at byte offset off; false if some field is unaligned. */
static bool classify_fields(Type *t, int64_t off, ArgClass cls[2]) {
    if (t->kind == TY_ARRAY) {
        int64_t es = type_size(t->base);
        for (int64_t i = 0; i < t->array_len; i++)
            if (!classify_fields(t->base, off + i * es, cls))
                return false;
        return true;
    }
    if (is_record(t)) {
        for (Member *m = t->rec->members; m; m = m->next) {
            if (m->is_bitfield) {
                if (m->bit_width == 0)
                    continue;
                int64_t first = (off * 8 + m->bit_pos) / 64;
                int64_t last = (off * 8 + m->bit_pos + m->bit_width - 1) / 64;
                for (int64_t k = first; k <= last && k < 2; k++)
                    cls[k] = merge(cls[k], CLASS_INT);
                continue;
            }
            if ((off + m->offset) % type_align(m->type))
                return false;
            if (!classify_fields(m->type, off + m->offset, cls))
                return false;
        }
        return true;
    }
    int64_t k = off / 8;
    if (k > 1)
        return false;
    cls[k] = merge(cls[k], is_flonum(t) ? CLASS_SSE : CLASS_INT);
    return true;
}

void sysv_classify(Type *t, ArgInfo *out) {
    memset(out, 0, sizeof *out);
    out->size = type_size(t);
    out->align = type_align(t);
    if (!is_record(t)) {
        out->neightbytes = 1;
        out->cls[0] = is_flonum(t) ? CLASS_SSE : CLASS_INT;
        return;
    }
    if (out->size > 16 || out->size == 0) {
        out->in_memory = out->size > 16;
        out->neightbytes = 0;
        return;
    }
    ArgClass cls[2] = {CLASS_NONE, CLASS_NONE};
    if (!classify_fields(t, 0, cls)) {
        out->in_memory = true;
        return;
    }
    out->neightbytes = out->size > 8 ? 2 : 1;
    for (int i = 0; i < out->neightbytes; i++) {
        if (cls[i] == CLASS_MEM) {
            out->in_memory = true;
            out->neightbytes = 0;
            return;
        }
        /* an eightbyte of padding only travels in an integer register */
        out->cls[i] = cls[i] == CLASS_NONE ? CLASS_INT : cls[i];
    }
}
