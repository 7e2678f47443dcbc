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
    Arena frames; /* the atoms' call frame instructions (a replaced one stays until the end) */
    struct DwarfState *dwarf; /* debug information (dwarf.c), when -g */
    struct IncrLayout *incr;  /* the incremental file layout (incremental.c) */
    /* incremental: the atoms' relocations in the state, in groups of RELOC_GROUP atoms read
       back when an update needs them (state.c) */
    VEC(struct RelocGroup) reloc_groups;
    /* ... and the chunks of the symbol and atom arrays as they are in the state (mapped; data
       NULL for one saved since), which a save compares its chunks with */
    struct StoredChunks *stored_chunks; /* 'S' and 'A' (state.c) */
    const struct StateStore *store;
    bool relocs_damaged; /* a group could not be read back */
    /* the thread-local storage block, set by the layout */
    uint64_t tls_start, tls_size, tls_align;
};

typedef struct StoredChunk {
    uint64_t key;
    size_t len;
    const uint8_t *data;
} StoredChunk;
typedef struct StoredChunks {
    VEC(StoredChunk) of[2];
} StoredChunks;
/* unmaps the chunks read from the state */
void link_forget_stored_chunks(Linker *l);

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

/* A new symbol whose name (len bytes, NUL-terminated) is in l->names already: the state's
   loading, which copies the names of many symbols at once. 0 for a global whose name is taken. */
uint32_t link_add_kept(Linker *l, const char *name, int len, bool global);

int link_got_slot(Linker *l, uint32_t sym);
/* Marks the symbols that live atoms refer to (after an update, some may no longer be). */
void link_refresh_references(Linker *l);
/* counts a's relocations in their targets' refs (by +1 or -1); the atom's group changed */
void link_count_refs(Linker *l, int atom, int by);
uint64_t align_up(uint64_t v, uint64_t a);

#endif
