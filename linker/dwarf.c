/* The DWARF 5 builder: units of entries with relocations, line programs, call frame
   information, and the final sections (see dwarf.h). */
#include "dwarf.h"
#include "link_internal.h"

#include <stdio.h>
#include <stdlib.h>

enum {
    DW_FORM_addr = 0x01, DW_FORM_data2 = 0x05, DW_FORM_data4 = 0x06, DW_FORM_data8 = 0x07, DW_FORM_data1 = 0x0b,
    DW_FORM_flag_present = 0x19, DW_FORM_sdata = 0x0d, DW_FORM_strp = 0x0e, DW_FORM_udata = 0x0f, DW_FORM_ref4 = 0x13,
    DW_FORM_sec_offset = 0x17, DW_FORM_exprloc = 0x18, DW_FORM_line_strp = 0x1f,
};
enum {
    DW_AT_sibling = 0x01, DW_AT_location = 0x02, DW_AT_name = 0x03, DW_AT_byte_size = 0x0b, DW_AT_stmt_list = 0x10,
    DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12, DW_AT_language = 0x13, DW_AT_comp_dir = 0x1b, DW_AT_const_value = 0x1c,
    DW_AT_upper_bound = 0x2f, DW_AT_producer = 0x25, DW_AT_prototyped = 0x27, DW_AT_data_member_location = 0x38,
    DW_AT_decl_column = 0x39, DW_AT_decl_file = 0x3a, DW_AT_decl_line = 0x3b, DW_AT_declaration = 0x3c,
    DW_AT_encoding = 0x3e, DW_AT_external = 0x3f, DW_AT_frame_base = 0x40, DW_AT_type = 0x49, DW_AT_ranges = 0x55,
    DW_AT_data_bit_offset = 0x6b, DW_AT_bit_size = 0x0d, DW_AT_noreturn = 0x87,
};
enum { DW_LANG_C11 = 0x1d, DW_UT_compile = 0x01, DW_CHILDREN_no = 0, DW_CHILDREN_yes = 1 };
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

/* ---- abbreviations ---- */

typedef struct AbbrevSpec {
    int tag;
    int children;
    int attrs[24]; /* attribute, form pairs, 0-terminated */
} AbbrevSpec;

#define NAME DW_AT_name, DW_FORM_strp
#define DECL DW_AT_decl_file, DW_FORM_udata, DW_AT_decl_line, DW_FORM_data4, DW_AT_decl_column, DW_FORM_udata
#define TYPE DW_AT_type, DW_FORM_ref4
#define SIZE DW_AT_byte_size, DW_FORM_udata

