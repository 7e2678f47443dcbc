/* Debug information: C types, functions, variables and scopes as DWARF entries (linker/dwarf.c
   encodes and places them). The shapes follow what gcc -O0 -g emits, so that debuggers show
   mica's programs the way they show gcc's. */
#define _POSIX_C_SOURCE 200809L /* getcwd from the host libc */
#include "debuginfo.h"
#include "incremental.h"
#include "version.h"
#include "../linker/dwarf.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct TypeKey {
    int kind; /* 0 base, 1 pointer, 2 qualified, 3 typedef, 4 record, 5 enum, 6 other (by type) */
    int qual;
    uintptr_t ref;
} TypeKey;

struct DebugInfo {
    CompileUnit *cu;
    DwarfUnit *unit;
    Map types; /* TypeKey -> entry + 1 */
    Arena keys;
    VEC(Obj *) declared; /* functions used but not defined here */
    bool keyed;          /* incremental: type entries are found again from build to build */
};

/* An incremental build finds the entry an earlier build made for a type by a key that does not
   depend on this process: a kind letter and a digest of the type (or the entries it wraps). */
typedef struct StableKey {
    uint8_t bytes[17];
} StableKey;

static StableKey key_of_type(char kind, Type *t) {
    StableKey k;
    Digest dg = type_digest(t, true);
    k.bytes[0] = (uint8_t)kind;
    memcpy(k.bytes + 1, &dg.a, 8);
    memcpy(k.bytes + 9, &dg.b, 8);
    return k;
}

static StableKey key_of_entry(char kind, int q, uint32_t inner) {
    StableKey k;
    memset(&k, 0, sizeof k);
    k.bytes[0] = (uint8_t)kind;
    k.bytes[1] = (uint8_t)q;
    memcpy(k.bytes + 2, &inner, 4);
    return k;
}

static uint32_t type_entry(DebugInfo *d, Type *t);

/* ---- types ---- */

static uint32_t cached(DebugInfo *d, TypeKey key) {
    return (uint32_t)(uintptr_t)map_get(&d->types, (const char *)&key, (int)sizeof key);
}

static void remember(DebugInfo *d, TypeKey key, uint32_t entry) {
    TypeKey *k = arena_alloc(&d->keys, sizeof key);
    *k = key;
    map_put(&d->types, (const char *)k, (int)sizeof key, (void *)(uintptr_t)(entry + 1));
}

/* The entry an earlier build made (incremental), remembered for this one; 0: none. */
static uint32_t found_again(DebugInfo *d, TypeKey key, StableKey stable) {
    if (!d->keyed)
        return 0;
    uint32_t e = dwarf_keyed(d->unit, stable.bytes, (int)sizeof stable.bytes);
    if (e)
        remember(d, key, e);
    return e;
}

/* a new type entry, remembered (and keyed in incremental builds) */
static uint32_t new_type_entry(DebugInfo *d, TypeKey key, StableKey stable) {
    uint32_t e = dwarf_entry_new(d->unit);
    remember(d, key, e);
    if (d->keyed)
        dwarf_set_key(d->unit, e, stable.bytes, (int)sizeof stable.bytes);
    return e;
}

static TypeKey make_key(int kind, int qual, uintptr_t ref) {
    TypeKey k;
    memset(&k, 0, sizeof k);
    k.kind = kind;
    k.qual = qual;
    k.ref = ref;
    return k;
}

static void decl_attrs(DebugInfo *d, uint32_t e, SrcLoc loc) {
    DwarfUnit *u = d->unit;
    dwarf_udata(u, e, loc.file ? dwarf_file(u, loc.file) : 0);
    dwarf_line(u, e, loc.line);
    dwarf_udata(u, e, loc.col);
}

static const char *base_name(Type *t) {
    switch (t->kind) {
    case TY_BOOL: return "_Bool";
    case TY_CHAR: return "char";
    case TY_SCHAR: return "signed char";
    case TY_UCHAR: return "unsigned char";
    case TY_SHORT: return "short int";
    case TY_USHORT: return "short unsigned int";
    case TY_INT: return "int";
    case TY_UINT: return "unsigned int";
    case TY_LONG: return "long int";
    case TY_ULONG: return "long unsigned int";
    case TY_LLONG: return "long long int";
    case TY_ULLONG: return "long long unsigned int";
    case TY_FLOAT: return "float";
    case TY_DOUBLE: return "double";
    default: return "long double";
    }
}

