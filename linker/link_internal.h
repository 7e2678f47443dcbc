/* The linker's state, shared by its files (link.c, elf.c, library.c). */
#ifndef MICA_LINK_INTERNAL_H
#define MICA_LINK_INTERNAL_H

#include "link.h"

/* The global symbols by name: open addressing over symbol ids (0: an empty slot), at most half
   full, the names being the symbols' own. The incremental state keeps the table as it is
   (state.c): loading it does not hash every name again. */
typedef struct GlobalIndex {
    uint32_t *slots;
    uint32_t cap; /* a power of two */
    uint32_t count;
} GlobalIndex;

/* What the incremental state keeps in pieces (state.c): the chunks of the symbol and atom
   arrays, and the arrays with an element per symbol, GOT slot or index slot */
enum {
    STORED_SYMBOLS, STORED_ATOMS, STORED_GLOBALS, STORED_GOT, STORED_SLOTS, STORED_SYM_SLOT, STORED_SYM_NAME,
    STORED_FDE, STORED_PARTS
};

struct Linker {
    const Target *t;
    LinkOptions opts;
    VEC(Symbol) syms; /* index 0 is "no symbol" */
    GlobalIndex globals;
    VEC(Atom) atoms;
    Section secs[SEC_COUNT];
    VEC(uint32_t) got; /* GOT slot -> symbol */
    VEC(uint32_t) free_got; /* slots of forgotten symbols */
    VEC(uint32_t) free_atoms; /* atoms of undefined symbols, for reuse */
    Arena names;
    Arena frames; /* the atoms' call frame instructions (a replaced one stays until the end) */
    struct DwarfState *dwarf; /* debug information (dwarf.c), when -g */
    struct IncrLayout *incr;  /* the incremental file layout (incremental.c) */
    /* incremental: the atoms' relocations in the state, in groups of RELOC_GROUP atoms read
       back when an update needs them (state.c) */
    VEC(struct RelocGroup) reloc_groups;
    /* ... and the pieces of the others as they are in the state (mapped; data NULL for one
       saved since), which a save compares what it saves with */
    StoredArray stored[STORED_PARTS];
    const struct StateStore *store;
    bool relocs_damaged; /* a group could not be read back */
    /* the thread-local storage block, set by the layout */
    uint64_t tls_start, tls_size, tls_align;
};

enum { RELOC_GROUP = 256 };
typedef struct RelocGroup {
    uint64_t key, len; /* in the store; len 0: none stored */
    bool changed;      /* an atom's relocations changed since (saved again) */
} RelocGroup;
/* Brings an atom's relocations into memory (read with its group); false when its group cannot
   be read (the state is damaged). */
bool link_atom_relocs(Linker *l, int atom);

/* Applies one relocation of atom a to place (where that field of the atom now is). */
bool link_relocate(Linker *l, const Atom *a, const Reloc *rel, uint8_t *place);

/* A symbol read from the incremental state (its name, len bytes and a NUL, stays where the
   state has it; a global is in the index the state gave: link_set_globals). */
uint32_t link_add_kept(Linker *l, const char *name, size_t len, bool global);
/* The index of the globals read from the state (slots: cap ids, malloc'd, taken over even
   when it is refused); false when it does not index exactly the global symbols. */
bool link_set_globals(Linker *l, uint32_t *slots, uint32_t cap);

int link_got_slot(Linker *l, uint32_t sym);
/* Marks the symbols that live atoms refer to (after an update, some may no longer be). */
void link_refresh_references(Linker *l);
/* counts a's relocations in their targets' refs (by +1 or -1); the atom's group changed */
void link_count_refs(Linker *l, int atom, int by);
uint64_t align_up(uint64_t v, uint64_t a);

#endif
