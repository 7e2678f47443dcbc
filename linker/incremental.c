/* The incremental ELF writer. Every section gets a fixed range of addresses with room to grow
   and a range of the file with room to grow; the first build writes the whole file, later
   builds write only what changed: atoms that were (re)defined, the places that hold the
   address of a symbol that moved, GOT slots, .symtab entries, and the headers when dirty. A
   section that outgrows its room in the file moves to free space (its addresses stay). */
#define _POSIX_C_SOURCE 200809L /* pread, pwrite */
#include "dwarf.h"
#include "elf_internal.h"
#include "incremental.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* the alloc sections, in address order and in the section header table */
static const int alloc_order[] = {SEC_TEXT, SEC_RODATA, SEC_GOT, SEC_TDATA, SEC_TBSS, SEC_DATA, SEC_BSS};
enum { NALLOC = 7 };
enum { NPHDR = 8 }; /* headers, text, rodata, got, tdata, data and bss, TLS, GNU_STACK */
enum { NSHDR_BASE = 1 + NALLOC + 4 }; /* null, alloc sections, .mica.incr, .symtab, .strtab, .shstrtab */
enum { MARKER_SIZE = 8 };

enum { MIN_VCAP = 64 << 20, MIN_FILE_ROOM = 16 << 10, MIN_TLS = 64 << 10, MIN_SYMTAB_SLOTS = 1024 };

static uint64_t grow(uint64_t size) {
    return size + size / 3;
}

static bool file_backed(int k) {
    return k != SEC_BSS && k != SEC_TBSS;
}

/* ---- the output: a memory image (first build) or the file itself (updates) ---- */

typedef struct Out {
    int fd;
    Buf *image;
    uint64_t written; /* bytes written, for the report */
    bool failed;
} Out;

static void out_write(Out *o, uint64_t off, const void *data, size_t n) {
    if (!n)
        return;
    o->written += n;
    if (o->image) {
        if (off + n > o->image->len)
            buf_zeros(o->image, off + n - o->image->len);
        memcpy(o->image->data + off, data, n);
        return;
    }
    if (!write_at(o->fd, data, n, off))
        o->failed = true;
}

static void out_read(Out *o, uint64_t off, void *data, size_t n) {
    if (o->image) {
        memset(data, 0, n);
        if (off < o->image->len)
            memcpy(data, o->image->data + off, off + n <= o->image->len ? n : o->image->len - off);
        return;
    }
    uint8_t *p = data;
    while (n) {
        ssize_t r = pread(o->fd, p, n, (off_t)off);
        if (r <= 0) {
            memset(p, 0, n); /* past the end: the file reads as zeros there */
            return;
        }
        p += r;
        off += (uint64_t)r;
        n -= (size_t)r;
    }
}

static void out_copy(Out *o, uint64_t from, uint64_t to, uint64_t n) {
    uint8_t buf[65536];
    while (n) {
        size_t k = n < sizeof buf ? (size_t)n : sizeof buf;
        out_read(o, from, buf, k);
        out_write(o, to, buf, k);
        from += k;
        to += k;
        n -= k;
    }
}

/* ---- free space in the file ---- */

typedef struct Span {
    uint64_t off, end;
} Span;

