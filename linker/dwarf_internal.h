/* The DWARF builder's state, shared by the builder (dwarf.c), the writer that places it in the
   sections (dwarf_write.c) and the incremental state file (state.c).

   Everything is kept as separately placed pieces so that an update rewrites only what changed:
   each unit has a slot in every section it appears in (.debug_info, .debug_line,
   .debug_aranges, .debug_rnglists), each entry and each function's line sequence has a slot in
   its unit, each function's frame description a slot in .debug_frame. A slot has room to
   spare in incremental builds; what is not used is padding that consumers skip. */
#ifndef MICA_DWARF_INTERNAL_H
#define MICA_DWARF_INTERNAL_H

#include "dwarf.h"
#include "link_internal.h"

/* encodings shared by the builder and the writer */
enum {
    DW_FORM_addr = 0x01, DW_FORM_data2 = 0x05, DW_FORM_data4 = 0x06, DW_FORM_data8 = 0x07, DW_FORM_data1 = 0x0b,
    DW_FORM_flag_present = 0x19, DW_FORM_sdata = 0x0d, DW_FORM_strp = 0x0e, DW_FORM_udata = 0x0f, DW_FORM_ref4 = 0x13,
    DW_FORM_sec_offset = 0x17, DW_FORM_exprloc = 0x18, DW_FORM_line_strp = 0x1f, DW_FORM_block = 0x09,
};
enum { DW_UT_compile = 0x01 };
enum { DW_LNCT_path = 1, DW_LNCT_directory_index = 2 };
enum {
    DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4, DW_LNS_set_column = 5,
    DW_LNS_negate_stmt = 6, DW_LNS_set_prologue_end = 10, DW_LNS_set_epilogue_begin = 11,
    DW_LNE_end_sequence = 1, DW_LNE_set_address = 2,
};
enum { LINE_BASE = -5, LINE_RANGE = 14, OPCODE_BASE = 13 };
enum {
    DW_CFA_advance_loc = 0x40, DW_CFA_offset = 0x80, DW_CFA_restore = 0xc0, DW_CFA_nop = 0, DW_CFA_advance_loc1 = 0x02,
    DW_CFA_advance_loc2 = 0x03, DW_CFA_advance_loc4 = 0x04, DW_CFA_offset_extended = 0x05,
    DW_CFA_restore_extended = 0x06, DW_CFA_undefined = 0x07, DW_CFA_def_cfa = 0x0c, DW_CFA_def_cfa_register = 0x0d,
    DW_CFA_def_cfa_offset = 0x0e,
};
enum { DW_RLE_end_of_list = 0, DW_RLE_start_length = 7 };


typedef enum {
    DREL_REF4,      /* offset of another entry of the unit */
    DREL_ADDR,      /* address of a symbol (target 0: zero) */
    DREL_TLSOFF,    /* offset of a thread-local symbol in the TLS block */
    DREL_STMT_LIST, /* the unit's line program */
    DREL_RANGES,    /* the unit's range list */
    DREL_LINE,      /* a 4-byte line number: the owner's line base + addend */
    DREL_LINE_ADVANCE /* a 5-byte DW_LNS_advance_line operand from line 1 to line base + addend */
} DrelKind;

/* (no padding: the state file copies arrays of them whole) */
typedef struct DwarfReloc {
    int64_t addend;
    uint32_t offset;
    uint32_t target; /* entry or symbol */
    uint32_t kind;
    uint32_t zero;
} DwarfReloc;

/* a place: in a unit (from the unit's start) or in a section; cap 0 means not placed */
typedef struct Slot {
    uint64_t off, cap;
} Slot;

typedef struct DwarfEntry {
    Buf bytes;
    VEC(DwarfReloc) relocs;
    Slot at;
    int64_t line_base; /* DREL_LINE fields are relative to it: a decl that moves within its file
                          changes only this */
    bool live;
    bool dirty; /* its bytes must be written */
    bool moved; /* its offset changed: the entries that refer to it must be written */
    const char *key; /* incremental: the key that finds it again (in the unit's arena) */
    int keylen;
} DwarfEntry;

/* a function's line-program sequence (its bytes stop before DW_LNE_end_sequence, which the
   writer puts at the end of the slot) and its address range */
typedef struct DwarfFunc {
    uint32_t sym;
    uint64_t size;
    Buf line;
    VEC(DwarfReloc) relocs;
    Slot at;
    int64_t line_base;
    bool live;
    bool dirty;
} DwarfFunc;

