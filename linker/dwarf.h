/* The format-independent DWARF 5 builder. A unit (one per translation unit) is made of
   entries: one per declaration or type in .debug_info, one line-program sequence and one
   frame description per function. Entries refer to each other and to symbol addresses through
   relocations, resolved when the sections are written, so an entry can be rebuilt or moved
   without touching the others. compiler/debuginfo.c translates C into entries; the writers
   (elf.c, incremental.c) have dwarf_flush place them in the sections and write what changed. */
#ifndef MICA_DWARF_H
#define MICA_DWARF_H

#include "link.h"

/* DWARF constants mica uses */
enum {
    DW_TAG_array_type = 0x01, DW_TAG_enumeration_type = 0x04, DW_TAG_formal_parameter = 0x05,
    DW_TAG_lexical_block = 0x0b, DW_TAG_member = 0x0d, DW_TAG_pointer_type = 0x0f, DW_TAG_compile_unit = 0x11,
    DW_TAG_structure_type = 0x13, DW_TAG_subroutine_type = 0x15, DW_TAG_typedef = 0x16, DW_TAG_union_type = 0x17,
    DW_TAG_unspecified_parameters = 0x18, DW_TAG_variable = 0x34, DW_TAG_volatile_type = 0x35,
    DW_TAG_restrict_type = 0x37, DW_TAG_base_type = 0x24, DW_TAG_const_type = 0x26, DW_TAG_enumerator = 0x28,
    DW_TAG_subprogram = 0x2e, DW_TAG_subrange_type = 0x21, DW_TAG_unspecified_type = 0x3b,
};
enum {
    DW_ATE_boolean = 0x02, DW_ATE_float = 0x04, DW_ATE_signed = 0x05, DW_ATE_signed_char = 0x06,
    DW_ATE_unsigned = 0x07, DW_ATE_unsigned_char = 0x08,
};
enum {
    DW_OP_addr = 0x03, DW_OP_deref = 0x06, DW_OP_const8u = 0x0e, DW_OP_fbreg = 0x91,
    DW_OP_call_frame_cfa = 0x9c, DW_OP_form_tls_address = 0x9b,
};

/* The abbreviations (one table for every unit): the attributes of each are written in the
   order listed in dwarf.c. */
typedef enum DwarfAbbrev {
    AB_NULL,
    AB_COMPILE_UNIT,
    AB_BASE_TYPE,
    AB_POINTER,      /* with DW_AT_type */
    AB_VOID_POINTER, /* no DW_AT_type */
    AB_CONST,
    AB_CONST_VOID,
    AB_VOLATILE,
    AB_VOLATILE_VOID,
    AB_RESTRICT,
    AB_TYPEDEF,
    AB_TYPEDEF_VOID,
    AB_STRUCT,      /* children: members */
    AB_STRUCT_ANON, /* no name */
    AB_STRUCT_DECL, /* incomplete: DW_AT_declaration */
    AB_UNION,
    AB_UNION_ANON,
    AB_UNION_DECL,
    AB_MEMBER,
    AB_MEMBER_ANON,     /* an anonymous struct/union member */
    AB_MEMBER_BITFIELD,
    AB_ARRAY,           /* children: subranges */
    AB_SUBRANGE,        /* with an upper bound */
    AB_SUBRANGE_NOBOUND,
    AB_ENUM,            /* children: enumerators */
    AB_ENUM_ANON,
    AB_ENUM_DECL,
    AB_ENUMERATOR,
    AB_SUBROUTINE_TYPE,      /* children: parameter types */
    AB_SUBROUTINE_TYPE_VOID, /* returns void */
    AB_PARAM_TYPE,
    AB_UNSPECIFIED_PARAMS,
    AB_SUBPROGRAM,       /* a definition; children */
    AB_SUBPROGRAM_VOID,
    AB_SUBPROGRAM_DECL,  /* a declaration of a function defined elsewhere; children */
    AB_SUBPROGRAM_DECL_VOID,
    AB_FORMAL_PARAMETER,
    AB_VARIABLE,         /* with a location */
    AB_GLOBAL_VARIABLE,  /* external */
    AB_LEXICAL_BLOCK,    /* children */
    AB_PARAM_DECL,       /* parameter of a declaration: a type only */
    AB_COUNT
} DwarfAbbrev;

typedef struct DwarfUnit DwarfUnit;

/* one unit per translation unit; comp_dir is the working directory */
DwarfUnit *dwarf_unit_begin(Linker *l, uint32_t main_source, const char *name, const char *comp_dir,
                            const char *producer);

/* -fdebug-prefix-map=FROM=TO: paths starting with FROM are written starting with TO */
void dwarf_prefix_map(Linker *l, const char *from, const char *to);