static int base_encoding(Type *t) {
    switch (t->kind) {
    case TY_BOOL: return DW_ATE_boolean;
    case TY_CHAR: return is_unsigned(t) ? DW_ATE_unsigned_char : DW_ATE_signed_char;
    case TY_SCHAR: return DW_ATE_signed_char;
    case TY_UCHAR: return DW_ATE_unsigned_char;
    case TY_FLOAT: case TY_DOUBLE: case TY_LDOUBLE: return DW_ATE_float;
    default: return is_unsigned(t) ? DW_ATE_unsigned : DW_ATE_signed;
    }
}

/* a type reference attribute, or none for void (the abbreviation says which) */
static void type_ref(DebugInfo *d, uint32_t e, Type *t) {
    dwarf_ref(d->unit, e, type_entry(d, t));
}

static uint32_t record_entry(DebugInfo *d, Type *t) {
    DwarfUnit *u = d->unit;
    Record *rec = t->rec;
    TypeKey key = make_key(4, 0, (uintptr_t)rec);
    uint32_t e = cached(d, key);
    if (e)
        return e - 1;
    StableKey stable = d->keyed ? key_of_type('R', t) : key_of_entry(0, 0, 0);
    if ((e = found_again(d, key, stable)) != 0)
        return e;
    e = new_type_entry(d, key, stable); /* before the members: they may point back at this record */
    bool is_union = rec->is_union;
    if (!rec->complete) {
        dwarf_die(u, e, is_union ? AB_UNION_DECL : AB_STRUCT_DECL);
        dwarf_strp(u, e, rec->tag ? rec->tag->name : "");
        return e;
    }
    if (rec->tag) {
        dwarf_die(u, e, is_union ? AB_UNION : AB_STRUCT);
        dwarf_strp(u, e, rec->tag->name);
    } else {
        dwarf_die(u, e, is_union ? AB_UNION_ANON : AB_STRUCT_ANON);
    }
    dwarf_udata(u, e, (uint64_t)rec->size);
    decl_attrs(d, e, rec->loc);
    for (Member *m = rec->members; m; m = m->next) {
        if (m->is_bitfield && !m->name)
            continue; /* unnamed bit-fields are padding */
        if (m->is_bitfield) {
            dwarf_die(u, e, AB_MEMBER_BITFIELD);
            dwarf_strp(u, e, m->name->name);
            decl_attrs(d, e, m->loc);
            type_ref(d, e, m->type);
            dwarf_udata(u, e, (uint64_t)m->bit_width);
            dwarf_udata(u, e, (uint64_t)m->bit_pos);
        } else if (m->name) {
            dwarf_die(u, e, AB_MEMBER);
            dwarf_strp(u, e, m->name->name);
            decl_attrs(d, e, m->loc);
            type_ref(d, e, m->type);
            dwarf_udata(u, e, (uint64_t)m->offset);
        } else {
            dwarf_die(u, e, AB_MEMBER_ANON);
            decl_attrs(d, e, m->loc);
            type_ref(d, e, m->type);
            dwarf_udata(u, e, (uint64_t)m->offset);
        }
    }
    dwarf_end_children(u, e);
    return e;
}

static uint32_t enum_entry(DebugInfo *d, Type *t) {
    DwarfUnit *u = d->unit;
    EnumInfo *en = t->en;
    TypeKey key = make_key(5, 0, (uintptr_t)en);
    uint32_t e = cached(d, key);
    if (e)
        return e - 1;
    StableKey stable = d->keyed ? key_of_type('E', t) : key_of_entry(0, 0, 0);
    if ((e = found_again(d, key, stable)) != 0)
        return e;
    e = new_type_entry(d, key, stable);
    if (!en->complete) {
        dwarf_die(u, e, AB_ENUM_DECL);
        dwarf_strp(u, e, en->tag ? en->tag->name : "");
        return e;
    }
    if (en->tag) {
        dwarf_die(u, e, AB_ENUM);
        dwarf_strp(u, e, en->tag->name);
    } else {
        dwarf_die(u, e, AB_ENUM_ANON);
    }
    dwarf_data(u, e, is_unsigned(t->base) ? DW_ATE_unsigned : DW_ATE_signed, 1);
    dwarf_udata(u, e, (uint64_t)t->base->size);
    type_ref(d, e, t->base);
    decl_attrs(d, e, en->loc);
    for (Enumerator *x = en->list; x; x = x->next) {
        dwarf_die(u, e, AB_ENUMERATOR);
        dwarf_strp(u, e, x->name->name);
        dwarf_sdata(u, e, x->value);
    }
    dwarf_end_children(u, e);
    return e;
}

