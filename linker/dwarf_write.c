/* Places the DWARF pieces in their sections and writes them.

   Each section is tiled by unit slots (units in .debug_info, .debug_line, .debug_aranges,
   .debug_rnglists) or frame description slots (.debug_frame). Inside a unit, every entry and
   every line sequence has a slot. In incremental builds slots have room to grow; what a piece
   does not use is padding that consumers skip: padding entries in .debug_info, opcodes that
   change nothing in .debug_line, repeated ranges in .debug_aranges, empty lists in
   .debug_rnglists, DW_CFA_nop in .debug_frame. An update writes the pieces that changed and
   the padding of the room they left; a piece that outgrows its slot moves to a hole or the end
   of its unit, a unit that outgrows its slot moves to the end of its section, and the unit
   before the room it left takes that room over. The first flush of a full (non-incremental)
   build packs everything tight and writes it all. */
#include "dwarf_internal.h"

#include <stdio.h>
#include <stdlib.h>

const char *const dwarf_section_names[DWARF_SECTIONS] = {".debug_abbrev",   ".debug_info",     ".debug_line",
                                                         ".debug_aranges",  ".debug_rnglists", ".debug_frame",
                                                         ".debug_str",      ".debug_line_str"};

static const int part_section[UNIT_PARTS] = {DS_INFO, DS_LINE, DS_ARANGES, DS_RNGLISTS};

enum { INFO_HEADER = 12, RNGLISTS_HEADER = 12, END_SEQUENCE = 3, UNIT_MIN_ROOM = 256 };

typedef struct Flush {
    Linker *l;
    DwarfState *d;
    const DwarfSink *sink;
    int as;  /* address size */
    bool be; /* big-endian */
    Buf cie; /* the first flush: written once */
    VEC(uint32_t) fdes; /* symbols whose frame description is written */
} Flush;

void dwarf_set_slack(Linker *l, bool slack) {
    dwarf_state(l)->slack = slack;
}

static uint64_t item_room(DwarfState *d, uint64_t n) {
    return d->slack ? n + n / 3 : n;
}

static uint64_t unit_room(DwarfState *d, uint64_t n) {
    return d->slack ? n + n / 3 + UNIT_MIN_ROOM : n;
}

/* ---- holes inside a unit part ---- */

