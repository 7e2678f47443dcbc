/* The linker's part of the incremental state: symbols, atoms (their relocations and call frame
   instructions; their bytes are in the output file), sections, the GOT, the file layout and
   every DWARF piece with its place. What an update needs to patch the file and nothing else. */
#include "../compiler/serial.h"
#include "dwarf_internal.h"
#include "incremental.h"

#include <stdlib.h>

static void save_slot(Buf *b, Slot s) {
    ser_u64(b, s.off);
    ser_u64(b, s.cap);
}

static Slot load_slot(Reader *r) {
    Slot s;
    s.off = rd_u64(r);
    s.cap = rd_u64(r);
    return s;
}

/* relocations are checked against the piece they patch */
static void check_drelocs(Reader *r, const DwarfReloc *d, int n, size_t piece_len) {
    for (int i = 0; i < n; i++)
        if (d[i].kind > DREL_LINE_ADVANCE || (size_t)d[i].offset + 8 > piece_len + 8)
            r->bad = true;
}

/* ---- DWARF ---- */

/* A unit is its header (what the placement of other units needs) and its body, which stays
   as bytes of the state file until an update touches the unit. */
static void save_unit_body(Buf *b, DwarfUnit *u) {
    ser_u32(b, (uint32_t)u->entries.len);
    for (int i = 0; i < u->entries.len; i++) {
        DwarfEntry *e = &u->entries.data[i];
        ser_bytes(b, e->bytes.data, e->bytes.len);
        SER_VEC(b, &e->relocs);
        save_slot(b, e->at);
        ser_i64(b, e->line_base);
        ser_u8(b, e->live);
        ser_bytes(b, e->key, e->key ? (size_t)e->keylen : 0);
    }
    ser_u32(b, (uint32_t)u->funcs.len);
    for (int i = 0; i < u->funcs.len; i++) {
        DwarfFunc *f = &u->funcs.data[i];
        ser_u32(b, f->sym);
        ser_u64(b, f->size);
        ser_bytes(b, f->line.data, f->line.len);
        SER_VEC(b, &f->relocs);
        save_slot(b, f->at);
        ser_i64(b, f->line_base);
        ser_u8(b, f->live);
    }
    ser_u32(b, (uint32_t)u->files.len);
    for (int i = 0; i < u->files.len; i++) {
        ser_str(b, u->files.data[i].name);
        ser_u32(b, u->files.data[i].dir);
        ser_u32(b, u->files.data[i].name_str);
    }
    ser_u32(b, (uint32_t)u->dirs.len);
    for (int i = 0; i < u->dirs.len; i++) {
        ser_str(b, u->dirs.data[i]);
        ser_u32(b, u->dir_strs.data[i]);
    }
    SER_VEC(b, &u->free_entries);
    for (int k = 0; k < UNIT_PARTS; k++)
        SER_VEC(b, &u->part[k].holes);
}

static bool save_unit(Buf *b, DwarfUnit *u, const StateStore *store) {
    ser_str(b, u->name);
    ser_str(b, u->comp_dir);
    ser_u32(b, u->name_str);
    ser_u32(b, u->comp_dir_str);
    ser_u8(b, u->live);
    for (int k = 0; k < UNIT_PARTS; k++) {
        save_slot(b, u->part[k].at);
        ser_u64(b, u->part[k].used);
    }
    ser_u64(b, u->line_header_len);
    ser_u32(b, u->stored ? u->stored_entries : (uint32_t)u->entries.len);
    ser_u32(b, u->stored ? u->stored_funcs : (uint32_t)u->funcs.len);
    if (!u->stored) { /* new or changed since it was read */
        Buf body = {0};
        save_unit_body(&body, u);
        u->stored_key = ser_checksum(body.data, body.len);
        u->stored_len = body.len;
        bool ok = store->put(store->ctx, 'd', u->stored_key, body.data, body.len);
        buf_free(&body);
        if (!ok)
            return false;
    }
    store->keep(store->ctx, 'd', u->stored_key);
    ser_u64(b, u->stored_key);
    ser_u64(b, u->stored_len);
    return true;
}

static DwarfUnit *load_unit(Reader *r, Linker *l) {
    DwarfUnit *u = xcalloc(1, sizeof(DwarfUnit));
    u->l = l;
    u->name = rd_str(r);
    u->comp_dir = rd_str(r);
    u->name_str = rd_u32(r);
    u->comp_dir_str = rd_u32(r);
    u->live = rd_u8(r);
    for (int k = 0; k < UNIT_PARTS; k++) {
        u->part[k].at = load_slot(r);
        u->part[k].used = rd_u64(r);
    }
    u->line_header_len = rd_u64(r);
    u->stored_entries = rd_u32(r);
    u->stored_funcs = rd_u32(r);
    u->stored_key = rd_u64(r);
    u->stored_len = rd_u64(r);
    u->stored = true;
    if (!u->name)
        u->name = xstrdup("");
    if (!u->comp_dir)
        u->comp_dir = xstrdup("");
    return u;
}

/* The body of a unit read from the state, fetched from the store. One that is missing, does
   not match its checksum or does not decode makes the state damaged (the build starts over). */
