/* Static initializers: the bytes of an object with static storage, in target byte order, and
   relocations for the addresses it holds. */
#include "compile.h"

typedef struct DataWriter {
    CompileUnit *cu;
    uint8_t *base;
    DataRelocs *relocs;
    bool ok;
} DataWriter;

static bool eval_float(Node *n, double *out) {
    int64_t v;
    switch (n->kind) {
    case ND_FNUM:
        *out = n->fval;
        return true;
    case ND_CAST:
        if (is_flonum(n->lhs->type)) {
            if (!eval_float(n->lhs, out))
                return false;
        } else if (is_integer(n->lhs->type) && eval_int(n->lhs, &v)) {
            *out = is_unsigned(n->lhs->type) ? (double)(uint64_t)v : (double)v;
        } else {
            return false;
        }
        if (n->type->kind == TY_FLOAT)
            *out = (double)(float)*out;
        return true;
    case ND_NEG:
        if (!eval_float(n->lhs, out))
            return false;
        *out = -*out;
        return true;
    case ND_ADD:
    case ND_SUB:
    case ND_MUL:
    case ND_DIV: {
        double a, b;
        if (!eval_float(n->lhs, &a) || !eval_float(n->rhs, &b))
            return false;
        if (n->type->kind == TY_FLOAT) {
            float fa = (float)a, fb = (float)b;
            *out = n->kind == ND_ADD ? fa + fb : n->kind == ND_SUB ? fa - fb : n->kind == ND_MUL ? fa * fb : fa / fb;
        } else {
            *out = n->kind == ND_ADD ? a + b : n->kind == ND_SUB ? a - b : n->kind == ND_MUL ? a * b : a / b;
        }
        return true;
    }
    case ND_COND:
        if (!eval_int(n->cond, &v))
            return false;
        return eval_float(v ? n->then : n->els, out);
    default:
        if (is_integer(n->type) && eval_int(n, &v)) {
            *out = is_unsigned(n->type) ? (double)(uint64_t)v : (double)v;
            return true;
        }
        return false;
    }
}

static bool eval_address(DataWriter *w, Node *n, uint32_t *sym, int64_t *addend);

/* the address of an lvalue with static storage */
static bool eval_lvalue_address(DataWriter *w, Node *n, uint32_t *sym, int64_t *addend) {
    switch (n->kind) {
    case ND_VAR:
        if (n->obj->is_local || n->obj->is_tls)
            return false;
        *sym = cu_symbol(w->cu, n->obj);
        *addend = 0;
        return true;
    case ND_STR:
        *sym = cu_string(w->cu, n->str_data, n->str_len, type_align(n->type->base));
        *addend = 0;
        return true;
    case ND_MEMBER:
        if (!eval_lvalue_address(w, n->lhs, sym, addend))
            return false;
        *addend += n->member->offset;
        return true;
    case ND_DEREF:
        return eval_address(w, n->lhs, sym, addend);
    case ND_CAST:
        if (is_record(n->type))
            return eval_lvalue_address(w, n->lhs, sym, addend);
        return false;
    default:
        return false;
    }
}

/* An address constant: a symbol plus an addend, or an integer (sym 0). */
static bool eval_address(DataWriter *w, Node *n, uint32_t *sym, int64_t *addend) {
    int64_t v;
    if (is_integer(n->type) && n->kind != ND_CAST && n->kind != ND_ADD && n->kind != ND_SUB && eval_int(n, &v)) {
        *sym = 0;
        *addend = v;
        return true;
    }
    switch (n->kind) {
    case ND_NUM:
        *sym = 0;
        *addend = n->val;
        return true;
    case ND_ADDR:
        return eval_lvalue_address(w, n->lhs, sym, addend);
    case ND_CAST:
        if (n->lhs->type->kind == TY_PTR || is_integer(n->lhs->type) || n->lhs->type->kind == TY_ARRAY) {
            /* only conversions that keep the whole address */
            if (is_integer(n->type) && type_size(n->type) < types_target()->ptr_size) {
                if (!eval_int(n, &v))
                    return false;
                *sym = 0;
                *addend = v;
                return true;
            }
            return eval_address(w, n->lhs, sym, addend);
        }
        return false;
    case ND_PTR_ADD:
    case ND_PTR_SUB: {
        int64_t k;
        if (!eval_address(w, n->lhs, sym, addend) || !eval_int(n->rhs, &k))
            return false;
        Type *b = n->lhs->type->base;
        int64_t size = b->kind == TY_VOID || b->kind == TY_FUNC ? 1 : type_size(b);
        *addend += (n->kind == ND_PTR_ADD ? k : -k) * size;
        return true;
    }
    case ND_ADD:
    case ND_SUB: {
        uint32_t s2;
        int64_t a2;
        if (!eval_address(w, n->lhs, sym, addend) || !eval_address(w, n->rhs, &s2, &a2))
            return false;
        if (s2 && (n->kind == ND_SUB || *sym))
            return false;
        if (s2)
            *sym = s2;
        *addend = n->kind == ND_ADD ? *addend + a2 : *addend - a2;
        return true;
    }
    case ND_COND:
        if (!eval_int(n->cond, &v))
            return false;
        return eval_address(w, v ? n->then : n->els, sym, addend);
    case ND_COMMA:
        return eval_address(w, n->rhs, sym, addend);
    case ND_VAR:
        if (n->obj->kind == OBJ_FUNC || n->type->kind == TY_ARRAY)
            return eval_lvalue_address(w, n, sym, addend);
        return false;
    default:
        return false;
    }
}

