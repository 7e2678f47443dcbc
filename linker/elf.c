#define _POSIX_C_SOURCE 200809L /* readlink, fileno... from the host libc */
/* The ELF executable writer: layout, relocation, symbols, headers. ELF32 or ELF64 and the byte
   order come from the target. The file is written beside its destination and renamed into
   place, so an error never leaves a broken executable where the output should be. */
#include "dwarf_internal.h"
#include "elf_internal.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

void elf_put(ElfOut *e, uint64_t v, int size) {
    buf_uint(e->b, v, size, e->be);
}

void elf_put_addr(ElfOut *e, uint64_t v) {
    elf_put(e, v, e->is64 ? 8 : 4);
}

void elf_write_headers(ElfOut *e, Linker *l, const Phdr *ph, int nph, uint64_t shoff, int nsh, int shstrndx) {
    const Target *t = e->t;
    uint8_t ident[16] = {0x7f, 'E', 'L', 'F', (uint8_t)(e->is64 ? 2 : 1), (uint8_t)(e->be ? 2 : 1), 1, 0};
    buf_append(e->b, ident, 16);
    elf_put(e, ET_EXEC, 2);
    elf_put(e, t->elf_machine, 2);
    elf_put(e, 1, 4);
    elf_put_addr(e, link_sym_addr(l, link_find_global(l, "_start")));
    elf_put_addr(e, e->is64 ? 64 : 52);
    elf_put_addr(e, shoff);
    elf_put(e, t->arch == ARCH_ARM ? 0x05000400 : 0, 4); /* arm: EABI5, hard float */
    elf_put(e, e->is64 ? 64 : 52, 2);
    elf_put(e, e->is64 ? 56 : 32, 2);
    elf_put(e, (uint64_t)nph, 2);
    elf_put(e, e->is64 ? 64 : 40, 2);
    elf_put(e, (uint64_t)nsh, 2);
    elf_put(e, (uint64_t)shstrndx, 2);
    for (int i = 0; i < nph; i++)
        elf_write_phdr(e, &ph[i]);
}

void elf_write_phdr(ElfOut *e, const Phdr *p) {
    elf_put(e, p->type, 4);
    if (e->is64) {
        elf_put(e, p->flags, 4);
        elf_put(e, p->offset, 8);
        elf_put(e, p->vaddr, 8);
        elf_put(e, p->vaddr, 8);
        elf_put(e, p->filesz, 8);
        elf_put(e, p->memsz, 8);
        elf_put(e, p->align, 8);
    } else {
        elf_put(e, p->offset, 4);
        elf_put(e, p->vaddr, 4);
        elf_put(e, p->vaddr, 4);
        elf_put(e, p->filesz, 4);
        elf_put(e, p->memsz, 4);
        elf_put(e, p->flags, 4);
        elf_put(e, p->align, 4);
    }
}

void elf_write_shdr(ElfOut *e, const Shdr *s) {
    elf_put(e, s->name, 4);
    elf_put(e, s->type, 4);
    elf_put_addr(e, s->flags);
    elf_put_addr(e, s->addr);
    elf_put_addr(e, s->offset);
    elf_put_addr(e, s->size);
    elf_put(e, s->link, 4);
    elf_put(e, s->info, 4);
    elf_put_addr(e, s->addralign);
    elf_put_addr(e, s->entsize);
}

void elf_write_sym(ElfOut *e, uint32_t name, int bind, int type, uint16_t shndx, uint64_t value, uint64_t size) {
    elf_put(e, name, 4);
    if (e->is64) {
        elf_put(e, (uint64_t)((bind << 4) | type), 1);
        elf_put(e, 0, 1);
        elf_put(e, shndx, 2);
        elf_put(e, value, 8);
        elf_put(e, size, 8);
    } else {
        elf_put(e, value, 4);
        elf_put(e, size, 4);
        elf_put(e, (uint64_t)((bind << 4) | type), 1);
        elf_put(e, 0, 1);
        elf_put(e, shndx, 2);
    }
}

