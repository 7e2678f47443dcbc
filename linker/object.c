/* Reading ELF relocatable objects made by other compilers (gcc -c), so that mica-built code
   can call and be called by them. Each allocated section becomes an atom owned by a hidden
   section symbol; the object's symbols are places inside those atoms. */
#include "link_internal.h"

#include <stdio.h>
#include <stdlib.h>

enum {
    ET_REL = 1,
    SHT_SYMTAB = 2,
    SHT_RELA = 4,
    SHT_NOBITS = 8,
    SHT_REL = 9,
    SHT_NOTE = 7,
    SHF_WRITE = 1,
    SHF_ALLOC = 2,
    SHF_EXECINSTR = 4,
    SHF_TLS = 0x400,
    SHN_UNDEF = 0,
    SHN_ABS = 0xfff1,
    SHN_COMMON = 0xfff2,
    STB_LOCAL = 0,
    STB_WEAK = 2,
    STT_OBJECT = 1,
    STT_FUNC = 2,
    STT_SECTION = 3,
    STT_FILE = 4,
    STT_TLS = 6,
};

typedef struct ObjFile {
    const char *path;
    const uint8_t *data;
    size_t len;
    bool is64, be;
} ObjFile;

static uint64_t rd(ObjFile *o, uint64_t off, int size) {
    if (off + (uint64_t)size > o->len)
        return 0;
    return get_uint(o->data + off, size, o->be);
}

typedef struct Shdr {
    uint32_t name, type, link, info;
    uint64_t flags, offset, size, entsize, align;
} Shdr;

static bool bad(ObjFile *o, const char *why) {
    error_plain("%s: %s", o->path, why);
    return false;
}

static const char *str_at(ObjFile *o, Shdr *strtab, uint64_t off) {
    if (!strtab || strtab->offset + off >= o->len)
        return "";
    return (const char *)o->data + strtab->offset + off;
}

static SectionKind section_kind(Shdr *s) {
    if (s->flags & SHF_TLS)
        return s->type == SHT_NOBITS ? SEC_TBSS : SEC_TDATA;
    if (s->flags & SHF_EXECINSTR)
        return SEC_TEXT;
    if (s->type == SHT_NOBITS)
        return SEC_BSS;
    return (s->flags & SHF_WRITE) ? SEC_DATA : SEC_RODATA;
}

