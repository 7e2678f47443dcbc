/* The DWARF 5 builder: units of entries with relocations, line programs and call frame
   information (see dwarf.h). dwarf_write.c places them in the sections. */
#include "dwarf_internal.h"

#include <stdio.h>
#include <stdlib.h>

enum {
    DW_AT_sibling = 0x01, DW_AT_location = 0x02, DW_AT_name = 0x03, DW_AT_byte_size = 0x0b, DW_AT_stmt_list = 0x10,
    DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12, DW_AT_language = 0x13, DW_AT_comp_dir = 0x1b, DW_AT_const_value = 0x1c,
    DW_AT_upper_bound = 0x2f, DW_AT_producer = 0x25, DW_AT_prototyped = 0x27, DW_AT_data_member_location = 0x38,
    DW_AT_decl_column = 0x39, DW_AT_decl_file = 0x3a, DW_AT_decl_line = 0x3b, DW_AT_declaration = 0x3c,
    DW_AT_encoding = 0x3e, DW_AT_external = 0x3f, DW_AT_frame_base = 0x40, DW_AT_type = 0x49, DW_AT_ranges = 0x55,
    DW_AT_data_bit_offset = 0x6b, DW_AT_bit_size = 0x0d, DW_AT_noreturn = 0x87,
};
enum { DW_LANG_C11 = 0x1d, DW_CHILDREN_no = 0, DW_CHILDREN_yes = 1 };
/* the padding entries: a vendor tag that consumers skip, with no attributes or a block */
enum { DW_TAG_mica_padding = 0x4fe0, DW_AT_mica_padding = 0x3fe0 };

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

_Static_assert(AB_COUNT + 6 * FLAG_VARIANTS <= AB_PAD1_CODE, "abbreviation codes stay below the padding ones");

/* ---- state ---- */

DwarfState *dwarf_state(Linker *l) {
    if (!l->dwarf)
        l->dwarf = xcalloc(1, sizeof(DwarfState));
    return l->dwarf;
}

static void string_index_put(StringIndex *ix, uint32_t hash, uint32_t off);

/* room for n more strings without growing */
static void string_index_reserve(StringIndex *ix, uint32_t n) {
    if ((ix->count + n) * 2 <= ix->nslots)
        return;
    StringIndex grown = {0};
    grown.nslots = ix->nslots ? ix->nslots : 256;
    while ((ix->count + n) * 2 > grown.nslots)
        grown.nslots *= 2;
    grown.slots = xcalloc(grown.nslots, sizeof(uint64_t));
    for (uint32_t i = 0; i < ix->nslots; i++)
        if (ix->slots[i])
            string_index_put(&grown, (uint32_t)(ix->slots[i] >> 32), (uint32_t)ix->slots[i] - 1);
    free(ix->slots);
    *ix = grown;
}

static void string_index_put(StringIndex *ix, uint32_t hash, uint32_t off) {
    string_index_reserve(ix, 1);
    uint32_t mask = ix->nslots - 1, i = hash & mask;
    while (ix->slots[i])
        i = (i + 1) & mask;
    ix->slots[i] = (uint64_t)hash << 32 | (off + 1);
    ix->count++;
}

/* the offset of the string s (n bytes) in sec, or -1 */
static int64_t string_index_find(const StringIndex *ix, const Buf *sec, const char *s, size_t n, uint32_t hash) {
    if (!ix->nslots)
        return -1;
    uint32_t mask = ix->nslots - 1;
    for (uint32_t i = hash & mask; ix->slots[i]; i = (i + 1) & mask) {
        uint64_t e = ix->slots[i];
        size_t off = (uint32_t)e - 1;
        if ((uint32_t)(e >> 32) == hash && off + n < sec->len && !memcmp(sec->data + off, s, n) && !sec->data[off + n])
            return (int64_t)off;
    }
    return -1;
}

static void string_index_free(StringIndex *ix) {
    free(ix->slots);
    memset(ix, 0, sizeof *ix);
}

