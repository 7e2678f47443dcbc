/* The C type system: construction, classification, conversions, compatibility and record
   layout (SysV rules, #pragma pack). Sizes come from the target. */
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>

Type *ty_void, *ty_bool, *ty_char, *ty_schar, *ty_uchar, *ty_short, *ty_ushort, *ty_int, *ty_uint, *ty_long,
    *ty_ulong, *ty_llong, *ty_ullong, *ty_float, *ty_double, *ty_ldouble;

static const Target *cur_target;
static Arena type_arena;

const Target *types_target(void) {
    return cur_target;
}

Type *new_type(TypeKind kind, int64_t size, int align) {
    Type *t = arena_zalloc(&type_arena, sizeof(Type));
    t->kind = kind;
    t->size = size;
    t->align = align;
    t->unqual = t;
    t->array_len = -1;
    return t;
}

void types_init(const Target *t) {
    cur_target = t;
    int l = t->long_size;
    int a64 = t->int64_align;
    ty_void = new_type(TY_VOID, 1, 1);
    ty_void->size = -1;
    ty_bool = new_type(TY_BOOL, 1, 1);
    ty_char = new_type(TY_CHAR, 1, 1);
    ty_schar = new_type(TY_SCHAR, 1, 1);
    ty_uchar = new_type(TY_UCHAR, 1, 1);
    ty_short = new_type(TY_SHORT, 2, 2);
    ty_ushort = new_type(TY_USHORT, 2, 2);
    ty_int = new_type(TY_INT, 4, 4);
    ty_uint = new_type(TY_UINT, 4, 4);
    ty_long = new_type(TY_LONG, l, l == 8 ? a64 : 4);
    ty_ulong = new_type(TY_ULONG, l, l == 8 ? a64 : 4);
    ty_llong = new_type(TY_LLONG, 8, a64);
    ty_ullong = new_type(TY_ULLONG, 8, a64);
    ty_float = new_type(TY_FLOAT, 4, 4);
    ty_double = new_type(TY_DOUBLE, 8, a64);
    ty_ldouble = new_type(TY_LDOUBLE, 8, a64); /* long double is double: docs/c-support.md */
}

Type *pointer_to(Type *base) {
    if (base->ptr_cache)
        return base->ptr_cache;
    Type *t = new_type(TY_PTR, cur_target->ptr_size, cur_target->ptr_size);
    t->base = base;
    base->ptr_cache = t;
    return t;
}

Type *array_of(Type *base, int64_t len) {
    int64_t es = type_size(base);
    Type *t = new_type(TY_ARRAY, len < 0 || es < 0 ? -1 : es * len, type_align(base));
    t->base = base;
    t->array_len = len;
    return t;
}

Type *func_type(Type *ret, Type **params, int nparams, bool variadic, bool has_proto) {
    Type *t = new_type(TY_FUNC, 1, 1);
    t->base = ret;
    t->params = params;
    t->nparams = nparams;
    t->variadic = variadic;
    t->has_proto = has_proto;
    return t;
}

Type *struct_type(Record *rec) {
    Type *t = new_type(rec->is_union ? TY_UNION : TY_STRUCT, -1, 1);
    t->rec = rec;
    return t;
}

Type *enum_type(EnumInfo *en, Type *underlying) {
    Type *t = new_type(TY_ENUM, 4, 4);
    t->en = en;
    t->base = underlying;
    return t;
}

static Type *copy_type(Type *t) {
    Type *c = arena_alloc(&type_arena, sizeof(Type));
    *c = *t;
    c->ptr_cache = NULL;
    return c;
}

Type *qualified(Type *t, int qual) {
    if (!qual || (t->qual & qual) == qual)
        return t;
    if (t->kind == TY_ARRAY) {
        /* qualifiers of an array type apply to its elements */
        Type *a = array_of(qualified(t->base, qual), t->array_len);
        a->typedef_of = t->typedef_of;
        return a;
    }
    Type *c = copy_type(t);
    c->qual = (uint8_t)(t->qual | qual);
    return c;
}

Type *unqualified(Type *t) {
    if (t->kind == TY_ARRAY && (t->base->qual || t->typedef_of)) {
        return array_of(unqualified(t->base), t->array_len);
    }
    return t->unqual;
}