bool dwarf_unit_decode(DwarfUnit *u) {
    if (!u->stored)
        return true;
    Linker *l = u->l;
    DwarfState *d = l->dwarf;
    u->stored = false;
    const uint8_t *data = d->store ? d->store->get(d->store->ctx, 'd', u->stored_key, u->stored_len) : NULL;
    if (!data || ser_checksum(data, u->stored_len) != u->stored_key) {
        unmap_file(data, u->stored_len);
        d->damaged = true;
        return false;
    }
    Reader rd = {data, data + u->stored_len, false};
    Reader *r = &rd;
    uint32_t n = rd_count(r, 40);
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        DwarfEntry e;
        memset(&e, 0, sizeof e);
        rd_buf(r, &e.bytes);
        RD_VEC(r, &e.relocs);
        check_drelocs(r, e.relocs.data, e.relocs.len, e.bytes.len);
        e.at = load_slot(r);
        e.line_base = rd_i64(r);
        e.live = rd_u8(r);
        vec_push(&u->entries, e);
        size_t keylen;
        const uint8_t *key = rd_bytes(r, &keylen);
        if (keylen)
            dwarf_set_key(u, (uint32_t)i, key, (int)keylen);
    }
    n = rd_count(r, 40);
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        DwarfFunc f;
        memset(&f, 0, sizeof f);
        f.sym = rd_u32(r);
        f.size = rd_u64(r);
        rd_buf(r, &f.line);
        RD_VEC(r, &f.relocs);
        check_drelocs(r, f.relocs.data, f.relocs.len, f.line.len);
        f.at = load_slot(r);
        f.line_base = rd_i64(r);
        f.live = rd_u8(r);
        if (f.sym >= (uint32_t)l->syms.len)
            r->bad = true;
        vec_push(&u->funcs, f);
    }
    n = rd_count(r, 16);
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        DwarfFile f;
        f.name = rd_str(r);
        f.dir = rd_u32(r);
        f.name_str = rd_u32(r);
        if (!f.name)
            f.name = xstrdup("");
        vec_push(&u->files, f);
    }
    n = rd_count(r, 12);
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        char *d = rd_str(r);
        vec_push(&u->dirs, d ? d : xstrdup(""));
        vec_push(&u->dir_strs, rd_u32(r));
    }
    RD_VEC(r, &u->free_entries);
    for (int k = 0; k < UNIT_PARTS; k++)
        RD_VEC(r, &u->part[k].holes);
    /* references stay inside the unit */
    for (int i = 0; i < u->entries.len; i++)
        for (int k = 0; k < u->entries.data[i].relocs.len; k++) {
            DwarfReloc *d = &u->entries.data[i].relocs.data[k];
            if ((d->kind == DREL_REF4 && d->target >= (uint32_t)u->entries.len) ||
                ((d->kind == DREL_ADDR || d->kind == DREL_TLSOFF) && d->target >= (uint32_t)l->syms.len))
                r->bad = true;
        }
    for (int i = 0; i < u->free_entries.len; i++)
        if (u->free_entries.data[i] >= (uint32_t)u->entries.len)
            r->bad = true;
    for (int i = 0; i < u->files.len; i++)
        if (u->files.data[i].dir >= (uint32_t)u->dirs.len)
            r->bad = true;
    unmap_file(data, u->stored_len);
    if (r->bad || r->p != r->end || u->entries.len != (int)u->stored_entries || u->funcs.len != (int)u->stored_funcs) {
        d->damaged = true;
        return false;
    }
    return true;
}

static bool save_dwarf(Buf *b, DwarfState *d, StoredArray *arrays, const StateStore *store) {
    ser_u32(b, (uint32_t)d->prefix_maps.len);
    for (int i = 0; i < d->prefix_maps.len; i++) {
        ser_str(b, d->prefix_maps.data[i].from);
        ser_str(b, d->prefix_maps.data[i].to);
    }
    ser_bytes(b, d->str.data, d->str.len);
    ser_bytes(b, d->line_str.data, d->line_str.len);
    ser_u8(b, d->slack);
    ser_u8(b, d->placed);
    for (int i = 0; i < DWARF_SECTIONS; i++)
        ser_u64(b, d->size[i]);
    ser_u64(b, d->str_written);
    ser_u64(b, d->line_str_written);
    ser_u64(b, d->cie_size);
    bool ok = SAVE_ARRAY(b, store, &arrays[STORED_FDE], &d->fde);
    SER_VEC(b, &d->fde_holes);
    ser_u32(b, (uint32_t)d->units.len);
    for (int i = 0; i < d->units.len; i++)
        ok &= save_unit(b, d->units.data[i], store);
    return ok;
}