/* a section read from the state: its strings are found again by scanning it */
static void index_strings(Buf *sec, StringIndex *ix) {
    string_index_reserve(ix, (uint32_t)(sec->len / 4)); /* strings are rarely shorter */
    size_t i = 0;
    while (i < sec->len) {
        const char *s = (const char *)sec->data + i;
        const char *end = memchr(s, 0, sec->len - i);
        size_t n = end ? (size_t)(end - s) : sec->len - i;
        uint32_t hash = (uint32_t)hash_bytes(s, n);
        if (string_index_find(ix, sec, s, n, hash) < 0)
            string_index_put(ix, hash, (uint32_t)i);
        i += n + 1;
    }
}

uint32_t dwarf_intern(DwarfState *d, Buf *sec, StringIndex *index, const char *s) {
    if (d->strings_unindexed) {
        d->strings_unindexed = false;
        index_strings(&d->str, &d->str_index);
        index_strings(&d->line_str, &d->line_str_index);
    }
    size_t n = strlen(s);
    uint32_t hash = (uint32_t)hash_bytes(s, n);
    int64_t found = string_index_find(index, sec, s, n, hash);
    if (found >= 0)
        return (uint32_t)found;
    uint32_t off = (uint32_t)sec->len;
    buf_append(sec, s, n + 1);
    string_index_put(index, hash, off);
    return off;
}

static uint32_t line_str(DwarfState *d, const char *s) {
    return dwarf_intern(d, &d->line_str, &d->line_str_index, s);
}

void dwarf_prefix_map(Linker *l, const char *from, const char *to) {
    PrefixMap m;
    m.from = xstrdup(from);
    m.to = xstrdup(to);
    vec_push(&dwarf_state(l)->prefix_maps, m);
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
    e.live = true;
    e.dirty = true;
    e.line_base = u->line_base;
    if (u->free_entries.len) {
        uint32_t index = u->free_entries.data[--u->free_entries.len];
        u->entries.data[index] = e;
        return index;
    }
    vec_push(&u->entries, e);
    return (uint32_t)(u->entries.len - 1);
}

Buf *dwarf_entry_buf(DwarfUnit *u, uint32_t entry) {
    return &u->entries.data[entry].bytes;
}