uint32_t elf_add_string(Buf *strtab, const char *s) {
    uint32_t off = (uint32_t)strtab->len;
    buf_str(strtab, s);
    return off;
}

/* Every referenced symbol must be defined. */
bool link_check_undefined(Linker *l) {
    link_refresh_references(l);
    bool ok = true;
    for (int i = 1; i < l->syms.len; i++) {
        Symbol *s = &l->syms.data[i];
        if (s->referenced && !s->defined) {
            if (s->loc.file)
                error_at(s->loc, "undefined reference to '%s'", s->name);
            else
                error_plain("undefined reference to '%s'", s->name);
            ok = false;
        }
    }
    uint32_t start = link_find_global(l, "_start");
    if (!start || !l->syms.data[start].defined) {
        error_plain("no entry point: '_start' is not defined");
        ok = false;
    }
    return ok;
}

typedef struct Layout {
    uint64_t headers_size;
    uint64_t file_size;
    uint64_t tls_start, tls_filesz, tls_memsz, tls_align;
    Phdr ph[8];
    int nph;
} Layout;

uint64_t align_up(uint64_t v, uint64_t a) {
    return a ? (v + a - 1) / a * a : v;
}

/* Places the sections: R (headers, .rodata, .got), RX (.text), RW (.tdata, .data, .bss). Each
   segment starts on a new page in memory; file offsets stay packed (offset = vaddr mod page). */
static void layout(Linker *l, Layout *lay) {
    const Target *t = l->t;
    bool is64 = t->ptr_size == 8;
    uint64_t page = t->page_size;
    Section *text = &l->secs[SEC_TEXT], *ro = &l->secs[SEC_RODATA], *got = &l->secs[SEC_GOT];
    Section *tdata = &l->secs[SEC_TDATA], *tbss = &l->secs[SEC_TBSS], *data = &l->secs[SEC_DATA];
    Section *bss = &l->secs[SEC_BSS];
    bool has_tls = tdata->size || tbss->size;
    bool has_rw = tdata->size || data->size || bss->size;
    int nph = 3 + (has_rw ? 1 : 0) + (has_tls ? 1 : 0);
    lay->headers_size = (is64 ? 64 : 52) + (uint64_t)nph * (is64 ? 56 : 32);
    uint64_t base = t->image_base;
    memset(lay->ph, 0, sizeof lay->ph);
    Phdr *p = lay->ph;
    int n = 0;
    /* R: the headers, read-only data and the GOT */
    uint64_t off = align_up(lay->headers_size, ro->align);
    ro->offset = off;
    ro->addr = base + off;
    off = align_up(off + ro->size, got->align);
    got->offset = off;
    got->addr = base + off;
    off += got->size;
    p[n].type = PT_LOAD;
    p[n].flags = PF_R;
    p[n].vaddr = base;
    p[n].filesz = p[n].memsz = off;
    p[n].align = page;
    n++;
    /* RX */
    off = align_up(off, text->align > 16 ? text->align : 16);
    text->offset = off;
    text->addr = align_up(base + off, page) + off % page;
    off += text->size;
    p[n].type = PT_LOAD;
    p[n].flags = PF_R | PF_X;
    p[n].offset = text->offset;
    p[n].vaddr = text->addr;
    p[n].filesz = p[n].memsz = text->size;
    p[n].align = page;
    n++;
    /* RW: data, then the TLS image, then bss. .tbss takes no room in the segment: its
       addresses overlap .bss, which holds no file contents either (a debugger reading
       initialised data from the file must not find .tbss there) */
    uint64_t rw_align = tdata->align > data->align ? tdata->align : data->align;
    if (tbss->align > rw_align)
        rw_align = tbss->align;
    off = align_up(off, rw_align > 8 ? rw_align : 8);
    uint64_t rw_start = off;
    uint64_t rw_vaddr = align_up(text->addr + text->size, page) + off % page;
    data->offset = off;
    data->addr = rw_vaddr;
    off += data->size;
    off = align_up(off, tdata->align > tbss->align ? tdata->align : tbss->align);
    tdata->offset = off;
    tdata->addr = rw_vaddr + (off - rw_start);
    off += tdata->size;
    tbss->addr = align_up(tdata->addr + tdata->size, tbss->align);
    tbss->offset = off;
    bss->offset = off;
    bss->addr = align_up(tdata->addr + tdata->size, bss->align);
    if (has_rw) {
        p[n].type = PT_LOAD;
        p[n].flags = PF_R | PF_W;
        p[n].offset = rw_start;
        p[n].vaddr = rw_vaddr;
        p[n].filesz = off - rw_start;
        p[n].memsz = bss->addr + bss->size - rw_vaddr;
        p[n].align = page;
        n++;
    }
    lay->tls_start = tdata->addr;
    lay->tls_filesz = tdata->size;
    lay->tls_memsz = tbss->size ? tbss->addr + tbss->size - tdata->addr : tdata->size;
    lay->tls_align = tdata->align > tbss->align ? tdata->align : tbss->align;
    if (has_tls) {
        p[n].type = PT_TLS;
        p[n].flags = PF_R;
        p[n].offset = tdata->offset;
        p[n].vaddr = lay->tls_start;
        p[n].filesz = lay->tls_filesz;
        p[n].memsz = lay->tls_memsz;
        p[n].align = lay->tls_align;
        n++;
    }
    p[n].type = PT_GNU_STACK;
    p[n].flags = PF_R | PF_W;
    p[n].align = 16;
    n++;
    lay->nph = n;
    lay->file_size = off;
}

