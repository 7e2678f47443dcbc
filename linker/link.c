/* Symbols, atoms, the per-section atom allocator and GOT slots. */
#include "dwarf.h"
#include "incremental.h"
#include "link_internal.h"

#include <stdlib.h>

static void grow_globals(Linker *l);

static const char *const section_names[SEC_COUNT] = {".text", ".rodata", ".data", ".bss", ".tdata", ".tbss", ".got"};

Linker *link_new(const Target *t, const LinkOptions *opts) {
    Linker *l = xcalloc(1, sizeof(Linker));
    l->t = t;
    l->opts = *opts;
    Symbol none;
    memset(&none, 0, sizeof none);
    none.atom = -1;
    none.got_slot = -1;
    vec_push(&l->syms, none);
    for (int k = 0; k < SEC_COUNT; k++) {
        Section *s = &l->secs[k];
        s->name = section_names[k];
        s->kind = (SectionKind)k;
        s->align = 1;
        s->first = s->last = -1;
    }
    l->secs[SEC_GOT].align = (uint32_t)t->ptr_size;
    grow_globals(l);
    return l;
}

void link_free(Linker *l) {
    dwarf_free(l);
    incr_free(l);
    for (int i = 0; i < l->atoms.len; i++) {
        free(l->atoms.data[i].bytes);
        free(l->atoms.data[i].relocs);
    }
    vec_free(&l->atoms);
    vec_free(&l->reloc_groups);
    for (int k = 0; k < STORED_PARTS; k++)
        state_forget_array(&l->stored[k]);
    vec_free(&l->syms);
    vec_free(&l->got);
    vec_free(&l->free_got);
    vec_free(&l->free_atoms);
    for (int k = 0; k < SEC_COUNT; k++)
        vec_free(&l->secs[k].free_list);
    free(l->globals.slots);
    arena_free(&l->names);
    arena_free(&l->frames);
    free(l);
}

/* name (len bytes and a NUL): in l->names, or in the state */
static uint32_t add_symbol(Linker *l, const char *name, size_t len, int binding) {
    Symbol s;
    memset(&s, 0, sizeof s);
    s.name = name;
    s.name_len = (uint32_t)len;
    s.binding = (uint8_t)binding;
    s.atom = -1;
    s.got_slot = -1;
    vec_push(&l->syms, s);
    return (uint32_t)(l->syms.len - 1);
}

static uint32_t new_symbol(Linker *l, const char *name, int binding) {
    size_t len = strlen(name);
    return add_symbol(l, arena_strndup(&l->names, name, len), len, binding);
}

uint32_t link_add_kept(Linker *l, const char *name, size_t len, bool global) {
    return add_symbol(l, name, len, global ? SYM_GLOBAL : SYM_LOCAL);
}

/* ---- the globals by name ---- */

/* the slot of name: the one with its symbol, or the empty one where it would go */
static uint32_t *global_slot(Linker *l, const char *name, size_t len) {
    GlobalIndex *g = &l->globals;
    uint32_t mask = g->cap - 1;
    for (uint32_t s = (uint32_t)hash_bytes(name, len) & mask;; s = (s + 1) & mask) {
        uint32_t id = g->slots[s];
        if (!id || (l->syms.data[id].name_len == len && !memcmp(l->syms.data[id].name, name, len)))
            return &g->slots[s];
    }
}

static void grow_globals(Linker *l) {
    GlobalIndex *g = &l->globals;
    uint32_t *old = g->slots, old_cap = g->cap;
    g->cap = old_cap ? old_cap * 2 : 64;
    g->slots = xcalloc(g->cap, sizeof *g->slots);
    for (uint32_t i = 0; i < old_cap; i++)
        if (old[i])
            *global_slot(l, l->syms.data[old[i]].name, l->syms.data[old[i]].name_len) = old[i];
    free(old);
}

uint32_t link_global(Linker *l, const char *name) {
    GlobalIndex *g = &l->globals;
    if ((g->count + 1) * 2 > g->cap)
        grow_globals(l);
    uint32_t *slot = global_slot(l, name, strlen(name));
    if (!*slot) {
        *slot = new_symbol(l, name, SYM_GLOBAL);
        g->count++;
    }
    return *slot;
}

uint32_t link_find_global(Linker *l, const char *name) {
    return *global_slot(l, name, strlen(name));
}