static int slot_cmp(const void *a, const void *b) {
    const Slot *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

static void add_hole(UnitPart *p, Slot s) {
    vec_push(&p->holes, s);
    qsort(p->holes.data, (size_t)p->holes.len, sizeof(Slot), slot_cmp);
    int n = 0;
    for (int i = 0; i < p->holes.len; i++) {
        if (n && p->holes.data[n - 1].off + p->holes.data[n - 1].cap == p->holes.data[i].off)
            p->holes.data[n - 1].cap += p->holes.data[i].cap;
        else
            p->holes.data[n++] = p->holes.data[i];
    }
    p->holes.len = n;
}

void dwarf_release_slot(UnitPart *p, Slot *at) {
    if (!at->cap)
        return;
    vec_push(&p->pad, *at);
    add_hole(p, *at);
    at->off = at->cap = 0;
}

/* A slot for an item of n bytes (room for growth included): a hole that holds it, else the end
   of the part. min_gap: the smallest room a line program can pad (2; 1 for entries). False
   when the part is full. */
static bool place_item(DwarfState *d, UnitPart *p, Slot *at, uint64_t n, uint64_t limit, uint64_t min_gap) {
    dwarf_release_slot(p, at);
    uint64_t want = item_room(d, n);
    for (int i = 0; i < p->holes.len; i++) {
        Slot *h = &p->holes.data[i];
        if (h->cap < n)
            continue;
        at->off = h->off;
        at->cap = want < h->cap ? want : h->cap;
        if (h->cap - at->cap < min_gap)
            at->cap = h->cap;
        h->off += at->cap;
        h->cap -= at->cap;
        if (h->cap) /* the rest of the hole is padded anew: its padding started where the item is */
            vec_push(&p->pad, *h);
        if (!h->cap) {
            memmove(h, h + 1, (size_t)(p->holes.len - i - 1) * sizeof(Slot));
            p->holes.len--;
        }
        return true;
    }
    if (p->used + want > limit)
        return false;
    at->off = p->used;
    at->cap = want;
    if (limit - (p->used + want) < min_gap) /* a gap too small to pad joins the item */
        at->cap = limit - p->used;
    p->used += at->cap;
    p->tail = true;
    return true;
}

/* ---- unit slots in a section ---- */

static DwarfUnit *unit_at(DwarfState *d, int k, uint64_t off) {
    for (int i = 0; i < d->units.len; i++) {
        DwarfUnit *u = d->units.data[i];
        if (u->part[k].at.cap && u->part[k].at.off == off)
            return u;
    }
    return NULL;
}

static DwarfUnit *unit_ending_at(DwarfState *d, int k, uint64_t end) {
    for (int i = 0; i < d->units.len; i++) {
        DwarfUnit *u = d->units.data[i];
        if (u->part[k].at.cap && u->part[k].at.off + u->part[k].at.cap == end)
            return u;
    }
    return NULL;
}

/* Room a unit left in its section goes to the unit before it; at the start of the section the
   unit after it moves down over it. */
static void release_unit_slot(DwarfState *d, int k, Slot hole) {
    int sec = part_section[k];
    DwarfUnit *before = hole.off ? unit_ending_at(d, k, hole.off) : NULL;
    if (before) {
        before->part[k].at.cap += hole.cap;
        if (k == UNIT_INFO || k == UNIT_LINE)
            before->part[k].tail = true;
        else
            before->part[k].rewrite = true;
        return;
    }
    DwarfUnit *after = unit_at(d, k, hole.off + hole.cap);
    if (after) {
        after->part[k].at.off = hole.off;
        after->part[k].at.cap += hole.cap;
        after->part[k].rewrite = true;
        return;
    }
    if (hole.off + hole.cap == d->size[sec])
        d->size[sec] = hole.off;
}

/* Gives unit part k of u a slot of at least need bytes; room beyond a header comes in
   granules (the address ranges' tuples). */
static void place_unit(DwarfState *d, DwarfUnit *u, int k, uint64_t need, uint64_t header, uint64_t granule) {
    UnitPart *p = &u->part[k];
    int sec = part_section[k];
    if (p->at.cap && need <= p->at.cap)
        return;
    uint64_t cap = header + align_up(unit_room(d, need) - header, granule);
    if (p->at.cap && p->at.off + p->at.cap == d->size[sec]) { /* the last one grows in place */
        p->at.cap = cap;
        d->size[sec] = p->at.off + cap;
        p->tail = true;
        return;
    }
    Slot old = p->at;
    p->at.off = d->size[sec];
    p->at.cap = cap;
    d->size[sec] += cap;
    p->rewrite = true;
    if (old.cap)
        release_unit_slot(d, k, old);
}

static void remove_unit(DwarfState *d, DwarfUnit *u) {
    for (int k = 0; k < UNIT_PARTS; k++) {
        UnitPart *p = &u->part[k];
        if (!p->at.cap)
            continue;
        Slot old = p->at;
        p->at.off = p->at.cap = 0;
        release_unit_slot(d, k, old);
    }
}

/* ---- the .debug_line header ---- */

static void line_header(Flush *f, DwarfUnit *u, Buf *b, uint64_t unit_cap) {
    bool be = f->be;
    buf_uint(b, unit_cap - 4, 4, be);
    buf_uint(b, 5, 2, be);
    buf_u8(b, (uint8_t)f->as);
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
    buf_u8(b, 1);
    buf_uleb(b, DW_LNCT_path);
    buf_uleb(b, DW_FORM_line_strp);
    buf_uleb(b, (uint64_t)u->dir_strs.len);
    for (int i = 0; i < u->dir_strs.len; i++)
        buf_uint(b, u->dir_strs.data[i], 4, be);
    buf_u8(b, 2);
    buf_uleb(b, DW_LNCT_path);
    buf_uleb(b, DW_FORM_line_strp);
    buf_uleb(b, DW_LNCT_directory_index);
    buf_uleb(b, DW_FORM_udata);
    buf_uleb(b, (uint64_t)u->files.len);
    for (int i = 0; i < u->files.len; i++) {
        buf_uint(b, u->files.data[i].name_str, 4, be);
        buf_uleb(b, u->files.data[i].dir);
    }
    put_uint(b->data + hlen_at, b->len - hlen_at - 4, 4, be);
}

static uint64_t line_header_size(Flush *f, DwarfUnit *u) {
    Buf b = {0};
    line_header(f, u, &b, 4);
    uint64_t n = b.len;
    buf_free(&b);
    return n;
}

/* ---- padding ---- */

static void uleb_fixed(uint8_t *p, uint64_t v, int width) {
    for (int i = 0; i < width; i++) {
        p[i] = (uint8_t)((v & 0x7f) | (i + 1 < width ? 0x80 : 0));
        v >>= 7;
    }
}

/* padding entries over n bytes of .debug_info */
static void pad_info(uint8_t *p, uint64_t n) {
    while (n) {
        if (n == 1) {
            *p = AB_PAD1_CODE;
            return;
        }
        uint64_t chunk = n > (1u << 27) ? (1u << 27) : n;
        if (n - chunk == 1)
            chunk--;
        int width = 1;
        while (width < 4 && chunk - 1 - (uint64_t)width >= ((uint64_t)1 << (7 * width)))
            width++;
        p[0] = AB_PADN_CODE;
        uleb_fixed(p + 1, chunk - 1 - (uint64_t)width, width);
        memset(p + 1 + width, 0, chunk - 1 - (uint64_t)width);
        p += chunk;
        n -= chunk;
    }
}

/* n bytes of line-program opcodes that change nothing: pairs of DW_LNS_negate_stmt, and a
   DW_LNS_advance_pc by a two-byte zero for an odd count */
static void pad_line(uint8_t *p, uint64_t n) {
    if (n == 1)
        fatal("internal error: one byte of line program padding");
    while (n) {
        if (n == 3) {
            p[0] = DW_LNS_advance_pc;
            p[1] = 0x80;
            p[2] = 0;
            return;
        }
        p[0] = p[1] = DW_LNS_negate_stmt;
        p += 2;
        n -= 2;
    }
}

/* ---- relocations ---- */

static void apply(Flush *f, DwarfUnit *u, uint8_t *base, const DwarfReloc *r, int64_t line_base) {
    Linker *l = f->l;
    bool be = f->be;
    switch (r->kind) {
    case DREL_REF4:
        put_uint(base + r->offset, u->entries.data[r->target].at.off, 4, be);
        break;
    case DREL_ADDR:
        put_uint(base + r->offset, r->target ? link_sym_addr(l, r->target) + (uint64_t)r->addend : 0, f->as, be);
        break;
    case DREL_TLSOFF:
        put_uint(base + r->offset, link_sym_addr(l, r->target) - l->tls_start, 8, be);
        break;
    case DREL_STMT_LIST:
        put_uint(base + r->offset, u->part[UNIT_LINE].at.off, 4, be);
        break;
    case DREL_RANGES:
        put_uint(base + r->offset, u->part[UNIT_RNGLISTS].at.off + RNGLISTS_HEADER, 4, be);
        break;
    case DREL_LINE:
        put_uint(base + r->offset, (uint64_t)(line_base + r->addend), 4, be);
        break;
    case DREL_LINE_ADVANCE: {
        uint64_t v = (uint64_t)(line_base + r->addend - 1);
        for (int i = 0; i < 5; i++) {
            base[r->offset + i] = (uint8_t)((v & 0x7f) | (i < 4 ? 0x80 : 0));
            v = (uint64_t)((int64_t)v >> 7);
        }
        break;
    }
    }
}

static bool refers_to_moved_symbol(Linker *l, const DwarfReloc *r, int n) {
    for (int i = 0; i < n; i++)
        if ((r[i].kind == DREL_ADDR || r[i].kind == DREL_TLSOFF) && r[i].target && l->syms.data[r[i].target].moved)
            return true;
    return false;
}

/* an entry in its slot (padding after it) */
static void render_entry(Flush *f, DwarfUnit *u, DwarfEntry *e, uint8_t *out) {
    memcpy(out, e->bytes.data, e->bytes.len);
    for (int i = 0; i < e->relocs.len; i++)
        apply(f, u, out, &e->relocs.data[i], e->line_base);
    if (e->at.cap > e->bytes.len)
        pad_info(out + e->bytes.len, e->at.cap - e->bytes.len);
}

/* a sequence in its slot, ended at the end of the slot */
static void render_func(Flush *f, DwarfUnit *u, DwarfFunc *fn, uint8_t *out) {
    memcpy(out, fn->line.data, fn->line.len);
    for (int i = 0; i < fn->relocs.len; i++)
        apply(f, u, out, &fn->relocs.data[i], fn->line_base);
    uint64_t fill = fn->at.cap - fn->line.len - END_SEQUENCE;
    if (fill == 1)
        out[fn->line.len] = DW_LNS_negate_stmt; /* only the end row sees it */
    else if (fill)
        pad_line(out + fn->line.len, fill);
    uint8_t *end = out + fn->at.cap - END_SEQUENCE;
    end[0] = 0;
    end[1] = 1;
    end[2] = DW_LNE_end_sequence;
}

/* Whether a hole takes in room freed (or a hole split) since the last flush: the hole is padded
   whole, as the room may have been split or merged since; items placed in it are written over
   it. */
static bool overlaps_pad(UnitPart *p, Slot hole) {
    for (int i = 0; i < p->pad.len; i++)
        if (p->pad.data[i].off < hole.off + hole.cap && hole.off < p->pad.data[i].off + p->pad.data[i].cap)
            return true;
    return false;
}

static void write_piece(Flush *f, int sec, uint64_t off, const uint8_t *data, uint64_t n) {
    f->sink->write(f->sink->ctx, sec, off, data, (size_t)n);
}

/* pads the holes of a part that take in freed room (pad: the section's padding) */
static void write_pad_holes(Flush *f, int sec, UnitPart *p, uint64_t base, void (*pad)(uint8_t *, uint64_t)) {
    for (int i = 0; i < p->holes.len; i++) {
        Slot s = p->holes.data[i];
        if (!overlaps_pad(p, s))
            continue;
        uint8_t *bytes = xmalloc(s.cap);
        pad(bytes, s.cap);
        write_piece(f, sec, base + s.off, bytes, s.cap);
        free(bytes);
    }
}

/* ---- .debug_info ---- */

static void reflow_info(Flush *f, DwarfUnit *u) {
    UnitPart *p = &u->part[UNIT_INFO];
    uint64_t need = INFO_HEADER + 1;
    for (int i = 0; i < u->entries.len; i++)
        if (u->entries.data[i].live)
            need += item_room(f->d, u->entries.data[i].bytes.len);
    place_unit(f->d, u, UNIT_INFO, need, 0, 1);
    p->used = INFO_HEADER;
    p->holes.len = 0;
    p->pad.len = 0;
    for (int i = 0; i < u->entries.len; i++) {
        DwarfEntry *e = &u->entries.data[i];
        if (!e->live)
            continue;
        uint64_t off = p->used;
        e->at.cap = item_room(f->d, e->bytes.len);
        if (e->at.off != off)
            e->moved = true;
        e->at.off = off;
        p->used += e->at.cap;
    }
    p->rewrite = true;
}

static void place_info(Flush *f, DwarfUnit *u) {
    UnitPart *p = &u->part[UNIT_INFO];
    if (!p->at.cap) {
        reflow_info(f, u);
        return;
    }
    for (int i = 0; i < u->entries.len; i++) {
        DwarfEntry *e = &u->entries.data[i];
        if (!e->live)
            continue;
        if (!e->dirty && refers_to_moved_symbol(f->l, e->relocs.data, e->relocs.len))
            e->dirty = true;
        if (!e->dirty || e->bytes.len <= e->at.cap)
            continue;
        if (!place_item(f->d, p, &e->at, e->bytes.len, p->at.cap - 1, 1)) {
            reflow_info(f, u);
            return;
        }
        e->moved = true;
    }
}

static void write_info(Flush *f, DwarfUnit *u) {
    UnitPart *p = &u->part[UNIT_INFO];
    uint64_t base = p->at.off;
    if (p->rewrite) {
        uint8_t *img = xcalloc(1, p->at.cap);
        Buf h = {img, 0, INFO_HEADER};
        buf_uint(&h, p->at.cap - 4, 4, f->be);
        buf_uint(&h, 5, 2, f->be);
        buf_u8(&h, DW_UT_compile);
        buf_u8(&h, (uint8_t)f->as);
        buf_uint(&h, 0, 4, f->be); /* the abbreviations are at offset 0 */
        for (int i = 0; i < u->entries.len; i++)
            if (u->entries.data[i].live)
                render_entry(f, u, &u->entries.data[i], img + u->entries.data[i].at.off);
        for (int i = 0; i < p->holes.len; i++)
            pad_info(img + p->holes.data[i].off, p->holes.data[i].cap);
        pad_info(img + p->used, p->at.cap - 1 - p->used);
        write_piece(f, DS_INFO, base, img, p->at.cap);
        free(img);
        return;
    }
    write_pad_holes(f, DS_INFO, p, base, pad_info);
    for (int i = 0; i < u->entries.len; i++) {
        DwarfEntry *e = &u->entries.data[i];
        if (!e->live || !e->dirty)
            continue;
        uint8_t *img = xmalloc(e->at.cap);
        render_entry(f, u, e, img);
        write_piece(f, DS_INFO, base + e->at.off, img, e->at.cap);
        free(img);
    }
    if (p->tail) {
        uint8_t length[4];
        put_uint(length, p->at.cap - 4, 4, f->be);
        write_piece(f, DS_INFO, base, length, 4);
        uint64_t n = p->at.cap - p->used;
        uint8_t *tail = xcalloc(1, n);
        pad_info(tail, n - 1);
        write_piece(f, DS_INFO, base + p->used, tail, n);
        free(tail);
    }
}

/* ---- .debug_line ---- */

static uint64_t func_bytes(DwarfFunc *fn) {
    return fn->line.len + END_SEQUENCE;
}

static void reflow_line(Flush *f, DwarfUnit *u) {
    UnitPart *p = &u->part[UNIT_LINE];
    u->line_header_len = line_header_size(f, u);
    uint64_t need = u->line_header_len;
    for (int i = 0; i < u->funcs.len; i++)
        if (u->funcs.data[i].live)
            need += item_room(f->d, func_bytes(&u->funcs.data[i]));
    if (f->d->slack)
        need += 2; /* the room after the last sequence is never a single byte */
    place_unit(f->d, u, UNIT_LINE, need, 0, 1);
    p->used = u->line_header_len;
    p->holes.len = 0;
    p->pad.len = 0;
    for (int i = 0; i < u->funcs.len; i++) {
        DwarfFunc *fn = &u->funcs.data[i];
        if (!fn->live)
            continue;
        fn->at.off = p->used;
        fn->at.cap = item_room(f->d, func_bytes(fn));
        p->used += fn->at.cap;
    }
    u->files_changed = false;
    p->rewrite = true;
}

static void place_line(Flush *f, DwarfUnit *u) {
    UnitPart *p = &u->part[UNIT_LINE];
    if (!p->at.cap || (u->files_changed && line_header_size(f, u) != u->line_header_len)) {
        reflow_line(f, u);
        return;
    }
    if (u->files_changed) /* same size (cannot happen as files are only added), but rewrite it */
        p->tail = true;
    u->files_changed = false;
    for (int i = 0; i < u->funcs.len; i++) {
        DwarfFunc *fn = &u->funcs.data[i];
        if (!fn->live)
            continue;
        if (!fn->dirty && refers_to_moved_symbol(f->l, fn->relocs.data, fn->relocs.len))
            fn->dirty = true;
        if (!fn->dirty || func_bytes(fn) <= fn->at.cap)
            continue;
        if (!place_item(f->d, p, &fn->at, func_bytes(fn), p->at.cap, 2)) {
            reflow_line(f, u);
            return;
        }
    }
}

static void write_line(Flush *f, DwarfUnit *u) {
    UnitPart *p = &u->part[UNIT_LINE];
    uint64_t base = p->at.off;
    if (p->rewrite) {
        Buf img = {0};
        line_header(f, u, &img, p->at.cap);
        buf_zeros(&img, p->at.cap - img.len);
        for (int i = 0; i < u->funcs.len; i++)
            if (u->funcs.data[i].live)
                render_func(f, u, &u->funcs.data[i], img.data + u->funcs.data[i].at.off);
        for (int i = 0; i < p->holes.len; i++)
            pad_line(img.data + p->holes.data[i].off, p->holes.data[i].cap);
        if (p->at.cap > p->used)
            pad_line(img.data + p->used, p->at.cap - p->used);
        write_piece(f, DS_LINE, base, img.data, p->at.cap);
        buf_free(&img);
        return;
    }
    write_pad_holes(f, DS_LINE, p, base, pad_line);
    for (int i = 0; i < u->funcs.len; i++) {
        DwarfFunc *fn = &u->funcs.data[i];
        if (!fn->live || !fn->dirty)
            continue;
        uint8_t *img = xmalloc(fn->at.cap);
        render_func(f, u, fn, img);
        write_piece(f, DS_LINE, base + fn->at.off, img, fn->at.cap);
        free(img);
    }
    if (p->tail) {
        Buf h = {0};
        line_header(f, u, &h, p->at.cap);
        write_piece(f, DS_LINE, base, h.data, h.len);
        buf_free(&h);
        uint64_t n = p->at.cap - p->used;
        if (n) {
            uint8_t *tail = xmalloc(n);
            pad_line(tail, n);
            write_piece(f, DS_LINE, base + p->used, tail, n);
            free(tail);
        }
    }
}

/* ---- .debug_aranges and .debug_rnglists: a unit's whole list is rewritten when it changes ---- */

static int live_funcs(DwarfUnit *u) {
    int n = 0;
    for (int i = 0; i < u->funcs.len; i++)
        n += u->funcs.data[i].live;
    return n;
}

static uint64_t aranges_header(Flush *f) {
    return (uint64_t)align_to(12, 2 * f->as);
}

static void place_ranges(Flush *f, DwarfUnit *u) {
    for (int i = 0; i < u->funcs.len && !u->ranges_changed; i++)
        if (u->funcs.data[i].live && f->l->syms.data[u->funcs.data[i].sym].moved)
            u->ranges_changed = true;
    int n = live_funcs(u);
    UnitPart *ar = &u->part[UNIT_ARANGES], *rl = &u->part[UNIT_RNGLISTS];
    if (u->part[UNIT_INFO].rewrite)
        u->ranges_changed = true; /* the aranges header holds the unit's offset in .debug_info */
    if (!u->ranges_changed && rl->at.cap)
        return;
    uint64_t tuple = 2 * (uint64_t)f->as;
    if (n) {
        place_unit(f->d, u, UNIT_ARANGES, aranges_header(f) + ((uint64_t)n + 1) * tuple, aranges_header(f), tuple);
        ar->rewrite = true;
    } else if (ar->at.cap) {
        Slot old = ar->at;
        ar->at.off = ar->at.cap = 0;
        release_unit_slot(f->d, UNIT_ARANGES, old);
    }
    uint64_t need = RNGLISTS_HEADER + 1;
    for (int i = 0; i < u->funcs.len; i++)
        if (u->funcs.data[i].live)
            need += 1 + (uint64_t)f->as + uleb_size(u->funcs.data[i].size);
    uint64_t old_off = rl->at.off, old_cap = rl->at.cap;
    place_unit(f->d, u, UNIT_RNGLISTS, need, 0, 1);
    if (!old_cap || rl->at.off != old_off)
        u->entries.data[0].dirty = true; /* DW_AT_ranges */
    rl->rewrite = true;
    u->ranges_changed = false;
}

static void write_aranges(Flush *f, DwarfUnit *u) {
    UnitPart *p = &u->part[UNIT_ARANGES];
    if (!p->at.cap || !p->rewrite)
        return;
    Buf b = {0};
    bool be = f->be;
    int as = f->as;
    buf_uint(&b, p->at.cap - 4, 4, be);
    buf_uint(&b, 2, 2, be);
    buf_uint(&b, u->part[UNIT_INFO].at.off, 4, be);
    buf_u8(&b, (uint8_t)as);
    buf_u8(&b, 0);
    buf_zeros(&b, aranges_header(f) - b.len);
    size_t first = b.len;
    for (int i = 0; i < u->funcs.len; i++) {
        DwarfFunc *fn = &u->funcs.data[i];
        if (!fn->live)
            continue;
        buf_uint(&b, link_sym_addr(f->l, fn->sym), as, be);
        buf_uint(&b, fn->size, as, be);
    }
    while (b.len < p->at.cap - 2 * (uint64_t)as) /* room to spare repeats the first range */
        buf_append(&b, b.data + first, 2 * (size_t)as);
    buf_zeros(&b, 2 * (size_t)as);
    write_piece(f, DS_ARANGES, p->at.off, b.data, b.len);
    buf_free(&b);
}

static void write_rnglists(Flush *f, DwarfUnit *u) {
    UnitPart *p = &u->part[UNIT_RNGLISTS];
    if (!p->rewrite)
        return;
    Buf b = {0};
    bool be = f->be;
    buf_uint(&b, p->at.cap - 4, 4, be);
    buf_uint(&b, 5, 2, be);
    buf_u8(&b, (uint8_t)f->as);
    buf_u8(&b, 0);
    buf_uint(&b, 0, 4, be); /* offset_entry_count */
    for (int i = 0; i < u->funcs.len; i++) {
        DwarfFunc *fn = &u->funcs.data[i];
        if (!fn->live)
            continue;
        buf_u8(&b, DW_RLE_start_length);
        buf_uint(&b, link_sym_addr(f->l, fn->sym), f->as, be);
        buf_uleb(&b, fn->size);
    }
    buf_u8(&b, DW_RLE_end_of_list);
    buf_zeros(&b, p->at.cap - b.len); /* room to spare: empty lists */
    write_piece(f, DS_RNGLISTS, p->at.off, b.data, b.len);
    buf_free(&b);
}

/* ---- .debug_frame: one CIE, then a frame description per function ---- */

static void make_cie(Flush *f, Buf *out) {
    const Backend *backend = f->l->t->backend;
    Buf b = {0};
    bool be = f->be;
    buf_uint(&b, 0, 4, be);
    buf_uint(&b, 0xffffffff, 4, be); /* CIE_id */
    buf_u8(&b, 4);                    /* version */
    buf_u8(&b, 0);                    /* augmentation "" */
    buf_u8(&b, (uint8_t)f->as);
    buf_u8(&b, 0); /* segment selector size */
    buf_uleb(&b, 1);
    buf_sleb(&b, backend->dwarf_data_align);
    buf_uleb(&b, (uint64_t)backend->dwarf_ra_reg);
    buf_u8(&b, DW_CFA_def_cfa);
    buf_uleb(&b, (uint64_t)backend->dwarf_sp_reg);
    buf_uleb(&b, (uint64_t)backend->dwarf_entry_cfa_offset);
    if (backend->dwarf_ra_on_stack) {
        buf_u8(&b, (uint8_t)(DW_CFA_offset | backend->dwarf_ra_reg));
        buf_uleb(&b, (uint64_t)(-backend->dwarf_entry_cfa_offset / backend->dwarf_data_align));
    }
    while (b.len % (size_t)f->as)
        buf_u8(&b, DW_CFA_nop);
    put_uint(b.data, b.len - 4, 4, be);
    *out = b;
}

static uint64_t fde_bytes(Flush *f, const Atom *a) {
    return (uint64_t)align_to(8 + 2 * f->as + (int64_t)a->frame_len, f->as);
}

/* a frame description over its slot; a NULL atom describes no code (a freed slot) */
static void write_fde(Flush *f, Slot at, const Atom *a, uint64_t addr) {
    Buf b = {0};
    bool be = f->be;
    buf_uint(&b, at.cap - 4, 4, be);
    buf_uint(&b, 0, 4, be); /* the CIE */
    buf_uint(&b, a ? addr : 0, f->as, be);
    buf_uint(&b, a ? a->size : 0, f->as, be);
    if (a)
        buf_append(&b, a->frame, a->frame_len);
    buf_zeros(&b, at.cap - b.len); /* DW_CFA_nop */
    write_piece(f, DS_FRAME, at.off, b.data, b.len);
    buf_free(&b);
}

static void release_fde(DwarfState *d, Slot *at) {
    vec_push(&d->fde_pad, *at);
    vec_push(&d->fde_holes, *at);
    at->off = at->cap = 0;
}

static void place_frames(Flush *f) {
    Linker *l = f->l;
    DwarfState *d = f->d;
    if (!d->cie_size) {
        make_cie(f, &f->cie);
        d->cie_size = f->cie.len;
        d->size[DS_FRAME] = d->cie_size;
    }
    while (d->fde.len < l->syms.len) {
        Slot none = {0, 0};
        vec_push(&d->fde, none);
    }
    /* descriptions of functions that are gone */
    for (int i = 1; i < d->fde.len; i++) {
        Symbol *s = &l->syms.data[i];
        if (d->fde.data[i].cap &&
            (!s->defined || l->atoms.data[s->atom].sec != SEC_TEXT || !l->atoms.data[s->atom].frame))
            release_fde(d, &d->fde.data[i]);
    }
    Section *text = &l->secs[SEC_TEXT];
    for (int ai = text->first; ai >= 0; ai = l->atoms.data[ai].next) {
        Atom *a = &l->atoms.data[ai];
        if (!a->frame)
            continue;
        Slot *at = &d->fde.data[a->sym];
        Symbol *s = &l->syms.data[a->sym];
        if (at->cap && !a->dirty && !s->moved)
            continue;
        uint64_t n = fde_bytes(f, a);
        if (at->cap < n) {
            if (at->cap)
                release_fde(d, at);
            for (int h = 0; h < d->fde_holes.len; h++) {
                Slot *hole = &d->fde_holes.data[h];
                if (hole->cap != n && hole->cap < n + 8 + 2 * (uint64_t)f->as)
                    continue; /* a remainder must hold an empty description */
                at->off = hole->off;
                at->cap = n;
                hole->off += n;
                hole->cap -= n;
                if (!hole->cap)
                    *hole = vec_last(&d->fde_holes), d->fde_holes.len--;
                else
                    vec_push(&d->fde_pad, *hole);
                break;
            }
            if (!at->cap) {
                at->off = d->size[DS_FRAME];
                at->cap = d->slack ? (uint64_t)align_to((int64_t)item_room(d, n), f->as) : n;
                d->size[DS_FRAME] += at->cap;
            }
        }
        vec_push(&f->fdes, a->sym);
    }
}

static void write_frames(Flush *f) {
    Linker *l = f->l;
    DwarfState *d = f->d;
    for (int i = 0; i < d->fde_pad.len; i++) {
        bool used = false;
        for (int k = 0; k < d->fde.len && !used; k++)
            used = d->fde.data[k].cap && d->fde.data[k].off == d->fde_pad.data[i].off;
        if (!used)
            write_fde(f, d->fde_pad.data[i], NULL, 0);
    }
    d->fde_pad.len = 0;
    for (int i = 0; i < f->fdes.len; i++) {
        uint32_t sym = f->fdes.data[i];
        const Atom *a = &l->atoms.data[l->syms.data[sym].atom];
        write_fde(f, d->fde.data[sym], a, link_sym_addr(l, sym));
    }
    vec_free(&f->fdes);
}

/* ---- the flush ---- */

/* Whether a unit has to be looked at: one read from the incremental state and not touched
   since is left alone, unless a neighbour that moved gave it room or moved it; then it is
   decoded. */
static bool wanted(DwarfUnit *u) {
    if (!u->stored)
        return true;
    for (int k = 0; k < UNIT_PARTS; k++)
        if (u->part[k].rewrite || u->part[k].tail)
            return dwarf_unit_decode(u); /* false: damaged, the build starts over */
    return false;
}

static void write_strings(Flush *f, int sec, Buf *b, uint64_t *written) {
    if (b->len > *written)
        write_piece(f, sec, *written, b->data + *written, b->len - *written);
    *written = b->len;
}

void dwarf_flush(Linker *l, const DwarfSink *sink) {
    DwarfState *d = dwarf_state(l);
    Flush fl;
    memset(&fl, 0, sizeof fl);
    fl.l = l;
    fl.d = d;
    fl.sink = sink;
    fl.as = l->t->ptr_size;
    fl.be = l->t->big_endian;
    Flush *f = &fl;
    Buf abbrev = {0};
    if (!d->placed) {
        dwarf_write_abbrevs(&abbrev);
        d->size[DS_ABBREV] = abbrev.len;
    }
    /* placement */
    for (int i = 0; i < d->units.len; i++) {
        DwarfUnit *u = d->units.data[i];
        if (!u->live) {
            remove_unit(d, u);
            continue;
        }
        if (!wanted(u))
            continue;
        uint64_t line_off = u->part[UNIT_LINE].at.off, line_cap = u->part[UNIT_LINE].at.cap;
        place_line(f, u);
        if (!line_cap || u->part[UNIT_LINE].at.off != line_off)
            u->entries.data[0].dirty = true; /* DW_AT_stmt_list */
        place_info(f, u);
    }
    /* room a unit gave up may have moved its neighbour: ranges after every unit is placed */
    for (int i = 0; i < d->units.len; i++)
        if (d->units.data[i]->live && wanted(d->units.data[i]))
            place_ranges(f, d->units.data[i]);
    for (int i = 0; i < d->units.len; i++) {
        DwarfUnit *u = d->units.data[i];
        if (!u->live || !wanted(u))
            continue;
        if (u->part[UNIT_LINE].rewrite || u->part[UNIT_RNGLISTS].rewrite)
            u->entries.data[0].dirty = true;
        /* entries that refer to an entry that moved */
        for (int e = 0; e < u->entries.len; e++) {
            DwarfEntry *en = &u->entries.data[e];
            for (int r = 0; r < en->relocs.len && en->live && !en->dirty; r++)
                if (en->relocs.data[r].kind == DREL_REF4 && u->entries.data[en->relocs.data[r].target].moved)
                    en->dirty = true;
        }
        if (u->entries.data[0].dirty && u->entries.data[0].bytes.len > u->entries.data[0].at.cap)
            fatal("internal error: the compile unit entry grew");
    }
    place_frames(f);
    d->size[DS_STR] = d->str.len;
    d->size[DS_LINE_STR] = d->line_str.len;
    for (int s = 0; s < DWARF_SECTIONS; s++)
        sink->reserve(sink->ctx, s, d->size[s]);
    /* writing */
    if (abbrev.len) {
        write_piece(f, DS_ABBREV, 0, abbrev.data, abbrev.len);
        buf_free(&abbrev);
    }
    if (f->cie.len) {
        write_piece(f, DS_FRAME, 0, f->cie.data, f->cie.len);
        buf_free(&f->cie);
    }
    write_strings(f, DS_STR, &d->str, &d->str_written);
    write_strings(f, DS_LINE_STR, &d->line_str, &d->line_str_written);
    for (int i = 0; i < d->units.len; i++) {
        DwarfUnit *u = d->units.data[i];
        if (!u->live || !wanted(u))
            continue;
        write_line(f, u);
        write_info(f, u);
        write_aranges(f, u);
        write_rnglists(f, u);
    }
    for (int i = 0; i < d->units.len; i++) {
        DwarfUnit *u = d->units.data[i];
        for (int k = 0; k < UNIT_PARTS; k++) {
            UnitPart *p = &u->part[k];
            p->rewrite = p->tail = false;
            p->pad.len = 0;
        }
        for (int e = 0; e < u->entries.len; e++)
            u->entries.data[e].dirty = u->entries.data[e].moved = false;
        for (int fn = 0; fn < u->funcs.len; fn++)
            u->funcs.data[fn].dirty = false;
    }
    write_frames(f);
    d->placed = true;
}