uint8_t elf_symtype(uint8_t t) {
    switch (t) {
    case SYMT_FUNC: return STT_FUNC;
    case SYMT_OBJECT: return STT_OBJECT;
    case SYMT_TLS: return STT_TLS;
    default: return STT_NOTYPE;
    }
}

bool write_file_atomic(const char *path, const Buf *b) {
    char *tmp = format("%s.mica-tmp.%d", path, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0755);
    if (fd < 0) {
        error_plain("cannot create '%s'", tmp);
        free(tmp);
        return false;
    }
    size_t done = 0;
    while (done < b->len) {
        ssize_t n = write(fd, b->data + done, b->len - done);
        if (n <= 0) {
            close(fd);
            unlink(tmp);
            error_plain("cannot write '%s'", tmp);
            free(tmp);
            return false;
        }
        done += (size_t)n;
    }
    if (close(fd) != 0 || rename(tmp, path) != 0) {
        unlink(tmp);
        error_plain("cannot write '%s'", path);
        free(tmp);
        return false;
    }
    free(tmp);
    return true;
}

bool link_relocate(Linker *l, const Atom *a, const Reloc *rel, uint8_t *place) {
    const Target *t = l->t;
    const Backend *be = t->backend;
    Symbol *sym = &l->syms.data[rel->sym];
    uint64_t P = l->secs[a->sec].addr + a->off + rel->offset;
    uint64_t S = link_sym_addr(l, rel->sym);
    uint64_t G = sym->got_slot >= 0 ? l->secs[SEC_GOT].addr + (uint64_t)sym->got_slot * (uint64_t)t->ptr_size : 0;
    int64_t T = 0;
    if (sym->type == SYMT_TLS)
        T = be->tls_offset(S - l->tls_start, l->tls_size, l->tls_align);
    const char *err = be->apply_reloc(rel->kind, place, P, S, rel->addend, G, T);
    if (err) {
        error_plain("%s: in '%s' referring to '%s'", err, l->syms.data[a->sym].name, sym->name);
        return false;
    }
    return true;
}

/* The DWARF sections of a full build, written into memory. */
static void memory_reserve(void *ctx, int section, uint64_t size) {
    Buf *b = &((Buf *)ctx)[section];
    if (b->len < size)
        buf_zeros(b, size - b->len);
}

