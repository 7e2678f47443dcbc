/* From finished declarations to linker atoms: lower, generate code, hand to the linker. */
#include "compile.h"
#include "debuginfo.h"
#include "incremental.h"
#include "../linker/dwarf.h"

#include <stdio.h>
#include <stdlib.h>

/* a file-scope object that declarations refer to by name (not a literal or a block-scope static) */
static bool is_named(Obj *o) {
    return o->name && !o->is_static_local && !(o->link_name && o->link_name[0] == '.');
}

static bool has_internal_linkage(Obj *o) {
    if (o->storage == SC_STATIC || o->is_static_local)
        return true;
    if (o->link_name && o->link_name[0] == '.')
        return true;
    /* a C99 inline definition provides no external definition: keep it private */
    return o->kind == OBJ_FUNC && o->is_inline && !o->has_plain_decl;
}

uint32_t cu_symbol(CompileUnit *cu, Obj *o) {
    /* every declaration referring to a function the unit does not define notes it (not only
       the first): the unit's DWARF declares the function while any of them remains */
    if (cu->incr && cu->debug && o->kind == OBJ_FUNC && !o->is_defined)
        incr_called(cu, o);
    if (o->sym)
        return o->sym;
    const char *name = o->link_name ? o->link_name : o->name->name;
    if (has_internal_linkage(o)) {
        if (cu->incr && is_named(o))
            o->sym = incr_local_symbol(cu, name); /* other declarations refer to it from build to build */
        else
            o->sym = link_local(cu->linker, name);
        if (name[0] == '.')
            link_sym(cu->linker, o->sym)->hidden = true;
    } else {
        o->sym = link_global(cu->linker, name);
    }
    Symbol *s = link_sym(cu->linker, o->sym);
    if (!s->loc.file)
        s->loc = o->loc;
    if (cu->debug && o->kind == OBJ_FUNC && !o->is_defined)
        debug_declare_function(cu->debug, o);
    return o->sym;
}

/* Defines a symbol's atom; an incremental build records it with the declaration generated. */
static void cu_define(CompileUnit *cu, uint32_t sym, bool named, SectionKind sec, const uint8_t *bytes, uint64_t size,
                      uint32_t align, const Reloc *relocs, int nrelocs, uint8_t symtype) {
    if (cu->incr)
        incr_define(cu, sym, named, sec, bytes, size, align, relocs, nrelocs, symtype);
    else
        link_define(cu->linker, sym, sec, bytes, size, align, relocs, nrelocs, symtype);
}

uint32_t cu_string(CompileUnit *cu, const uint8_t *data, int64_t len, int align) {
    /* identical literals share one atom; the key includes the alignment */
    char *key = arena_alloc(&cu->arena, (size_t)len + 1);
    memcpy(key, data, (size_t)len);
    key[len] = (char)align;
    uint32_t sym = (uint32_t)(uintptr_t)map_get(&cu->strings, key, (int)len + 1);
    if (sym)
        return sym;
    char name[32];
    snprintf(name, sizeof name, ".L.str.%d", cu->anon_count++);
    sym = link_local(cu->linker, name);
    link_sym(cu->linker, sym)->hidden = true;
    cu_define(cu, sym, false, SEC_RODATA, data, (uint64_t)len, (uint32_t)align, NULL, 0, SYMT_OBJECT);
    map_put(&cu->strings, key, (int)len + 1, (void *)(uintptr_t)sym);
    return sym;
}

static CompileUnit *printing_unit; /* for symbol_name, which the printer calls back */

static const char *symbol_name(uint32_t sym) {
    return link_sym(printing_unit->linker, sym)->name;
}

