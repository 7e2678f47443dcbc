/* The integrated linker. Every decl becomes an atom (code or data) placed in its section by an
   address-ordered allocator with slack, reached through a stable GOT slot, named by a symbol.
   The ELF writer (elf.c) lays the sections out in the file and writes them; the library reader
   (library.c) pulls atoms of mica's precompiled std on demand. */
#ifndef MICA_LINK_H
#define MICA_LINK_H

#include "../backends/backend.h"

typedef enum SectionKind { SEC_TEXT, SEC_RODATA, SEC_DATA, SEC_BSS, SEC_TDATA, SEC_TBSS, SEC_GOT, SEC_COUNT } SectionKind;

enum { SYM_LOCAL, SYM_GLOBAL, SYM_WEAK };
enum { SYMT_NOTYPE, SYMT_FUNC, SYMT_OBJECT, SYMT_TLS };

typedef struct Symbol {
    const char *name;
    uint8_t binding;
    uint8_t type;
    bool defined;
    bool hidden;    /* not written to .symtab (string literals and other compiler-made atoms) */
    bool referenced;
    bool moved;     /* incremental: its address changed since the output was last written */
    bool entry_dirty; /* incremental: its .symtab entry must be rewritten */
    bool got_dirty;   /* incremental: its GOT slot is new (perhaps a reused one) */
    int atom;       /* -1: no atom (undefined) */
    uint32_t name_len;
    uint64_t value; /* offset in the atom (symbols of another compiler's object share its atoms) */
    uint64_t size;
    int got_slot;   /* -1: none */
    uint32_t refs;  /* relocations of placed atoms that refer to it ... */
    uint32_t direct_refs; /* ... of which not through the GOT (they hold its address) */
    SrcLoc loc;     /* definition (or first reference) for diagnostics */
} Symbol;

typedef struct Atom {
    uint32_t sym;
    uint8_t sec;
    bool live;
    bool dirty;     /* incremental: its bytes must be written */
    uint32_t align;
    uint64_t off;  /* offset in the section; the address is section base + off */
    uint64_t size;
    int prev, next; /* neighbours in address order, -1 at the ends */
    uint8_t *bytes; /* NULL for bss/tbss */
    Reloc *relocs;
    int nrelocs;
    bool relocs_stored; /* incremental: its relocations are still in the state (link_atom_relocs) */
    const uint8_t *frame; /* functions: call frame instructions (DWARF CFA program), or NULL */
    uint32_t frame_len;
} Atom;

typedef struct Section {
    const char *name;
    SectionKind kind;
    uint64_t addr;   /* virtual address */
    uint64_t offset; /* file offset */
    uint64_t size;
    uint32_t align;
    int first, last; /* atoms in address order */
    VEC(int) free_list; /* atoms followed by enough surplus capacity to hold another */
} Section;

typedef struct Linker Linker;

typedef struct LinkOptions {
    bool slack;      /* give atoms room to grow (incremental builds) */
    bool debug;
} LinkOptions;

Linker *link_new(const Target *t, const LinkOptions *opts);
void link_free(Linker *l);

/* Symbols. A global is found by name; each local is new. */
uint32_t link_global(Linker *l, const char *name);
uint32_t link_local(Linker *l, const char *name);
Symbol *link_sym(Linker *l, uint32_t id);
uint32_t link_find_global(Linker *l, const char *name); /* 0: none */
int link_symbol_count(Linker *l);

/* Defines a symbol as an atom holding code or data. Returns false (after a diagnostic) when the
   symbol is already defined. bytes may be NULL for bss/tbss. The linker takes copies. */
bool link_define(Linker *l, uint32_t sym, SectionKind sec, const uint8_t *bytes, uint64_t size, uint32_t align,
                 const Reloc *relocs, int nrelocs, uint8_t symtype);
/* Attaches call frame instructions to a function's atom (copied, kept until link_free). */
void link_set_frame(Linker *l, uint32_t sym, const uint8_t *cfi, size_t len);
/* Removes the atom of a symbol (it becomes undefined again). */
void link_undefine(Linker *l, uint32_t sym);
/* Gives a defined symbol new contents: in place when they fit its atom's room, otherwise the
   atom moves (and only the symbol's GOT slot and the places that hold its address change). */
void link_redefine(Linker *l, uint32_t sym, SectionKind sec, const uint8_t *bytes, uint64_t size, uint32_t align,
                   const Reloc *relocs, int nrelocs, uint8_t symtype);
uint64_t link_sym_addr(Linker *l, uint32_t sym);
/* Forgets a symbol that nothing refers to any more: its atom and its GOT slot are freed. */
void link_forget(Linker *l, uint32_t sym);