static uint32_t array_entry(DebugInfo *d, Type *t) {
    DwarfUnit *u = d->unit;
    TypeKey key = make_key(6, 0, (uintptr_t)t);
    uint32_t e = cached(d, key);
    if (e)
        return e - 1;
    /* like gcc: one array type with a subrange per dimension */
    Type *elem = t;
    while (elem->kind == TY_ARRAY)
        elem = elem->base;
    uint32_t elem_entry = type_entry(d, elem);
    Type *index = types_target()->ptr_size == 8 ? ty_ulong : ty_uint;
    uint32_t index_entry = type_entry(d, index);
    StableKey stable = d->keyed ? key_of_type('A', t) : key_of_entry(0, 0, 0);
    if ((e = found_again(d, key, stable)) != 0)
        return e;
    e = new_type_entry(d, key, stable);
    dwarf_die(u, e, AB_ARRAY);
    dwarf_ref(u, e, elem_entry);
    for (Type *a = t; a->kind == TY_ARRAY; a = a->base) {
        if (a->array_len > 0) {
            dwarf_die(u, e, AB_SUBRANGE);
            dwarf_ref(u, e, index_entry);
            dwarf_udata(u, e, (uint64_t)(a->array_len - 1));
        } else {
            dwarf_die(u, e, AB_SUBRANGE_NOBOUND);
            dwarf_ref(u, e, index_entry);
        }
    }
    dwarf_end_children(u, e);
    return e;
}

static uint32_t function_type_entry(DebugInfo *d, Type *t) {
    DwarfUnit *u = d->unit;
    TypeKey key = make_key(6, 0, (uintptr_t)t);
    uint32_t e = cached(d, key);
    if (e)
        return e - 1;
    bool returns_void = t->base->kind == TY_VOID && !t->base->qual;
    uint32_t ret = returns_void ? 0 : type_entry(d, t->base);
    uint32_t *params = xcalloc((size_t)t->nparams + 1, sizeof(uint32_t));
    for (int i = 0; i < t->nparams; i++)
        params[i] = type_entry(d, t->params[i]);
    StableKey stable = d->keyed ? key_of_type('F', t) : key_of_entry(0, 0, 0);
    if ((e = found_again(d, key, stable)) != 0) {
        free(params);
        return e;
    }
    e = new_type_entry(d, key, stable);
    dwarf_die_flags(u, e, returns_void ? AB_SUBROUTINE_TYPE_VOID : AB_SUBROUTINE_TYPE,
                    t->has_proto ? DWARF_FLAG_PROTOTYPED : 0);
    if (!returns_void)
        dwarf_ref(u, e, ret);
    for (int i = 0; i < t->nparams; i++) {
        dwarf_die(u, e, AB_PARAM_TYPE);
        dwarf_ref(u, e, params[i]);
    }
    if (t->variadic || !t->has_proto) /* as gcc: unknown parameters are unspecified ones */
        dwarf_die(u, e, AB_UNSPECIFIED_PARAMS);
    dwarf_end_children(u, e);
    free(params);
    return e;
}

static uint32_t typedef_entry(DebugInfo *d, Obj *td) {
    DwarfUnit *u = d->unit;
    TypeKey key = make_key(3, 0, (uintptr_t)td);
    uint32_t e = cached(d, key);
    if (e)
        return e - 1;
    StableKey stable = d->keyed ? key_of_type('T', with_typedef(td->type, td)) : key_of_entry(0, 0, 0);
    if ((e = found_again(d, key, stable)) != 0)
        return e;
    e = new_type_entry(d, key, stable);
    bool is_void = td->type->kind == TY_VOID && !td->type->qual && !td->type->typedef_of;
    uint32_t target = is_void ? 0 : type_entry(d, td->type);
    dwarf_die(u, e, is_void ? AB_TYPEDEF_VOID : AB_TYPEDEF);
    dwarf_strp(u, e, td->name->name);
    decl_attrs(d, e, td->loc);
    if (!is_void)
        dwarf_ref(u, e, target);
    return e;
}

