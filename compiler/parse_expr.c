/* Expressions: parsing, typing, implicit conversions and constant folding. */
#include "parser.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static Node *cast_expr(Parser *p);
static Node *unary(Parser *p);

/* ---- helpers ---- */

int64_t wrap_int(int64_t v, Type *t) {
    t = enum_underlying(t);
    if (t->kind == TY_BOOL)
        return v != 0;
    int64_t size = t->kind == TY_PTR ? types_target()->ptr_size : t->size;
    if (size >= 8)
        return v;
    int bits = (int)size * 8;
    uint64_t mask = ((uint64_t)1 << bits) - 1;
    uint64_t u = (uint64_t)v & mask;
    if (!is_unsigned(t) && (u >> (bits - 1)))
        u |= ~mask;
    return (int64_t)u;
}

Node *new_num(Parser *p, int64_t v, Type *t, SrcLoc loc) {
    Node *n = new_node(p, ND_NUM, loc);
    n->val = wrap_int(v, t);
    n->type = t;
    return n;
}

static Node *new_fnum(Parser *p, double v, Type *t, SrcLoc loc) {
    Node *n = new_node(p, ND_FNUM, loc);
    n->fval = t->kind == TY_FLOAT ? (double)(float)v : v;
    n->type = t;
    return n;
}

static Node *new_unary(Parser *p, NodeKind kind, Node *lhs, Type *t, SrcLoc loc) {
    Node *n = new_node(p, kind, loc);
    n->lhs = lhs;
    n->type = t;
    return n;
}

static Node *new_binary(Parser *p, NodeKind kind, Node *lhs, Node *rhs, Type *t, SrcLoc loc) {
    Node *n = new_node(p, kind, loc);
    n->lhs = lhs;
    n->rhs = rhs;
    n->type = t;
    return n;
}

static bool is_lvalue(Node *n) {
    switch (n->kind) {
    case ND_VAR:
        return n->obj->kind == OBJ_VAR;
    case ND_DEREF:
    case ND_STR:
    case ND_COMPOUND_LIT:
        return true;
    case ND_MEMBER:
        return is_lvalue(n->lhs) || n->lhs->kind == ND_CALL || n->lhs->kind == ND_MEMBER || n->lhs->kind == ND_COND ||
               n->lhs->kind == ND_ASSIGN || n->lhs->kind == ND_COMMA;
    default:
        return false;
    }
}

Node *rvalue(Parser *p, Node *n) {
    /* a bit-field narrower than int promotes to int, whatever its declared type */
    if (n->kind == ND_MEMBER && n->member->is_bitfield && n->member->bit_width < 32 && int_rank(n->type) <= 4)
        return convert(p, n, ty_int);
    if (n->type->kind == TY_ARRAY) {
        Node *a = new_unary(p, ND_ADDR, n, pointer_to(n->type->base), n->loc);
        return a;
    }
    if (n->type->kind == TY_FUNC)
        return new_unary(p, ND_ADDR, n, pointer_to(n->type), n->loc);
    return n;
}

bool is_null_pointer_constant(Node *n) {
    int64_t v;
    while (n->kind == ND_CAST && n->type->kind == TY_PTR && n->type->base->kind == TY_VOID && !n->type->base->qual)
        n = n->lhs;
    return is_integer(n->type) && eval_int(n, &v) && v == 0;
}

static bool fits_type(double d, Type *t) {
    if (d != d)
        return false;
    int64_t size = enum_underlying(t)->size;
    if (t->kind == TY_BOOL)
        return true;
    if (is_unsigned(t)) {
        double max = size >= 8 ? 18446744073709551616.0 : (double)((uint64_t)1 << (size * 8));
        return d > -1.0 && d < max;
    }
    double lim = size >= 8 ? 9223372036854775808.0 : (double)((uint64_t)1 << (size * 8 - 1));
    return d >= -lim && d < lim;
}

Node *convert(Parser *p, Node *n, Type *to) {
    Type *from = n->type;
    if (to->kind == TY_VOID) {
        Node *c = new_unary(p, ND_CAST, n, ty_void, n->loc);
        return c;
    }
    if (from->unqual == to->unqual && !is_record(to))
        return n;
    if (is_record(to) || is_record(from)) {
        if (is_record(to) && is_record(from) && types_compatible(unqualified(from), unqualified(to)))
            return n;
    }
    /* fold conversions of constants */
    if (n->kind == ND_NUM && is_integer(to)) {
        if (to->kind == TY_BOOL)
            return new_num(p, n->val != 0, to, n->loc);
        return new_num(p, n->val, to, n->loc);
    }
    if (n->kind == ND_NUM && is_flonum(to)) {
        double d = is_unsigned(n->type) ? (double)(uint64_t)n->val : (double)n->val;
        return new_fnum(p, d, to, n->loc);
    }
    if (n->kind == ND_FNUM && is_flonum(to))
        return new_fnum(p, n->fval, to, n->loc);
    if (n->kind == ND_FNUM && is_integer(to) && (to->kind == TY_BOOL || fits_type(n->fval, to))) {
        if (to->kind == TY_BOOL)
            return new_num(p, n->fval != 0, to, n->loc);
        int64_t v = is_unsigned(to) && n->fval >= 9223372036854775808.0
                        ? (int64_t)(uint64_t)n->fval
                        : (int64_t)n->fval;
        return new_num(p, v, to, n->loc);
    }
    Node *c = new_unary(p, ND_CAST, n, to, n->loc);
    return c;
}

static bool pointee_compatible_ignoring_quals(Type *a, Type *b) {
    return types_compatible(unqualified(a), unqualified(b));
}

/* How diagnostics name the conversion; "passing argument N" is formatted into buf (32 bytes). */
static const char *conversion_name(ConvKind kind, int arg, char *buf) {
    switch (kind) {
    case CONV_ASSIGN: return "assignment";
    case CONV_INIT: return "initialization";
    case CONV_RETURN: return "return";
    case CONV_ARG: break;
    }
    snprintf(buf, 32, "passing argument %d", arg);
    return buf;
}

/* Conversion as if by assignment (C11 6.5.16.1), with gcc's default warnings. */
Node *assign_convert(Parser *p, Node *n, Type *to, ConvKind kind, int arg) {
    Type *from = n->type;
    SrcLoc loc = n->loc;
    char name_buf[32];
    if (to->kind == TY_VOID)
        return n;
    if (is_arith(to) && is_arith(from)) {
        /* -Woverflow: a constant that changes value */
        if (n->kind == ND_NUM && is_integer(to) && to->kind != TY_BOOL && wrap_int(n->val, to) != n->val) {
            bool negative_to_unsigned = is_unsigned(to) && n->val < 0 && !is_unsigned(from) &&
                                        n->val >= -((int64_t)1 << (to->size * 8 - 1 < 63 ? to->size * 8 - 1 : 62));
            if (!negative_to_unsigned)
                warn_at(loc, "overflow in conversion from '%s' to '%s' changes value from '%lld' to '%lld'",
                        type_to_string(from), type_to_string(to), (long long)n->val,
                        (long long)wrap_int(n->val, to));
        }
        return convert(p, n, to);
    }
    if (to->kind == TY_BOOL && from->kind == TY_PTR)
        return convert(p, n, to);
    if (to->kind == TY_PTR) {
        if (from->kind == TY_PTR) {
            Type *tb = to->base, *fb = from->base;
            bool ok = tb->kind == TY_VOID || fb->kind == TY_VOID || pointee_compatible_ignoring_quals(tb, fb);
            if (!ok)
                warn_at(loc, "incompatible pointer types in %s: '%s' from '%s'",
                        conversion_name(kind, arg, name_buf), type_to_string(to), type_to_string(from));
            else if ((fb->qual & ~tb->qual) & (Q_CONST | Q_VOLATILE))
                warn_at(loc, "%s discards '%s' qualifier from pointer target type",
                        conversion_name(kind, arg, name_buf), (fb->qual & ~tb->qual & Q_CONST) ? "const" : "volatile");
            return convert(p, n, to);
        }
        if (is_integer(from)) {
            if (!is_null_pointer_constant(n))
                warn_at(loc, "%s makes pointer from integer without a cast", conversion_name(kind, arg, name_buf));
            return convert(p, n, to);
        }
    }
    if (is_integer(to) && from->kind == TY_PTR) {
        warn_at(loc, "%s makes integer from pointer without a cast", conversion_name(kind, arg, name_buf));
        return convert(p, n, to);
    }
    if (is_record(to) && is_record(from) && types_compatible(unqualified(to), unqualified(from)))
        return n;
    if (from->kind == TY_VOID) {
        error_at(loc, "void value not ignored as it ought to be");
        return new_num(p, 0, is_scalar(to) ? to : ty_int, loc);
    }
    error_at(loc, "incompatible types when %s type '%s' using type '%s'",
             kind == CONV_INIT     ? "initializing"
             : kind == CONV_RETURN ? "returning"
             : kind == CONV_ASSIGN ? "assigning to"
                                   : "passing argument of",
             type_to_string(to), type_to_string(from));
    return new_num(p, 0, is_scalar(to) ? to : ty_int, loc);
}