Type *with_typedef(Type *t, Obj *td) {
    Type *c = copy_type(t);
    c->typedef_of = td;
    return c;
}

bool is_integer(Type *t) {
    return t->kind >= TY_BOOL && (t->kind <= TY_ULLONG || t->kind == TY_ENUM);
}

bool is_flonum(Type *t) {
    return t->kind == TY_FLOAT || t->kind == TY_DOUBLE || t->kind == TY_LDOUBLE;
}

bool is_arith(Type *t) {
    return is_integer(t) || is_flonum(t);
}

bool is_scalar(Type *t) {
    return is_arith(t) || t->kind == TY_PTR;
}

bool is_record(Type *t) {
    return t->kind == TY_STRUCT || t->kind == TY_UNION;
}

bool is_void(Type *t) {
    return t->kind == TY_VOID;
}

bool is_unsigned(Type *t) {
    switch (t->kind) {
    case TY_BOOL:
    case TY_UCHAR:
    case TY_USHORT:
    case TY_UINT:
    case TY_ULONG:
    case TY_ULLONG:
    case TY_PTR:
        return true;
    case TY_CHAR:
        return !cur_target->char_signed;
    case TY_ENUM:
        return is_unsigned(t->base);
    default:
        return false;
    }
}

int64_t type_size(Type *t) {
    if (is_record(t))
        return t->rec->complete ? t->rec->size : -1;
    if (t->kind == TY_ENUM)
        return t->en->complete ? t->base->size : -1;
    return t->size;
}

int type_align(Type *t) {
    if (is_record(t))
        return t->rec->complete ? t->rec->align : 1;
    if (t->kind == TY_ARRAY)
        return type_align(t->base);
    if (t->kind == TY_ENUM)
        return t->base->align;
    return t->align;
}

bool is_complete(Type *t) {
    if (t->kind == TY_VOID)
        return false;
    if (t->kind == TY_ARRAY)
        return t->array_len >= 0 && is_complete(t->base);
    return type_size(t) >= 0;
}

Type *enum_underlying(Type *t) {
    return t->kind == TY_ENUM ? t->base : t;
}

int int_rank(Type *t) {
    switch (enum_underlying(t)->kind) {
    case TY_BOOL: return 1;
    case TY_CHAR: case TY_SCHAR: case TY_UCHAR: return 2;
    case TY_SHORT: case TY_USHORT: return 3;
    case TY_INT: case TY_UINT: return 4;
    case TY_LONG: case TY_ULONG: return 5;
    case TY_LLONG: case TY_ULLONG: return 6;
    default: return 0;
    }
}

Type *promote(Type *t) {
    t = enum_underlying(t);
    if (int_rank(t) < 4 && t->kind != TY_VOID && is_integer(t))
        return ty_int; /* every narrower type fits in int */
    return t->unqual;
}

static Type *to_unsigned(Type *t) {
    switch (t->kind) {
    case TY_INT: return ty_uint;
    case TY_LONG: return ty_ulong;
    case TY_LLONG: return ty_ullong;
    default: return t;
    }
}

Type *common_arith_type(Type *a, Type *b) {
    a = enum_underlying(a)->unqual;
    b = enum_underlying(b)->unqual;
    if (a->kind == TY_LDOUBLE || b->kind == TY_LDOUBLE)
        return ty_ldouble;
    if (a->kind == TY_DOUBLE || b->kind == TY_DOUBLE)
        return ty_double;
    if (a->kind == TY_FLOAT || b->kind == TY_FLOAT)
        return ty_float;
    a = promote(a);
    b = promote(b);
    if (a->kind == b->kind)
        return a;
    bool ua = is_unsigned(a), ub = is_unsigned(b);
    int ra = int_rank(a), rb = int_rank(b);
    if (ua == ub)
        return ra > rb ? a : b;
    Type *u = ua ? a : b, *s = ua ? b : a;
    int ru = ua ? ra : rb, rs = ua ? rb : ra;
    if (ru >= rs)
        return u;
    if (s->size > u->size)
        return s;
    return to_unsigned(s);
}