static void load_dwarf(Reader *r, Linker *l, StoredArray *arrays, const StateStore *store) {
    DwarfState *d = dwarf_state(l);
    d->store = store;
    uint32_t n = rd_count(r, 16);
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        PrefixMap m;
        m.from = rd_str(r);
        m.to = rd_str(r);
        if (!m.from || !m.to)
            r->bad = true;
        vec_push(&d->prefix_maps, m);
    }
    rd_buf(r, &d->str);
    rd_buf(r, &d->line_str);
    d->strings_unindexed = true; /* until a string is added */
    d->slack = rd_u8(r);
    d->placed = rd_u8(r);
    for (int i = 0; i < DWARF_SECTIONS; i++)
        d->size[i] = rd_u64(r);
    d->str_written = rd_u64(r);
    d->line_str_written = rd_u64(r);
    d->cie_size = rd_u64(r);
    LOAD_ARRAY(r, store, &arrays[STORED_FDE], &d->fde);
    RD_VEC(r, &d->fde_holes);
    n = rd_count(r, 64);
    for (uint32_t i = 0; i < n && !r->bad; i++)
        vec_push(&d->units, load_unit(r, l));
}

/* ---- the layout of the file ---- */

static void save_region(Buf *b, Region g) {
    ser_u64(b, g.off);
    ser_u64(b, g.cap);
}

static Region load_region(Reader *r) {
    Region g;
    g.off = rd_u64(r);
    g.cap = rd_u64(r);
    return g;
}

static bool save_layout(Buf *b, IncrLayout *L, StoredArray *arrays, const StateStore *store) {
    for (int k = 0; k < SEC_COUNT; k++) {
        ser_u64(b, L->vcap[k]);
        save_region(b, L->file[k]);
        ser_u64(b, L->size_written[k]);
        ser_u32(b, L->shndx[k]);
    }
    ser_u64(b, L->tls_data_cap);
    ser_u64(b, L->tls_bss_cap);
    ser_u64(b, L->tls_align);
    Region *regions[] = {&L->symtab, &L->strtab, &L->shstrtab, &L->shdrs, &L->marker};
    for (int i = 0; i < 5; i++)
        save_region(b, *regions[i]);
    for (int i = 0; i < DWARF_SECTIONS; i++) {
        save_region(b, L->debug[i]);
        ser_u64(b, L->debug_len[i]);
    }
    ser_u64(b, L->strtab_len);
    ser_u32(b, L->local_cap);
    ser_u32(b, L->nglobals);
    bool ok = SAVE_ARRAY(b, store, &arrays[STORED_SLOTS], &L->slots);
    SER_VEC(b, &L->free_locals);
    ok &= SAVE_ARRAY(b, store, &arrays[STORED_SYM_SLOT], &L->sym_slot);
    ok &= SAVE_ARRAY(b, store, &arrays[STORED_SYM_NAME], &L->sym_name);
    ser_u64(b, L->headers_size);
    ser_u32(b, L->got_written);
    return ok;
}

static IncrLayout *load_layout(Reader *r, StoredArray *arrays, const StateStore *store) {
    IncrLayout *L = xcalloc(1, sizeof(IncrLayout));
    for (int k = 0; k < SEC_COUNT; k++) {
        L->vcap[k] = rd_u64(r);
        L->file[k] = load_region(r);
        L->size_written[k] = rd_u64(r);
        L->shndx[k] = (uint16_t)rd_u32(r);
    }
    L->tls_data_cap = rd_u64(r);
    L->tls_bss_cap = rd_u64(r);
    L->tls_align = rd_u64(r);
    Region *regions[] = {&L->symtab, &L->strtab, &L->shstrtab, &L->shdrs, &L->marker};
    for (int i = 0; i < 5; i++)
        *regions[i] = load_region(r);
    for (int i = 0; i < DWARF_SECTIONS; i++) {
        L->debug[i] = load_region(r);
        L->debug_len[i] = rd_u64(r);
    }
    L->strtab_len = rd_u64(r);
    L->local_cap = rd_u32(r);
    L->nglobals = rd_u32(r);
    LOAD_ARRAY(r, store, &arrays[STORED_SLOTS], &L->slots);
    RD_VEC(r, &L->free_locals);
    LOAD_ARRAY(r, store, &arrays[STORED_SYM_SLOT], &L->sym_slot);
    LOAD_ARRAY(r, store, &arrays[STORED_SYM_NAME], &L->sym_name);
    L->headers_size = rd_u64(r);
    L->got_written = rd_u32(r);
    return L;
}

/* ---- the linker ---- */

/* Symbols and atoms are saved as arrays of fixed-size records, their names, relocations and
   call frame programs each in one array beside them: a few copies, not a field at a time. */
typedef struct SymbolRecord {
    uint64_t value, size;
    uint32_t atom, got_slot;
    uint32_t name_len; /* in the names, each followed by a NUL */
    uint32_t refs, direct_refs;
    uint8_t binding, type, flags, unused;
} SymbolRecord;

typedef struct AtomRecord {
    uint64_t off, size;
    uint32_t sym, align, prev, next;
    uint32_t frame_len; /* in the frames, atom by atom */
    uint8_t sec, live, unused[10];
} AtomRecord;

/* Symbols and atoms go in pieces of RECORD_CHUNK records each ('S', 'A'), named by their
   checksum like every piece: an update that changes a few of them writes their chunks again,
   not the arrays (the others are in the state file already). The main part has the count and
   each chunk's key and length. */
enum { RECORD_CHUNK = 512 };

/* What of records first..end-1 still points into their chunk as read from the state (data,
   len), copied out before the chunk is unmapped (it changed) */