Node *to_bool_cond(Parser *p, Node *n, const char *what) {
    n = rvalue(p, n);
    if (!is_scalar(n->type)) {
        error_at(n->loc, "used %s type value where scalar is required", type_to_string(n->type));
        return new_num(p, 0, ty_int, n->loc);
    }
    (void)what;
    return n;
}

/* ---- constant evaluation ---- */

static bool eval_addr_offset(Node *n, int64_t *off) {
    /* &((T *)K)->m... : the address computed from an integer constant */
    switch (n->kind) {
    case ND_MEMBER: {
        int64_t base;
        if (n->member->is_bitfield)
            return false;
        if (!eval_addr_offset(n->lhs, &base))
            return false;
        *off = base + n->member->offset;
        return true;
    }
    case ND_DEREF:
        return eval_int(n->lhs, off);
    default:
        return false;
    }
}

bool eval_int(Node *n, int64_t *out) {
    int64_t a, b;
    Type *t = n->type;
    switch (n->kind) {
    case ND_NUM:
        *out = n->val;
        return true;
    case ND_CAST:
        if (is_integer(t) || t->kind == TY_PTR) {
            if (is_integer(n->lhs->type) || n->lhs->type->kind == TY_PTR) {
                if (!eval_int(n->lhs, &a))
                    return false;
                *out = t->kind == TY_BOOL ? a != 0 : wrap_int(a, t);
                return true;
            }
            if (n->lhs->kind == ND_FNUM && is_integer(t)) {
                *out = wrap_int((int64_t)n->lhs->fval, t);
                return true;
            }
        }
        return false;
    case ND_ADDR:
        return eval_addr_offset(n->lhs, out);
    case ND_NEG:
        if (!eval_int(n->lhs, &a))
            return false;
        *out = wrap_int((int64_t)(0 - (uint64_t)a), t);
        return true;
    case ND_BITNOT:
        if (!eval_int(n->lhs, &a))
            return false;
        *out = wrap_int(~a, t);
        return true;
    case ND_NOT:
        if (!eval_int(n->lhs, &a))
            return false;
        *out = !a;
        return true;
    case ND_LOGAND:
        if (!eval_int(n->lhs, &a))
            return false;
        if (!a) {
            *out = 0;
            return true;
        }
        if (!eval_int(n->rhs, &b))
            return false;
        *out = b != 0;
        return true;
    case ND_LOGOR:
        if (!eval_int(n->lhs, &a))
            return false;
        if (a) {
            *out = 1;
            return true;
        }
        if (!eval_int(n->rhs, &b))
            return false;
        *out = b != 0;
        return true;
    case ND_COND:
        if (!eval_int(n->cond, &a))
            return false;
        return eval_int(a ? n->then : n->els, out);
    default: /* a comma expression is never constant: its left operand may have effects */
        break;
    }
    if (n->kind == ND_COMMA || !n->lhs || !n->rhs || !is_integer(t))
        return false;
    if (!eval_int(n->lhs, &a) || !eval_int(n->rhs, &b))
        return false;
    Type *ot = n->lhs->type;
    bool u = is_unsigned(ot) || ot->kind == TY_PTR;
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    int64_t r;
    switch (n->kind) {
    case ND_ADD: r = (int64_t)(ua + ub); break;
    case ND_SUB: r = (int64_t)(ua - ub); break;
    case ND_MUL: r = (int64_t)(ua * ub); break;
    case ND_DIV:
    case ND_MOD:
        if (b == 0)
            return false;
        if (u) {
            uint64_t x = (uint64_t)wrap_int(a, ot), y = (uint64_t)wrap_int(b, ot);
            if (type_size(ot) < 8) {
                x &= ((uint64_t)1 << (type_size(ot) * 8)) - 1;
                y &= ((uint64_t)1 << (type_size(ot) * 8)) - 1;
            }
            r = (int64_t)(n->kind == ND_DIV ? x / y : x % y);
        } else if (a == INT64_MIN && b == -1) {
            r = n->kind == ND_DIV ? INT64_MIN : 0;
        } else {
            r = n->kind == ND_DIV ? a / b : a % b;
        }
        break;
    case ND_BITAND: r = a & b; break;
    case ND_BITOR: r = a | b; break;
    case ND_BITXOR: r = a ^ b; break;
    case ND_SHL:
        if (b < 0 || b >= 64)
            return false;
        r = (int64_t)(ua << b);
        break;
    case ND_SHR:
        if (b < 0 || b >= 64)
            return false;
        if (is_unsigned(t)) {
            uint64_t x = (uint64_t)a;
            if (type_size(t) < 8)
                x &= ((uint64_t)1 << (type_size(t) * 8)) - 1;
            r = (int64_t)(x >> b);
        } else {
            r = a < 0 ? ~(~a >> b) : a >> b;
        }
        break;
    case ND_EQ: r = a == b; break;
    case ND_NE: r = a != b; break;
    case ND_LT: r = u ? (uint64_t)wrap_int(a, ot) < (uint64_t)wrap_int(b, ot) : a < b; break;
    case ND_LE: r = u ? (uint64_t)wrap_int(a, ot) <= (uint64_t)wrap_int(b, ot) : a <= b; break;
    case ND_GT: r = u ? (uint64_t)wrap_int(a, ot) > (uint64_t)wrap_int(b, ot) : a > b; break;
    case ND_GE: r = u ? (uint64_t)wrap_int(a, ot) >= (uint64_t)wrap_int(b, ot) : a >= b; break;
    default:
        return false;
    }
    *out = wrap_int(r, t);
    return true;
}

/* Folds a freshly built integer operation when its operands are constants. */
static Node *fold(Parser *p, Node *n) {
    int64_t v;
    if (is_integer(n->type) && n->kind != ND_NUM && (n->lhs == NULL || n->lhs->kind == ND_NUM) &&
        (n->rhs == NULL || n->rhs->kind == ND_NUM) && n->kind != ND_CAST && eval_int(n, &v))
        return new_num(p, v, n->type, n->loc);
    return n;
}

static bool fold_float(Node *n, double *out) {
    if (n->kind == ND_FNUM) {
        *out = n->fval;
        return true;
    }
    return false;
}

/* ---- arithmetic operators ---- */

static void binary_error(Parser *p, SrcLoc loc, const char *op, Node *l, Node *r) {
    (void)p;
    error_at(loc, "invalid operands to binary %s (have '%s' and '%s')", op, type_to_string(l->type),
             type_to_string(r->type));
}

static const char *op_spelling(NodeKind k) {
    switch (k) {
    case ND_ADD: return "+";
    case ND_SUB: return "-";
    case ND_MUL: return "*";
    case ND_DIV: return "/";
    case ND_MOD: return "%";
    case ND_BITAND: return "&";
    case ND_BITOR: return "|";
    case ND_BITXOR: return "^";
    case ND_SHL: return "<<";
    case ND_SHR: return ">>";
    case ND_EQ: return "==";
    case ND_NE: return "!=";
    case ND_LT: return "<";
    case ND_LE: return "<=";
    case ND_GT: return ">";
    case ND_GE: return ">=";
    default: return "?";
    }
}