static const AbbrevSpec abbrevs[AB_COUNT] = {
    [AB_COMPILE_UNIT] = {DW_TAG_compile_unit, 1,
                         {DW_AT_producer, DW_FORM_strp, DW_AT_language, DW_FORM_data2, DW_AT_name, DW_FORM_line_strp,
                          DW_AT_comp_dir, DW_FORM_line_strp, DW_AT_low_pc, DW_FORM_addr, DW_AT_ranges,
                          DW_FORM_sec_offset, DW_AT_stmt_list, DW_FORM_sec_offset}},
    [AB_BASE_TYPE] = {DW_TAG_base_type, 0, {SIZE, DW_AT_encoding, DW_FORM_data1, NAME}},
    [AB_POINTER] = {DW_TAG_pointer_type, 0, {SIZE, TYPE}},
    [AB_VOID_POINTER] = {DW_TAG_pointer_type, 0, {SIZE}},
    [AB_CONST] = {DW_TAG_const_type, 0, {TYPE}},
    [AB_CONST_VOID] = {DW_TAG_const_type, 0, {0}},
    [AB_VOLATILE] = {DW_TAG_volatile_type, 0, {TYPE}},
    [AB_VOLATILE_VOID] = {DW_TAG_volatile_type, 0, {0}},
    [AB_RESTRICT] = {DW_TAG_restrict_type, 0, {TYPE}},
    [AB_TYPEDEF] = {DW_TAG_typedef, 0, {NAME, DECL, TYPE}},
    [AB_TYPEDEF_VOID] = {DW_TAG_typedef, 0, {NAME, DECL}},
    [AB_STRUCT] = {DW_TAG_structure_type, 1, {NAME, SIZE, DECL}},
    [AB_STRUCT_ANON] = {DW_TAG_structure_type, 1, {SIZE, DECL}},
    [AB_STRUCT_DECL] = {DW_TAG_structure_type, 0, {NAME, DW_AT_declaration, DW_FORM_flag_present}},
    [AB_UNION] = {DW_TAG_union_type, 1, {NAME, SIZE, DECL}},
    [AB_UNION_ANON] = {DW_TAG_union_type, 1, {SIZE, DECL}},
    [AB_UNION_DECL] = {DW_TAG_union_type, 0, {NAME, DW_AT_declaration, DW_FORM_flag_present}},
    [AB_MEMBER] = {DW_TAG_member, 0, {NAME, DECL, TYPE, DW_AT_data_member_location, DW_FORM_udata}},
    [AB_MEMBER_ANON] = {DW_TAG_member, 0, {DECL, TYPE, DW_AT_data_member_location, DW_FORM_udata}},
    [AB_MEMBER_BITFIELD] = {DW_TAG_member, 0,
                            {NAME, DECL, TYPE, DW_AT_bit_size, DW_FORM_udata, DW_AT_data_bit_offset, DW_FORM_udata}},
    [AB_ARRAY] = {DW_TAG_array_type, 1, {TYPE}},
    [AB_SUBRANGE] = {DW_TAG_subrange_type, 0, {TYPE, DW_AT_upper_bound, DW_FORM_udata}},
    [AB_SUBRANGE_NOBOUND] = {DW_TAG_subrange_type, 0, {TYPE}},
    [AB_ENUM] = {DW_TAG_enumeration_type, 1, {NAME, DW_AT_encoding, DW_FORM_data1, SIZE, TYPE, DECL}},
    [AB_ENUM_ANON] = {DW_TAG_enumeration_type, 1, {DW_AT_encoding, DW_FORM_data1, SIZE, TYPE, DECL}},
    [AB_ENUM_DECL] = {DW_TAG_enumeration_type, 0, {NAME, DW_AT_declaration, DW_FORM_flag_present}},
    [AB_ENUMERATOR] = {DW_TAG_enumerator, 0, {NAME, DW_AT_const_value, DW_FORM_sdata}},
    [AB_SUBROUTINE_TYPE] = {DW_TAG_subroutine_type, 1, {TYPE}},
    [AB_SUBROUTINE_TYPE_VOID] = {DW_TAG_subroutine_type, 1, {0}},
    [AB_PARAM_TYPE] = {DW_TAG_formal_parameter, 0, {TYPE}},
    [AB_UNSPECIFIED_PARAMS] = {DW_TAG_unspecified_parameters, 0, {0}},
    [AB_SUBPROGRAM] = {DW_TAG_subprogram, 1,
                       {NAME, DECL, TYPE, DW_AT_low_pc, DW_FORM_addr, DW_AT_high_pc, DW_FORM_data8, DW_AT_frame_base,
                        DW_FORM_exprloc}},
    [AB_SUBPROGRAM_VOID] = {DW_TAG_subprogram, 1,
                            {NAME, DECL, DW_AT_low_pc, DW_FORM_addr, DW_AT_high_pc, DW_FORM_data8, DW_AT_frame_base,
                             DW_FORM_exprloc}},
    [AB_SUBPROGRAM_DECL] = {DW_TAG_subprogram, 1, {NAME, DECL, TYPE, DW_AT_declaration, DW_FORM_flag_present}},
    [AB_SUBPROGRAM_DECL_VOID] = {DW_TAG_subprogram, 1, {NAME, DECL, DW_AT_declaration, DW_FORM_flag_present}},
    [AB_FORMAL_PARAMETER] = {DW_TAG_formal_parameter, 0, {NAME, DECL, TYPE, DW_AT_location, DW_FORM_exprloc}},
    [AB_VARIABLE] = {DW_TAG_variable, 0, {NAME, DECL, TYPE, DW_AT_location, DW_FORM_exprloc}},
    [AB_GLOBAL_VARIABLE] = {DW_TAG_variable, 0,
                            {NAME, DECL, TYPE, DW_AT_external, DW_FORM_flag_present, DW_AT_location, DW_FORM_exprloc}},
    [AB_LEXICAL_BLOCK] = {DW_TAG_lexical_block, 1, {DW_AT_low_pc, DW_FORM_addr, DW_AT_high_pc, DW_FORM_data8}},
    [AB_PARAM_DECL] = {DW_TAG_formal_parameter, 0, {TYPE}},
};

/* Function DIEs and function types carry optional flags (DW_FORM_flag_present: no bytes in
   the DIE), so each has a variant abbreviation per combination of DWARF_FLAG_* bits; their
   codes follow the table above. */
enum { FLAG_VARIANTS = 8 };

static int flagged_index(int abbrev) {
    switch (abbrev) {
    case AB_SUBPROGRAM: return 0;
    case AB_SUBPROGRAM_VOID: return 1;
    case AB_SUBPROGRAM_DECL: return 2;
    case AB_SUBPROGRAM_DECL_VOID: return 3;
    case AB_SUBROUTINE_TYPE: return 4;
    case AB_SUBROUTINE_TYPE_VOID: return 5;
    default: return -1;
    }
}

static int abbrev_code(int abbrev, int flags) {
    int k = flagged_index(abbrev);
    return k < 0 ? abbrev : AB_COUNT + k * FLAG_VARIANTS + flags;
}

/* ---- state ---- */