typedef void (*ChunkRelease)(Linker *l, int first, int end, const uint8_t *data, size_t len);

/* The piece the main part names next, mapped, or NULL (and bad) when it cannot be read. */
static const uint8_t *get_piece(Reader *r, const StateStore *store, char kind, uint64_t key, size_t *len) {
    *len = (size_t)rd_u64(r);
    const uint8_t *data = r->bad ? NULL : store->get(store->ctx, kind, key, *len);
    if (!data || ser_checksum(data, *len) != key) {
        unmap_file(data, *len);
        r->bad = true;
        return NULL;
    }
    return data;
}

/* Records first..end-1 of an array, saved into a chunk */
typedef void (*ChunkSaver)(Buf *b, Linker *l, int first, int end);
/* ... and read back (count records) */
typedef void (*ChunkLoader)(Reader *r, Linker *l, uint32_t count);

/* Saves one piece (its key and length go to b). was: the piece at its place as read from the
   state or last saved, if any; one whose bytes did not change keeps its key (it is neither
   checksummed nor looked for in the store). When they did, was names the new piece, and the
   old one's mapping, if it still had one, is handed back in *retired (NULL otherwise). */
static bool save_piece(Buf *b, const StateStore *store, char kind, const uint8_t *data, size_t len, StoredPiece *was,
                       StoredPiece *retired) {
    bool same = was && was->data && was->len == len && !memcmp(was->data, data, len);
    uint64_t key = same ? was->key : ser_checksum(data, len);
    bool ok = same || store->put(store->ctx, kind, key, data, len);
    store->keep(store->ctx, kind, key);
    ser_u64(b, key);
    ser_u64(b, len);
    memset(retired, 0, sizeof *retired);
    if (was && !same) {
        *retired = *was;
        was->key = key;
        was->len = len;
        was->data = NULL;
    }
    return ok;
}

/* Saves an array of records in chunks of RECORD_CHUNK. */
static bool save_chunks(Buf *b, Linker *l, const StateStore *store, char kind, int n, ChunkSaver save,
                        ChunkRelease release) {
    ser_u32(b, (uint32_t)n);
    Buf piece = {0};
    bool ok = true;
    StoredArray *was = &l->stored[kind == 'A' ? STORED_ATOMS : STORED_SYMBOLS];
    for (int first = 0, c = 0; first < n; first += RECORD_CHUNK, c++) {
        int end = first + RECORD_CHUNK < n ? first + RECORD_CHUNK : n;
        piece.len = 0;
        save(&piece, l, first, end);
        StoredPiece retired;
        ok &= save_piece(b, store, kind, piece.data, piece.len, c < was->pieces.len ? &was->pieces.data[c] : NULL,
                         &retired);
        if (retired.data) {
            release(l, first, end, retired.data, retired.len);
            unmap_file(retired.data, retired.len);
        }
    }
    buf_free(&piece);
    return ok;
}

/* ---- arrays in pieces ---- */

enum { ARRAY_PIECE = 16384 };

bool state_save_array(Buf *b, const StateStore *store, StoredArray *was, const void *data, uint32_t n, size_t elem) {
    size_t len = (size_t)n * elem;
    ser_u32(b, n);
    ser_u32(b, (uint32_t)((len + ARRAY_PIECE - 1) / ARRAY_PIECE));
    bool ok = true;
    int p = 0;
    for (size_t at = 0; at < len; at += ARRAY_PIECE, p++) {
        StoredPiece retired;
        ok &= save_piece(b, store, 'a', (const uint8_t *)data + at, len - at < ARRAY_PIECE ? len - at : ARRAY_PIECE,
                         p < was->pieces.len ? &was->pieces.data[p] : NULL, &retired);
        unmap_file(retired.data, retired.len);
    }
    for (int i = p; i < was->pieces.len; i++) /* the array got shorter */
        unmap_file(was->pieces.data[i].data, was->pieces.data[i].len);
    was->pieces.len = p < was->pieces.len ? p : was->pieces.len;
    return ok;
}

void *state_load_array(Reader *r, const StateStore *store, StoredArray *into, uint32_t *n, size_t elem) {
    *n = rd_u32(r);
    uint32_t npieces = rd_u32(r);
    size_t len = (size_t)*n * elem;
    if (r->bad || npieces != (len + ARRAY_PIECE - 1) / ARRAY_PIECE || npieces > (size_t)(r->end - r->p) / 16) {
        r->bad = true;
        *n = 0;
        return NULL;
    }
    uint8_t *data = len ? xmalloc(len) : NULL;
    for (uint32_t i = 0; i < npieces; i++) {
        StoredPiece c;
        c.key = rd_u64(r);
        c.data = get_piece(r, store, 'a', c.key, &c.len);
        size_t at = (size_t)i * ARRAY_PIECE;
        if (c.data && c.len != (len - at < ARRAY_PIECE ? len - at : ARRAY_PIECE))
            r->bad = true;
        if (r->bad) {
            unmap_file(c.data, c.len);
            break;
        }
        memcpy(data + at, c.data, c.len);
        vec_push(&into->pieces, c); /* kept mapped for the save */
    }
    if (r->bad) {
        free(data);
        *n = 0;
        return NULL;
    }
    return data;
}