bool link_add_object(Linker *l, const char *path) {
    size_t len;
    uint8_t *data = (uint8_t *)read_file(path, &len);
    if (!data) {
        error_plain("%s: cannot read the file", path);
        return false;
    }
    ObjFile o = {path, data, len, false, false};
    bool ok = false;
    if (len < 52 || memcmp(data, "\x7f" "ELF", 4) != 0) {
        bad(&o, "not an ELF object file");
        goto out;
    }
    o.is64 = data[4] == 2;
    o.be = data[5] == 2;
    const Target *t = l->t;
    if (o.is64 != (t->ptr_size == 8) || o.be != t->big_endian || rd(&o, 18, 2) != t->elf_machine) {
        bad(&o, "object file is for another architecture");
        goto out;
    }
    if (rd(&o, 16, 2) != ET_REL) {
        bad(&o, "not a relocatable object (mica links .o files made with -c)");
        goto out;
    }
    uint64_t shoff = o.is64 ? rd(&o, 40, 8) : rd(&o, 32, 4);
    int shentsize = (int)rd(&o, o.is64 ? 58 : 46, 2);
    int shnum = (int)rd(&o, o.is64 ? 60 : 48, 2);
    if (shnum <= 0 || shoff + (uint64_t)shnum * (uint64_t)shentsize > len) {
        bad(&o, "corrupt section header table");
        goto out;
    }
    Shdr *sh = xcalloc((size_t)shnum, sizeof(Shdr));
    for (int i = 0; i < shnum; i++) {
        uint64_t p = shoff + (uint64_t)i * (uint64_t)shentsize;
        Shdr *s = &sh[i];
        s->name = (uint32_t)rd(&o, p, 4);
        s->type = (uint32_t)rd(&o, p + 4, 4);
        if (o.is64) {
            s->flags = rd(&o, p + 8, 8);
            s->offset = rd(&o, p + 24, 8);
            s->size = rd(&o, p + 32, 8);
            s->link = (uint32_t)rd(&o, p + 40, 4);
            s->info = (uint32_t)rd(&o, p + 44, 4);
            s->align = rd(&o, p + 48, 8);
            s->entsize = rd(&o, p + 56, 8);
        } else {
            s->flags = rd(&o, p + 8, 4);
            s->offset = rd(&o, p + 16, 4);
            s->size = rd(&o, p + 20, 4);
            s->link = (uint32_t)rd(&o, p + 24, 4);
            s->info = (uint32_t)rd(&o, p + 28, 4);
            s->align = rd(&o, p + 32, 4);
            s->entsize = rd(&o, p + 36, 4);
        }
        if (s->type != SHT_NOBITS && s->offset + s->size > len) {
            free(sh);
            bad(&o, "corrupt section");
            goto out;
        }
    }
    Shdr *shstr = &sh[rd(&o, o.is64 ? 62 : 50, 2) % (uint64_t)shnum];
    /* sections that become atoms */
    uint32_t *sec_sym = xcalloc((size_t)shnum, sizeof(uint32_t));
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    for (int i = 1; i < shnum; i++) {
        Shdr *s = &sh[i];
        if (!(s->flags & SHF_ALLOC) || s->type == SHT_NOTE || s->size == 0)
            continue;
        const char *name = str_at(&o, shstr, s->name);
        if (!strcmp(name, ".eh_frame"))
            continue; /* mica's executables carry their own frame information */
        char *sname = format("%s(%s)", base, name);
        uint32_t sym = link_local(l, sname);
        free(sname);
        l->syms.data[sym].hidden = true;
        link_define(l, sym, section_kind(s), s->type == SHT_NOBITS ? NULL : data + s->offset, s->size,
                    s->align ? (uint32_t)s->align : 1, NULL, 0, SYMT_NOTYPE);
        sec_sym[i] = sym;
    }
    /* symbols */
    Shdr *symtab = NULL;
    for (int i = 1; i < shnum; i++)
        if (sh[i].type == SHT_SYMTAB)
            symtab = &sh[i];
    if (!symtab) {
        free(sh);
        free(sec_sym);
        ok = true;
        goto out;
    }
    Shdr *strtab = symtab->link < (uint32_t)shnum ? &sh[symtab->link] : NULL;
    int symsize = o.is64 ? 24 : 16;
    int nsyms = (int)(symtab->size / (uint64_t)symsize);
    uint32_t *map = xcalloc((size_t)nsyms + 1, sizeof(uint32_t));
    for (int i = 1; i < nsyms; i++) {
        uint64_t p = symtab->offset + (uint64_t)i * (uint64_t)symsize;
        uint32_t name = (uint32_t)rd(&o, p, 4);
        int info, shndx;
        uint64_t value, size;
        if (o.is64) {
            info = (int)rd(&o, p + 4, 1);
            shndx = (int)rd(&o, p + 6, 2);
            value = rd(&o, p + 8, 8);
            size = rd(&o, p + 16, 8);
        } else {
            value = rd(&o, p + 4, 4);
            size = rd(&o, p + 8, 4);
            info = (int)rd(&o, p + 12, 1);
            shndx = (int)rd(&o, p + 14, 2);
        }
        int bind = info >> 4, type = info & 15;
        const char *sname = str_at(&o, strtab, name);
        if (type == STT_FILE)
            continue;
        if (type == STT_SECTION) {
            map[i] = shndx < shnum ? sec_sym[shndx] : 0;
            continue;
        }
        uint8_t symtype = type == STT_FUNC ? SYMT_FUNC : type == STT_TLS ? SYMT_TLS : type == STT_OBJECT ? SYMT_OBJECT
                                                                                                           : SYMT_NOTYPE;
        uint32_t sym = bind == STB_LOCAL ? link_local(l, sname) : link_global(l, sname);
        if (bind == STB_WEAK)
            l->syms.data[sym].binding = SYM_WEAK;
        map[i] = sym;
        if (shndx == SHN_UNDEF)
            continue;
        if (shndx == SHN_COMMON) {
            /* a tentative definition compiled with -fcommon */
            if (!l->syms.data[sym].defined)
                link_define(l, sym, SEC_BSS, NULL, size, value ? (uint32_t)value : 1, NULL, 0, symtype);
            continue;
        }
        if (shndx == SHN_ABS || shndx >= shnum || !sec_sym[shndx])
            continue;
        if (l->syms.data[sym].defined && bind == STB_WEAK)
            continue;
        link_define_alias(l, sym, sec_sym[shndx], value, size, symtype);
    }
    /* relocations */
    const Backend *be = t->backend;
    for (int i = 1; i < shnum && error_count == 0; i++) {
        Shdr *r = &sh[i];
        if (r->type != SHT_RELA && r->type != SHT_REL)
            continue;
        if (r->info >= (uint32_t)shnum || !sec_sym[r->info])
            continue; /* relocations of a section mica drops */
        if (r->type == SHT_REL) {
            bad(&o, "REL relocations (without addends) are not supported");
            break;
        }
        int entsize = o.is64 ? 24 : 12;
        int n = (int)(r->size / (uint64_t)entsize);
        Atom *a = &l->atoms.data[l->syms.data[sec_sym[r->info]].atom];
        a->relocs = xrealloc(a->relocs, ((size_t)a->nrelocs + (size_t)n) * sizeof(Reloc));
        for (int k = 0; k < n; k++) {
            uint64_t p = r->offset + (uint64_t)k * (uint64_t)entsize;
            uint64_t info = o.is64 ? rd(&o, p + 8, 8) : rd(&o, p + 4, 4);
            Reloc rel;
            rel.offset = o.is64 ? rd(&o, p, 8) : rd(&o, p, 4);
            rel.kind = (int)(o.is64 ? (info & 0xffffffff) : (info & 0xff));
            uint64_t symi = o.is64 ? info >> 32 : info >> 8;
            rel.addend = o.is64 ? (int64_t)rd(&o, p + 16, 8) : (int64_t)(int32_t)rd(&o, p + 8, 4);
            rel.sym = symi < (uint64_t)nsyms ? map[symi] : 0;
            if (!rel.sym) {
                bad(&o, "relocation against a symbol mica dropped");
                break;
            }
            l->syms.data[rel.sym].referenced = true;
            l->syms.data[rel.sym].refs++;
            l->syms.data[rel.sym].direct_refs += be->reloc_need(rel.kind) != RELOC_GOT;
            if (be->reloc_need(rel.kind) == RELOC_GOT)
                link_got_slot(l, rel.sym);
            a->relocs[a->nrelocs++] = rel;
        }
    }
    ok = error_count == 0;
    free(map);
    free(sh);
    free(sec_sym);
out:
    free(data);
    return ok;
}