typedef enum { DREL_REF4, DREL_ADDR, DREL_TLSOFF, DREL_STMT_LIST, DREL_RANGES } DrelKind;

typedef struct DwarfReloc {
    uint32_t offset;
    uint8_t kind;
    uint32_t target; /* entry or symbol */
    int64_t addend;
} DwarfReloc;

typedef struct DwarfEntry {
    Buf bytes;
    VEC(DwarfReloc) relocs;
    uint64_t off; /* from the start of the unit, set when the section is written */
} DwarfEntry;

typedef struct DwarfFunc {
    uint32_t sym;
    uint64_t size;
    Buf line;                /* the line-program sequence */
    VEC(DwarfReloc) line_relocs;
} DwarfFunc;

struct DwarfUnit {
    Linker *l;
    char *name;
    char *comp_dir;
    VEC(DwarfEntry) entries; /* entry 0: the compile unit */
    VEC(DwarfFunc) funcs;
    VEC(uint32_t) files;     /* unit file number -> source file index (0 and 1: the main file) */
    VEC(char *) dirs;        /* directory table (0: comp_dir) */
    VEC(uint32_t) file_dirs; /* unit file number -> directory number */
    uint64_t info_off, line_off, ranges_off; /* where the unit went (dwarf_emit) */
};

typedef struct PrefixMap {
    char *from;
    char *to;
} PrefixMap;

typedef struct DwarfState {
    VEC(DwarfUnit *) units;
    VEC(PrefixMap) prefix_maps; /* -fdebug-prefix-map */
    Buf str;
    Map str_index;
    Buf line_str;
    Map line_str_index;
    Arena arena;
} DwarfState;

static DwarfState *state(Linker *l) {
    if (!l->dwarf)
        l->dwarf = xcalloc(1, sizeof(DwarfState));
    return l->dwarf;
}

static uint32_t intern_string(DwarfState *d, Buf *sec, Map *index, const char *s) {
    size_t n = strlen(s);
    void *found = map_get(index, s, (int)n);
    if (found)
        return (uint32_t)(uintptr_t)found - 1;
    uint32_t off = (uint32_t)sec->len;
    buf_append(sec, s, n + 1);
    char *key = arena_strndup(&d->arena, s, n);
    map_put(index, key, (int)n, (void *)(uintptr_t)(off + 1));
    return off;
}

void dwarf_prefix_map(Linker *l, const char *from, const char *to) {
    PrefixMap m;
    m.from = xstrdup(from);
    m.to = xstrdup(to);
    vec_push(&state(l)->prefix_maps, m);
}

/* a path as it is written into the debug information: the last matching prefix map applies */
static char *remap(DwarfState *d, const char *path) {
    for (int i = d->prefix_maps.len - 1; i >= 0; i--) {
        PrefixMap *m = &d->prefix_maps.data[i];
        size_t n = strlen(m->from);
        if (!strncmp(path, m->from, n) && (path[n] == 0 || path[n] == '/'))
            return format("%s%s", m->to, path + n);
    }
    return xstrdup(path);
}

static int addr_size(DwarfUnit *u) {
    return u->l->t->ptr_size;
}

static bool big_endian(DwarfUnit *u) {
    return u->l->t->big_endian;
}

/* ---- entries ---- */

uint32_t dwarf_entry_new(DwarfUnit *u) {
    DwarfEntry e;
    memset(&e, 0, sizeof e);
    vec_push(&u->entries, e);
    return (uint32_t)(u->entries.len - 1);
}

Buf *dwarf_entry_buf(DwarfUnit *u, uint32_t entry) {
    return &u->entries.data[entry].bytes;
}

static void add_reloc(DwarfUnit *u, uint32_t entry, DrelKind kind, uint32_t target, int64_t addend) {
    DwarfEntry *e = &u->entries.data[entry];
    DwarfReloc r;
    r.offset = (uint32_t)e->bytes.len;
    r.kind = (uint8_t)kind;
    r.target = target;
    r.addend = addend;
    vec_push(&e->relocs, r);
}

void dwarf_die(DwarfUnit *u, uint32_t entry, DwarfAbbrev abbrev) {
    buf_uleb(dwarf_entry_buf(u, entry), (uint64_t)abbrev_code(abbrev, 0));
}

void dwarf_die_flags(DwarfUnit *u, uint32_t entry, DwarfAbbrev abbrev, int flags) {
    buf_uleb(dwarf_entry_buf(u, entry), (uint64_t)abbrev_code(abbrev, flags));
}

void dwarf_strp(DwarfUnit *u, uint32_t entry, const char *s) {
    DwarfState *d = state(u->l);
    uint32_t off = intern_string(d, &d->str, &d->str_index, s);
    buf_uint(dwarf_entry_buf(u, entry), off, 4, big_endian(u));
}