void state_forget_array(StoredArray *a) {
    for (int i = 0; i < a->pieces.len; i++)
        unmap_file(a->pieces.data[i].data, a->pieces.data[i].len);
    vec_free(&a->pieces);
}

/* the number of records the chunks that follow hold (0, and bad, when the state cannot name
   that many chunks) */
static uint32_t chunked_count(Reader *r) {
    uint32_t n = rd_u32(r);
    if (((uint64_t)n + RECORD_CHUNK - 1) / RECORD_CHUNK > (uint64_t)(r->end - r->p) / 16)
        r->bad = true;
    return r->bad ? 0 : n;
}

static void load_chunks(Reader *r, Linker *l, const StateStore *store, char kind, uint32_t n, ChunkLoader load) {
    StoredArray *into = &l->stored[kind == 'A' ? STORED_ATOMS : STORED_SYMBOLS];
    for (uint32_t first = 0; first < n && !r->bad; first += RECORD_CHUNK) {
        StoredPiece c;
        c.key = rd_u64(r);
        c.data = get_piece(r, store, kind, c.key, &c.len);
        Reader chunk = {c.data, c.data + c.len, !c.data};
        load(&chunk, l, n - first < RECORD_CHUNK ? n - first : RECORD_CHUNK);
        r->bad |= chunk.bad;
        vec_push(&into->pieces, c); /* kept mapped for the save */
    }
}

/* A chunk: the records, then the names (each followed by a NUL) as one byte string. The names
   of the symbols read stay in their chunk, which stays mapped (put in l->names when the chunk
   is saved again). */
static void save_symbol_chunk(Buf *b, Linker *l, int first, int end) {
    Symbol *syms = l->syms.data + 1;
    size_t names_len = 0;
    for (int i = first; i < end; i++)
        names_len += syms[i].name_len + 1;
    ser_u32(b, (uint32_t)(end - first));
    buf_reserve(b, (size_t)(end - first) * sizeof(SymbolRecord) + 8 + names_len);
    for (int i = first; i < end; i++) {
        Symbol *s = &syms[i];
        SymbolRecord rec;
        memset(&rec, 0, sizeof rec);
        rec.value = s->value;
        rec.size = s->size;
        rec.atom = (uint32_t)s->atom;
        rec.got_slot = (uint32_t)s->got_slot;
        rec.name_len = s->name_len;
        rec.refs = s->refs;
        rec.direct_refs = s->direct_refs;
        rec.binding = s->binding;
        rec.type = s->type;
        rec.flags = (uint8_t)(s->defined | s->hidden << 1 | s->referenced << 2);
        memcpy(b->data + b->len, &rec, sizeof rec);
        b->len += sizeof rec;
    }
    ser_u64(b, names_len); /* as ser_bytes */
    for (int i = first; i < end; i++) {
        size_t n = syms[i].name_len + 1;
        memcpy(b->data + b->len, syms[i].name, n);
        b->len += n;
    }
}

static void release_symbol_chunk(Linker *l, int first, int end, const uint8_t *data, size_t len) {
    for (int i = first; i < end; i++) {
        Symbol *s = &l->syms.data[i + 1];
        if ((const uint8_t *)s->name >= data && (const uint8_t *)s->name < data + len)
            s->name = arena_strndup(&l->names, s->name, s->name_len);
    }
}

static void load_symbol_chunk(Reader *r, Linker *l, uint32_t count) {
    uint32_t n;
    size_t names_len;
    const uint8_t *recs = rd_in_place(r, &n, sizeof(SymbolRecord));
    const char *names = (const char *)rd_bytes(r, &names_len);
    if (n != count || r->p != r->end)
        r->bad = true;
    size_t at = 0;
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        SymbolRecord record, *rec = &record;
        memcpy(rec, recs + i * sizeof record, sizeof record);
        if (rec->name_len >= names_len - at || names[at + rec->name_len]) {
            r->bad = true;
            break;
        }
        Symbol *s = &l->syms.data[link_add_kept(l, names + at, rec->name_len, rec->binding != SYM_LOCAL)];
        at += rec->name_len + 1;
        s->binding = rec->binding;
        s->type = rec->type;
        s->defined = rec->flags & 1;
        s->hidden = (rec->flags >> 1) & 1;
        s->referenced = (rec->flags >> 2) & 1;
        s->atom = (int)rec->atom;
        s->value = rec->value;
        s->size = rec->size;
        s->got_slot = (int)rec->got_slot;
        s->refs = rec->refs;
        s->direct_refs = rec->direct_refs;
    }
}

/* The index of the globals by name, as it is: no name is hashed again on load. */
static bool save_globals(Buf *b, Linker *l, const StateStore *store) {
    return state_save_array(b, store, &l->stored[STORED_GLOBALS], l->globals.slots, l->globals.cap,
                            sizeof *l->globals.slots);
}

static void load_globals(Reader *r, Linker *l, const StateStore *store) {
    uint32_t cap;
    uint32_t *slots = state_load_array(r, store, &l->stored[STORED_GLOBALS], &cap, sizeof *slots);
    if (!r->bad && !link_set_globals(l, slots, cap))
        r->bad = true;
}