static Node *float_fold(Parser *p, NodeKind kind, Node *l, Node *r, Type *t, SrcLoc loc) {
    double a, b;
    if (!fold_float(l, &a) || !fold_float(r, &b))
        return NULL;
    double v;
    switch (kind) {
    case ND_ADD: v = a + b; break;
    case ND_SUB: v = a - b; break;
    case ND_MUL: v = a * b; break;
    case ND_DIV: v = a / b; break;
    default: return NULL;
    }
    if (t->kind == TY_FLOAT)
        v = (double)((float)a + 0.0f) == a && (double)((float)b + 0.0f) == b
                ? (double)(kind == ND_ADD ? (float)a + (float)b
                           : kind == ND_SUB ? (float)a - (float)b
                           : kind == ND_MUL ? (float)a * (float)b
                                            : (float)a / (float)b)
                : v;
    return new_fnum(p, v, t, loc);
}

static Node *arith(Parser *p, NodeKind kind, Node *l, Node *r, SrcLoc loc) {
    l = rvalue(p, l);
    r = rvalue(p, r);
    bool int_only = kind == ND_MOD || kind == ND_BITAND || kind == ND_BITOR || kind == ND_BITXOR;
    if (!is_arith(l->type) || !is_arith(r->type) || (int_only && (!is_integer(l->type) || !is_integer(r->type)))) {
        binary_error(p, loc, op_spelling(kind), l, r);
        return new_num(p, 0, ty_int, loc);
    }
    Type *t = common_arith_type(l->type, r->type);
    l = convert(p, l, t);
    r = convert(p, r, t);
    if ((kind == ND_DIV || kind == ND_MOD) && is_integer(t) && r->kind == ND_NUM && r->val == 0)
        warn_at(loc, "division by zero");
    if (is_flonum(t)) {
        Node *f = float_fold(p, kind, l, r, t, loc);
        if (f)
            return f;
    }
    Node *n = new_binary(p, kind, l, r, t, loc);
    return fold(p, n);
}

static Node *shift(Parser *p, NodeKind kind, Node *l, Node *r, SrcLoc loc) {
    l = rvalue(p, l);
    r = rvalue(p, r);
    if (!is_integer(l->type) || !is_integer(r->type)) {
        binary_error(p, loc, op_spelling(kind), l, r);
        return new_num(p, 0, ty_int, loc);
    }
    Type *t = promote(l->type);
    l = convert(p, l, t);
    r = convert(p, r, promote(r->type));
    if (r->kind == ND_NUM && (r->val < 0 || r->val >= t->size * 8))
        warn_at(loc, r->val < 0 ? "%s shift count is negative" : "%s shift count >= width of type",
                kind == ND_SHL ? "left" : "right");
    return fold(p, new_binary(p, kind, l, r, t, loc));
}

static Type *ptrdiff_type(void) {
    return types_target()->ptr_size == 8 ? ty_long : ty_int;
}

static Type *size_type(void) {
    return types_target()->ptr_size == 8 ? ty_ulong : ty_uint;
}

static void check_pointer_arith(Parser *p, Type *pt, SrcLoc loc) {
    (void)p;
    Type *b = pt->base;
    if (b->kind == TY_FUNC || b->kind == TY_VOID)
        return; /* gcc extension: size 1 */
    if (!is_complete(b))
        error_at(loc, "arithmetic on pointer to an incomplete type '%s'", type_to_string(b));
}

static Node *add(Parser *p, Node *l, Node *r, SrcLoc loc) {
    l = rvalue(p, l);
    r = rvalue(p, r);
    if (is_arith(l->type) && is_arith(r->type))
        return arith(p, ND_ADD, l, r, loc);
    if (is_integer(l->type) && r->type->kind == TY_PTR) {
        Node *t = l;
        l = r;
        r = t;
    }
    if (l->type->kind == TY_PTR && is_integer(r->type)) {
        check_pointer_arith(p, l->type, loc);
        return new_binary(p, ND_PTR_ADD, l, convert(p, r, promote(r->type)), l->type, loc);
    }
    binary_error(p, loc, "+", l, r);
    return new_num(p, 0, ty_int, loc);
}

static Node *sub(Parser *p, Node *l, Node *r, SrcLoc loc) {
    l = rvalue(p, l);
    r = rvalue(p, r);
    if (is_arith(l->type) && is_arith(r->type))
        return arith(p, ND_SUB, l, r, loc);
    if (l->type->kind == TY_PTR && is_integer(r->type)) {
        check_pointer_arith(p, l->type, loc);
        return new_binary(p, ND_PTR_SUB, l, convert(p, r, promote(r->type)), l->type, loc);
    }
    if (l->type->kind == TY_PTR && r->type->kind == TY_PTR) {
        if (!pointee_compatible_ignoring_quals(l->type->base, r->type->base))
            error_at(loc, "invalid operands to binary - (have '%s' and '%s')", type_to_string(l->type),
                     type_to_string(r->type));
        check_pointer_arith(p, l->type, loc);
        return new_binary(p, ND_PTR_DIFF, l, r, ptrdiff_type(), loc);
    }
    binary_error(p, loc, "-", l, r);
    return new_num(p, 0, ty_int, loc);
}

static Node *compare(Parser *p, NodeKind kind, Node *l, Node *r, SrcLoc loc) {
    l = rvalue(p, l);
    r = rvalue(p, r);
    if (is_arith(l->type) && is_arith(r->type)) {
        Type *t = common_arith_type(l->type, r->type);
        l = convert(p, l, t);
        r = convert(p, r, t);
        if (is_flonum(t) && l->kind == ND_FNUM && r->kind == ND_FNUM) {
            double a = l->fval, b = r->fval;
            int v = kind == ND_EQ ? a == b : kind == ND_NE ? a != b : kind == ND_LT ? a < b
                    : kind == ND_LE ? a <= b : kind == ND_GT ? a > b : a >= b;
            return new_num(p, v, ty_int, loc);
        }
        return fold(p, new_binary(p, kind, l, r, ty_int, loc));
    }
    bool eq = kind == ND_EQ || kind == ND_NE;
    if (l->type->kind == TY_PTR && r->type->kind == TY_PTR) {
        Type *a = l->type->base, *b = r->type->base;
        if (!(eq && (a->kind == TY_VOID || b->kind == TY_VOID)) && !pointee_compatible_ignoring_quals(a, b) &&
            !is_null_pointer_constant(l) && !is_null_pointer_constant(r))
            warn_at(loc, "comparison of distinct pointer types lacks a cast");
        return new_binary(p, kind, l, r, ty_int, loc);
    }
    if (l->type->kind == TY_PTR && is_integer(r->type)) {
        if (!is_null_pointer_constant(r))
            warn_at(loc, "comparison between pointer and integer");
        return new_binary(p, kind, l, convert(p, r, l->type), ty_int, loc);
    }
    if (r->type->kind == TY_PTR && is_integer(l->type)) {
        if (!is_null_pointer_constant(l))
            warn_at(loc, "comparison between pointer and integer");
        return new_binary(p, kind, convert(p, l, r->type), r, ty_int, loc);
    }
    binary_error(p, loc, op_spelling(kind), l, r);
    return new_num(p, 0, ty_int, loc);
}

static Node *logical(Parser *p, NodeKind kind, Node *l, Node *r, SrcLoc loc) {
    l = to_bool_cond(p, l, NULL);
    r = to_bool_cond(p, r, NULL);
    Node *n = new_binary(p, kind, l, r, ty_int, loc);
    int64_t a;
    if (is_integer(l->type) && eval_int(l, &a)) {
        /* constant left operand: the result is known or is the right one's truth */
        if (kind == ND_LOGAND && !a)
            return new_num(p, 0, ty_int, loc);
        if (kind == ND_LOGOR && a)
            return new_num(p, 1, ty_int, loc);
    }
    return fold(p, n);
}

/* ---- assignment ---- */

static bool check_modifiable(Parser *p, Node *n, const char *what, SrcLoc op_loc) {
    (void)p;
    if (!is_lvalue(n)) {
        error_at(op_loc, "lvalue required as %s", what);
        return false;
    }
    if (n->type->kind == TY_ARRAY) {
        error_at(n->loc, "assignment to expression with array type");
        return false;
    }
    if (n->type->qual & Q_CONST) {
        if (n->kind == ND_VAR)
            error_at(n->loc, "assignment of read-only variable '%s'", n->obj->name->name);
        else if (n->kind == ND_MEMBER && n->member->name)
            error_at(n->loc, "assignment of read-only member '%s'", n->member->name->name);
        else
            error_at(n->loc, "assignment of read-only location");
        return false;
    }
    if (is_record(n->type) && n->type->rec->has_const) {
        error_at(n->loc, "assignment of read-only location (a member is const)");
        return false;
    }
    if (!is_complete(n->type)) {
        error_at(n->loc, "invalid use of incomplete type '%s'", type_to_string(n->type));
        return false;
    }
    return true;
}