void dwarf_ref(DwarfUnit *u, uint32_t entry, uint32_t target_entry) {
    add_reloc(u, entry, DREL_REF4, target_entry, 0);
    buf_zeros(dwarf_entry_buf(u, entry), 4);
}

void dwarf_addr(DwarfUnit *u, uint32_t entry, uint32_t sym, int64_t addend) {
    add_reloc(u, entry, DREL_ADDR, sym, addend);
    buf_zeros(dwarf_entry_buf(u, entry), (size_t)addr_size(u));
}

void dwarf_udata(DwarfUnit *u, uint32_t entry, uint64_t v) {
    buf_uleb(dwarf_entry_buf(u, entry), v);
}

void dwarf_sdata(DwarfUnit *u, uint32_t entry, int64_t v) {
    buf_sleb(dwarf_entry_buf(u, entry), v);
}

void dwarf_data(DwarfUnit *u, uint32_t entry, uint64_t v, int size) {
    buf_uint(dwarf_entry_buf(u, entry), v, size, big_endian(u));
}

void dwarf_end_children(DwarfUnit *u, uint32_t entry) {
    buf_u8(dwarf_entry_buf(u, entry), 0);
}

void dwarf_location_addr(DwarfUnit *u, uint32_t entry, uint32_t sym) {
    buf_uleb(dwarf_entry_buf(u, entry), (uint64_t)(1 + addr_size(u)));
    buf_u8(dwarf_entry_buf(u, entry), DW_OP_addr);
    dwarf_addr(u, entry, sym, 0);
}

void dwarf_location_tls(DwarfUnit *u, uint32_t entry, uint32_t sym) {
    Buf *b = dwarf_entry_buf(u, entry);
    buf_uleb(b, 10);
    buf_u8(b, DW_OP_const8u);
    add_reloc(u, entry, DREL_TLSOFF, sym, 0);
    buf_zeros(b, 8);
    buf_u8(dwarf_entry_buf(u, entry), DW_OP_form_tls_address);
}

void dwarf_location_fbreg(DwarfUnit *u, uint32_t entry, int64_t offset, bool deref) {
    Buf expr = {0};
    buf_u8(&expr, DW_OP_fbreg);
    buf_sleb(&expr, offset);
    if (deref)
        buf_u8(&expr, DW_OP_deref);
    Buf *b = dwarf_entry_buf(u, entry);
    buf_uleb(b, expr.len);
    buf_append(b, expr.data, expr.len);
    buf_free(&expr);
}

/* ---- files ---- */

uint32_t dwarf_file(DwarfUnit *u, uint32_t source_file) {
    for (int i = 1; i < u->files.len; i++)
        if (u->files.data[i] == source_file)
            return (uint32_t)i;
    SourceFile *f = source_get(source_file);
    const char *name = f ? f->name : "<unknown>";
    const char *slash = strrchr(name, '/');
    uint32_t dir = 0;
    if (slash) {
        char *raw = slash == name ? xstrdup("/") : xstrndup(name, (size_t)(slash - name));
        char *d = remap(state(u->l), raw);
        free(raw);
        int k;
        for (k = 1; k < u->dirs.len; k++)
            if (!strcmp(u->dirs.data[k], d))
                break;
        if (k == u->dirs.len)
            vec_push(&u->dirs, d);
        else
            free(d);
        dir = (uint32_t)k;
    }
    vec_push(&u->files, source_file);
    vec_push(&u->file_dirs, dir);
    return (uint32_t)(u->files.len - 1);
}

/* ---- units ---- */

DwarfUnit *dwarf_unit_begin(Linker *l, uint32_t main_source, const char *name, const char *comp_dir,
                            const char *producer) {
    DwarfState *d = state(l);
    DwarfUnit *u = xcalloc(1, sizeof(DwarfUnit));
    u->l = l;
    u->name = remap(d, name);
    u->comp_dir = remap(d, comp_dir);
    vec_push(&d->units, u);
    vec_push(&u->dirs, xstrdup(u->comp_dir));
    /* file 0 (DWARF 5) and file 1 (for consumers that count from 1) are the main file */
    vec_push(&u->files, main_source);
    vec_push(&u->file_dirs, 0);
    u->file_dirs.data[0] = u->file_dirs.data[dwarf_file(u, main_source)];
    uint32_t cu = dwarf_entry_new(u);
    dwarf_die(u, cu, AB_COMPILE_UNIT);
    dwarf_strp(u, cu, producer);
    dwarf_data(u, cu, DW_LANG_C11, 2);
    dwarf_data(u, cu, intern_string(d, &d->line_str, &d->line_str_index, u->name), 4);
    dwarf_data(u, cu, intern_string(d, &d->line_str, &d->line_str_index, u->comp_dir), 4);
    dwarf_addr(u, cu, 0, 0);
    add_reloc(u, cu, DREL_RANGES, 0, 0);
    buf_zeros(dwarf_entry_buf(u, cu), 4);
    add_reloc(u, cu, DREL_STMT_LIST, 0, 0);
    buf_zeros(dwarf_entry_buf(u, cu), 4);
    return u;
}