/* Wraps an entry (0: void) in qualifier entries: volatile outside const, restrict outermost. */
static uint32_t qualify(DebugInfo *d, uint32_t inner, int qual) {
    static const int order[] = {Q_CONST, Q_VOLATILE, Q_RESTRICT};
    for (int i = 0; i < 3; i++) {
        int q = order[i];
        if (!(qual & q))
            continue;
        TypeKey key = make_key(2, q, inner);
        uint32_t e = cached(d, key);
        if (e) {
            inner = e - 1;
            continue;
        }
        StableKey stable = key_of_entry('Q', q, inner);
        if ((e = found_again(d, key, stable)) != 0) {
            inner = e;
            continue;
        }
        e = new_type_entry(d, key, stable);
        if (q == Q_CONST)
            dwarf_die(d->unit, e, inner ? AB_CONST : AB_CONST_VOID);
        else if (q == Q_VOLATILE)
            dwarf_die(d->unit, e, inner ? AB_VOLATILE : AB_VOLATILE_VOID);
        else
            dwarf_die(d->unit, e, AB_RESTRICT);
        if (inner || q == Q_RESTRICT)
            dwarf_ref(d->unit, e, inner);
        inner = e;
    }
    return inner;
}

/* The entry describing a C type (0 for plain void, which DWARF describes by omission). */
static uint32_t type_entry(DebugInfo *d, Type *t) {
    DwarfUnit *u = d->unit;
    int qual = t->qual & (Q_CONST | Q_VOLATILE | Q_RESTRICT);
    if (t->typedef_of) {
        int extra = qual & ~t->typedef_of->type->qual;
        return qualify(d, typedef_entry(d, t->typedef_of), extra);
    }
    if (qual && t->kind != TY_ARRAY)
        return qualify(d, type_entry(d, t->unqual), qual);
    switch (t->kind) {
    case TY_VOID:
        return 0;
    case TY_PTR: {
        uint32_t target = type_entry(d, t->base);
        bool to_void = target == 0;
        TypeKey key = make_key(1, 0, target);
        uint32_t e = cached(d, key);
        if (e)
            return e - 1;
        StableKey stable = key_of_entry('P', 0, target);
        if ((e = found_again(d, key, stable)) != 0)
            return e;
        e = new_type_entry(d, key, stable);
        dwarf_die(u, e, to_void ? AB_VOID_POINTER : AB_POINTER);
        dwarf_udata(u, e, (uint64_t)types_target()->ptr_size);
        if (!to_void)
            dwarf_ref(u, e, target);
        return e;
    }
    case TY_ARRAY:
        return array_entry(d, t);
    case TY_FUNC:
        return function_type_entry(d, t);
    case TY_STRUCT:
    case TY_UNION:
        return record_entry(d, t);
    case TY_ENUM:
        return enum_entry(d, t);
    default: {
        TypeKey key = make_key(0, 0, (uintptr_t)t->kind);
        uint32_t e = cached(d, key);
        if (e)
            return e - 1;
        StableKey stable = key_of_entry('B', 0, (uint32_t)t->kind);
        if ((e = found_again(d, key, stable)) != 0)
            return e;
        e = new_type_entry(d, key, stable);
        dwarf_die(u, e, AB_BASE_TYPE);
        dwarf_udata(u, e, (uint64_t)t->size);
        dwarf_data(u, e, (uint64_t)base_encoding(t), 1);
        dwarf_strp(u, e, base_name(t));
        return e;
    }
    }
}

/* ---- units ---- */

DebugInfo *debug_begin(CompileUnit *cu, uint32_t main_source) {
    DebugInfo *d = xcalloc(1, sizeof(DebugInfo));
    d->cu = cu;
    d->keyed = cu->incr != NULL;
    if (cu->incr && incr_dwarf_unit(cu) >= 0) { /* the unit of the last build */
        d->unit = dwarf_unit_get(cu->linker, incr_dwarf_unit(cu));
        return d;
    }
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        strcpy(cwd, ".");
    d->unit = dwarf_unit_begin(cu->linker, main_source, cu->path, cwd, "mica " MICA_VERSION);
    if (cu->incr)
        incr_set_dwarf_unit(cu, dwarf_unit_index(d->unit));
    return d;
}