static Node *assign(Parser *p, Node *l, Node *r, SrcLoc loc) {
    r = rvalue(p, r);
    if (!check_modifiable(p, l, "left operand of assignment", loc))
        return r;
    Node *n = new_binary(p, ND_ASSIGN, l, assign_convert(p, r, unqualified(l->type), CONV_ASSIGN, 0),
                         unqualified(l->type), loc);
    return n;
}

static Node *op_assign(Parser *p, NodeKind op, Node *l, Node *r, SrcLoc loc) {
    r = rvalue(p, r);
    if (!check_modifiable(p, l, "left operand of assignment", loc))
        return r;
    Node *n = new_node(p, ND_OPASSIGN, loc);
    n->lhs = l;
    n->binop = op;
    n->type = unqualified(l->type);
    Type *lt = l->type;
    if (lt->kind == TY_PTR && (op == ND_ADD || op == ND_SUB)) {
        if (!is_integer(r->type)) {
            binary_error(p, loc, op == ND_ADD ? "+=" : "-=", l, r);
            return r;
        }
        check_pointer_arith(p, lt, loc);
        n->binop = op == ND_ADD ? ND_PTR_ADD : ND_PTR_SUB;
        n->rhs = convert(p, r, promote(r->type));
        n->optype = lt;
        return n;
    }
    bool int_only = op == ND_MOD || op == ND_BITAND || op == ND_BITOR || op == ND_BITXOR || op == ND_SHL ||
                    op == ND_SHR;
    if (!is_arith(lt) || !is_arith(r->type) || (int_only && (!is_integer(lt) || !is_integer(r->type)))) {
        binary_error(p, loc, op_spelling(op), l, r);
        return r;
    }
    if (op == ND_SHL || op == ND_SHR) {
        n->optype = promote(lt);
        n->rhs = convert(p, r, promote(r->type));
    } else {
        n->optype = common_arith_type(lt, r->type);
        n->rhs = convert(p, r, n->optype);
    }
    return n;
}

static Node *incdec(Parser *p, Node *l, int delta, bool post, SrcLoc loc) {
    if (!check_modifiable(p, l, delta > 0 ? "increment operand" : "decrement operand", loc))
        return l;
    if (!is_scalar(l->type)) {
        error_at(loc, "wrong type argument to %s", delta > 0 ? "increment" : "decrement");
        return l;
    }
    if (l->type->kind == TY_PTR)
        check_pointer_arith(p, l->type, loc);
    Node *n = new_node(p, post ? ND_POSTINC : ND_PREINC, loc);
    n->lhs = l;
    n->val = delta;
    n->type = unqualified(l->type);
    return n;
}

/* ---- primary expressions ---- */

typedef struct IntLit {
    uint64_t v;
    Type *type;
} IntLit;

bool parse_int_literal(const char *text, int len, uint64_t *value, bool *is_unsigned, int *long_count);

static bool is_floating_constant(const char *s, int len) {
    bool is_hex = len > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    for (int i = 0; i < len; i++) {
        char c = s[i];
        if (c == '.' || (!is_hex && (c == 'e' || c == 'E')) || (is_hex && (c == 'p' || c == 'P')))
            return true;
    }
    return false;
}

static Node *number(Parser *p) {
    Token *t = &p->tok;
    SrcLoc loc = t->loc;
    const char *s = t->text;
    int len = (int)t->len;
    uint64_t v;
    bool u;
    int l;
    /* a floating constant never parses as an integer one: try that first, it is the common case */
    if (parse_int_literal(s, len, &v, &u, &l)) {
        bool decimal = !(s[0] == '0' && len > 1);
        Type *cands[6];
        int n = 0;
        if (l == 0 && !u) {
            cands[n++] = ty_int;
            if (!decimal)
                cands[n++] = ty_uint;
            cands[n++] = ty_long;
            if (!decimal)
                cands[n++] = ty_ulong;
            cands[n++] = ty_llong;
            if (!decimal)
                cands[n++] = ty_ullong;
        } else if (l == 0 && u) {
            cands[n++] = ty_uint;
            cands[n++] = ty_ulong;
            cands[n++] = ty_ullong;
        } else if (l == 1 && !u) {
            cands[n++] = ty_long;
            if (!decimal)
                cands[n++] = ty_ulong;
            cands[n++] = ty_llong;
            if (!decimal)
                cands[n++] = ty_ullong;
        } else if (l == 1 && u) {
            cands[n++] = ty_ulong;
            cands[n++] = ty_ullong;
        } else if (!u) {
            cands[n++] = ty_llong;
            if (!decimal)
                cands[n++] = ty_ullong;
        } else {
            cands[n++] = ty_ullong;
        }
        Type *type = NULL;
        for (int i = 0; i < n; i++) {
            Type *c = cands[i];
            uint64_t max = is_unsigned(c) ? (c->size == 8 ? UINT64_MAX : ((uint64_t)1 << (c->size * 8)) - 1)
                                          : ((uint64_t)1 << (c->size * 8 - 1)) - 1;
            if (v <= max) {
                type = c;
                break;
            }
        }
        if (!type) {
            warn_at(loc, "integer constant is so large that it is unsigned");
            type = ty_ullong;
        }
        next(p);
        return new_num(p, (int64_t)v, type, loc);
    }
    if (!is_floating_constant(s, len)) {
        error_at(loc, "invalid integer constant '%.*s'", len, s);
        next(p);
        return new_num(p, 0, ty_int, loc);
    }
    char buf[128];
    char *text = len < (int)sizeof buf ? buf : xmalloc((size_t)len + 1);
    memcpy(text, s, (size_t)len);
    text[len] = 0;
    Type *type = ty_double;
    int end = len;
    if (end > 0 && (text[end - 1] == 'f' || text[end - 1] == 'F')) {
        type = ty_float;
        end--;
    } else if (end > 0 && (text[end - 1] == 'l' || text[end - 1] == 'L')) {
        type = ty_ldouble;
        end--;
    }
    text[end] = 0;
    char *stop;
    double d = type == ty_float ? (double)strtof(text, &stop) : strtod(text, &stop);
    if (*stop)
        error_at(loc, "invalid suffix \"%s\" on floating constant", stop);
    if (text != buf)
        free(text);
    next(p);
    return new_fnum(p, d, type, loc);
}

Node *string_literal(Parser *p) {
    SrcLoc loc = p->tok.loc;
    int unit = 1;
    int prefix = 0;
    /* the widest prefix among the concatenated pieces decides the element type */
    VEC(Token) pieces = {0};
    while (at(p, TK_STRING)) {
        vec_push(&pieces, p->tok);
        int u = string_literal_unit(&p->tok);
        const char *t = p->tok.text;
        int pf = t[0] == '"' ? 0 : (t[0] == 'u' && t[1] == '8') ? '8' : t[0];
        if (pf && pf != '8') {
            if (prefix && prefix != '8' && prefix != pf)
                error_at(p->tok.loc, "unsupported non-standard concatenation of string literals");
            prefix = pf;
            unit = u;
        } else if (pf == '8' && !prefix) {
            prefix = '8';
        }
        /* copy the token text: the preprocessor may recycle it */
        next(p);
    }
    Buf data = {0};
    for (int i = 0; i < pieces.len; i++)
        decode_string_literal(&pieces.data[i], p->target, &data, unit);
    vec_free(&pieces);
    buf_zeros(&data, (size_t)unit);
    Type *elem = unit == 1 ? ty_char : unit == 2 ? ty_ushort : (prefix == 'L' ? ty_int : ty_uint);
    if (unit == 4 && prefix == 'L' && p->target->arch != ARCH_X86_64 && p->target->arch != ARCH_RISCV64 &&
        p->target->arch != ARCH_SPARC64)
        elem = ty_uint; /* wchar_t is unsigned on arm and aarch64 */
    Node *n = new_node(p, ND_STR, loc);
    n->type = array_of(elem, (int64_t)data.len / unit);
    uint8_t *bytes = arena_alloc(p->arena, data.len);
    memcpy(bytes, data.data, data.len);
    n->str_data = bytes;
    n->str_len = (int64_t)data.len;
    buf_free(&data);
    return n;
}