bool link_set_globals(Linker *l, uint32_t *slots, uint32_t cap) {
    GlobalIndex *g = &l->globals;
    if (!cap || cap & (cap - 1)) {
        free(slots);
        return false;
    }
    uint8_t *seen = xcalloc((size_t)l->syms.len, 1);
    uint32_t count = 0, globals = 0;
    bool ok = true;
    for (uint32_t i = 0; i < cap && ok; i++) {
        uint32_t id = slots[i];
        if (!id)
            continue;
        ok = id < (uint32_t)l->syms.len && l->syms.data[id].binding != SYM_LOCAL && !seen[id];
        if (ok)
            seen[id] = 1;
        count++;
    }
    free(seen);
    for (int i = 1; i < l->syms.len; i++)
        globals += l->syms.data[i].binding != SYM_LOCAL;
    if (!ok || count != globals || (uint64_t)count * 2 > cap) {
        free(slots);
        return false;
    }
    free(g->slots);
    g->slots = slots;
    g->cap = cap;
    g->count = count;
    return true;
}

uint32_t link_local(Linker *l, const char *name) {
    return new_symbol(l, name, SYM_LOCAL);
}

Symbol *link_sym(Linker *l, uint32_t id) {
    return &l->syms.data[id];
}

int link_symbol_count(Linker *l) {
    return l->syms.len;
}

/* ---- the allocator ---- */

enum { MIN_ATOM_CAPACITY = 64 };

/* the room an atom of this size should have: a third more, at least 64 bytes */
static uint64_t ideal_capacity(Linker *l, uint64_t size) {
    if (!l->opts.slack)
        return size;
    uint64_t c = size + size / 3;
    return c < MIN_ATOM_CAPACITY ? MIN_ATOM_CAPACITY : c;
}

static uint64_t capacity(Linker *l, Atom *a) {
    if (a->next < 0)
        return UINT64_MAX - a->off;
    return l->atoms.data[a->next].off - a->off;
}

/* an atom is on the free list when the room after it could hold another atom */
static bool free_list_eligible(Linker *l, Atom *a) {
    if (a->next < 0 || !l->opts.slack)
        return false;
    uint64_t cap = capacity(l, a);
    uint64_t ideal = ideal_capacity(l, a->size);
    return cap > ideal && cap - ideal >= MIN_ATOM_CAPACITY;
}

static void free_list_remove(Section *s, int atom) {
    for (int i = 0; i < s->free_list.len; i++) {
        if (s->free_list.data[i] == atom) {
            s->free_list.data[i] = vec_last(&s->free_list);
            s->free_list.len--;
            return;
        }
    }
}

static void free_list_add(Section *s, int atom) {
    for (int i = 0; i < s->free_list.len; i++)
        if (s->free_list.data[i] == atom)
            return;
    vec_push(&s->free_list, atom);
}

void section_alloc(Linker *l, int ai, uint64_t size, uint32_t align) {
    Atom *a = &l->atoms.data[ai];
    Section *s = &l->secs[a->sec];
    if (align > s->align)
        s->align = align;
    a->size = size;
    a->align = align;
    uint64_t need = ideal_capacity(l, size);
    /* 1. the free list: the tail of an atom's surplus room */
    for (int i = 0; i < s->free_list.len; i++) {
        int bi = s->free_list.data[i];
        Atom *big = &l->atoms.data[bi];
        if (!free_list_eligible(l, big)) {
            free_list_remove(s, bi);
            i--;
            continue;
        }
        uint64_t cap_end = big->off + capacity(l, big);
        if (cap_end < need)
            continue;
        uint64_t start = (cap_end - need) / align * align;
        if (start < big->off + ideal_capacity(l, big->size))
            continue;
        a->off = start;
        a->prev = bi;
        a->next = big->next;
        l->atoms.data[a->next].prev = ai;
        big->next = ai;
        if (!free_list_eligible(l, big))
            free_list_remove(s, bi);
        if (free_list_eligible(l, a))
            free_list_add(s, ai);
        return;
    }
    /* 2. after the last atom */
    if (s->last >= 0) {
        Atom *last = &l->atoms.data[s->last];
        a->off = (uint64_t)align_to((int64_t)(last->off + ideal_capacity(l, last->size)), align);
        last->next = ai;
        a->prev = s->last;
    } else {
        a->off = 0;
        a->prev = -1;
        s->first = ai;
    }
    a->next = -1;
    s->last = ai;
    uint64_t end = a->off + size;
    if (end > s->size)
        s->size = end;
}