static int span_cmp(const void *a, const void *b) {
    const Span *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

static int used_spans(Linker *l, Span *spans) {
    IncrLayout *L = l->incr;
    int n = 0;
    spans[n].off = 0;
    spans[n++].end = L->headers_size;
    for (int k = 0; k < SEC_COUNT; k++)
        if (file_backed(k) && L->file[k].cap) {
            spans[n].off = L->file[k].off;
            spans[n++].end = L->file[k].off + L->file[k].cap;
        }
    Region *extra[] = {&L->symtab, &L->strtab, &L->shstrtab, &L->shdrs, &L->marker};
    for (int i = 0; i < 5; i++)
        if (extra[i]->cap) {
            spans[n].off = extra[i]->off;
            spans[n++].end = extra[i]->off + extra[i]->cap;
        }
    for (int i = 0; i < DWARF_SECTIONS; i++)
        if (L->debug[i].cap) {
            spans[n].off = L->debug[i].off;
            spans[n++].end = L->debug[i].off + L->debug[i].cap;
        }
    qsort(spans, (size_t)n, sizeof(Span), span_cmp);
    return n;
}

/* The first gap that holds size bytes at an offset congruent to want mod align. */
static uint64_t find_free_space(Linker *l, uint64_t size, uint64_t align, uint64_t want) {
    Span spans[64];
    int n = used_spans(l, spans);
    uint64_t pos = 0;
    for (int i = 0; i <= n; i++) {
        uint64_t start = align_up(pos, align) + want % align;
        if (start < pos)
            start += align;
        uint64_t limit = i < n ? spans[i].off : UINT64_MAX;
        if (start + size <= limit)
            return start;
        if (i < n && spans[i].end > pos)
            pos = spans[i].end;
    }
    return align_up(pos, align);
}

/* Makes region r hold need bytes, moving what it has (used bytes) when it must. */
static void ensure_room(Linker *l, Out *o, Region *r, uint64_t need, uint64_t used, uint64_t align, uint64_t want) {
    if (need <= r->cap)
        return;
    uint64_t cap = grow(need);
    if (cap < MIN_FILE_ROOM)
        cap = MIN_FILE_ROOM;
    uint64_t old_off = r->off;
    uint64_t old_cap = r->cap;
    r->cap = 0; /* its old place is free for the search */
    uint64_t off = find_free_space(l, cap, align, want);
    if (used && old_cap)
        out_copy(o, old_off, off, used);
    r->off = off;
    r->cap = cap;
    l->incr->headers_dirty = true;
}

/* ---- the first build's layout ---- */

static void first_layout(Linker *l) {
    const Target *t = l->t;
    IncrLayout *L = xcalloc(1, sizeof(IncrLayout));
    l->incr = L;
    uint64_t page = t->page_size;
    bool is64 = t->ptr_size == 8;
    L->headers_size = (is64 ? 64 : 52) + (uint64_t)NPHDR * (is64 ? 56 : 32);
    /* the thread-local block has a fixed size: offsets from the thread pointer stay valid */
    Section *tdata = &l->secs[SEC_TDATA], *tbss = &l->secs[SEC_TBSS];
    L->tls_data_cap = align_up(grow(tdata->size) > MIN_TLS ? grow(tdata->size) : MIN_TLS, 64);
    L->tls_bss_cap = align_up(grow(tbss->size) > MIN_TLS ? grow(tbss->size) : MIN_TLS, 64);
    L->tls_align = 64;
    if (tdata->align > L->tls_align)
        L->tls_align = tdata->align;
    if (tbss->align > L->tls_align)
        L->tls_align = tbss->align;
    /* addresses: one page of headers, then each section's reserved range */
    uint64_t vaddr = t->image_base + page;
    for (int i = 0; i < NALLOC; i++) {
        int k = alloc_order[i];
        Section *s = &l->secs[k];
        if (k == SEC_TBSS) {
            s->addr = l->secs[SEC_TDATA].addr + L->tls_data_cap;
            continue;
        }
        uint64_t room = k == SEC_TDATA ? L->tls_data_cap + L->tls_bss_cap : grow(s->size) * 4;
        if (room < MIN_VCAP)
            room = MIN_VCAP;
        L->vcap[k] = align_up(room, page);
        s->addr = vaddr;
        vaddr += L->vcap[k];
    }
    L->vcap[SEC_TDATA] = L->tls_data_cap; /* .tbss follows it in the thread-local block */
    L->vcap[SEC_TBSS] = L->tls_bss_cap;
    l->tls_start = l->secs[SEC_TDATA].addr;
    l->tls_size = L->tls_data_cap + L->tls_bss_cap;
    l->tls_align = L->tls_align;
    /* file: the sections in order, each with room */
    uint64_t off = align_up(L->headers_size, page);
    for (int i = 0; i < NALLOC; i++) {
        int k = alloc_order[i];
        if (!file_backed(k))
            continue;
        Section *s = &l->secs[k];
        uint64_t room = k == SEC_TDATA ? L->tls_data_cap : grow(s->size);
        if (room < MIN_FILE_ROOM)
            room = MIN_FILE_ROOM;
        L->file[k].off = off;
        L->file[k].cap = align_up(room, page);
        off += L->file[k].cap;
    }
    for (int i = 0; i < NALLOC; i++)
        L->shndx[alloc_order[i]] = (uint16_t)(1 + i);
    L->headers_dirty = true;
}

/* ---- symbols ---- */

static void put_sym_entry(Linker *l, Out *o, uint32_t index, uint32_t sym) {
    IncrLayout *L = l->incr;
    const Target *t = l->t;
    ElfOut e;
    Buf b = {0};
    e.t = t;
    e.is64 = t->ptr_size == 8;
    e.be = t->big_endian;
    e.b = &b;
    if (!sym) {
        elf_write_sym(&e, 0, 0, 0, 0, 0, 0);
    } else {
        Symbol *s = &l->syms.data[sym];
        Atom *a = &l->atoms.data[s->atom];
        uint64_t value = link_sym_addr(l, sym);
        if (s->type == SYMT_TLS)
            value -= l->tls_start;
        int bind = s->binding == SYM_LOCAL ? STB_LOCAL : s->binding == SYM_WEAK ? STB_WEAK : STB_GLOBAL;
        elf_write_sym(&e, L->sym_name.data[sym], bind, elf_symtype(s->type), L->shndx[a->sec], value, s->size);
    }
    out_write(o, L->symtab.off + (uint64_t)index * b.len, b.data, b.len);
    buf_free(&b);
}

static uint32_t entry_size(Linker *l) {
    return l->t->ptr_size == 8 ? 24 : 16;
}

/* the name of a symbol in .strtab (appended once) */
static void name_symbol(Linker *l, Out *o, uint32_t sym) {
    IncrLayout *L = l->incr;
    if (L->sym_name.data[sym])
        return;
    if (!L->strtab_len) { /* offset 0 is the empty name */
        ensure_room(l, o, &L->strtab, 1, 0, 1, 0);
        out_write(o, L->strtab.off, "", 1);
        L->strtab_len = 1;
    }
    const char *name = l->syms.data[sym].name;
    uint64_t n = strlen(name) + 1;
    ensure_room(l, o, &L->strtab, L->strtab_len + n, L->strtab_len, 1, 0);
    out_write(o, L->strtab.off + L->strtab_len, name, n);
    L->sym_name.data[sym] = (uint32_t)L->strtab_len;
    L->strtab_len += n;
}

static bool in_symtab(Symbol *s) {
    return s->defined && !s->hidden;
}

/* Lays the whole table out again in new room, each local in a slot of the locals' part (with
   room for more), the globals after it; then writes it. */
static void full_symtab(Linker *l, Out *o) {
    IncrLayout *L = l->incr;
    uint32_t locals = 0;
    for (int i = 1; i < l->syms.len; i++) {
        Symbol *s = &l->syms.data[i];
        if (in_symtab(s) && s->binding == SYM_LOCAL)
            locals++;
    }
    L->local_cap = locals * 2 > MIN_SYMTAB_SLOTS ? locals * 2 : MIN_SYMTAB_SLOTS;
    L->slots.len = 0;
    L->free_locals.len = 0;
    L->nglobals = 0;
    for (uint32_t i = 0; i <= L->local_cap; i++)
        vec_push(&L->slots, 0);
    uint32_t next_local = 1;
    for (int i = 1; i < l->syms.len; i++)
        L->sym_slot.data[i] = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 1; i < l->syms.len; i++) {
            Symbol *s = &l->syms.data[i];
            if (!in_symtab(s) || (s->binding == SYM_LOCAL) != (pass == 0))
                continue;
            uint32_t slot;
            if (pass == 0) {
                slot = next_local++;
            } else {
                slot = L->local_cap + 1 + L->nglobals++;
                vec_push(&L->slots, 0);
            }
            L->slots.data[slot] = (uint32_t)i;
            L->sym_slot.data[i] = slot;
            name_symbol(l, o, (uint32_t)i);
        }
    }
    for (uint32_t slot = L->local_cap; slot >= next_local; slot--)
        vec_push(&L->free_locals, slot);
    uint64_t size = (uint64_t)L->slots.len * entry_size(l);
    L->symtab.cap = 0; /* the old table (if any) is left behind */
    ensure_room(l, o, &L->symtab, size, 0, 8, 0);
    for (uint32_t slot = 0; slot < (uint32_t)L->slots.len; slot++)
        put_sym_entry(l, o, slot, L->slots.data[slot]);
    L->headers_dirty = true;
}