static Node *var_ref(Parser *p, Obj *o, SrcLoc loc) {
    if (o->kind == OBJ_ENUM_CONST)
        return new_num(p, o->value, o->type, loc);
    Node *n = new_node(p, ND_VAR, loc);
    n->obj = o;
    n->type = o->type;
    o->is_used = true;
    return n;
}

static Node *builtin_call(Parser *p, Builtin bi, SrcLoc loc);

typedef struct BuiltinName {
    const char *name;
    Builtin id;
} BuiltinName;

static const BuiltinName builtin_names[] = {
    {"__builtin_va_start", BI_VA_START},
    {"__builtin_va_arg", BI_VA_ARG},
    {"__builtin_va_end", BI_VA_END},
    {"__builtin_va_copy", BI_VA_COPY},
    {"__builtin_syscall", BI_SYSCALL},
    {"__builtin_setjmp", BI_SETJMP},
    {"__builtin_longjmp", BI_LONGJMP},
    {"__builtin_sigreturn", BI_SIGRETURN},
    {"__builtin_thread_pointer", BI_THREAD_POINTER},
    {"__builtin_set_thread_pointer", BI_SET_THREAD_POINTER},
    {"__builtin_frame_address", BI_FRAME_ADDRESS},
    {"__builtin_return_address", BI_RETURN_ADDRESS},
    {"__builtin_sqrt", BI_SQRT},
    {"__builtin_sqrtf", BI_SQRTF},
    {"__builtin_trap", BI_TRAP},
    {"__builtin_unreachable", BI_UNREACHABLE},
    {"__builtin_expect", BI_EXPECT},
    {"__builtin_alloca", BI_ALLOCA},
};

static Builtin builtin_of(Ident *id) {
    static bool init;
    if (!init) {
        init = true;
        for (size_t i = 0; i < sizeof builtin_names / sizeof builtin_names[0]; i++)
            intern_cstr(builtin_names[i].name)->builtin = (void *)&builtin_names[i];
    }
    return id->builtin ? ((const BuiltinName *)id->builtin)->id : BI_NONE;
}

static Node *float_builtin(Parser *p, Ident *id, SrcLoc loc, bool *handled) {
    const char *n = id->name;
    *handled = true;
    Type *t = NULL;
    double v = 0;
    if (!strcmp(n, "__builtin_inf") || !strcmp(n, "__builtin_huge_val")) {
        t = ty_double;
        v = HUGE_VAL;
    } else if (!strcmp(n, "__builtin_inff") || !strcmp(n, "__builtin_huge_valf")) {
        t = ty_float;
        v = HUGE_VAL;
    } else if (!strcmp(n, "__builtin_infl") || !strcmp(n, "__builtin_huge_vall")) {
        t = ty_ldouble;
        v = HUGE_VAL;
    } else if (!strcmp(n, "__builtin_nan") || !strcmp(n, "__builtin_nanf") || !strcmp(n, "__builtin_nanl")) {
        t = n[13] == 'f' ? ty_float : n[13] == 'l' ? ty_ldouble : ty_double;
        v = NAN;
    } else {
        *handled = false;
        return NULL;
    }
    next(p);
    expect(p, '(', NULL);
    if (!at(p, ')'))
        assign_expr(p); /* the nan payload string: always the default NaN */
    expect(p, ')', NULL);
    return new_fnum(p, v, t, loc);
}

static Node *func_name(Parser *p, SrcLoc loc) {
    const char *name = p->fn ? p->fn->name->name : "";
    Node *n = new_node(p, ND_STR, loc);
    size_t len = strlen(name);
    uint8_t *bytes = arena_alloc(p->arena, len + 1);
    memcpy(bytes, name, len + 1);
    n->str_data = bytes;
    n->str_len = (int64_t)len + 1;
    n->type = array_of(qualified(ty_char, Q_CONST), (int64_t)len + 1);
    if (!p->fn)
        warn_at(loc, "'__func__' is not defined outside of function scope");
    return n;
}

static Node *generic_selection(Parser *p, SrcLoc loc) {
    next(p);
    expect(p, '(', "after '_Generic'");
    Node *ctrl = rvalue(p, assign_expr(p));
    Type *ct = unqualified(ctrl->type);
    Node *chosen = NULL, *deflt = NULL;
    while (accept(p, ',')) {
        if (accept(p, KW_DEFAULT)) {
            expect(p, ':', NULL);
            Node *e = assign_expr(p);
            if (deflt)
                error_at(e->loc, "duplicate default generic association");
            deflt = e;
            continue;
        }
        Type *t = type_name(p);
        expect(p, ':', NULL);
        Node *e = assign_expr(p);
        if (types_compatible(ct, t)) {
            if (chosen)
                error_at(e->loc, "_Generic selector matches multiple associations");
            chosen = e;
        }
    }
    expect(p, ')', NULL);
    if (!chosen)
        chosen = deflt;
    if (!chosen) {
        error_at(loc, "'_Generic' selector of type '%s' is not compatible with any association", type_to_string(ct));
        return new_num(p, 0, ty_int, loc);
    }
    return chosen;
}

static Node *primary(Parser *p) {
    SrcLoc loc = p->tok.loc;
    switch (p->tok.kind) {
    case '(': {
        next(p);
        Node *n = expr(p);
        expect(p, ')', NULL);
        return n;
    }
    case TK_NUMBER:
        return number(p);
    case TK_CHAR: {
        int64_t v;
        int size;
        decode_char_literal(&p->tok, p->target, &v, &size);
        const char *t = p->tok.text;
        next(p);
        Type *type = size == 1 ? ty_int : size == 2 ? ty_ushort : t[0] == 'L' ? ty_int : ty_uint;
        return new_num(p, v, type, loc);
    }
    case TK_STRING:
        return string_literal(p);
    case KW_GENERIC:
        return generic_selection(p, loc);
    case TK_IDENT: {
        Ident *id = p->tok.ident;
        Obj *o = lookup(id);
        if (o && o->kind != OBJ_TYPEDEF) {
            next(p);
            return var_ref(p, o, loc);
        }
        if (!o) {
            Builtin bi = builtin_of(id);
            if (bi != BI_NONE)
                return builtin_call(p, bi, loc);
            bool handled;
            Node *f = float_builtin(p, id, loc, &handled);
            if (handled)
                return f;
            if (!strcmp(id->name, "__func__") || !strcmp(id->name, "__FUNCTION__")) {
                next(p);
                return func_name(p, loc);
            }
            if (!strcmp(id->name, "__builtin_offsetof")) {
                next(p);
                expect(p, '(', NULL);
                Type *t = type_name(p);
                expect(p, ',', NULL);
                int64_t off = 0;
                Type *cur = t;
                bool first = true;
                for (;;) {
                    if (first || accept(p, '.')) {
                        first = false;
                        if (!at(p, TK_IDENT))
                            syntax_error(p, "expected identifier before %s", tok_spelling(p, &p->tok));
                        if (!is_record(cur)) {
                            error_at(p->tok.loc, "request for member '%s' in something not a structure or union",
                                     p->tok.ident->name);
                            next(p);
                            break;
                        }
                        Member *path[MAX_MEMBER_DEPTH];
                        int n = find_member_path(cur->rec, p->tok.ident, path, 0);
                        if (!n) {
                            error_at(p->tok.loc, "'%s' has no member named '%s'", type_to_string(cur),
                                     p->tok.ident->name);
                            next(p);
                            break;
                        }
                        for (int i = 0; i < n; i++)
                            off += path[i]->offset;
                        cur = path[n - 1]->type;
                        next(p);
                    } else if (accept(p, '[')) {
                        int64_t i = const_int_expr(p);
                        expect(p, ']', NULL);
                        if (cur->kind != TY_ARRAY) {
                            error_at(loc, "subscripted value is not an array");
                            break;
                        }
                        off += i * type_size(cur->base);
                        cur = cur->base;
                    } else {
                        break;
                    }
                }
                expect(p, ')', NULL);
                return new_num(p, off, size_type(), loc);
            }
            if (peek(p, 1)->kind == '(') {
                error_at(loc, "implicit declaration of function '%s'", id->name);
                /* declare it as int f() to go on */
                Obj *fn = arena_zalloc(&p->cu->arena, sizeof(Obj));
                fn->kind = OBJ_FUNC;
                fn->name = id;
                fn->type = func_type(ty_int, NULL, 0, false, false);
                fn->loc = loc;
                fn->slot = -1;
                next(p);
                return var_ref(p, fn, loc);
            }
            error_at(loc, "'%s' undeclared%s", id->name, p->fn ? " (first use in this function)" : " here (not in a function)");
            /* bind a dummy so the error is reported once */
            Obj *dummy = new_local(p, id, ty_int, loc);
            dummy->is_local = false;
            dummy->kind = OBJ_ENUM_CONST;
            bind(p, id, dummy);
            next(p);
            return new_num(p, 0, ty_int, loc);
        }
        syntax_error(p, "expected expression before %s", tok_spelling(p, &p->tok));
    }
    default:
        if (p->tok.kind == TK_EOF)
            syntax_error(p, "expected expression at end of input");
        syntax_error(p, "expected expression before %s", tok_spelling(p, &p->tok));
    }
}