/* ---- line programs ---- */

static void line_advance(Buf *b, int64_t dline, uint64_t dpc) {
    if (dline >= LINE_BASE && dline < LINE_BASE + LINE_RANGE) {
        uint64_t op = (uint64_t)(dline - LINE_BASE) + LINE_RANGE * dpc + OPCODE_BASE;
        if (op <= 255) {
            buf_u8(b, (uint8_t)op);
            return;
        }
    }
    if (dline) {
        buf_u8(b, DW_LNS_advance_line);
        buf_sleb(b, dline);
    }
    if (dpc) {
        buf_u8(b, DW_LNS_advance_pc);
        buf_uleb(b, dpc);
    }
    buf_u8(b, DW_LNS_copy);
}

static void line_sequence(DwarfUnit *u, DwarfFunc *f, const MachineCode *mc) {
    Buf *b = &f->line;
    buf_u8(b, 0);
    buf_uleb(b, (uint64_t)(1 + addr_size(u)));
    buf_u8(b, DW_LNE_set_address);
    DwarfReloc r = {(uint32_t)b->len, DREL_ADDR, f->sym, 0};
    vec_push(&f->line_relocs, r);
    buf_zeros(b, (size_t)addr_size(u));
    uint32_t file = 1, col = 0;
    int64_t line = 1;
    uint64_t pc = 0;
    bool stmt = true;
    bool prologue_done = false;
    for (int i = 0; i < mc->lines.len; i++) {
        const LineRow *row = &mc->lines.data[i];
        uint32_t fno = dwarf_file(u, row->loc.file);
        if (fno != file) {
            buf_u8(b, DW_LNS_set_file);
            buf_uleb(b, fno);
            file = fno;
        }
        if (row->loc.col != col) {
            buf_u8(b, DW_LNS_set_column);
            buf_uleb(b, row->loc.col);
            col = row->loc.col;
        }
        if (((row->flags & LINE_STMT) != 0) != stmt) {
            buf_u8(b, DW_LNS_negate_stmt);
            stmt = !stmt;
        }
        if (!prologue_done && row->pc >= mc->prologue_end && i > 0) {
            buf_u8(b, DW_LNS_set_prologue_end);
            prologue_done = true;
        }
        if (row->flags & LINE_EPILOGUE_BEGIN)
            buf_u8(b, DW_LNS_set_epilogue_begin);
        line_advance(b, (int64_t)row->loc.line - line, row->pc - pc);
        line = row->loc.line;
        pc = row->pc;
    }
    if (f->size > pc) {
        buf_u8(b, DW_LNS_advance_pc);
        buf_uleb(b, f->size - pc);
    }
    buf_u8(b, 0);
    buf_uleb(b, 1);
    buf_u8(b, DW_LNE_end_sequence);
}

/* ---- call frame information ---- */

static void cfa_advance(Buf *b, uint32_t delta, bool be) {
    if (delta == 0)
        return;
    if (delta < 64) {
        buf_u8(b, (uint8_t)(DW_CFA_advance_loc | delta));
    } else if (delta < 256) {
        buf_u8(b, DW_CFA_advance_loc1);
        buf_u8(b, (uint8_t)delta);
    } else if (delta < 65536) {
        buf_u8(b, DW_CFA_advance_loc2);
        buf_uint(b, delta, 2, be);
    } else {
        buf_u8(b, DW_CFA_advance_loc4);
        buf_uint(b, delta, 4, be);
    }
}