/* Updates one symbol's place in the table; false when the locals' part is full. */
static bool place_symbol(Linker *l, Out *o, uint32_t sym) {
    IncrLayout *L = l->incr;
    Symbol *s = &l->syms.data[sym];
    uint32_t slot = L->sym_slot.data[sym];
    if (!in_symtab(s)) {
        if (!slot)
            return true;
        /* leaves the table: a local's slot becomes an empty entry; the last global fills a
           global's slot */
        L->sym_slot.data[sym] = 0;
        if (slot <= L->local_cap) {
            L->slots.data[slot] = 0;
            vec_push(&L->free_locals, slot);
            put_sym_entry(l, o, slot, 0);
        } else {
            uint32_t last = L->local_cap + L->nglobals;
            uint32_t mover = L->slots.data[last];
            L->slots.len--;
            L->nglobals--;
            if (mover != sym) {
                L->slots.data[slot] = mover;
                L->sym_slot.data[mover] = slot;
                put_sym_entry(l, o, slot, mover);
            }
            L->headers_dirty = true;
        }
        return true;
    }
    name_symbol(l, o, sym);
    if (!slot) {
        if (s->binding == SYM_LOCAL) {
            if (!L->free_locals.len)
                return false;
            slot = vec_last(&L->free_locals);
            L->free_locals.len--;
        } else {
            slot = L->local_cap + 1 + L->nglobals++;
            vec_push(&L->slots, 0);
            L->headers_dirty = true;
            uint64_t need = (uint64_t)L->slots.len * entry_size(l);
            ensure_room(l, o, &L->symtab, need, need - entry_size(l), 8, 0);
        }
        L->slots.data[slot] = sym;
        L->sym_slot.data[sym] = slot;
    }
    put_sym_entry(l, o, slot, sym);
    return true;
}