/* ---- builtins ---- */

static Node *builtin_arg(Parser *p) {
    return rvalue(p, assign_expr(p));
}

static bool va_list_is_array(void) {
    Ident *id = intern_cstr("__builtin_va_list");
    Obj *o = lookup(id);
    return o && o->type->kind == TY_ARRAY;
}

/* the address of a va_list designated by e (an array va_list has decayed to one already) */
static Node *va_list_addr(Parser *p, Node *e) {
    if (va_list_is_array() && e->type->kind == TY_ARRAY)
        return rvalue(p, e);
    if (va_list_is_array() && e->type->kind == TY_PTR)
        return e;
    if (!is_lvalue(e)) {
        error_at(e->loc, "va_list argument is not an lvalue");
        return rvalue(p, e);
    }
    return new_unary(p, ND_ADDR, e, pointer_to(e->type), e->loc);
}

static Node *builtin_call(Parser *p, Builtin bi, SrcLoc loc) {
    const char *name = p->tok.ident->name;
    next(p);
    expect(p, '(', NULL);
    Node *n = new_node(p, ND_BUILTIN, loc);
    n->builtin = bi;
    n->type = ty_void;
    Node head = {0};
    Node *cur = &head;
    switch (bi) {
    case BI_VA_ARG: {
        Node *ap = assign_expr(p);
        expect(p, ',', NULL);
        Type *t = type_name(p);
        n->lhs = va_list_addr(p, ap);
        n->type = t;
        if (!is_complete(t))
            error_at(loc, "second argument to 'va_arg' is of incomplete type");
        if (t->kind == TY_FLOAT || (is_integer(t) && int_rank(t) < 4))
            warn_at(loc, "'%s' is promoted to '%s' when passed through '...'", type_to_string(t),
                    t->kind == TY_FLOAT ? "double" : "int");
        break;
    }
    case BI_VA_START: {
        Node *ap = assign_expr(p);
        n->lhs = va_list_addr(p, ap);
        if (accept(p, ','))
            assign_expr(p);
        if (!p->fn || !p->fn->type->variadic)
            error_at(loc, "'va_start' used in function with fixed arguments");
        break;
    }
    case BI_VA_END:
        n->lhs = va_list_addr(p, assign_expr(p));
        break;
    case BI_VA_COPY: {
        Node *d = assign_expr(p);
        expect(p, ',', NULL);
        Node *s = assign_expr(p);
        n->lhs = va_list_addr(p, d);
        n->rhs = va_list_addr(p, s);
        break;
    }
    default: {
        int nargs = 0;
        if (!at(p, ')')) {
            do {
                Node *a = builtin_arg(p);
                if (bi == BI_SYSCALL)
                    a = convert(p, a, ty_long);
                cur = cur->next = a;
                nargs++;
            } while (accept(p, ','));
        }
        n->args = head.next;
        n->nargs = nargs;
        int want = -1;
        switch (bi) {
        case BI_SETJMP:
            want = 1;
            n->type = ty_int;
            break;
        case BI_LONGJMP:
            want = 2;
            if (n->args && n->args->next)
                n->args->next = convert(p, n->args->next, ty_int);
            break;
        case BI_SIGRETURN:
        case BI_THREAD_POINTER:
        case BI_TRAP:
        case BI_UNREACHABLE:
            want = 0;
            if (bi == BI_THREAD_POINTER)
                n->type = pointer_to(ty_void);
            break;
        case BI_SET_THREAD_POINTER:
            want = 1;
            break;
        case BI_FRAME_ADDRESS:
        case BI_RETURN_ADDRESS:
            want = 1;
            n->type = pointer_to(ty_void);
            break;
        case BI_SQRT:
        case BI_SQRTF:
            want = 1;
            n->type = bi == BI_SQRT ? ty_double : ty_float;
            if (n->args)
                n->args = convert(p, n->args, n->type);
            break;
        case BI_EXPECT:
            want = 2;
            n->type = ty_long;
            if (n->args)
                n->args = convert(p, n->args, ty_long);
            break;
        case BI_ALLOCA:
            want = 1;
            n->type = pointer_to(ty_void);
            if (n->args)
                n->args = convert(p, n->args, size_type());
            break;
        case BI_SYSCALL:
            n->type = ty_long;
            if (nargs < 1 || nargs > 7)
                error_at(loc, "'__builtin_syscall' takes a number and up to 6 arguments");
            break;
        default:
            break;
        }
        if (want >= 0 && nargs != want)
            error_at(loc, "%s arguments to function '%s'", nargs < want ? "too few" : "too many", name);
        if ((bi == BI_FRAME_ADDRESS || bi == BI_RETURN_ADDRESS) && n->args) {
            int64_t lvl;
            if (!eval_int(n->args, &lvl) || lvl != 0)
                error_at(loc, "'%s' supports only level 0 in mica", name);
        }
        break;
    }
    }
    expect(p, ')', NULL);
    if (bi == BI_EXPECT && n->args)
        return n->args;
    return n;
}

/* ---- postfix ---- */

/* loc: the '.' or '->' (where gcc reports problems) */
static Node *member_access(Parser *p, Node *base, Ident *name, SrcLoc loc) {
    Type *t = base->type;
    if (!is_record(t)) {
        error_at(loc, "request for member '%s' in something not a structure or union", name->name);
        return new_num(p, 0, ty_int, loc);
    }
    if (!t->rec->complete) {
        error_at(loc, "invalid use of incomplete type '%s'", type_to_string(t));
        return new_num(p, 0, ty_int, loc);
    }
    Member *path[MAX_MEMBER_DEPTH];
    int n = find_member_path(t->rec, name, path, 0);
    if (!n) {
        error_at(loc, "'%s' has no member named '%s'", type_to_string(t), name->name);
        return new_num(p, 0, ty_int, loc);
    }
    Node *cur = base;
    for (int i = 0; i < n; i++) {
        Node *m = new_node(p, ND_MEMBER, loc);
        m->lhs = cur;
        m->member = path[i];
        /* qualifiers of the record apply to its members */
        m->type = qualified(path[i]->type, cur->type->qual & (Q_CONST | Q_VOLATILE));
        cur = m;
    }
    return cur;
}

static Node *deref(Parser *p, Node *e, SrcLoc loc) {
    e = rvalue(p, e);
    if (e->type->kind != TY_PTR) {
        error_at(loc, "invalid type argument of unary '*' (have '%s')", type_to_string(e->type));
        return new_num(p, 0, ty_int, loc);
    }
    if (e->type->base->kind == TY_FUNC)
        return e; /* *f is f */
    Node *n = new_unary(p, ND_DEREF, e, e->type->base, loc);
    return n;
}