static void load_symbols(Reader *r, Linker *l, const StateStore *store) {
    uint32_t n = chunked_count(r);
    vec_grow(&l->syms, (int)n);
    load_chunks(r, l, store, 'S', n, load_symbol_chunk);
}

/* The atoms' relocations are most of what the linker keeps, and an update changes a few
   atoms': they are kept in pieces of RELOC_GROUP atoms each ('x'), a group read back only
   when one of its atoms changes or a symbol that atoms may refer to moves, and written only
   when one of its atoms changed. A piece: the number of atoms in it, then per atom a count and
   the relocations (atoms made since are not in it). */
static bool load_group(Linker *l, int g) {
    RelocGroup *grp = &l->reloc_groups.data[g];
    const uint8_t *data = l->store->get(l->store->ctx, 'x', grp->key, grp->len);
    bool ok = data && ser_checksum(data, grp->len) == grp->key;
    Reader r = {data, data + (ok ? grp->len : 0), false};
    uint32_t count = rd_u32(&r);
    int first = g * RELOC_GROUP;
    if (count > RELOC_GROUP || first + (int)count > l->atoms.len)
        r.bad = true;
    uint32_t nsyms = (uint32_t)l->syms.len;
    for (int ai = first; ai < first + (int)count && !r.bad; ai++) {
        Atom *a = &l->atoms.data[ai];
        uint32_t n;
        const uint8_t *relocs = rd_in_place(&r, &n, sizeof(Reloc));
        if (!a->relocs_stored)
            continue;
        a->relocs_stored = false;
        if (r.bad || !n)
            continue;
        a->relocs = xmalloc((size_t)n * sizeof(Reloc));
        memcpy(a->relocs, relocs, (size_t)n * sizeof(Reloc));
        a->nrelocs = (int)n;
        for (uint32_t k = 0; k < n; k++)
            if (a->relocs[k].sym >= nsyms || a->relocs[k].offset + 8 > a->size + 8)
                r.bad = true;
    }
    unmap_file(data, grp->len);
    if (!ok || r.bad || r.p != r.end)
        l->relocs_damaged = true;
    for (int ai = first; ai < first + RELOC_GROUP && ai < l->atoms.len; ai++)
        l->atoms.data[ai].relocs_stored = false; /* read, or lost with the state */
    return !l->relocs_damaged;
}

bool link_atom_relocs(Linker *l, int atom) {
    return !l->atoms.data[atom].relocs_stored || load_group(l, atom / RELOC_GROUP);
}

/* Whether an atom the update does not write whole holds the address of a symbol that moved
   (it is then patched): the atoms written whole are in memory and account for some of the
   moved symbols' direct references; any other is in an atom that stays. */
static bool stays_referring_to_moved(Linker *l) {
    uint32_t *written = NULL;
    bool found = false;
    for (int i = 1; i < l->syms.len && !found; i++) {
        Symbol *s = &l->syms.data[i];
        if (!s->moved || !s->direct_refs)
            continue;
        if (!written) {
            written = xcalloc((size_t)l->syms.len, sizeof *written);
            const Backend *be = l->t->backend;
            for (int ai = 0; ai < l->atoms.len; ai++) {
                Atom *a = &l->atoms.data[ai];
                for (int r = 0; a->dirty && r < a->nrelocs; r++)
                    written[a->relocs[r].sym] += be->reloc_need(a->relocs[r].kind) != RELOC_GOT;
            }
        }
        found = s->direct_refs > written[i];
    }
    free(written);
    return found;
}

bool link_relocs_for_update(Linker *l) {
    bool moved = stays_referring_to_moved(l);
    for (int g = 0; g < l->reloc_groups.len; g++)
        if (moved || l->reloc_groups.data[g].changed)
            for (int ai = g * RELOC_GROUP; ai < (g + 1) * RELOC_GROUP && ai < l->atoms.len; ai++)
                if (!link_atom_relocs(l, ai))
                    return false;
    return true;
}

static bool save_groups(Buf *b, Linker *l, const StateStore *store) {
    int n = (l->atoms.len + RELOC_GROUP - 1) / RELOC_GROUP;
    while (l->reloc_groups.len < n) {
        RelocGroup none = {0, 0, true};
        vec_push(&l->reloc_groups, none);
    }
    l->reloc_groups.len = n;
    ser_u32(b, (uint32_t)n);
    bool ok = true;
    for (int g = 0; g < n; g++) {
        RelocGroup *grp = &l->reloc_groups.data[g];
        if (grp->changed) {
            Buf piece = {0};
            int end = (g + 1) * RELOC_GROUP < l->atoms.len ? (g + 1) * RELOC_GROUP : l->atoms.len;
            ser_u32(&piece, (uint32_t)(end - g * RELOC_GROUP));
            for (int ai = g * RELOC_GROUP; ai < end; ai++) {
                ok &= link_atom_relocs(l, ai);
                Atom *a = &l->atoms.data[ai];
                ser_array(&piece, a->relocs, (uint32_t)a->nrelocs, sizeof(Reloc));
            }
            grp->key = ser_checksum(piece.data, piece.len);
            grp->len = piece.len;
            grp->changed = false;
            ok &= store->put(store->ctx, 'x', grp->key, piece.data, piece.len);
            buf_free(&piece);
        }
        store->keep(store->ctx, 'x', grp->key);
        ser_u64(b, grp->key);
        ser_u64(b, grp->len);
    }
    return ok;
}