static void write_symbols(Linker *l, Out *o, bool all) {
    IncrLayout *L = l->incr;
    while (L->sym_slot.len < l->syms.len) {
        vec_push(&L->sym_slot, 0);
        vec_push(&L->sym_name, 0);
    }
    bool rebuild = all || !L->slots.len;
    for (int i = 1; i < l->syms.len && !rebuild; i++) {
        Symbol *s = &l->syms.data[i];
        if ((s->entry_dirty || s->moved) && !place_symbol(l, o, (uint32_t)i))
            rebuild = true;
    }
    if (rebuild)
        full_symtab(l, o);
}

/* ---- headers ---- */

/* Where a section without file contents says it is: .bss where the file contents of .data end;
   .tbss at its place in the thread-local block (symbols are offsets in it). */
static uint64_t nobits_offset(Linker *l, int k) {
    IncrLayout *L = l->incr;
    if (k == SEC_TBSS)
        return L->file[SEC_TDATA].off + L->tls_data_cap;
    return L->file[SEC_DATA].off + l->secs[SEC_DATA].size;
}

static void write_headers(Linker *l, Out *o) {
    IncrLayout *L = l->incr;
    const Target *t = l->t;
    ElfOut e;
    e.t = t;
    e.is64 = t->ptr_size == 8;
    e.be = t->big_endian;
    /* section headers */
    Buf shstr = {0};
    buf_u8(&shstr, 0);
    Shdr sh[NSHDR_BASE + DWARF_SECTIONS];
    memset(sh, 0, sizeof sh);
    int nsh = 1;
    for (int i = 0; i < NALLOC; i++) {
        int k = alloc_order[i];
        Section *s = &l->secs[k];
        Shdr *h = &sh[nsh++];
        h->name = elf_add_string(&shstr, s->name);
        h->type = file_backed(k) ? SHT_PROGBITS : SHT_NOBITS;
        h->flags = SHF_ALLOC | (k == SEC_TEXT ? SHF_EXECINSTR : 0) |
                   (k == SEC_DATA || k == SEC_BSS || k == SEC_TDATA || k == SEC_TBSS ? SHF_WRITE : 0) |
                   (k == SEC_TDATA || k == SEC_TBSS ? SHF_TLS : 0);
        h->addr = s->addr;
        h->offset = file_backed(k) ? L->file[k].off : nobits_offset(l, k);
        h->size = s->size;
        h->addralign = s->align;
        if (k == SEC_GOT)
            h->entsize = (uint64_t)t->ptr_size;
    }
    if (l->dwarf) {
        for (int i = 0; i < DWARF_SECTIONS; i++) {
            Shdr *h = &sh[nsh++];
            elf_debug_shdr(h, &shstr, i);
            h->offset = L->debug[i].off;
            h->size = L->debug_len[i];
        }
    }
    Shdr *h = &sh[nsh++];
    h->name = elf_add_string(&shstr, ".mica.incr"); /* the generation of the last finished update */
    h->type = SHT_PROGBITS;
    h->offset = L->marker.off;
    h->size = MARKER_SIZE;
    h->addralign = 8;
    h = &sh[nsh++];
    h->name = elf_add_string(&shstr, ".symtab");
    h->type = SHT_SYMTAB;
    h->offset = L->symtab.off;
    h->size = (uint64_t)(L->local_cap + 1 + L->nglobals) * entry_size(l);
    h->link = (uint32_t)nsh;
    h->info = L->local_cap + 1;
    h->addralign = 8;
    h->entsize = entry_size(l);
    h = &sh[nsh++];
    h->name = elf_add_string(&shstr, ".strtab");
    h->type = SHT_STRTAB;
    h->offset = L->strtab.off;
    h->size = L->strtab_len;
    h->addralign = 1;
    int shstrndx = nsh;
    h = &sh[nsh++];
    h->name = elf_add_string(&shstr, ".shstrtab");
    h->type = SHT_STRTAB;
    h->size = shstr.len;
    h->addralign = 1;
    ensure_room(l, o, &L->shstrtab, shstr.len, 0, 1, 0);
    h->offset = L->shstrtab.off;
    out_write(o, L->shstrtab.off, shstr.data, shstr.len);
    Buf shdrs = {0};
    e.b = &shdrs;
    for (int i = 0; i < nsh; i++)
        elf_write_shdr(&e, &sh[i]);
    ensure_room(l, o, &L->shdrs, shdrs.len, 0, 8, 0);
    out_write(o, L->shdrs.off, shdrs.data, shdrs.len);
    /* program headers: every segment is always there (empty ones too) so their number is fixed */
    Phdr ph[NPHDR];
    memset(ph, 0, sizeof ph);
    int n = 0;
    uint64_t page = t->page_size;
    ph[n].type = PT_LOAD;
    ph[n].flags = PF_R;
    ph[n].vaddr = t->image_base;
    ph[n].filesz = ph[n].memsz = L->headers_size;
    ph[n].align = page;
    n++;
    /* an empty section's segment is PT_NULL until the section has something; .bss shares the
       segment of .data (its zeros extend the segment past .data's reserved addresses) */
    static const int loads[] = {SEC_TEXT, SEC_RODATA, SEC_GOT, SEC_TDATA, SEC_DATA};
    for (int i = 0; i < 5; i++) {
        int k = loads[i];
        Section *s = &l->secs[k];
        Section *bss = &l->secs[SEC_BSS];
        uint64_t end = k == SEC_DATA && bss->size ? bss->addr + bss->size : s->addr + s->size;
        if (end > s->addr) {
            ph[n].type = PT_LOAD;
            ph[n].flags = k == SEC_TEXT ? PF_R | PF_X : k == SEC_DATA ? PF_R | PF_W : PF_R; /* .tdata: a template */
            ph[n].vaddr = s->addr;
            ph[n].offset = L->file[k].off;
            ph[n].filesz = s->size;
            ph[n].memsz = end - s->addr;
            ph[n].align = page;
        }
        n++;
    }
    /* the thread-local block has its reserved size, so offsets from the thread pointer stay */
    if (l->secs[SEC_TDATA].size || l->secs[SEC_TBSS].size) {
        ph[n].type = PT_TLS;
        ph[n].flags = PF_R;
        ph[n].offset = L->file[SEC_TDATA].off;
        ph[n].vaddr = l->tls_start;
        ph[n].filesz = l->secs[SEC_TDATA].size;
        ph[n].memsz = l->tls_size;
        ph[n].align = l->tls_align;
    }
    n++;
    ph[n].type = PT_GNU_STACK;
    ph[n].flags = PF_R | PF_W;
    ph[n].align = 16;
    n++;
    Buf hdr = {0};
    e.b = &hdr;
    elf_write_headers(&e, l, ph, n, L->shdrs.off, nsh, shstrndx);
    out_write(o, 0, hdr.data, hdr.len);
    buf_free(&hdr);
    buf_free(&shdrs);
    buf_free(&shstr);
    L->headers_dirty = false;
}