/* entries of .debug_info */
uint32_t dwarf_entry_new(DwarfUnit *u);
Buf *dwarf_entry_buf(DwarfUnit *u, uint32_t entry);
void dwarf_die(DwarfUnit *u, uint32_t entry, DwarfAbbrev abbrev);
/* Subprograms and subroutine types with optional flags (written without bytes in the DIE) */
enum { DWARF_FLAG_EXTERNAL = 1, DWARF_FLAG_NORETURN = 2, DWARF_FLAG_PROTOTYPED = 4 };
void dwarf_die_flags(DwarfUnit *u, uint32_t entry, DwarfAbbrev abbrev, int flags);
void dwarf_strp(DwarfUnit *u, uint32_t entry, const char *s);
void dwarf_ref(DwarfUnit *u, uint32_t entry, uint32_t target_entry);
void dwarf_addr(DwarfUnit *u, uint32_t entry, uint32_t sym, int64_t addend);
void dwarf_udata(DwarfUnit *u, uint32_t entry, uint64_t v);
void dwarf_sdata(DwarfUnit *u, uint32_t entry, int64_t v);
void dwarf_data(DwarfUnit *u, uint32_t entry, uint64_t v, int size);
void dwarf_end_children(DwarfUnit *u, uint32_t entry);
/* a DW_AT_decl_line value (data4), kept relative to the entry's line base */
void dwarf_line(DwarfUnit *u, uint32_t entry, uint32_t line);
uint32_t dwarf_file(DwarfUnit *u, uint32_t source_file); /* the unit's file number of a source file */

/* per function: its line-program sequence and its address range; returns its number */
uint32_t dwarf_function_code(DwarfUnit *u, uint32_t sym, const MachineCode *mc, uint64_t code_size);

/* Incremental builds. Entries and sequences made from now on have this line base (the first
   line of their declaration); rebasing one is how a declaration that moved is patched. */
void dwarf_set_line_base(DwarfUnit *u, int64_t base);
void dwarf_entry_rebase(DwarfUnit *u, uint32_t entry, int64_t base);
void dwarf_func_rebase(DwarfUnit *u, uint32_t func, int64_t base);
void dwarf_entry_free(DwarfUnit *u, uint32_t entry);
void dwarf_func_free(DwarfUnit *u, uint32_t func);
/* entries found again by a key of the caller's choosing (0: none) */
uint32_t dwarf_keyed(DwarfUnit *u, const void *key, int len);
void dwarf_set_key(DwarfUnit *u, uint32_t entry, const void *key, int len);
/* frees the entries that neither the roots nor the compile unit reach through references */
void dwarf_collect(DwarfUnit *u, const uint32_t *roots, int nroots);
int dwarf_unit_count(Linker *l);
DwarfUnit *dwarf_unit_get(Linker *l, int index);
int dwarf_unit_index(DwarfUnit *u);
void dwarf_unit_remove(DwarfUnit *u);
/* whether these entries and sequences exist in the unit (a state file is checked with it) */
bool dwarf_valid_pieces(Linker *l, int unit, const uint32_t *entries, int nentries, const uint32_t *funcs, int nfuncs);

/* The call frame instructions of a function's frame description (kept with its atom, so that
   library code unwinds too). */
void dwarf_encode_cfi(const Target *t, const MachineCode *mc, Buf *out);

/* writing */
enum { DWARF_SECTIONS = 8 };
extern const char *const dwarf_section_names[DWARF_SECTIONS];

/* Where the sections go: the writer first says how big each section will be, then writes
   pieces of them (only the ones that changed, after the first time). */
typedef struct DwarfSink {
    void *ctx;
    void (*reserve)(void *ctx, int section, uint64_t size);
    void (*write)(void *ctx, int section, uint64_t off, const void *data, size_t n);
} DwarfSink;

/* slack: leave room in every unit, entry and sequence for growth (incremental builds) */
void dwarf_set_slack(Linker *l, bool slack);
/* Places what is new or moved, relocates with the linker's current addresses and writes what
   changed since the last flush (everything the first time). */
void dwarf_flush(Linker *l, const DwarfSink *sink);
void dwarf_free(Linker *l);

/* DW_AT_location forms: an address (DW_OP_addr sym), a thread-local (its offset in the TLS
   block, DW_OP_form_tls_address), or a frame slot (DW_OP_fbreg, optionally dereferenced) */
void dwarf_location_addr(DwarfUnit *u, uint32_t entry, uint32_t sym);
void dwarf_location_tls(DwarfUnit *u, uint32_t entry, uint32_t sym);
void dwarf_location_fbreg(DwarfUnit *u, uint32_t entry, int64_t offset, bool deref);

#endif