void dwarf_encode_cfi(const Target *t, const MachineCode *mc, Buf *b) {
    const Backend *be = t->backend;
    bool be_order = t->big_endian;
    /* the CIE describes the state at a function's entry */
    int cfa_reg = be->dwarf_sp_reg, cfa_off = be->dwarf_entry_cfa_offset;
    int nsaved = 0, saved_reg[8], saved_off[8];
    uint32_t pc = 0;
    for (int i = 0; i < mc->cfi.len; i++) {
        const CFIRow *row = &mc->cfi.data[i];
        if (row->pc > pc) {
            cfa_advance(b, row->pc - pc, be_order);
            pc = row->pc;
        }
        if (row->ra_undefined) {
            buf_u8(b, DW_CFA_undefined);
            buf_uleb(b, (uint64_t)be->dwarf_ra_reg);
        }
        if (row->cfa_reg != cfa_reg && row->cfa_offset != cfa_off) {
            buf_u8(b, DW_CFA_def_cfa);
            buf_uleb(b, (uint64_t)row->cfa_reg);
            buf_uleb(b, (uint64_t)row->cfa_offset);
        } else if (row->cfa_reg != cfa_reg) {
            buf_u8(b, DW_CFA_def_cfa_register);
            buf_uleb(b, (uint64_t)row->cfa_reg);
        } else if (row->cfa_offset != cfa_off) {
            buf_u8(b, DW_CFA_def_cfa_offset);
            buf_uleb(b, (uint64_t)row->cfa_offset);
        }
        cfa_reg = row->cfa_reg;
        cfa_off = row->cfa_offset;
        /* registers saved now that were not (or elsewhere) before */
        for (int k = 0; k < row->nsaved; k++) {
            bool known = false;
            for (int j = 0; j < nsaved; j++)
                if (saved_reg[j] == row->saved_reg[k] && saved_off[j] == row->saved_offset[k])
                    known = true;
            if (known)
                continue;
            int reg = row->saved_reg[k];
            uint64_t factored = (uint64_t)(row->saved_offset[k] / be->dwarf_data_align);
            if (reg < 64) {
                buf_u8(b, (uint8_t)(DW_CFA_offset | reg));
            } else {
                buf_u8(b, DW_CFA_offset_extended);
                buf_uleb(b, (uint64_t)reg);
            }
            buf_uleb(b, factored);
        }
        /* registers no longer saved: back to their entry rule */
        for (int j = 0; j < nsaved; j++) {
            bool still = false;
            for (int k = 0; k < row->nsaved; k++)
                if (saved_reg[j] == row->saved_reg[k])
                    still = true;
            if (still)
                continue;
            int reg = saved_reg[j];
            if (reg < 64) {
                buf_u8(b, (uint8_t)(DW_CFA_restore | reg));
            } else {
                buf_u8(b, DW_CFA_restore_extended);
                buf_uleb(b, (uint64_t)reg);
            }
        }
        nsaved = row->nsaved;
        for (int k = 0; k < nsaved; k++) {
            saved_reg[k] = row->saved_reg[k];
            saved_off[k] = row->saved_offset[k];
        }
    }
}

void dwarf_function_code(DwarfUnit *u, uint32_t sym, const MachineCode *mc, uint64_t code_size) {
    DwarfFunc f;
    memset(&f, 0, sizeof f);
    f.sym = sym;
    f.size = code_size;
    line_sequence(u, &f, mc);
    vec_push(&u->funcs, f);
}

/* ---- writing ---- */

static void write_abbrevs(Buf *b) {
    for (int a = 1; a < AB_COUNT; a++) {
        const AbbrevSpec *s = &abbrevs[a];
        int variants = flagged_index(a) < 0 ? 1 : FLAG_VARIANTS;
        for (int flags = 0; flags < variants; flags++) {
            buf_uleb(b, (uint64_t)abbrev_code(a, flags));
            buf_uleb(b, (uint64_t)s->tag);
            buf_u8(b, (uint8_t)(s->children ? DW_CHILDREN_yes : DW_CHILDREN_no));
            static const int flag_attrs[3] = {DW_AT_external, DW_AT_noreturn, DW_AT_prototyped};
            for (int k = 0; k < 3; k++) {
                if (flags & (1 << k)) {
                    buf_uleb(b, (uint64_t)flag_attrs[k]);
                    buf_uleb(b, DW_FORM_flag_present);
                }
            }
            for (int k = 0; s->attrs[k]; k += 2) {
                buf_uleb(b, (uint64_t)s->attrs[k]);
                buf_uleb(b, (uint64_t)s->attrs[k + 1]);
            }
            buf_u8(b, 0);
            buf_u8(b, 0);
        }
    }
    buf_u8(b, 0);
}

static uint64_t tls_start(Linker *l) {
    Section *td = &l->secs[SEC_TDATA];
    return td->addr;
}

static void apply(DwarfUnit *u, uint8_t *base, const DwarfReloc *r) {
    Linker *l = u->l;
    bool be = big_endian(u);
    switch (r->kind) {
    case DREL_REF4:
        put_uint(base + r->offset, u->entries.data[r->target].off, 4, be);
        break;
    case DREL_ADDR:
        put_uint(base + r->offset, r->target ? link_sym_addr(l, r->target) + (uint64_t)r->addend : 0,
                 addr_size(u), be);
        break;
    case DREL_TLSOFF:
        put_uint(base + r->offset, link_sym_addr(l, r->target) - tls_start(l), 8, be);
        break;
    case DREL_STMT_LIST:
        put_uint(base + r->offset, u->line_off, 4, be);
        break;
    case DREL_RANGES:
        put_uint(base + r->offset, u->ranges_off, 4, be);
        break;
    }
}