void section_free_atom(Linker *l, int ai) {
    Atom *a = &l->atoms.data[ai];
    Section *s = &l->secs[a->sec];
    free_list_remove(s, ai);
    if (a->prev >= 0)
        l->atoms.data[a->prev].next = a->next;
    else
        s->first = a->next;
    if (a->next >= 0)
        l->atoms.data[a->next].prev = a->prev;
    else
        s->last = a->prev;
    if (a->prev >= 0 && free_list_eligible(l, &l->atoms.data[a->prev]))
        free_list_add(s, a->prev);
    a->prev = a->next = -1;
    a->live = false;
}

/* ---- GOT ---- */

int link_got_slot(Linker *l, uint32_t sym) {
    Symbol *s = &l->syms.data[sym];
    if (s->got_slot < 0)
        s->got_dirty = true;
    if (s->got_slot < 0 && l->free_got.len) {
        s->got_slot = (int)l->free_got.data[--l->free_got.len];
        l->got.data[s->got_slot] = sym;
    } else if (s->got_slot < 0) {
        s->got_slot = l->got.len;
        vec_push(&l->got, sym);
        l->secs[SEC_GOT].size = (uint64_t)l->got.len * (uint64_t)l->t->ptr_size;
    }
    return s->got_slot;
}

/* ---- definitions ---- */

void link_count_refs(Linker *l, int atom, int by) {
    Atom *a = &l->atoms.data[atom];
    const Backend *be = l->t->backend;
    for (int i = 0; i < a->nrelocs; i++) {
        Symbol *s = &l->syms.data[a->relocs[i].sym];
        s->refs += (uint32_t)by;
        if (be->reloc_need(a->relocs[i].kind) != RELOC_GOT)
            s->direct_refs += (uint32_t)by;
    }
    if (atom / RELOC_GROUP < l->reloc_groups.len)
        l->reloc_groups.data[atom / RELOC_GROUP].changed = true;
}

/* what an atom's relocations counted goes before they do */
static void drop_relocs(Linker *l, int atom) {
    link_atom_relocs(l, atom); /* when it cannot be read, the build starts over (link_state_damaged) */
    link_count_refs(l, atom, -1);
    Atom *a = &l->atoms.data[atom];
    free(a->relocs);
    a->relocs = NULL;
    a->nrelocs = 0;
}

/* an atom's contents (bytes and relocations), replacing what it had */
static void set_contents(Linker *l, Atom *a, const uint8_t *bytes, uint64_t size, const Reloc *relocs, int nrelocs) {
    int ai = (int)(a - l->atoms.data);
    drop_relocs(l, ai);
    free(a->bytes);
    a->bytes = NULL;
    a->relocs = NULL;
    if (bytes && size) {
        a->bytes = xmalloc(size);
        memcpy(a->bytes, bytes, size);
    }
    if (nrelocs) {
        a->relocs = xmalloc((size_t)nrelocs * sizeof(Reloc));
        memcpy(a->relocs, relocs, (size_t)nrelocs * sizeof(Reloc));
    }
    a->nrelocs = nrelocs;
    a->dirty = true;
    link_count_refs(l, ai, 1);
    const Backend *be = l->t->backend;
    for (int i = 0; i < nrelocs; i++) {
        uint32_t target = relocs[i].sym;
        l->syms.data[target].referenced = true;
        if (be->reloc_need(relocs[i].kind) == RELOC_GOT)
            link_got_slot(l, target);
    }
}

static int new_atom(Linker *l, uint32_t sym, SectionKind sec, uint64_t size, uint32_t align) {
    Atom a;
    memset(&a, 0, sizeof a);
    a.sym = sym;
    a.sec = (uint8_t)sec;
    a.live = true;
    int ai;
    if (l->free_atoms.len) {
        ai = (int)l->free_atoms.data[--l->free_atoms.len];
        l->atoms.data[ai] = a;
    } else {
        vec_push(&l->atoms, a);
        ai = l->atoms.len - 1;
    }
    section_alloc(l, ai, size, align ? align : 1);
    return ai;
}

/* An atom nothing is in any more: its room goes back to the section, its index to new atoms. */
static void release_atom(Linker *l, int ai) {
    drop_relocs(l, ai);
    Atom *a = &l->atoms.data[ai];
    section_free_atom(l, ai);
    free(a->bytes);
    a->bytes = NULL;
    a->frame = NULL;
    a->frame_len = 0;
    vec_push(&l->free_atoms, (uint32_t)ai);
}