/* The state of an incremental build (state.c): everything but the bytes in the output file.
   Big pieces that an update seldom touches (the bodies of DWARF units) go to a store under a
   key, the checksum of their bytes, and are read back only when needed. */
typedef struct StateStore {
    void *ctx;
    /* keeps data under (kind, key) unless it is already there; false on failure */
    bool (*put)(void *ctx, char kind, uint64_t key, const uint8_t *data, size_t len);
    /* the data under (kind, key), mapped (unmap_file it), if it is there with this length */
    const uint8_t *(*get)(void *ctx, char kind, uint64_t key, size_t len);
    /* a key in use by the state being saved (what is not is removed afterwards) */
    void (*keep)(void *ctx, char kind, uint64_t key);
} StateStore;
struct Reader;
/* A piece of the state as it was read or last saved: its key, length and bytes (mapped; NULL
   once it was saved anew) */
typedef struct StoredPiece {
    uint64_t key;
    size_t len;
    const uint8_t *data;
} StoredPiece;
/* A big array (one element per symbol, say) kept in pieces of a fixed size: a save writes again
   only the pieces whose bytes changed, not the array. */
typedef struct StoredArray {
    VEC(StoredPiece) pieces;
} StoredArray;
bool state_save_array(Buf *b, const StateStore *store, StoredArray *was, const void *data, uint32_t n, size_t elem);
/* the array (a new one, NULL when empty) and its element count; the pieces stay mapped in into */
void *state_load_array(struct Reader *r, const StateStore *store, StoredArray *into, uint32_t *n, size_t elem);
void state_forget_array(StoredArray *a);
#define SAVE_ARRAY(b, store, was, vec) state_save_array(b, store, was, (vec)->data, (uint32_t)(vec)->len, sizeof *(vec)->data)
#define LOAD_ARRAY(r, store, into, vec)                                                                                \
    do {                                                                                                               \
        uint32_t n_;                                                                                                   \
        (vec)->data = state_load_array(r, store, into, &n_, sizeof *(vec)->data);                                      \
        (vec)->len = (vec)->cap = (int)n_;                                                                             \
    } while (0)
bool link_save(Linker *l, Buf *out, const StateStore *store);
/* Before an update writes the output: the relocations it needs (those of the atoms of a group
   that changed, all when a symbol moved) read back from the state; false when they cannot
   be (the state is damaged). */
bool link_relocs_for_update(Linker *l);
/* NULL when the state is not valid; bodies are read from the store as needed (the store must
   stay valid while the linker lives) */
Linker *link_load(const Target *t, struct Reader *r, const StateStore *store);
/* whether a body read from the store since the load was damaged or missing */
bool link_state_damaged(Linker *l);

/* Atom allocation within a section (exposed for the incremental linker and its tests). */
void section_alloc(Linker *l, int atom, uint64_t size, uint32_t align);
void section_free_atom(Linker *l, int atom);

/* Defines sym as a place inside the atom that owns another symbol. */
void link_define_alias(Linker *l, uint32_t sym, uint32_t owner, uint64_t value, uint64_t size, uint8_t symtype);

/* Adds the sections and symbols of an ELF relocatable object (e.g. from gcc -c). */
bool link_add_object(Linker *l, const char *path);

/* Library of precompiled atoms (mica's std for the target). */
typedef struct Library Library;
Library *library_open(const char *path, const Target *t, char **why);
void library_close(Library *lib);
/* Pulls in every library atom needed to define the linker's undefined globals. */
void link_resolve_from(Linker *l, Library *lib);
/* Writes all defined symbols (and their atoms) of the linker as a library. */
bool library_write(Linker *l, const char *path, const char *key);
const char *library_key(Library *lib);

/* Checks that everything is defined, lays the file out and writes it. */
bool link_write_executable(Linker *l, const char *path);

/* Incremental builds (incremental.c): the first write lays the file out with room to grow in
   every section and writes it whole; later writes patch what changed in place. generation is
   written last into the file's marker section (0 while the file is being patched): a file whose
   marker does not match its state was not finished. */
typedef enum IncrResult {
    INCR_OK,
    INCR_NEEDS_FULL, /* the layout cannot take the change: build from scratch */
    INCR_FAILED      /* an error was reported */
} IncrResult;

typedef struct IncrReport {
    uint64_t bytes_written;
} IncrReport;

IncrResult link_write_incremental(Linker *l, const char *path, uint64_t generation, IncrReport *report);
uint64_t link_read_marker(Linker *l, const char *path); /* 0 when it cannot be read */

#endif