bool types_compatible(Type *a, Type *b) {
    if (a == b)
        return true;
    if (a->qual != b->qual)
        return false;
    a = a->unqual;
    b = b->unqual;
    if (a == b)
        return true;
    if (a->kind == TY_ENUM && b->kind != TY_ENUM)
        return types_compatible(a->base, b);
    if (b->kind == TY_ENUM && a->kind != TY_ENUM)
        return types_compatible(a, b->base);
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TY_PTR:
        return types_compatible(a->base, b->base);
    case TY_ARRAY:
        if (a->array_len >= 0 && b->array_len >= 0 && a->array_len != b->array_len)
            return false;
        return types_compatible(a->base, b->base);
    case TY_STRUCT:
    case TY_UNION:
        return a->rec == b->rec;
    case TY_ENUM:
        return a->en == b->en;
    case TY_FUNC:
        if (!types_compatible(a->base, b->base))
            return false;
        if (!a->has_proto || !b->has_proto)
            return true;
        if (a->nparams != b->nparams || a->variadic != b->variadic)
            return false;
        for (int i = 0; i < a->nparams; i++)
            if (!types_compatible(unqualified(a->params[i]), unqualified(b->params[i])))
                return false;
        return true;
    default:
        return true; /* same basic kind */
    }
}

/* The composite of two compatible types (C11 6.2.7): takes known array sizes and prototypes. */
Type *composite_type(Type *a, Type *b) {
    if (a->kind == TY_ARRAY && b->kind == TY_ARRAY) {
        if (a->array_len < 0 && b->array_len >= 0)
            return b;
        return a;
    }
    if (a->kind == TY_FUNC && b->kind == TY_FUNC) {
        if (!a->has_proto && b->has_proto)
            return b;
        return a;
    }
    return a;
}

/* ---- record layout ---- */

void layout_record(Record *rec, const Target *target) {
    int64_t bits = 0; /* next free bit */
    int64_t size = 0;
    int align = 1;
    int pack = rec->packed;
    for (Member *m = rec->members; m; m = m->next) {
        Type *t = m->type;
        int64_t tsize = type_size(t);
        int talign = type_align(t);
        if (m->type->kind == TY_ARRAY && m->type->array_len < 0)
            tsize = 0; /* flexible array member */
        int malign = talign;
        if (pack && malign > pack)
            malign = pack;
        if (m->align > malign) /* _Alignas is never reduced by packing */
            malign = m->align;
        if (rec->is_union)
            bits = 0;
        if (m->is_bitfield) {
            int64_t unit_bits = tsize * 8;
            int w = m->bit_width;
            if (w == 0) {
                /* a zero-width bit-field ends the current unit */
                bits = align_to(bits, (int64_t)malign * 8);
                m->offset = bits / 8;
                m->bit_pos = bits;
                m->access_size = (int)tsize;
                continue;
            }
            if (!pack) {
                /* a field may not straddle a boundary of its type's alignment */
                int64_t a = (int64_t)talign * 8;
                if ((bits % a) + w > a && (bits / a) != ((bits + w - 1) / a))
                    bits = align_to(bits, a);
                (void)unit_bits;
            }
            m->bit_pos = bits;
            /* the access unit: an aligned unit of the declared type when it holds the field,
               otherwise (packed records) the smallest power-of-two run of bytes that does */
            int64_t unit_start = bits / unit_bits * unit_bits;
            int asize = (int)tsize;
            if (bits + w > unit_start + unit_bits || pack) {
                unit_start = bits / 8 * 8;
                asize = 1;
                while ((int64_t)asize * 8 < bits - unit_start + w)
                    asize *= 2;
            }
            m->offset = unit_start / 8;
            m->access_size = asize;
            int64_t within = bits - unit_start;
            m->bit_shift = target->big_endian ? (int)(asize * 8 - within - w) : (int)within;
            bits += w;
            if (m->name && malign > align) /* unnamed bit-fields do not affect alignment */
                align = malign;
            if (rec->is_union && (bits + 7) / 8 > size)
                size = (bits + 7) / 8;
            continue;
        }
        if (m->type->kind == TY_ARRAY && m->type->array_len < 0)
            rec->has_flex = true;
        bits = align_to(bits, 8);
        int64_t off = align_to(bits / 8, malign);
        m->offset = off;
        bits = (off + tsize) * 8;
        if (malign > align)
            align = malign;
        if (rec->is_union && tsize > size)
            size = tsize;
    }
    if (!rec->is_union)
        size = (bits + 7) / 8;
    if (rec->align > align) /* _Alignas or aligned attribute raised it */
        align = rec->align;
    rec->align = align;
    rec->size = align_to(size, align);
    rec->complete = true;
}