static Node *call(Parser *p, Node *fn, SrcLoc loc) {
    Node *callee = rvalue(p, fn);
    Type *ft = NULL;
    if (callee->type->kind == TY_PTR && callee->type->base->kind == TY_FUNC)
        ft = callee->type->base;
    if (!ft) {
        error_at(fn->loc, "called object is not a function or function pointer");
        ft = func_type(ty_int, NULL, 0, false, false);
    }
    const char *fname = fn->kind == ND_VAR ? fn->obj->name->name : NULL;
    Node *args = NULL;
    Node **tail = &args; /* where the next argument goes */
    int nargs = 0;
    if (!at(p, ')')) {
        do {
            Node *a = rvalue(p, assign_expr(p));
            if (ft->has_proto && nargs < ft->nparams) {
                a = assign_convert(p, a, unqualified(ft->params[nargs]), CONV_ARG, nargs + 1);
            } else {
                /* default argument promotions */
                if (a->type->kind == TY_FLOAT)
                    a = convert(p, a, ty_double);
                else if (is_integer(a->type))
                    a = convert(p, a, promote(a->type));
                if (a->type->kind == TY_VOID)
                    error_at(a->loc, "invalid use of void expression");
            }
            if (!is_complete(a->type) && a->type->kind != TY_VOID)
                error_at(a->loc, "invalid use of incomplete type '%s'", type_to_string(a->type));
            *tail = a;
            tail = &a->next;
            nargs++;
        } while (accept(p, ','));
    }
    expect(p, ')', NULL);
    loc = fn->loc;
    if (ft->has_proto && (nargs < ft->nparams || (nargs > ft->nparams && !ft->variadic))) {
        if (fname)
            error_at(loc, "too %s arguments to function '%s'", nargs < ft->nparams ? "few" : "many", fname);
        else
            error_at(loc, "too %s arguments to function", nargs < ft->nparams ? "few" : "many");
        if (fn->kind == ND_VAR)
            note_at(fn->obj->loc, "declared here");
    }
    if (ft->base->kind != TY_VOID && !is_complete(ft->base))
        error_at(loc, "calling function with incomplete return type '%s'", type_to_string(ft->base));
    Node *n = new_node(p, ND_CALL, fn->loc); /* like gcc, a call is where its callee is */
    n->lhs = callee;
    n->args = args;
    n->nargs = nargs;
    n->fn_type = ft;
    n->type = unqualified(ft->base);
    return n;
}

static Node *compound_literal(Parser *p, Type *t, SrcLoc loc) {
    Node *n = new_node(p, ND_COMPOUND_LIT, loc);
    if (!p->fn) {
        Obj *o = new_anon_static(p, t, loc);
        Initializer *init = initializer(p, &o->type);
        o->is_defined = true;
        cu_variable(p->cu, o, init);
        n->obj = o;
        n->type = o->type;
        n->kind = ND_VAR;
        return n;
    }
    Obj *o = new_local(p, NULL, t, loc);
    n->initializer = initializer(p, &o->type);
    n->obj = o;
    n->type = o->type;
    return n;
}

static Node *postfix(Parser *p, Node *n) {
    for (;;) {
        SrcLoc loc = p->tok.loc;
        switch (p->tok.kind) {
        case '[': {
            next(p);
            Node *idx = expr(p);
            expect(p, ']', NULL);
            Node *a = rvalue(p, n), *b = rvalue(p, idx);
            if (a->type->kind != TY_PTR && b->type->kind != TY_PTR) {
                error_at(loc, "subscripted value is neither array nor pointer nor vector");
                n = new_num(p, 0, ty_int, loc);
                continue;
            }
            if (a->type->kind == TY_PTR && !is_integer(b->type)) {
                error_at(idx->loc, "array subscript is not an integer");
                n = new_num(p, 0, ty_int, loc);
                continue;
            }
            n = deref(p, add(p, a, b, loc), loc);
            continue;
        }
        case '(':
            next(p);
            n = call(p, n, loc);
            continue;
        case '.':
            next(p);
            if (!at(p, TK_IDENT))
                syntax_error(p, "expected identifier before %s", tok_spelling(p, &p->tok));
            n = member_access(p, n, p->tok.ident, loc);
            next(p);
            continue;
        case TK_ARROW: {
            next(p);
            if (!at(p, TK_IDENT))
                syntax_error(p, "expected identifier before %s", tok_spelling(p, &p->tok));
            Node *b = rvalue(p, n);
            if (b->type->kind != TY_PTR || !is_record(b->type->base)) {
                error_at(p->tok.loc, "invalid type argument of '->' (have '%s')", type_to_string(b->type));
                next(p);
                n = new_num(p, 0, ty_int, loc);
                continue;
            }
            n = member_access(p, deref(p, b, loc), p->tok.ident, loc);
            next(p);
            continue;
        }
        case TK_INC:
        case TK_DEC:
            n = incdec(p, n, at(p, TK_INC) ? 1 : -1, true, loc);
            next(p);
            continue;
        default:
            return n;
        }
    }
}

/* ---- unary ---- */

static Node *sizeof_expr(Parser *p, SrcLoc loc, bool is_align) {
    next(p);
    Type *t;
    if (at(p, '(') && is_typename(p, peek(p, 1))) {
        next(p);
        t = type_name(p);
        expect(p, ')', NULL);
        if (at(p, '{')) { /* sizeof (T){...} */
            Node *lit = postfix(p, compound_literal(p, t, loc));
            t = lit->type;
        }
    } else {
        Node *e = unary(p);
        if (e->kind == ND_MEMBER && e->member->is_bitfield)
            error_at(loc, "'%s' applied to a bit-field", is_align ? "_Alignof" : "sizeof");
        t = e->type;
    }
    if (is_align)
        return new_num(p, type_align(t), size_type(), loc);
    if (t->kind == TY_FUNC || t->kind == TY_VOID) {
        /* gcc extension: 1 */
        return new_num(p, 1, size_type(), loc);
    }
    if (!is_complete(t)) {
        error_at(loc, "invalid application of 'sizeof' to incomplete type '%s'", type_to_string(t));
        return new_num(p, 0, size_type(), loc);
    }
    return new_num(p, type_size(t), size_type(), loc);
}

static Node *unary(Parser *p) {
    SrcLoc loc = p->tok.loc;
    switch (p->tok.kind) {
    case '+': {
        next(p);
        Node *e = rvalue(p, cast_expr(p));
        if (!is_arith(e->type)) {
            error_at(loc, "wrong type argument to unary plus");
            return e;
        }
        return convert(p, e, is_integer(e->type) ? promote(e->type) : e->type);
    }
    case '-': {
        next(p);
        Node *e = rvalue(p, cast_expr(p));
        if (!is_arith(e->type)) {
            error_at(loc, "wrong type argument to unary minus");
            return e;
        }
        if (is_flonum(e->type)) {
            if (e->kind == ND_FNUM)
                return new_fnum(p, -e->fval, e->type, loc);
            return new_unary(p, ND_NEG, e, e->type, loc);
        }
        e = convert(p, e, promote(e->type));
        return fold(p, new_unary(p, ND_NEG, e, e->type, loc));
    }
    case '~': {
        next(p);
        Node *e = rvalue(p, cast_expr(p));
        if (!is_integer(e->type)) {
            error_at(loc, "wrong type argument to bit-complement");
            return e;
        }
        e = convert(p, e, promote(e->type));
        return fold(p, new_unary(p, ND_BITNOT, e, e->type, loc));
    }
    case '!': {
        next(p);
        Node *e = to_bool_cond(p, cast_expr(p), NULL);
        return fold(p, new_unary(p, ND_NOT, e, ty_int, loc));
    }
    case '&': {
        next(p);
        Node *e = cast_expr(p);
        if (e->kind == ND_MEMBER && e->member->is_bitfield) {
            error_at(loc, "cannot take address of bit-field '%s'", e->member->name ? e->member->name->name : "");
            return new_num(p, 0, ty_int, loc);
        }
        if (e->type->kind == TY_FUNC && e->kind == ND_VAR)
            return new_unary(p, ND_ADDR, e, pointer_to(e->type), loc);
        if (!is_lvalue(e)) {
            error_at(loc, "lvalue required as unary '&' operand");
            return new_num(p, 0, ty_int, loc);
        }
        if (e->kind == ND_VAR && e->obj->storage == SC_REGISTER)
            error_at(loc, "address of register variable '%s' requested", e->obj->name->name);
        if (e->kind == ND_VAR)
            e->obj->address_taken = true;
        return new_unary(p, ND_ADDR, e, pointer_to(e->type), loc);
    }
    case '*': {
        next(p);
        Node *e = cast_expr(p);
        Node *d = deref(p, e, loc);
        if (d->type->kind == TY_VOID && d->kind == ND_DEREF)
            warn_at(loc, "dereferencing 'void *' pointer");
        return d;
    }
    case TK_INC:
    case TK_DEC: {
        int delta = at(p, TK_INC) ? 1 : -1;
        next(p);
        return incdec(p, unary(p), delta, false, loc);
    }
    case KW_SIZEOF:
        return sizeof_expr(p, loc, false);
    case KW_ALIGNOF:
        return sizeof_expr(p, loc, true);
    case KW_EXTENSION:
        next(p);
        return cast_expr(p);
    default:
        return postfix(p, primary(p));
    }
}