static void bind_symbol(Linker *l, uint32_t sym, int atom, uint64_t size, uint8_t symtype) {
    Symbol *s = &l->syms.data[sym];
    s->defined = true;
    s->atom = atom;
    s->value = 0;
    s->size = size;
    s->type = symtype;
    s->moved = true;
    s->entry_dirty = true;
}

bool link_define(Linker *l, uint32_t sym, SectionKind sec, const uint8_t *bytes, uint64_t size, uint32_t align,
                 const Reloc *relocs, int nrelocs, uint8_t symtype) {
    Symbol *s = &l->syms.data[sym];
    if (s->defined) {
        error_plain("multiple definition of '%s'", s->name);
        return false;
    }
    int ai = new_atom(l, sym, sec, size, align);
    set_contents(l, &l->atoms.data[ai], bytes, size, relocs, nrelocs);
    bind_symbol(l, sym, ai, size, symtype);
    return true;
}

void link_redefine(Linker *l, uint32_t sym, SectionKind sec, const uint8_t *bytes, uint64_t size, uint32_t align,
                   const Reloc *relocs, int nrelocs, uint8_t symtype) {
    Symbol *s = &l->syms.data[sym];
    if (!s->defined) {
        link_define(l, sym, sec, bytes, size, align, relocs, nrelocs, symtype);
        return;
    }
    Atom *a = &l->atoms.data[s->atom];
    if (align < 1)
        align = 1;
    if (a->sec == sec && size <= capacity(l, a) && a->off % align == 0) {
        /* it still fits where it is (its old relocations, read back if they are still in the
           state, are checked against its old size: the contents change first) */
        set_contents(l, a, bytes, size, relocs, nrelocs);
        a->size = size;
        a->align = align;
        Section *sc = &l->secs[sec];
        if (a->off + size > sc->size)
            sc->size = a->off + size;
        if (free_list_eligible(l, a))
            free_list_add(sc, s->atom);
        s->size = size;
        s->type = symtype;
        s->entry_dirty = true;
        return;
    }
    /* it moves: the old room goes back to the section; its call frame program is copied (the
       old one may be in the state's chunk of the old atom) */
    const uint8_t *frame = a->frame;
    uint32_t frame_len = a->frame_len;
    release_atom(l, s->atom);
    int ai = new_atom(l, sym, sec, size, align);
    set_contents(l, &l->atoms.data[ai], bytes, size, relocs, nrelocs);
    bind_symbol(l, sym, ai, size, symtype);
    link_set_frame(l, sym, frame, frame_len);
}

void link_set_frame(Linker *l, uint32_t sym, const uint8_t *cfi, size_t len) {
    Atom *a = &l->atoms.data[l->syms.data[sym].atom];
    uint8_t *kept = len ? arena_alloc(&l->frames, len) : NULL;
    if (len)
        memcpy(kept, cfi, len);
    a->frame = kept;
    a->frame_len = (uint32_t)len;
}

void link_undefine(Linker *l, uint32_t sym) {
    Symbol *s = &l->syms.data[sym];
    if (!s->defined)
        return;
    release_atom(l, s->atom);
    s->defined = false;
    s->atom = -1;
    s->entry_dirty = true;
}

void link_refresh_references(Linker *l) {
    for (int i = 0; i < l->syms.len; i++)
        l->syms.data[i].referenced = l->syms.data[i].refs > 0;
}

void link_forget(Linker *l, uint32_t sym) {
    Symbol *s = &l->syms.data[sym];
    if (s->defined)
        link_undefine(l, sym);
    if (s->got_slot >= 0) {
        l->got.data[s->got_slot] = 0;
        vec_push(&l->free_got, (uint32_t)s->got_slot);
        s->got_slot = -1;
    }
    s->referenced = false;
}

void link_define_alias(Linker *l, uint32_t sym, uint32_t owner, uint64_t value, uint64_t size, uint8_t symtype) {
    Symbol *s = &l->syms.data[sym];
    if (s->defined) {
        error_plain("multiple definition of '%s'", s->name);
        return;
    }
    s->defined = true;
    s->atom = l->syms.data[owner].atom;
    s->value = value;
    s->size = size;
    s->type = symtype;
    s->moved = true;
    s->entry_dirty = true;
}

uint64_t link_sym_addr(Linker *l, uint32_t sym) {
    Symbol *s = &l->syms.data[sym];
    if (!s->defined)
        return 0;
    Atom *a = &l->atoms.data[s->atom];
    return l->secs[a->sec].addr + a->off + s->value;
}