static void memory_write(void *ctx, int section, uint64_t off, const void *data, size_t n) {
    memcpy(((Buf *)ctx)[section].data + off, data, n);
}

void elf_debug_shdr(Shdr *h, Buf *shstr, int section) {
    h->name = elf_add_string(shstr, dwarf_section_names[section]);
    h->type = SHT_PROGBITS;
    bool strings = section == DS_STR || section == DS_LINE_STR;
    h->flags = strings ? SHF_MERGE | SHF_STRINGS : 0;
    h->entsize = strings ? 1 : 0;
    h->addralign = 1;
}

bool link_write_executable(Linker *l, const char *path) {
    if (!link_check_undefined(l))
        return false;
    const Target *t = l->t;
    const Backend *be = t->backend;
    Layout lay;
    layout(l, &lay);
    l->tls_start = lay.tls_start;
    l->tls_size = lay.tls_memsz;
    l->tls_align = lay.tls_align;
    Buf img = {0};
    buf_zeros(&img, lay.file_size);
    /* code and data */
    for (int k = 0; k < SEC_COUNT; k++) {
        Section *s = &l->secs[k];
        if (k == SEC_BSS || k == SEC_TBSS || k == SEC_GOT)
            continue;
        if (k == SEC_TEXT && s->size)
            memset(img.data + s->offset, be->code_fill, s->size);
        for (int ai = s->first; ai >= 0; ai = l->atoms.data[ai].next) {
            Atom *a = &l->atoms.data[ai];
            if (a->bytes)
                memcpy(img.data + s->offset + a->off, a->bytes, a->size);
        }
    }
    /* the GOT */
    Section *got = &l->secs[SEC_GOT];
    for (int i = 0; i < l->got.len; i++)
        put_uint(img.data + got->offset + (uint64_t)i * t->ptr_size, link_sym_addr(l, l->got.data[i]), t->ptr_size,
                 t->big_endian);
    /* relocations */
    bool ok = true;
    for (int k = 0; k < SEC_COUNT; k++) {
        Section *s = &l->secs[k];
        for (int ai = s->first; ai >= 0; ai = l->atoms.data[ai].next) {
            Atom *a = &l->atoms.data[ai];
            if (!a->bytes)
                continue;
            for (int r = 0; r < a->nrelocs; r++)
                ok &= link_relocate(l, a, &a->relocs[r], img.data + s->offset + a->off + a->relocs[r].offset);
        }
    }
    if (!ok) {
        buf_free(&img);
        return false;
    }
    /* section headers, symbols, strings */
    ElfOut e;
    e.t = t;
    e.is64 = t->ptr_size == 8;
    e.be = t->big_endian;
    Buf shstr = {0}, strtab = {0}, symtab = {0};
    buf_u8(&shstr, 0);
    buf_u8(&strtab, 0);
    Shdr sh[24];
    memset(sh, 0, sizeof sh);
    int nsh = 1;
    uint16_t sec_index[SEC_COUNT];
    static const int order[] = {SEC_RODATA, SEC_GOT, SEC_TEXT, SEC_DATA, SEC_TDATA, SEC_TBSS, SEC_BSS};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        int k = order[i];
        Section *s = &l->secs[k];
        sec_index[k] = 0;
        if (!s->size)
            continue;
        Shdr *h = &sh[nsh];
        h->name = elf_add_string(&shstr, s->name);
        h->type = (k == SEC_BSS || k == SEC_TBSS) ? SHT_NOBITS : SHT_PROGBITS;
        h->flags = SHF_ALLOC;
        if (k == SEC_TEXT)
            h->flags |= SHF_EXECINSTR;
        if (k == SEC_DATA || k == SEC_BSS || k == SEC_TDATA || k == SEC_TBSS)
            h->flags |= SHF_WRITE;
        if (k == SEC_TDATA || k == SEC_TBSS)
            h->flags |= SHF_TLS;
        h->addr = s->addr;
        h->offset = s->offset;
        h->size = s->size;
        h->addralign = s->align;
        if (k == SEC_GOT)
            h->entsize = (uint64_t)t->ptr_size;
        sec_index[k] = (uint16_t)nsh++;
    }
    Buf *saved = e.b;
    e.b = &symtab;
    elf_write_sym(&e, 0, 0, 0, 0, 0, 0);
    int nlocals = 1;
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 1; i < l->syms.len; i++) {
            Symbol *s = &l->syms.data[i];
            bool local = s->binding == SYM_LOCAL;
            if (!s->defined || s->hidden || local != (pass == 0))
                continue;
            Atom *a = &l->atoms.data[s->atom];
            uint64_t value = link_sym_addr(l, (uint32_t)i);
            if (s->type == SYMT_TLS)
                value -= lay.tls_start;
            elf_write_sym(&e, elf_add_string(&strtab, s->name), local ? STB_LOCAL : s->binding == SYM_WEAK ? STB_WEAK : STB_GLOBAL,
                      elf_symtype(s->type), sec_index[a->sec], value, s->size);
            if (pass == 0)
                nlocals++;
        }
    }
    e.b = saved;
    uint64_t off = lay.file_size;
    /* debug information: not loaded, after the segments */
    Buf debug[DWARF_SECTIONS];
    memset(debug, 0, sizeof debug);
    int ndebug = 0;
    if (l->dwarf) {
        DwarfSink sink = {debug, memory_reserve, memory_write};
        dwarf_flush(l, &sink);
        ndebug = DWARF_SECTIONS;
        for (int i = 0; i < ndebug; i++) {
            Shdr *h = &sh[nsh++];
            elf_debug_shdr(h, &shstr, i);
            h->offset = off;
            h->size = debug[i].len;
            off += debug[i].len;
        }
    }
    int symtab_index = nsh;
    Shdr *h = &sh[nsh++];
    h->name = elf_add_string(&shstr, ".symtab");
    h->type = SHT_SYMTAB;
    off = align_up(off, 8);
    h->offset = off;
    h->size = symtab.len;
    h->link = (uint32_t)nsh; /* .strtab follows */
    h->info = (uint32_t)nlocals;
    h->addralign = 8;
    h->entsize = e.is64 ? 24 : 16;
    off += symtab.len;
    h = &sh[nsh++];
    h->name = elf_add_string(&shstr, ".strtab");
    h->type = SHT_STRTAB;
    h->offset = off;
    h->size = strtab.len;
    h->addralign = 1;
    off += strtab.len;
    int shstrndx = nsh;
    h = &sh[nsh++];
    h->name = elf_add_string(&shstr, ".shstrtab");
    h->type = SHT_STRTAB;
    h->offset = off;
    h->size = shstr.len;
    h->addralign = 1;
    off += shstr.len;
    (void)symtab_index;
    uint64_t shoff = align_up(off, 8);
    /* assemble */
    img.len = lay.file_size;
    for (int i = 0; i < ndebug; i++) {
        buf_append(&img, debug[i].data, debug[i].len);
        buf_free(&debug[i]);
    }
    buf_zeros(&img, sh[symtab_index].offset - img.len);
    buf_append(&img, symtab.data, symtab.len);
    buf_append(&img, strtab.data, strtab.len);
    buf_append(&img, shstr.data, shstr.len);
    buf_zeros(&img, shoff - img.len);
    e.b = &img;
    for (int i = 0; i < nsh; i++)
        elf_write_shdr(&e, &sh[i]);
    /* ELF header and program headers at the start */
    Buf hdr = {0};
    e.b = &hdr;
    elf_write_headers(&e, l, lay.ph, lay.nph, shoff, nsh, shstrndx);
    memcpy(img.data, hdr.data, hdr.len);
    buf_free(&hdr);
    buf_free(&shstr);
    buf_free(&strtab);
    buf_free(&symtab);
    ok = write_file_atomic(path, &img);
    buf_free(&img);
    return ok;
}
