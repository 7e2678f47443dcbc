/* The linker's state, shared by its files (link.c, elf.c, library.c). */
#ifndef MICA_LINK_INTERNAL_H
#define MICA_LINK_INTERNAL_H

#include "link.h"

struct Linker {
    const Target *t;
    LinkOptions opts;
    VEC(Symbol) syms; /* index 0 is "no symbol" */
    Map globals;      /* name -> symbol id */
    VEC(Atom) atoms;
    Section secs[SEC_COUNT];
    VEC(uint32_t) got; /* GOT slot -> symbol */
    VEC(uint32_t) free_got; /* slots of forgotten symbols */
    VEC(uint32_t) free_atoms; /* atoms of undefined symbols, for reuse */
    Arena names;
    struct DwarfState *dwarf; /* debug information (dwarf.c), when -g */
    struct IncrLayout *incr;  /* the incremental file layout (incremental.c) */
    /* the thread-local storage block, set by the layout */
    uint64_t tls_start, tls_size, tls_align;
};

/* Applies one relocation of atom a to place (where that field of the atom now is). */
bool link_relocate(Linker *l, const Atom *a, const Reloc *rel, uint8_t *place);

int link_got_slot(Linker *l, uint32_t sym);
/* Marks the symbols that live atoms refer to (after an update, some may no longer be). */
void link_refresh_references(Linker *l);
uint64_t align_up(uint64_t v, uint64_t a);

#endif