/* Finds a member by name, looking into anonymous members. Fills path with the chain of members
   from the outermost to the one named and returns its length (0: no such member). */
int find_member_path(Record *rec, Ident *name, Member **path, int depth) {
    for (Member *m = rec->members; m; m = m->next) {
        if (m->name == name && name) {
            path[depth] = m;
            return depth + 1;
        }
        if (!m->name && is_record(m->type) && m->type->rec->complete && depth < MAX_MEMBER_DEPTH - 1) {
            path[depth] = m;
            int n = find_member_path(m->type->rec, name, path, depth + 1);
            if (n)
                return n;
        }
    }
    return 0;
}

/* ---- spelling types for diagnostics ---- */

static void base_name(Buf *b, Type *t) {
    if (t->typedef_of) {
        buf_printf(b, "%s", t->typedef_of->name->name);
        return;
    }
    static const char *const names[] = {"void", "_Bool", "char", "signed char", "unsigned char", "short",
                                        "unsigned short", "int", "unsigned int", "long", "unsigned long",
                                        "long long", "unsigned long long", "float", "double", "long double"};
    if (t->kind <= TY_LDOUBLE)
        buf_printf(b, "%s", names[t->kind]);
    else if (t->kind == TY_ENUM)
        buf_printf(b, "enum %s", t->en->tag ? t->en->tag->name : "<anonymous>");
    else if (is_record(t))
        buf_printf(b, "%s %s", t->kind == TY_STRUCT ? "struct" : "union",
                   t->rec->tag ? t->rec->tag->name : "<anonymous>");
}

static void quals(Buf *b, int q, bool before) {
    if (q & Q_CONST)
        buf_printf(b, before ? "const " : " const");
    if (q & Q_VOLATILE)
        buf_printf(b, before ? "volatile " : " volatile");
    if (q & Q_RESTRICT)
        buf_printf(b, before ? "restrict " : " restrict");
}

/* Writes the declarator part around "inner" (what has been built so far). */
static void spell(Buf *out, Type *t, const char *inner) {
    if (t->typedef_of || t->kind <= TY_LDOUBLE || t->kind == TY_ENUM || is_record(t)) {
        quals(out, t->qual, true);
        base_name(out, t);
        if (inner[0])
            buf_printf(out, " %s", inner);
        return;
    }
    Buf b = {0};
    if (t->kind == TY_PTR) {
        buf_printf(&b, "*");
        quals(&b, t->qual, false);
        if (inner[0])
            buf_printf(&b, "%s%s", t->qual ? " " : "", inner);
        buf_u8(&b, 0);
        Type *base = t->base;
        if (base->kind == TY_ARRAY || base->kind == TY_FUNC) {
            char *paren = format("(%s)", (char *)b.data);
            spell(out, base, paren);
            free(paren);
        } else {
            spell(out, base, (char *)b.data);
        }
    } else if (t->kind == TY_ARRAY) {
        if (t->array_len >= 0)
            buf_printf(&b, "%s[%lld]", inner, (long long)t->array_len);
        else
            buf_printf(&b, "%s[]", inner);
        buf_u8(&b, 0);
        spell(out, t->base, (char *)b.data);
    } else if (t->kind == TY_FUNC) {
        buf_printf(&b, "%s(", inner);
        for (int i = 0; i < t->nparams; i++) {
            char *p = type_to_string(t->params[i]);
            buf_printf(&b, "%s%s", i ? ", " : "", p);
            free(p);
        }
        if (t->variadic)
            buf_printf(&b, t->nparams ? ", ..." : "...");
        else if (t->nparams == 0 && t->has_proto)
            buf_printf(&b, "void");
        buf_printf(&b, ")");
        buf_u8(&b, 0);
        spell(out, t->base, (char *)b.data);
    }
    buf_free(&b);
}

char *type_to_string(Type *t) {
    Buf b = {0};
    spell(&b, t, "");
    buf_u8(&b, 0);
    return (char *)b.data;
}