static void write_scalar(DataWriter *w, Type *t, Node *e, int64_t off) {
    const Target *tg = w->cu->target;
    int64_t size = type_size(t);
    if (is_flonum(t)) {
        double d;
        if (!eval_float(e, &d)) {
            error_at(e->loc, "initializer element is not constant");
            w->ok = false;
            return;
        }
        if (t->kind == TY_FLOAT) {
            float f = (float)d;
            uint32_t bits;
            memcpy(&bits, &f, 4);
            put_uint(w->base + off, bits, 4, tg->big_endian);
        } else {
            uint64_t bits;
            memcpy(&bits, &d, 8);
            put_uint(w->base + off, bits, 8, tg->big_endian);
        }
        return;
    }
    uint32_t sym;
    int64_t addend;
    if (!eval_address(w, e, &sym, &addend)) {
        error_at(e->loc, "initializer element is not constant");
        w->ok = false;
        return;
    }
    if (sym) {
        if (size != tg->ptr_size) {
            error_at(e->loc, "initializer element is not computable at load time");
            w->ok = false;
            return;
        }
        IRDataReloc r;
        r.offset = off;
        r.sym = sym;
        r.addend = addend;
        vec_push(w->relocs, r);
        return;
    }
    if (t->kind == TY_BOOL)
        addend = addend != 0;
    put_uint(w->base + off, (uint64_t)addend, (int)size, tg->big_endian);
}

static void write_init(DataWriter *w, Type *t, Initializer *in, int64_t off) {
    if (!in)
        return;
    if (in->is_string) {
        int64_t n = in->expr->str_len;
        if (n > type_size(t))
            n = type_size(t);
        memcpy(w->base + off, in->expr->str_data, (size_t)n);
        return;
    }
    if (in->expr) {
        if (is_record(t)) {
            error_at(in->expr->loc, "initializer element is not constant");
            w->ok = false;
            return;
        }
        write_scalar(w, t, in->expr, off);
        return;
    }
    if (t->kind == TY_ARRAY) {
        int64_t es = type_size(t->base);
        for (int64_t i = 0; i < in->nchildren; i++)
            if (in->children[i])
                write_init(w, t->base, in->children[i], off + i * es);
        return;
    }
    if (!is_record(t))
        return;
    int i = 0;
    for (Member *m = t->rec->members; m; m = m->next, i++) {
        Initializer *c = t->kind == TY_UNION ? (m == in->union_member ? in->children[0] : NULL) : in->children[i];
        if (!c)
            continue;
        if (!m->is_bitfield) {
            write_init(w, m->type, c, off + m->offset);
            continue;
        }
        if (!c->expr)
            continue;
        int64_t v;
        if (!eval_int(c->expr, &v)) {
            error_at(c->expr->loc, "initializer element is not constant");
            w->ok = false;
            continue;
        }
        bool be = w->cu->target->big_endian;
        uint8_t *unit = w->base + off + m->offset;
        uint64_t cur = get_uint(unit, m->access_size, be);
        uint64_t mask = (m->bit_width == 64 ? ~(uint64_t)0 : (((uint64_t)1 << m->bit_width) - 1)) << m->bit_shift;
        cur = (cur & ~mask) | (((uint64_t)v << m->bit_shift) & mask);
        put_uint(unit, cur, m->access_size, be);
    }
}

bool static_init_data(CompileUnit *cu, Type *type, Initializer *init, Buf *bytes, DataRelocs *relocs) {
    int64_t size = type_size(type);
    buf_zeros(bytes, (size_t)size);
    DataWriter w;
    w.cu = cu;
    w.base = bytes->data;
    w.relocs = relocs;
    w.ok = true;
    write_init(&w, type, init, 0);
    return w.ok;
}
