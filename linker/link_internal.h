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
    Arena names;
    struct DwarfState *dwarf; /* debug information (dwarf.c), when -g */
};

int link_got_slot(Linker *l, uint32_t sym);

#endif