static bool is_void_type(Type *t) {
    return t->kind == TY_VOID && !t->qual && !t->typedef_of;
}

void debug_declare_function(DebugInfo *d, Obj *fn) {
    for (int i = 0; i < d->declared.len; i++)
        if (d->declared.data[i] == fn)
            return;
    vec_push(&d->declared, fn);
}

/* The declaration of a function this unit calls but does not define, as gcc gives it. */
uint32_t debug_function_declaration(DebugInfo *d, Obj *fn) {
    DwarfUnit *u = d->unit;
    Type *ft = fn->type;
    TypeKey key = make_key(7, 0, (uintptr_t)fn);
    uint32_t e = cached(d, key);
    if (e)
        return e - 1;
    StableKey stable;
    if (d->keyed) {
        /* the name, where it was declared and its type */
        Hasher h;
        hasher_init(&h, 0x7e);
        hash_text(&h, fn->name->name);
        hash_u64(&h, fn->loc.line);
        hash_u64(&h, fn->loc.col);
        hash_text(&h, fn->loc.file ? source_get(fn->loc.file)->name : "");
        hash_type(&h, ft, true);
        Digest dg = hasher_digest(&h);
        stable.bytes[0] = 'D';
        memcpy(stable.bytes + 1, &dg.a, 8);
        memcpy(stable.bytes + 9, &dg.b, 8);
        if ((e = found_again(d, key, stable)) != 0)
            return e;
    }
    bool v = is_void_type(ft->base);
    uint32_t ret = v ? 0 : type_entry(d, ft->base);
    uint32_t *params = xcalloc((size_t)ft->nparams + 1, sizeof(uint32_t));
    for (int k = 0; k < ft->nparams; k++)
        params[k] = type_entry(d, ft->params[k]);
    dwarf_set_line_base(u, 0);
    e = d->keyed ? new_type_entry(d, key, stable) : dwarf_entry_new(u);
    dwarf_die_flags(u, e, v ? AB_SUBPROGRAM_DECL_VOID : AB_SUBPROGRAM_DECL,
                    DWARF_FLAG_EXTERNAL | (ft->has_proto ? DWARF_FLAG_PROTOTYPED : 0));
    dwarf_strp(u, e, fn->name->name);
    decl_attrs(d, e, fn->loc);
    if (!v)
        dwarf_ref(u, e, ret);
    for (int k = 0; k < ft->nparams; k++) {
        dwarf_die(u, e, AB_PARAM_DECL);
        dwarf_ref(u, e, params[k]);
    }
    if (ft->variadic)
        dwarf_die(u, e, AB_UNSPECIFIED_PARAMS);
    dwarf_end_children(u, e);
    free(params);
    return e;
}

void debug_end(DebugInfo *d) {
    /* functions called here but defined elsewhere (incremental builds declare them from the
       declaration records instead) */
    for (int i = 0; i < d->declared.len && !d->keyed; i++)
        if (!d->declared.data[i]->is_defined)
            debug_function_declaration(d, d->declared.data[i]);
    vec_free(&d->declared);
    map_free(&d->types);
    arena_free(&d->keys);
    free(d);
}

/* ---- variables and functions ---- */

static void static_location(DebugInfo *d, uint32_t e, Obj *var) {
    uint32_t sym = cu_symbol(d->cu, var);
    if (var->is_tls)
        dwarf_location_tls(d->unit, e, sym);
    else
        dwarf_location_addr(d->unit, e, sym);
}

/* Incremental builds: the entries of a declaration are relative to its first line. */
static void begin_declaration(DebugInfo *d) {
    dwarf_set_line_base(d->unit, d->cu->incr ? incr_line_base(d->cu) : 0);
}

void debug_variable(DebugInfo *d, Obj *var) {
    if (!var->name || var->is_static_local)
        return; /* anonymous objects, and block-scope statics which their function describes */
    DwarfUnit *u = d->unit;
    begin_declaration(d);
    uint32_t type = type_entry(d, var->type);
    uint32_t e = dwarf_entry_new(u);
    if (d->cu->incr)
        incr_owned_entry(d->cu, e);
    dwarf_die(u, e, var->storage == SC_STATIC ? AB_VARIABLE : AB_GLOBAL_VARIABLE);
    dwarf_strp(u, e, var->name->name);
    decl_attrs(d, e, var->loc);
    dwarf_ref(u, e, type);
    static_location(d, e, var);
}