/* ---- atoms, relocations, GOT ---- */

static bool write_atom(Linker *l, Out *o, Atom *a) {
    IncrLayout *L = l->incr;
    if (!a->bytes || !file_backed(a->sec))
        return true;
    uint8_t *copy = xmalloc(a->size ? a->size : 1);
    memcpy(copy, a->bytes, a->size);
    bool ok = true;
    for (int r = 0; r < a->nrelocs; r++)
        ok &= link_relocate(l, a, &a->relocs[r], copy + a->relocs[r].offset);
    out_write(o, L->file[a->sec].off + a->off, copy, a->size);
    free(copy);
    return ok;
}

/* A relocation in an atom that stays put but refers to a symbol that moved: read the field,
   relocate it, write it back. */
static bool patch_field(Linker *l, Out *o, Atom *a, const Reloc *r) {
    IncrLayout *L = l->incr;
    uint8_t field[8];
    uint64_t at = L->file[a->sec].off + a->off + r->offset;
    out_read(o, at, field, sizeof field);
    bool ok = link_relocate(l, a, r, field);
    out_write(o, at, field, sizeof field);
    return ok;
}

static bool write_atoms(Linker *l, Out *o) {
    const Backend *be = l->t->backend;
    bool ok = true;
    for (int k = 0; k < SEC_COUNT; k++) {
        Section *s = &l->secs[k];
        for (int ai = s->first; ai >= 0; ai = l->atoms.data[ai].next) {
            Atom *a = &l->atoms.data[ai];
            if (a->dirty) {
                ok &= write_atom(l, o, a);
                continue;
            }
            if (!file_backed(a->sec))
                continue;
            for (int r = 0; r < a->nrelocs; r++) {
                const Reloc *rel = &a->relocs[r];
                Symbol *target = &l->syms.data[rel->sym];
                if (target->moved && be->reloc_need(rel->kind) != RELOC_GOT)
                    ok &= patch_field(l, o, a, rel);
            }
        }
    }
    return ok;
}