static void write_line_header(DwarfUnit *u, Buf *b, DwarfState *d) {
    bool be = big_endian(u);
    buf_uint(b, 0, 4, be); /* unit_length, set by the caller */
    buf_uint(b, 5, 2, be);
    buf_u8(b, (uint8_t)addr_size(u));
    buf_u8(b, 0); /* segment selector size */
    size_t hlen_at = b->len;
    buf_uint(b, 0, 4, be); /* header_length */
    buf_u8(b, 1);          /* minimum_instruction_length */
    buf_u8(b, 1);          /* maximum_operations_per_instruction */
    buf_u8(b, 1);          /* default_is_stmt */
    buf_u8(b, (uint8_t)(int8_t)LINE_BASE);
    buf_u8(b, LINE_RANGE);
    buf_u8(b, OPCODE_BASE);
    static const uint8_t lengths[] = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};
    buf_append(b, lengths, sizeof lengths);
    /* directories */
    buf_u8(b, 1);
    buf_uleb(b, DW_LNCT_path);
    buf_uleb(b, DW_FORM_line_strp);
    buf_uleb(b, (uint64_t)u->dirs.len);
    for (int i = 0; i < u->dirs.len; i++)
        buf_uint(b, intern_string(d, &d->line_str, &d->line_str_index, u->dirs.data[i]), 4, be);
    /* files */
    buf_u8(b, 2);
    buf_uleb(b, DW_LNCT_path);
    buf_uleb(b, DW_FORM_line_strp);
    buf_uleb(b, DW_LNCT_directory_index);
    buf_uleb(b, DW_FORM_udata);
    buf_uleb(b, (uint64_t)u->files.len);
    for (int i = 0; i < u->files.len; i++) {
        SourceFile *f = source_get(u->files.data[i]);
        const char *name = f ? f->name : u->name;
        const char *slash = strrchr(name, '/');
        buf_uint(b, intern_string(d, &d->line_str, &d->line_str_index, slash ? slash + 1 : name), 4, be);
        buf_uleb(b, u->file_dirs.data[i]);
    }
    put_uint(b->data + hlen_at, b->len - hlen_at - 4, 4, be);
}

static void finish_unit_length(Buf *b, size_t start, bool be) {
    put_uint(b->data + start, b->len - start - 4, 4, be);
}

static void append_relocated(DwarfUnit *u, Buf *out, const Buf *bytes, const DwarfReloc *relocs, int n) {
    size_t at = out->len;
    buf_append(out, bytes->data, bytes->len);
    for (int i = 0; i < n; i++)
        apply(u, out->data + at, &relocs[i]);
}