void cu_function(CompileUnit *cu, Obj *fn, Node *body, Obj **params, int nparams, Arena *fn_arena) {
    if (cu->incr && !incr_function(cu, fn))
        return; /* unchanged since the last build */
    IRFunc *ir = lower_function(cu, fn, body, params, nparams, fn_arena);
    if (error_count || cu->opts->emit_ir) {
        if (!error_count) {
            Buf b = {0};
            printing_unit = cu;
            ir_print_func(ir, &b, symbol_name);
            fwrite(b.data, 1, b.len, cu->opts->ir_out);
            buf_free(&b);
        }
        ir_free(ir);
        return;
    }
    const Backend *be = cu->target->backend;
    CodegenOptions cg;
    cg.via_got = cu->opts->via_got;
    cg.debug = cu->opts->debug;
    cg.opt_level = cu->opts->opt_level;
    MachineCode mc;
    memset(&mc, 0, sizeof mc);
    be->gen_function(cu->target, ir, &cg, &mc);
    cu_define(cu, ir->sym, true, SEC_TEXT, mc.code.data, mc.code.len, 16, mc.relocs.data, mc.relocs.len, SYMT_FUNC);
    Buf cfi = {0}; /* kept with every function: libraries built without -g unwind too */
    dwarf_encode_cfi(cu->target, &mc, &cfi);
    link_set_frame(cu->linker, ir->sym, cfi.data, cfi.len);
    buf_free(&cfi);
    if (cu->debug)
        debug_function(cu->debug, fn, ir, &mc);
    mc_free(&mc);
    ir_free(ir);
}

static bool all_zero(const uint8_t *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}

static bool is_const_object(Type *t) {
    while (t->kind == TY_ARRAY)
        t = t->base;
    return (t->qual & Q_CONST) && !(t->qual & Q_VOLATILE);
}

void cu_variable(CompileUnit *cu, Obj *var, Initializer *init) {
    if (var->is_emitted)
        return;
    if (cu->incr && incr_defer_variable(cu, var, init))
        return; /* generated at the end of its declaration, if it changed */
    var->is_emitted = true;
    Buf bytes = {0};
    DataRelocs relocs = {0};
    if (init && !static_init_data(cu, var->type, init, &bytes, &relocs)) {
        buf_free(&bytes);
        vec_free(&relocs);
        return;
    }
    uint64_t size = (uint64_t)type_size(var->type);
    if (!init)
        buf_zeros(&bytes, size);
    int align = type_align(var->type);
    if (var->align > align)
        align = var->align;
    bool zero = relocs.len == 0 && all_zero(bytes.data, bytes.len);
    SectionKind sec;
    if (var->is_tls)
        sec = zero ? SEC_TBSS : SEC_TDATA;
    else if (is_const_object(var->type))
        sec = SEC_RODATA;
    else
        sec = zero ? SEC_BSS : SEC_DATA;
    if (cu->opts->emit_ir) {
        fprintf(cu->opts->ir_out, "data %s: %s size %llu align %d\n", var->link_name ? var->link_name : var->name->name,
                sec == SEC_BSS || sec == SEC_TBSS ? "zero" : "bytes", (unsigned long long)size, align);
        buf_free(&bytes);
        vec_free(&relocs);
        return;
    }
    VEC(Reloc) rel = {0};
    int kind = cu->target->backend->abs_ptr_reloc;
    for (int i = 0; i < relocs.len; i++) {
        Reloc r;
        r.offset = (uint64_t)relocs.data[i].offset;
        r.sym = relocs.data[i].sym;
        r.kind = kind;
        r.addend = relocs.data[i].addend;
        vec_push(&rel, r);
    }
    uint32_t sym = cu_symbol(cu, var);
    if (cu->debug)
        debug_variable(cu->debug, var);
    cu_define(cu, sym, is_named(var), sec, sec == SEC_BSS || sec == SEC_TBSS ? NULL : bytes.data, size,
              (uint32_t)align, rel.data, rel.len, var->is_tls ? SYMT_TLS : SYMT_OBJECT);
    vec_free(&rel);
    buf_free(&bytes);
    vec_free(&relocs);
}

void cu_finish(CompileUnit *cu) {
    for (int i = 0; i < cu->tentative.len; i++) {
        Obj *o = cu->tentative.data[i];
        if (o->is_defined || o->is_emitted)
            continue;
        if (o->type->kind == TY_ARRAY && o->type->array_len < 0) {
            warn_at(o->loc, "array '%s' assumed to have one element", o->name->name);
            o->type = array_of(o->type->base, 1);
        }
        if (!is_complete(o->type)) {
            error_at(o->loc, "storage size of '%s' isn't known", o->name->name);
            continue;
        }
        if (cu->incr)
            incr_decl_begin(cu, 0);
        cu_variable(cu, o, NULL);
        if (cu->incr)
            incr_decl_end(cu);
    }
    if (cu->incr && !error_count)
        incr_unit_finish(cu, cu->pp);
    if (cu->debug) {
        debug_end(cu->debug);
        cu->debug = NULL;
    }
}