static void local_variable(DebugInfo *d, uint32_t e, const IRVar *v, const MachineCode *mc) {
    DwarfUnit *u = d->unit;
    Obj *o = v->obj;
    uint32_t type = type_entry(d, o->type);
    dwarf_die(u, e, o->is_param ? AB_FORMAL_PARAMETER : AB_VARIABLE);
    dwarf_strp(u, e, o->name->name);
    decl_attrs(d, e, o->loc);
    dwarf_ref(u, e, type);
    if (v->slot < 0)
        static_location(d, e, o);
    else
        dwarf_location_fbreg(u, e, mc->slot_offsets[v->slot], mc->slot_indirect[v->slot]);
}

/* A scope gets a lexical block when it declares something; scopes without declarations let
   their children go up to the nearest one that is described. */
static bool scope_has_vars(const IRFunc *ir, int scope) {
    for (int i = 0; i < ir->vars.len; i++)
        if (ir->vars.data[i].scope == scope)
            return true;
    return false;
}

static void scope_children(DebugInfo *d, uint32_t e, const IRFunc *ir, const MachineCode *mc, int scope,
                           uint64_t code_size) {
    DwarfUnit *u = d->unit;
    /* parameters first (then '...' for a variadic function), then the variables */
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < ir->vars.len; i++)
            if (ir->vars.data[i].scope == scope && ir->vars.data[i].obj->is_param == (pass == 0))
                local_variable(d, e, &ir->vars.data[i], mc);
        if (pass == 0 && scope == 0 && ir->type->variadic)
            dwarf_die(u, e, AB_UNSPECIFIED_PARAMS);
    }
    for (int s = scope + 1; s < ir->scopes.len; s++) {
        if (ir->scopes.data[s].parent != scope)
            continue;
        if (!scope_has_vars(ir, s)) {
            scope_children(d, e, ir, mc, s, code_size);
            continue;
        }
        const IRScope *sc = &ir->scopes.data[s];
        uint32_t lo = mc->inst_pc[sc->first_inst];
        uint32_t hi = mc->inst_pc[sc->end_inst];
        if (hi < lo)
            hi = lo;
        dwarf_die(u, e, AB_LEXICAL_BLOCK);
        dwarf_addr(u, e, ir->sym, lo);
        dwarf_data(u, e, hi - lo, 8);
        scope_children(d, e, ir, mc, s, code_size);
        dwarf_end_children(u, e);
    }
}

void debug_function(DebugInfo *d, Obj *fn, const IRFunc *ir, const MachineCode *mc) {
    DwarfUnit *u = d->unit;
    uint64_t size = mc->code.len;
    Type *ft = fn->type;
    begin_declaration(d);
    bool v = is_void_type(ft->base);
    uint32_t ret = v ? 0 : type_entry(d, ft->base);
    /* the types of the variables first, so that the function's entry is written in one go */
    for (int i = 0; i < ir->vars.len; i++)
        type_entry(d, ir->vars.data[i].obj->type);
    uint32_t e = dwarf_entry_new(u);
    if (d->cu->incr)
        incr_owned_entry(d->cu, e);
    bool external = fn->storage != SC_STATIC && !(fn->is_inline && !fn->has_plain_decl);
    dwarf_die_flags(u, e, v ? AB_SUBPROGRAM_VOID : AB_SUBPROGRAM,
                    (external ? DWARF_FLAG_EXTERNAL : 0) | (fn->is_noreturn ? DWARF_FLAG_NORETURN : 0) |
                        (ft->has_proto ? DWARF_FLAG_PROTOTYPED : 0));
    dwarf_strp(u, e, fn->name->name);
    decl_attrs(d, e, fn->loc);
    if (!v)
        dwarf_ref(u, e, ret);
    dwarf_addr(u, e, ir->sym, 0);
    dwarf_data(u, e, size, 8);
    Buf *b = dwarf_entry_buf(u, e);
    buf_uleb(b, 1);
    buf_u8(b, DW_OP_call_frame_cfa);
    scope_children(d, e, ir, mc, 0, size);
    dwarf_end_children(u, e);
    uint32_t seq = dwarf_function_code(u, ir->sym, mc, size);
    if (d->cu->incr)
        incr_owned_func(d->cu, seq);
}