static void add_reloc(DwarfUnit *u, uint32_t entry, DrelKind kind, uint32_t target, int64_t addend) {
    DwarfEntry *e = &u->entries.data[entry];
    DwarfReloc r;
    memset(&r, 0, sizeof r);
    r.offset = (uint32_t)e->bytes.len;
    r.kind = (uint32_t)kind;
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
    DwarfState *d = dwarf_state(u->l);
    uint32_t off = dwarf_intern(d, &d->str, &d->str_index, s);
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

void dwarf_line(DwarfUnit *u, uint32_t entry, uint32_t line) {
    DwarfEntry *e = &u->entries.data[entry];
    add_reloc(u, entry, DREL_LINE, 0, (int64_t)line - e->line_base);
    buf_zeros(&e->bytes, 4);
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

void dwarf_set_line_base(DwarfUnit *u, int64_t base) {
    u->line_base = base;
}

void dwarf_entry_rebase(DwarfUnit *u, uint32_t entry, int64_t base) {
    DwarfEntry *e = &u->entries.data[entry];
    if (e->line_base == base)
        return;
    e->line_base = base;
    e->dirty = true;
}

void dwarf_func_rebase(DwarfUnit *u, uint32_t func, int64_t base) {
    DwarfFunc *f = &u->funcs.data[func];
    if (f->line_base == base)
        return;
    f->line_base = base;
    f->dirty = true;
}

/* An entry that is no longer wanted: its slot becomes padding when the sections are written. */
void dwarf_entry_free(DwarfUnit *u, uint32_t entry) {
    DwarfEntry *e = &u->entries.data[entry];
    if (!e->live)
        return;
    if (e->key)
        map_delete(&u->keyed, e->key, e->keylen);
    e->key = NULL;
    e->live = false;
    e->dirty = false;
    buf_free(&e->bytes);
    vec_free(&e->relocs);
    dwarf_release_slot(&u->part[UNIT_INFO], &e->at);
    vec_push(&u->free_entries, entry);
}

void dwarf_func_free(DwarfUnit *u, uint32_t func) {
    DwarfFunc *f = &u->funcs.data[func];
    if (!f->live)
        return;
    f->live = false;
    f->dirty = false;
    buf_free(&f->line);
    vec_free(&f->relocs);
    dwarf_release_slot(&u->part[UNIT_LINE], &f->at);
    u->ranges_changed = true;
}

uint32_t dwarf_keyed(DwarfUnit *u, const void *key, int len) {
    return (uint32_t)(uintptr_t)map_get(&u->keyed, key, len);
}

void dwarf_set_key(DwarfUnit *u, uint32_t entry, const void *key, int len) {
    DwarfEntry *e = &u->entries.data[entry];
    char *k = arena_alloc(&u->keys, (size_t)len);
    memcpy(k, key, (size_t)len);
    e->key = k;
    e->keylen = len;
    map_put(&u->keyed, k, len, (void *)(uintptr_t)entry);
}

/* Frees every entry that the roots (and the compile unit) do not reach through references. */
void dwarf_collect(DwarfUnit *u, const uint32_t *roots, int nroots) {
    uint8_t *mark = xcalloc((size_t)u->entries.len, 1);
    VEC(uint32_t) work = {0};
    vec_push(&work, 0);
    for (int i = 0; i < nroots; i++)
        vec_push(&work, roots[i]);
    while (work.len) {
        uint32_t e = work.data[--work.len];
        if (mark[e] || !u->entries.data[e].live)
            continue;
        mark[e] = 1;
        DwarfEntry *en = &u->entries.data[e];
        for (int r = 0; r < en->relocs.len; r++)
            if (en->relocs.data[r].kind == DREL_REF4)
                vec_push(&work, en->relocs.data[r].target);
    }
    for (int i = 1; i < u->entries.len; i++)
        if (!mark[i] && u->entries.data[i].live)
            dwarf_entry_free(u, (uint32_t)i);
    vec_free(&work);
    free(mark);
}

/* ---- files ---- */

uint32_t dwarf_file(DwarfUnit *u, uint32_t source_file) {
    if (source_file < (uint32_t)u->file_cache.len && u->file_cache.data[source_file])
        return (uint32_t)u->file_cache.data[source_file] - 1;
    SourceFile *f = source_get(source_file);
    const char *name = f ? f->name : "<unknown>";
    uint32_t number = 0;
    for (int i = 1; i < u->files.len && !number; i++)
        if (!strcmp(u->files.data[i].name, name))
            number = (uint32_t)i;
    if (!number) {
        DwarfState *d = dwarf_state(u->l);
        const char *slash = strrchr(name, '/');
        uint32_t dir = 0;
        if (slash) {
            char *raw = slash == name ? xstrdup("/") : xstrndup(name, (size_t)(slash - name));
            char *dname = remap(d, raw);
            free(raw);
            int k;
            for (k = 1; k < u->dirs.len; k++)
                if (!strcmp(u->dirs.data[k], dname))
                    break;
            if (k == u->dirs.len) {
                vec_push(&u->dirs, dname);
                vec_push(&u->dir_strs, line_str(d, dname));
            } else {
                free(dname);
            }
            dir = (uint32_t)k;
        }
        DwarfFile file;
        file.name = xstrdup(name);
        file.dir = dir;
        file.name_str = line_str(d, slash ? slash + 1 : name);
        vec_push(&u->files, file);
        number = (uint32_t)(u->files.len - 1);
        u->files_changed = true;
    }
    while (u->file_cache.len <= (int)source_file)
        vec_push(&u->file_cache, 0);
    u->file_cache.data[source_file] = (int32_t)number + 1;
    return number;
}

/* ---- units ---- */

DwarfUnit *dwarf_unit_begin(Linker *l, uint32_t main_source, const char *name, const char *comp_dir,
                            const char *producer) {
    DwarfState *d = dwarf_state(l);
    DwarfUnit *u = xcalloc(1, sizeof(DwarfUnit));
    u->l = l;
    u->live = true;
    u->name = remap(d, name);
    u->comp_dir = remap(d, comp_dir);
    vec_push(&d->units, u);
    vec_push(&u->dirs, xstrdup(u->comp_dir));
    vec_push(&u->dir_strs, line_str(d, u->comp_dir));
    /* file 0 (DWARF 5) and file 1 (for consumers that count from 1) are the main file */
    DwarfFile none = {xstrdup(""), 0, 0};
    vec_push(&u->files, none);
    uint32_t main_file = dwarf_file(u, main_source);
    u->files.data[0].dir = u->files.data[main_file].dir;
    u->files.data[0].name_str = u->files.data[main_file].name_str;
    uint32_t cu = dwarf_entry_new(u);
    dwarf_die(u, cu, AB_COMPILE_UNIT);
    dwarf_strp(u, cu, producer);
    dwarf_data(u, cu, DW_LANG_C11, 2);
    dwarf_data(u, cu, line_str(d, u->name), 4);
    dwarf_data(u, cu, line_str(d, u->comp_dir), 4);
    dwarf_addr(u, cu, 0, 0);
    add_reloc(u, cu, DREL_RANGES, 0, 0);
    buf_zeros(dwarf_entry_buf(u, cu), 4);
    add_reloc(u, cu, DREL_STMT_LIST, 0, 0);
    buf_zeros(dwarf_entry_buf(u, cu), 4);
    return u;
}

int dwarf_unit_count(Linker *l) {
    return l->dwarf ? l->dwarf->units.len : 0;
}

DwarfUnit *dwarf_unit_get(Linker *l, int index) {
    DwarfUnit *u = l->dwarf->units.data[index];
    dwarf_unit_decode(u);
    return u;
}

int dwarf_unit_index(DwarfUnit *u) {
    DwarfState *d = dwarf_state(u->l);
    for (int i = 0; i < d->units.len; i++)
        if (d->units.data[i] == u)
            return i;
    return -1;
}

/* A unit whose translation unit is gone: its slots become padding when the sections are written. */
void dwarf_unit_remove(DwarfUnit *u) {
    u->live = false;
    for (int i = 0; i < u->entries.len; i++)
        dwarf_entry_free(u, (uint32_t)i);
    for (int i = 0; i < u->funcs.len; i++)
        dwarf_func_free(u, (uint32_t)i);
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

static void func_reloc(DwarfFunc *f, DrelKind kind, uint32_t target, int64_t addend) {
    DwarfReloc r;
    memset(&r, 0, sizeof r);
    r.offset = (uint32_t)f->line.len;
    r.kind = (uint32_t)kind;
    r.target = target;
    r.addend = addend;
    vec_push(&f->relocs, r);
}

/* The sequence of one function. Its first line is a fixed-size relocation from the function's
   line base, so a function that only moved within its file is patched, not regenerated. */
static void line_sequence(DwarfUnit *u, DwarfFunc *f, const MachineCode *mc) {
    Buf *b = &f->line;
    buf_u8(b, 0);
    buf_uleb(b, (uint64_t)(1 + addr_size(u)));
    buf_u8(b, DW_LNE_set_address);
    func_reloc(f, DREL_ADDR, f->sym, 0);
    buf_zeros(b, (size_t)addr_size(u));
    uint32_t file = 1, col = 0;
    int64_t line = 1;
    uint64_t pc = 0;
    bool stmt = true;
    bool prologue_done = false;
    if (mc->lines.len) {
        line = mc->lines.data[0].loc.line;
        buf_u8(b, DW_LNS_advance_line);
        func_reloc(f, DREL_LINE_ADVANCE, 0, line - f->line_base);
        buf_zeros(b, 5);
    }
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

uint32_t dwarf_function_code(DwarfUnit *u, uint32_t sym, const MachineCode *mc, uint64_t code_size) {
    DwarfFunc f;
    memset(&f, 0, sizeof f);
    f.sym = sym;
    f.size = code_size;
    f.live = true;
    f.dirty = true;
    f.line_base = u->line_base;
    line_sequence(u, &f, mc);
    vec_push(&u->funcs, f);
    u->ranges_changed = true;
    return (uint32_t)(u->funcs.len - 1);
}

/* ---- abbreviations ---- */

void dwarf_write_abbrevs(Buf *b) {
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
    /* padding: one byte, or a block of any length */
    buf_uleb(b, AB_PAD1_CODE);
    buf_uleb(b, DW_TAG_mica_padding);
    buf_u8(b, DW_CHILDREN_no);
    buf_u8(b, 0);
    buf_u8(b, 0);
    buf_uleb(b, AB_PADN_CODE);
    buf_uleb(b, DW_TAG_mica_padding);
    buf_u8(b, DW_CHILDREN_no);
    buf_uleb(b, DW_AT_mica_padding);
    buf_uleb(b, DW_FORM_block);
    buf_u8(b, 0);
    buf_u8(b, 0);
    buf_u8(b, 0);
}


/* ---- freeing ---- */

void dwarf_unit_free(DwarfUnit *u) {
    for (int i = 0; i < u->entries.len; i++) {
        buf_free(&u->entries.data[i].bytes);
        vec_free(&u->entries.data[i].relocs);
    }
    for (int i = 0; i < u->funcs.len; i++) {
        buf_free(&u->funcs.data[i].line);
        vec_free(&u->funcs.data[i].relocs);
    }
    for (int i = 0; i < u->dirs.len; i++)
        free(u->dirs.data[i]);
    for (int i = 0; i < u->files.len; i++)
        free(u->files.data[i].name);
    for (int k = 0; k < UNIT_PARTS; k++) {
        vec_free(&u->part[k].holes);
        vec_free(&u->part[k].pad);
    }
    vec_free(&u->entries);
    vec_free(&u->funcs);
    vec_free(&u->files);
    vec_free(&u->dirs);
    vec_free(&u->dir_strs);
    vec_free(&u->file_cache);
    vec_free(&u->free_entries);
    map_free(&u->keyed);
    arena_free(&u->keys);
    free(u->name);
    free(u->comp_dir);
    free(u);
}

void dwarf_free(Linker *l) {
    DwarfState *d = l->dwarf;
    if (!d)
        return;
    for (int ui = 0; ui < d->units.len; ui++)
        dwarf_unit_free(d->units.data[ui]);
    vec_free(&d->units);
    for (int i = 0; i < d->prefix_maps.len; i++) {
        free(d->prefix_maps.data[i].from);
        free(d->prefix_maps.data[i].to);
    }
    vec_free(&d->prefix_maps);
    buf_free(&d->str);
    buf_free(&d->line_str);
    string_index_free(&d->str_index);
    string_index_free(&d->line_str_index);
    vec_free(&d->fde);
    vec_free(&d->fde_holes);
    vec_free(&d->fde_pad);
    free(d);
    l->dwarf = NULL;
}

bool dwarf_valid_pieces(Linker *l, int unit, const uint32_t *entries, int nentries, const uint32_t *funcs, int nfuncs) {
    if (unit < 0)
        return nentries == 0 && nfuncs == 0;
    if (!l->dwarf || unit >= l->dwarf->units.len)
        return false;
    DwarfUnit *u = l->dwarf->units.data[unit];
    uint32_t ne = u->stored ? u->stored_entries : (uint32_t)u->entries.len;
    uint32_t nf = u->stored ? u->stored_funcs : (uint32_t)u->funcs.len;
    for (int i = 0; i < nentries; i++)
        if (entries[i] == 0 || entries[i] >= ne)
            return false;
    for (int i = 0; i < nfuncs; i++)
        if (funcs[i] >= nf)
            return false;
    return true;
}