static Node *cast_expr(Parser *p) {
    if (at(p, '(') && is_typename(p, peek(p, 1))) {
        SrcLoc loc = p->tok.loc;
        next(p);
        Type *t = type_name(p);
        expect(p, ')', NULL);
        if (at(p, '{'))
            return postfix(p, compound_literal(p, t, loc));
        Node *e = rvalue(p, cast_expr(p));
        if (t->kind == TY_VOID)
            return new_unary(p, ND_CAST, e, ty_void, loc);
        if (!is_scalar(t)) {
            error_at(loc, "conversion to non-scalar type requested");
            return e;
        }
        if (!is_scalar(e->type)) {
            error_at(loc, "aggregate value used where %s was expected", is_flonum(t) ? "a float" : "an integer");
            return new_num(p, 0, t, loc);
        }
        if ((is_flonum(t) && e->type->kind == TY_PTR) || (t->kind == TY_PTR && is_flonum(e->type))) {
            error_at(loc, "pointer value used where a floating-point was expected");
            return new_num(p, 0, is_flonum(t) ? ty_int : t, loc);
        }
        Node *c = convert(p, e, unqualified(t));
        if (c == e) { /* keep a node for the cast so it is not an lvalue */
            c = new_unary(p, ND_CAST, e, unqualified(t), loc);
        }
        c->loc = loc;
        return c;
    }
    return unary(p);
}

/* ---- binary operators by precedence ---- */

/* Precedence climbing over one table: a primary expression costs one call, not one per level. */
static int binary_prec(int kind) {
    switch (kind) {
    case '*': case '/': case '%': return 10;
    case '+': case '-': return 9;
    case TK_SHL: case TK_SHR: return 8;
    case '<': case '>': case TK_LE: case TK_GE: return 7;
    case TK_EQ: case TK_NE: return 6;
    case '&': return 5;
    case '^': return 4;
    case '|': return 3;
    case TK_LOGAND: return 2;
    case TK_LOGOR: return 1;
    default: return 0;
    }
}

static Node *binary_op(Parser *p, int kind, Node *l, Node *r, SrcLoc loc) {
    switch (kind) {
    case '*': return arith(p, ND_MUL, l, r, loc);
    case '/': return arith(p, ND_DIV, l, r, loc);
    case '%': return arith(p, ND_MOD, l, r, loc);
    case '+': return add(p, l, r, loc);
    case '-': return sub(p, l, r, loc);
    case TK_SHL: return shift(p, ND_SHL, l, r, loc);
    case TK_SHR: return shift(p, ND_SHR, l, r, loc);
    case '<': return compare(p, ND_LT, l, r, loc);
    case '>': return compare(p, ND_GT, l, r, loc);
    case TK_LE: return compare(p, ND_LE, l, r, loc);
    case TK_GE: return compare(p, ND_GE, l, r, loc);
    case TK_EQ: return compare(p, ND_EQ, l, r, loc);
    case TK_NE: return compare(p, ND_NE, l, r, loc);
    case '&': return arith(p, ND_BITAND, l, r, loc);
    case '^': return arith(p, ND_BITXOR, l, r, loc);
    case '|': return arith(p, ND_BITOR, l, r, loc);
    case TK_LOGAND: return logical(p, ND_LOGAND, l, r, loc);
    default: return logical(p, ND_LOGOR, l, r, loc);
    }
}

static Node *binary_expr(Parser *p, int min_prec) {
    Node *n = cast_expr(p);
    for (;;) {
        int kind = p->tok.kind;
        int prec = binary_prec(kind);
        if (prec < min_prec || prec == 0)
            return n;
        SrcLoc loc = p->tok.loc;
        next(p);
        Node *r = binary_expr(p, prec + 1);
        n = binary_op(p, kind, n, r, loc);
    }
}

static Node *logor_expr(Parser *p) {
    return binary_expr(p, 1);
}

static Type *cond_result_type(Parser *p, Node **a, Node **b, SrcLoc loc) {
    Type *x = (*a)->type, *y = (*b)->type;
    if (is_arith(x) && is_arith(y)) {
        Type *t = common_arith_type(x, y);
        *a = convert(p, *a, t);
        *b = convert(p, *b, t);
        return t;
    }
    if (x->kind == TY_VOID || y->kind == TY_VOID)
        return ty_void;
    if (is_record(x) && is_record(y) && types_compatible(unqualified(x), unqualified(y)))
        return unqualified(x);
    if (x->kind == TY_PTR && y->kind == TY_PTR) {
        int q = x->base->qual | y->base->qual;
        if (is_null_pointer_constant(*b))
            return x;
        if (is_null_pointer_constant(*a))
            return y;
        if (x->base->kind == TY_VOID || y->base->kind == TY_VOID)
            return pointer_to(qualified(ty_void, q));
        if (!pointee_compatible_ignoring_quals(x->base, y->base))
            warn_at(loc, "pointer type mismatch in conditional expression");
        return pointer_to(qualified(unqualified(x->base), q));
    }
    if (x->kind == TY_PTR && is_integer(y)) {
        if (!is_null_pointer_constant(*b))
            warn_at(loc, "pointer/integer type mismatch in conditional expression");
        *b = convert(p, *b, x);
        return x;
    }
    if (y->kind == TY_PTR && is_integer(x)) {
        if (!is_null_pointer_constant(*a))
            warn_at(loc, "pointer/integer type mismatch in conditional expression");
        *a = convert(p, *a, y);
        return y;
    }
    error_at(loc, "type mismatch in conditional expression");
    return ty_int;
}

Node *cond_expr(Parser *p) {
    Node *c = logor_expr(p);
    if (!at(p, '?'))
        return c;
    SrcLoc loc = p->tok.loc;
    next(p);
    c = to_bool_cond(p, c, NULL);
    Node *a = rvalue(p, expr(p));
    expect(p, ':', NULL);
    Node *b = rvalue(p, cond_expr(p));
    Type *t = cond_result_type(p, &a, &b, loc);
    Node *n = new_node(p, ND_COND, loc);
    n->cond = c;
    n->then = a;
    n->els = b;
    n->type = t;
    int64_t cv;
    if (is_integer(c->type) && eval_int(c, &cv) && (cv ? a : b)->kind == ND_NUM && is_integer(t)) {
        /* fold only when the chosen arm is itself constant (keeps the other arm's side effects
           out: it is not evaluated anyway) */
        return new_num(p, (cv ? a : b)->val, t, loc);
    }
    return n;
}

Node *assign_expr(Parser *p) {
    Node *l = cond_expr(p);
    SrcLoc loc = p->tok.loc;
    NodeKind op;
    switch (p->tok.kind) {
    case '=':
        next(p);
        return assign(p, l, assign_expr(p), loc);
    case TK_ADD_ASSIGN: op = ND_ADD; break;
    case TK_SUB_ASSIGN: op = ND_SUB; break;
    case TK_MUL_ASSIGN: op = ND_MUL; break;
    case TK_DIV_ASSIGN: op = ND_DIV; break;
    case TK_MOD_ASSIGN: op = ND_MOD; break;
    case TK_AND_ASSIGN: op = ND_BITAND; break;
    case TK_OR_ASSIGN: op = ND_BITOR; break;
    case TK_XOR_ASSIGN: op = ND_BITXOR; break;
    case TK_SHL_ASSIGN: op = ND_SHL; break;
    case TK_SHR_ASSIGN: op = ND_SHR; break;
    default:
        return l;
    }
    next(p);
    return op_assign(p, op, l, assign_expr(p), loc);
}

Node *expr(Parser *p) {
    Node *n = assign_expr(p);
    while (at(p, ',')) {
        SrcLoc loc = p->tok.loc;
        next(p);
        Node *r = rvalue(p, assign_expr(p));
        n = new_binary(p, ND_COMMA, n, r, r->type, loc);
    }
    return n;
}