static void write_got(Linker *l, Out *o, bool all) {
    IncrLayout *L = l->incr;
    const Target *t = l->t;
    for (int i = 0; i < l->got.len; i++) {
        Symbol *s = &l->syms.data[l->got.data[i]];
        if (!all && !s->moved && !s->got_dirty && (uint32_t)i < L->got_written)
            continue;
        uint8_t slot[8];
        put_uint(slot, link_sym_addr(l, l->got.data[i]), t->ptr_size, t->big_endian);
        out_write(o, L->file[SEC_GOT].off + (uint64_t)i * (uint64_t)t->ptr_size, slot, (size_t)t->ptr_size);
    }
    L->got_written = (uint32_t)l->got.len;
}

/* Sections must stay inside their reserved addresses. */
static bool within_reserved(Linker *l) {
    for (int k = 0; k < SEC_COUNT; k++)
        if (l->secs[k].size > l->incr->vcap[k])
            return false;
    return true;
}

/* In the file, sections move when they outgrow their room. */
static void fit_sections(Linker *l, Out *o) {
    IncrLayout *L = l->incr;
    for (int k = 0; k < SEC_COUNT; k++) {
        Section *s = &l->secs[k];
        uint64_t old_size = L->size_written[k];
        if (file_backed(k) && s->size > L->file[k].cap && k != SEC_TDATA) /* .tdata has its reserved room */
            ensure_room(l, o, &L->file[k], s->size, old_size, l->t->page_size, s->addr);
        if (s->size != old_size) /* the section and segment headers say how big it is */
            L->headers_dirty = true;
        L->size_written[k] = s->size;
    }
}