static void load_groups(Reader *r, Linker *l, const StateStore *store) {
    l->store = store;
    uint32_t n = rd_count(r, 16);
    if (n != (uint32_t)(l->atoms.len + RELOC_GROUP - 1) / RELOC_GROUP)
        r->bad = true;
    for (uint32_t g = 0; g < n && !r->bad; g++) {
        RelocGroup grp = {0, 0, false};
        grp.key = rd_u64(r);
        grp.len = rd_u64(r);
        vec_push(&l->reloc_groups, grp);
    }
    for (int ai = 0; ai < l->atoms.len; ai++)
        l->atoms.data[ai].relocs_stored = true;
}

/* A chunk: the records, then the call frame programs, atom by atom, as one byte string. The
   programs of the atoms read stay in their chunk, like the symbols' names. */
static void save_atom_chunk(Buf *b, Linker *l, int first, int end) {
    Atom *atoms = l->atoms.data;
    uint64_t frames_len = 0;
    for (int i = first; i < end; i++)
        frames_len += atoms[i].frame_len;
    ser_u32(b, (uint32_t)(end - first));
    buf_reserve(b, (size_t)(end - first) * sizeof(AtomRecord) + 8 + frames_len);
    for (int i = first; i < end; i++) {
        Atom *a = &atoms[i];
        AtomRecord rec;
        memset(&rec, 0, sizeof rec);
        rec.off = a->off;
        rec.size = a->size;
        rec.sym = a->sym;
        rec.align = a->align;
        rec.prev = (uint32_t)a->prev;
        rec.next = (uint32_t)a->next;
        rec.frame_len = a->frame_len;
        rec.sec = a->sec;
        rec.live = a->live;
        memcpy(b->data + b->len, &rec, sizeof rec);
        b->len += sizeof rec;
    }
    ser_u64(b, frames_len); /* as ser_bytes */
    for (int i = first; i < end; i++) {
        memcpy(b->data + b->len, atoms[i].frame, atoms[i].frame_len);
        b->len += atoms[i].frame_len;
    }
}

static void release_atom_chunk(Linker *l, int first, int end, const uint8_t *data, size_t len) {
    for (int i = first; i < end; i++) {
        Atom *a = &l->atoms.data[i];
        if (a->frame >= data && a->frame < data + len)
            link_set_frame(l, a->sym, a->frame, a->frame_len);
    }
}

static void load_atom_chunk(Reader *r, Linker *l, uint32_t count) {
    uint32_t n;
    size_t frames_len;
    const uint8_t *recs = rd_in_place(r, &n, sizeof(AtomRecord));
    const uint8_t *frames = rd_bytes(r, &frames_len);
    if (n != count || r->p != r->end)
        r->bad = true;
    uint32_t nsyms = (uint32_t)l->syms.len;
    size_t frame_at = 0;
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        AtomRecord record, *rec = &record;
        memcpy(rec, recs + i * sizeof record, sizeof record);
        if (rec->frame_len > frames_len - frame_at || rec->sym >= nsyms || rec->sec >= SEC_COUNT) {
            r->bad = true;
            break;
        }
        vec_grow(&l->atoms, 1);
        Atom *a = &l->atoms.data[l->atoms.len++];
        memset(a, 0, sizeof *a);
        a->sym = rec->sym;
        a->sec = rec->sec;
        a->live = rec->live;
        a->align = rec->align;
        a->off = rec->off;
        a->size = rec->size;
        a->prev = (int)rec->prev;
        a->next = (int)rec->next;
        if (rec->frame_len) {
            a->frame = frames + frame_at;
            a->frame_len = rec->frame_len;
            frame_at += rec->frame_len;
        }
    }
    if (frame_at != frames_len)
        r->bad = true;
}

static void load_atoms(Reader *r, Linker *l, const StateStore *store) {
    uint32_t n = chunked_count(r);
    vec_grow(&l->atoms, (int)n);
    load_chunks(r, l, store, 'A', n, load_atom_chunk);
}

bool link_save(Linker *l, Buf *b, const StateStore *store) {
    ser_u8(b, l->opts.slack);
    ser_u8(b, l->opts.debug);
    bool ok = save_chunks(b, l, store, 'S', l->syms.len - 1, save_symbol_chunk, release_symbol_chunk);
    ok &= save_globals(b, l, store);
    ok &= save_chunks(b, l, store, 'A', l->atoms.len, save_atom_chunk, release_atom_chunk);
    ok &= save_groups(b, l, store);
    for (int k = 0; k < SEC_COUNT; k++) {
        Section *s = &l->secs[k];
        ser_u64(b, s->addr);
        ser_u64(b, s->offset);
        ser_u64(b, s->size);
        ser_u32(b, s->align);
        ser_u32(b, (uint32_t)s->first);
        ser_u32(b, (uint32_t)s->last);
        ser_u32(b, (uint32_t)s->free_list.len);
        for (int i = 0; i < s->free_list.len; i++)
            ser_u32(b, (uint32_t)s->free_list.data[i]);
    }
    StoredArray *arrays = l->stored;
    ok &= SAVE_ARRAY(b, store, &arrays[STORED_GOT], &l->got);
    SER_VEC(b, &l->free_got);
    SER_VEC(b, &l->free_atoms);
    ser_u64(b, l->tls_start);
    ser_u64(b, l->tls_size);
    ser_u64(b, l->tls_align);
    ser_u8(b, l->incr != NULL);
    if (l->incr)
        ok &= save_layout(b, l->incr, arrays, store);
    ser_u8(b, l->dwarf != NULL);
    return ok && (!l->dwarf || save_dwarf(b, l->dwarf, arrays, store));
}