typedef struct DwarfFile {
    char *name;          /* the source file's name as mica spelled it */
    uint32_t dir;        /* directory number */
    uint32_t name_str;   /* the base name in .debug_line_str */
} DwarfFile;

/* the unit's slot in each section it has one in */
enum { UNIT_INFO, UNIT_LINE, UNIT_ARANGES, UNIT_RNGLISTS, UNIT_PARTS };

typedef struct UnitPart {
    Slot at;           /* in the section */
    uint64_t used;     /* end of the last item (info and line) */
    VEC(Slot) holes;   /* free room between items (sorted, merged) */
    VEC(Slot) pad;     /* room freed since the last flush: the holes over it need padding */
    bool rewrite;      /* everything in it must be written (new place or new layout) */
    bool tail;         /* the padding after the last item and the length must be written */
} UnitPart;

struct DwarfUnit {
    Linker *l;
    char *name;
    char *comp_dir;
    uint32_t name_str, comp_dir_str; /* in .debug_line_str */
    bool live;
    VEC(DwarfEntry) entries; /* entry 0: the compile unit */
    VEC(DwarfFunc) funcs;
    VEC(DwarfFile) files;    /* unit file number -> file (0 and 1: the main file) */
    VEC(uint32_t) dir_strs;  /* directory number -> its name in .debug_line_str (0: comp_dir) */
    VEC(char *) dirs;
    VEC(int32_t) file_cache; /* source file index -> unit file number + 1 (this process) */
    VEC(uint32_t) free_entries;
    int64_t line_base;       /* of the entries and sequences made now */
    Map keyed;               /* incremental: entries found again by a key (types) */
    Arena keys;
    UnitPart part[UNIT_PARTS];
    uint64_t line_header_len;
    bool files_changed;      /* the line program header must grow */
    /* a unit read from the incremental state: its body stays in the state's store (under a key,
       the checksum of its bytes) until it is first needed */
    bool stored;
    uint64_t stored_key, stored_len;
    uint32_t stored_entries, stored_funcs;
    bool ranges_changed;     /* the function set or an address range changed */
};

typedef struct PrefixMap {
    char *from;
    char *to;
} PrefixMap;

/* Where each string of a string section is, found by its text: offsets (plus one) with their
   hash, not pointers, as the section moves when it grows. */
typedef struct StringIndex {
    uint64_t *slots; /* hash << 32 | offset + 1; 0 is empty */
    uint32_t nslots, count;
} StringIndex;

typedef struct DwarfState {
    VEC(DwarfUnit *) units;
    VEC(PrefixMap) prefix_maps; /* -fdebug-prefix-map */
    Buf str;
    StringIndex str_index;
    Buf line_str;
    StringIndex line_str_index;
    /* placement */
    bool slack;                        /* leave room to grow (incremental builds) */
    bool strings_unindexed;            /* read from the state: indexed when a string is added */
    const struct StateStore *store;    /* where unit bodies read from the state are */
    bool damaged;                      /* a unit body could not be read back */
    bool placed;                       /* the sections have been written once */
    uint64_t size[DWARF_SECTIONS];     /* bytes in each section */
    uint64_t str_written, line_str_written;
    uint64_t cie_size;
    VEC(Slot) fde;                     /* symbol -> its frame description's slot */
    VEC(Slot) fde_holes;
    VEC(Slot) fde_pad;                 /* freed descriptions to overwrite */
} DwarfState;

DwarfState *dwarf_state(Linker *l);
uint32_t dwarf_intern(DwarfState *d, Buf *sec, StringIndex *index, const char *s);
void dwarf_unit_free(DwarfUnit *u);
bool dwarf_unit_decode(DwarfUnit *u); /* state.c; false (and damaged) when the body is not readable */

/* the sections, in the order of DwarfSection indices */
enum { DS_ABBREV, DS_INFO, DS_LINE, DS_ARANGES, DS_RNGLISTS, DS_FRAME, DS_STR, DS_LINE_STR };

/* padding abbreviations (dwarf.c writes their definitions) */
enum { AB_PAD1_CODE = 0x7e, AB_PADN_CODE = 0x7f };

void dwarf_write_abbrevs(Buf *b);
/* gives an item's slot back to its unit part (padded when the sections are written) */
void dwarf_release_slot(UnitPart *p, Slot *at);

#endif