void dwarf_emit(Linker *l, DwarfSection out[DWARF_SECTIONS]) {
    DwarfState *d = state(l);
    static const char *const names[DWARF_SECTIONS] = {".debug_abbrev", ".debug_info", ".debug_line",
                                                      ".debug_aranges", ".debug_rnglists", ".debug_frame",
                                                      ".debug_str", ".debug_line_str"};
    for (int i = 0; i < DWARF_SECTIONS; i++) {
        out[i].name = names[i];
        memset(&out[i].data, 0, sizeof(Buf));
    }
    Buf *abbrev = &out[0].data, *info = &out[1].data, *line = &out[2].data, *aranges = &out[3].data;
    Buf *ranges = &out[4].data, *frame = &out[5].data;
    bool be = l->t->big_endian;
    int as = l->t->ptr_size;
    const Backend *backend = l->t->backend;
    write_abbrevs(abbrev);
    /* line programs and range lists first: the info section refers to their offsets */
    for (int ui = 0; ui < d->units.len; ui++) {
        DwarfUnit *u = d->units.data[ui];
        u->line_off = line->len;
        size_t start = line->len;
        write_line_header(u, line, d);
        for (int i = 0; i < u->funcs.len; i++) {
            DwarfFunc *f = &u->funcs.data[i];
            append_relocated(u, line, &f->line, f->line_relocs.data, f->line_relocs.len);
        }
        finish_unit_length(line, start, be);
        /* .debug_rnglists: the unit's functions */
        start = ranges->len;
        buf_uint(ranges, 0, 4, be);
        buf_uint(ranges, 5, 2, be);
        buf_u8(ranges, (uint8_t)as);
        buf_u8(ranges, 0);
        buf_uint(ranges, 0, 4, be); /* offset_entry_count */
        u->ranges_off = ranges->len;
        for (int i = 0; i < u->funcs.len; i++) {
            DwarfFunc *f = &u->funcs.data[i];
            buf_u8(ranges, DW_RLE_start_length);
            buf_uint(ranges, link_sym_addr(l, f->sym), as, be);
            buf_uleb(ranges, f->size);
        }
        buf_u8(ranges, DW_RLE_end_of_list);
        finish_unit_length(ranges, start, be);
    }
    for (int ui = 0; ui < d->units.len; ui++) {
        DwarfUnit *u = d->units.data[ui];
        u->info_off = info->len;
        /* offsets of the entries inside the unit: after the 12-byte header */
        uint64_t off = 12;
        for (int i = 0; i < u->entries.len; i++) {
            u->entries.data[i].off = off;
            off += u->entries.data[i].bytes.len;
        }
        size_t start = info->len;
        buf_uint(info, 0, 4, be);
        buf_uint(info, 5, 2, be);
        buf_u8(info, DW_UT_compile);
        buf_u8(info, (uint8_t)as);
        buf_uint(info, 0, 4, be); /* abbreviations at offset 0 */
        for (int i = 0; i < u->entries.len; i++) {
            DwarfEntry *e = &u->entries.data[i];
            append_relocated(u, info, &e->bytes, e->relocs.data, e->relocs.len);
        }
        buf_u8(info, 0); /* end of the compile unit's children */
        finish_unit_length(info, start, be);
        /* .debug_aranges */
        start = aranges->len;
        buf_uint(aranges, 0, 4, be);
        buf_uint(aranges, 2, 2, be);
        buf_uint(aranges, u->info_off, 4, be);
        buf_u8(aranges, (uint8_t)as);
        buf_u8(aranges, 0);
        buf_zeros(aranges, (size_t)(align_to((int64_t)(aranges->len - start), 2 * as) - (int64_t)(aranges->len - start)));
        for (int i = 0; i < u->funcs.len; i++) {
            DwarfFunc *f = &u->funcs.data[i];
            buf_uint(aranges, link_sym_addr(l, f->sym), as, be);
            buf_uint(aranges, f->size, as, be);
        }
        buf_zeros(aranges, (size_t)(2 * as));
        finish_unit_length(aranges, start, be);
    }
    /* .debug_frame: one CIE for everything, an FDE per function */
    size_t cie = frame->len;
    buf_uint(frame, 0, 4, be);
    buf_uint(frame, 0xffffffff, 4, be); /* CIE_id */
    buf_u8(frame, 4);                    /* version */
    buf_u8(frame, 0);                    /* augmentation "" */
    buf_u8(frame, (uint8_t)as);
    buf_u8(frame, 0); /* segment selector size */
    buf_uleb(frame, 1);
    buf_sleb(frame, backend->dwarf_data_align);
    buf_uleb(frame, (uint64_t)backend->dwarf_ra_reg);
    buf_u8(frame, DW_CFA_def_cfa);
    buf_uleb(frame, (uint64_t)backend->dwarf_sp_reg);
    buf_uleb(frame, (uint64_t)backend->dwarf_entry_cfa_offset);
    if (backend->dwarf_ra_on_stack) {
        buf_u8(frame, (uint8_t)(DW_CFA_offset | backend->dwarf_ra_reg));
        buf_uleb(frame, (uint64_t)(-backend->dwarf_entry_cfa_offset / backend->dwarf_data_align));
    }
    while ((frame->len - cie) % (size_t)as)
        buf_u8(frame, DW_CFA_nop);
    finish_unit_length(frame, cie, be);
    /* every function with frame information, library code included, in address order */
    Section *text = &l->secs[SEC_TEXT];
    for (int ai = text->first; ai >= 0; ai = l->atoms.data[ai].next) {
        Atom *a = &l->atoms.data[ai];
        if (!a->frame)
            continue;
        size_t start = frame->len;
        buf_uint(frame, 0, 4, be);
        buf_uint(frame, cie, 4, be);
        buf_uint(frame, text->addr + a->off, as, be);
        buf_uint(frame, a->size, as, be);
        buf_append(frame, a->frame, a->frame_len);
        while ((frame->len - start) % (size_t)as)
            buf_u8(frame, DW_CFA_nop);
        finish_unit_length(frame, start, be);
    }
    buf_append(&out[6].data, d->str.data, d->str.len);
    buf_append(&out[7].data, d->line_str.data, d->line_str.len);
}

void dwarf_free(Linker *l) {
    DwarfState *d = l->dwarf;
    if (!d)
        return;
    for (int ui = 0; ui < d->units.len; ui++) {
        DwarfUnit *u = d->units.data[ui];
        for (int i = 0; i < u->entries.len; i++) {
            buf_free(&u->entries.data[i].bytes);
            vec_free(&u->entries.data[i].relocs);
        }
        for (int i = 0; i < u->funcs.len; i++) {
            buf_free(&u->funcs.data[i].line);
            vec_free(&u->funcs.data[i].line_relocs);
        }
        for (int i = 0; i < u->dirs.len; i++)
            free(u->dirs.data[i]);
        vec_free(&u->entries);
        vec_free(&u->funcs);
        vec_free(&u->files);
        vec_free(&u->dirs);
        vec_free(&u->file_dirs);
        free(u->name);
        free(u->comp_dir);
        free(u);
    }
    vec_free(&d->units);
    for (int i = 0; i < d->prefix_maps.len; i++) {
        free(d->prefix_maps.data[i].from);
        free(d->prefix_maps.data[i].to);
    }
    vec_free(&d->prefix_maps);
    buf_free(&d->str);
    buf_free(&d->line_str);
    map_free(&d->str_index);
    map_free(&d->line_str_index);
    arena_free(&d->arena);
    free(d);
    l->dwarf = NULL;
}