/* ---- debug information: dwarf_flush writes what changed through this sink ---- */

typedef struct DebugOut {
    Linker *l;
    Out *o;
} DebugOut;

static void debug_reserve(void *ctx, int section, uint64_t size) {
    DebugOut *d = ctx;
    IncrLayout *L = d->l->incr;
    ensure_room(d->l, d->o, &L->debug[section], size, L->debug_len[section], 1, 0);
    if (L->debug_len[section] != size)
        L->headers_dirty = true;
    L->debug_len[section] = size;
}

static void debug_write(void *ctx, int section, uint64_t off, const void *data, size_t n) {
    DebugOut *d = ctx;
    out_write(d->o, d->l->incr->debug[section].off + off, data, n);
}

static void write_debug(Linker *l, Out *o) {
    DebugOut d = {l, o};
    DwarfSink sink = {&d, debug_reserve, debug_write};
    dwarf_flush(l, &sink);
}

static void clear_marks(Linker *l) {
    for (int i = 0; i < l->atoms.len; i++)
        l->atoms.data[i].dirty = false;
    for (int i = 0; i < l->syms.len; i++) {
        l->syms.data[i].moved = false;
        l->syms.data[i].entry_dirty = false;
        l->syms.data[i].got_dirty = false;
    }
}

static void put_marker(Linker *l, Out *o, uint64_t generation) {
    uint8_t b[MARKER_SIZE];
    put_uint(b, generation, MARKER_SIZE, l->t->big_endian);
    out_write(o, l->incr->marker.off, b, MARKER_SIZE);
}

IncrResult link_write_incremental(Linker *l, const char *path, uint64_t generation, IncrReport *report) {
    memset(report, 0, sizeof *report);
    if (!link_check_undefined(l))
        return INCR_FAILED;
    bool first = l->incr == NULL;
    Out o;
    memset(&o, 0, sizeof o);
    Buf image = {0};
    if (first) {
        first_layout(l);
        o.image = &image;
        ensure_room(l, &o, &l->incr->marker, MARKER_SIZE, 0, 8, 0);
    } else {
        if (!within_reserved(l))
            return INCR_NEEDS_FULL;
        o.fd = open(path, O_RDWR);
        if (o.fd < 0)
            return INCR_NEEDS_FULL;
        put_marker(l, &o, 0); /* from here until the end the file is not finished */
    }
    IncrLayout *L = l->incr;
    fit_sections(l, &o);
    bool ok = write_atoms(l, &o);
    write_got(l, &o, first);
    write_symbols(l, &o, first);
    if (l->dwarf)
        write_debug(l, &o);
    if (link_state_damaged(l)) { /* a piece of the state could not be read back: start over */
        if (!first)
            close(o.fd);
        return INCR_NEEDS_FULL;
    }
    if (first || L->headers_dirty)
        write_headers(l, &o);
    put_marker(l, &o, generation);
    report->bytes_written = o.written;
    if (first) {
        ok = ok && write_file_atomic(path, &image);
        buf_free(&image);
    } else {
        if (close(o.fd) != 0 || o.failed) {
            error_plain("cannot update '%s'", path);
            ok = false;
        }
    }
    clear_marks(l);
    return ok ? INCR_OK : INCR_FAILED;
}

uint64_t link_read_marker(Linker *l, const char *path) {
    if (!l->incr)
        return 0;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    uint8_t b[MARKER_SIZE];
    ssize_t n = pread(fd, b, MARKER_SIZE, (off_t)l->incr->marker.off);
    close(fd);
    return n == MARKER_SIZE ? get_uint(b, MARKER_SIZE, l->t->big_endian) : 0;
}

void incr_free(Linker *l) {
    IncrLayout *L = l->incr;
    if (!L)
        return;
    vec_free(&L->slots);
    vec_free(&L->free_locals);
    vec_free(&L->sym_slot);
    vec_free(&L->sym_name);
    free(L);
    l->incr = NULL;
}