bool link_state_damaged(Linker *l) {
    return l->relocs_damaged || (l->dwarf && l->dwarf->damaged);
}

static bool valid_atom(Linker *l, int a) {
    return a == -1 || (a >= 0 && a < l->atoms.len);
}

Linker *link_load(const Target *t, Reader *r, const StateStore *store) {
    LinkOptions lo;
    memset(&lo, 0, sizeof lo);
    lo.slack = rd_u8(r);
    lo.debug = rd_u8(r);
    Linker *l = link_new(t, &lo);
    load_symbols(r, l, store);
    load_globals(r, l, store);
    load_atoms(r, l, store);
    load_groups(r, l, store);
    for (int k = 0; k < SEC_COUNT; k++) {
        Section *s = &l->secs[k];
        s->addr = rd_u64(r);
        s->offset = rd_u64(r);
        s->size = rd_u64(r);
        s->align = rd_u32(r);
        s->first = (int)rd_u32(r);
        s->last = (int)rd_u32(r);
        uint32_t nfree = rd_count(r, 4);
        for (uint32_t i = 0; i < nfree; i++)
            vec_push(&s->free_list, (int)rd_u32(r));
        if (!valid_atom(l, s->first) || !valid_atom(l, s->last))
            r->bad = true;
        for (int i = 0; i < s->free_list.len; i++)
            if (!valid_atom(l, s->free_list.data[i]) || s->free_list.data[i] < 0)
                r->bad = true;
    }
    StoredArray *arrays = l->stored;
    LOAD_ARRAY(r, store, &arrays[STORED_GOT], &l->got);
    RD_VEC(r, &l->free_got);
    RD_VEC(r, &l->free_atoms);
    l->tls_start = rd_u64(r);
    l->tls_size = rd_u64(r);
    l->tls_align = rd_u64(r);
    if (rd_u8(r))
        l->incr = load_layout(r, arrays, store);
    if (rd_u8(r))
        load_dwarf(r, l, arrays, store);
    /* everything refers to things that exist */
    for (int i = 1; i < l->syms.len && !r->bad; i++) {
        Symbol *s = &l->syms.data[i];
        if (!valid_atom(l, s->atom) || (s->defined && s->atom < 0) || s->got_slot < -1 || s->got_slot >= l->got.len)
            r->bad = true;
    }
    for (int i = 0; i < l->atoms.len && !r->bad; i++) {
        Atom *a = &l->atoms.data[i];
        if (!valid_atom(l, a->prev) || !valid_atom(l, a->next))
            r->bad = true;
    }
    for (int i = 0; i < l->got.len && !r->bad; i++)
        if (l->got.data[i] >= (uint32_t)l->syms.len)
            r->bad = true;
    for (int i = 0; i < l->free_atoms.len && !r->bad; i++)
        if (l->free_atoms.data[i] >= (uint32_t)l->atoms.len || l->atoms.data[l->free_atoms.data[i]].live)
            r->bad = true;
    for (int i = 0; i < l->free_got.len && !r->bad; i++)
        if (l->free_got.data[i] >= (uint32_t)l->got.len)
            r->bad = true;
    if (l->incr && !r->bad) {
        IncrLayout *L = l->incr;
        if (L->sym_slot.len > l->syms.len || L->sym_name.len > l->syms.len)
            r->bad = true;
        for (int i = 0; i < L->slots.len && !r->bad; i++)
            if (L->slots.data[i] >= (uint32_t)l->syms.len)
                r->bad = true;
        for (int i = 0; i < L->sym_slot.len && !r->bad; i++)
            if (L->sym_slot.data[i] >= (uint32_t)L->slots.len)
                r->bad = true;
        for (int i = 0; i < L->free_locals.len && !r->bad; i++)
            if (L->free_locals.data[i] >= (uint32_t)L->slots.len)
                r->bad = true;
    }
    if (l->dwarf && !r->bad) {
        DwarfState *d = l->dwarf;
        for (int i = 0; i < d->units.len; i++)
            for (int k = 0; k < d->units.data[i]->funcs.len; k++)
                if (d->units.data[i]->funcs.data[k].sym >= (uint32_t)l->syms.len)
                    r->bad = true;
        if (d->fde.len > l->syms.len)
            r->bad = true;
    }
    if (r->bad) {
        link_free(l);
        return NULL;
    }
    return l;
}
