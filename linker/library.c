#define _POSIX_C_SOURCE 200809L /* readlink, fileno... from the host libc */
/* Libraries of precompiled atoms (mica's std and runtime for one target): written once, then
   read by every link, which pulls only the atoms the program needs. The file format is
   mica's own and always little-endian:

     "MICALIB2"  u32 key_len  key bytes (padded to 8)
     u32 nsyms  u32 natoms  u32 nrelocs  u32 strings_size  u64 data_size
     syms:   u32 name  u8 binding  u8 type  u16 0  i32 atom
     atoms:  u32 sym  u8 section  u8 0 0 0  u32 align  u32 frame_len  u64 size  u64 data_off  u32 first_reloc
             u32 nrelocs  u64 frame_off (call frame instructions, in data)
     relocs: u64 offset  u32 sym  i32 kind  i64 addend
     strings, data */
#include "link_internal.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

enum { SYM_REC = 12, ATOM_REC = 48, RELOC_REC = 24, MAGIC_LEN = 8 };

struct Library {
    const uint8_t *file; /* mapped */
    size_t len;
    char *key;
    uint32_t nsyms, natoms, nrelocs;
    const uint8_t *syms, *atoms, *relocs, *strings, *data;
    Map index;          /* global name -> library symbol index + 1 */
    uint32_t *loaded;   /* per library symbol: the linker symbol once pulled in (for one linker) */
    Linker *loaded_for;
};

static uint64_t rd(const uint8_t *p, int size) {
    return get_uint(p, size, false);
}

static void wr(Buf *b, uint64_t v, int size) {
    buf_uint(b, v, size, false);
}

bool library_write(Linker *l, const char *path, const char *key) {
    Buf out = {0}, syms = {0}, atoms = {0}, relocs = {0}, strings = {0}, data = {0};
    uint32_t nsyms = 0, natoms = 0, nrelocs = 0;
    for (int i = 1; i < l->syms.len; i++) {
        Symbol *s = &l->syms.data[i];
        wr(&syms, strings.len, 4);
        buf_str(&strings, s->name);
        wr(&syms, s->binding, 1);
        wr(&syms, s->type, 1);
        wr(&syms, s->hidden ? 1 : 0, 2);
        int atom = -1;
        if (s->defined && l->atoms.data[s->atom].sym != (uint32_t)i)
            fatal("a library cannot hold '%s', which is an alias inside another atom", s->name);
        if (s->defined) {
            Atom *a = &l->atoms.data[s->atom];
            atom = (int)natoms++;
            wr(&atoms, (uint64_t)i - 1, 4);
            wr(&atoms, a->sec, 1);
            wr(&atoms, 0, 3);
            wr(&atoms, a->align, 4);
            wr(&atoms, a->frame_len, 4);
            wr(&atoms, a->size, 8);
            buf_zeros(&data, (size_t)align_to((int64_t)data.len, 16) - data.len);
            wr(&atoms, a->bytes ? data.len : 0, 8);
            if (a->bytes) {
                size_t at = data.len;
                buf_zeros(&data, a->size);
                memcpy(data.data + at, a->bytes, a->size);
            }
            wr(&atoms, nrelocs, 4);
            wr(&atoms, (uint64_t)a->nrelocs, 4);
            wr(&atoms, a->frame_len ? data.len : 0, 8);
            buf_append(&data, a->frame, a->frame_len);
            for (int r = 0; r < a->nrelocs; r++) {
                Reloc *rel = &a->relocs[r];
                wr(&relocs, rel->offset, 8);
                wr(&relocs, rel->sym - 1, 4);
                wr(&relocs, (uint64_t)(uint32_t)rel->kind, 4);
                wr(&relocs, (uint64_t)rel->addend, 8);
                nrelocs++;
            }
        }
        wr(&syms, (uint64_t)(uint32_t)atom, 4);
        nsyms++;
    }
    buf_append(&out, "MICALIB2", MAGIC_LEN);
    size_t klen = strlen(key);
    wr(&out, klen, 4);
    buf_append(&out, key, klen);
    buf_zeros(&out, (size_t)align_to((int64_t)out.len, 8) - out.len);
    wr(&out, nsyms, 4);
    wr(&out, natoms, 4);
    wr(&out, nrelocs, 4);
    wr(&out, strings.len, 4);
    wr(&out, data.len, 8);
    buf_append(&out, syms.data, syms.len);
    buf_append(&out, atoms.data, atoms.len);
    buf_append(&out, relocs.data, relocs.len);
    buf_append(&out, strings.data, strings.len);
    buf_zeros(&out, (size_t)align_to((int64_t)out.len, 16) - out.len);
    buf_append(&out, data.data, data.len);
    /* write beside and rename: concurrent builds of the same library are harmless */
    char *tmp = format("%s.tmp.%d", path, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    bool ok = fd >= 0;
    size_t done = 0;
    while (ok && done < out.len) {
        ssize_t n = write(fd, out.data + done, out.len - done);
        if (n <= 0)
            ok = false;
        else
            done += (size_t)n;
    }
    if (fd >= 0 && close(fd) != 0)
        ok = false;
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok) {
        unlink(tmp);
        error_plain("cannot write the library '%s'", path);
    }
    free(tmp);
    buf_free(&out);
    buf_free(&syms);
    buf_free(&atoms);
    buf_free(&relocs);
    buf_free(&strings);
    buf_free(&data);
    return ok;
}

Library *library_open(const char *path, const Target *t, char **why) {
    (void)t;
    size_t len;
    const uint8_t *file = map_file(path, &len); /* atoms are copied from it only when linked */
    if (!file) {
        *why = xstrdup("missing");
        return NULL;
    }
    if (len < 16 || memcmp(file, "MICALIB2", MAGIC_LEN) != 0) {
        unmap_file(file, len);
        *why = xstrdup("not a mica library");
        return NULL;
    }
    Library *lib = xcalloc(1, sizeof(Library));
    lib->file = file;
    lib->len = len;
    size_t p = MAGIC_LEN;
    uint32_t klen = (uint32_t)rd(file + p, 4);
    p += 4;
    if (p + klen + 24 > len)
        goto corrupt;
    lib->key = xstrndup((char *)file + p, klen);
    p = (size_t)align_to((int64_t)(p + klen), 8);
    lib->nsyms = (uint32_t)rd(file + p, 4);
    lib->natoms = (uint32_t)rd(file + p + 4, 4);
    lib->nrelocs = (uint32_t)rd(file + p + 8, 4);
    uint32_t strsize = (uint32_t)rd(file + p + 12, 4);
    uint64_t datasize = rd(file + p + 16, 8);
    p += 24;
    lib->syms = file + p;
    p += (size_t)lib->nsyms * SYM_REC;
    lib->atoms = file + p;
    p += (size_t)lib->natoms * ATOM_REC;
    lib->relocs = file + p;
    p += (size_t)lib->nrelocs * RELOC_REC;
    lib->strings = file + p;
    p += strsize;
    p = (size_t)align_to((int64_t)p, 16);
    lib->data = file + p;
    if (p + datasize > len)
        goto corrupt;
    for (uint32_t i = 0; i < lib->nsyms; i++) {
        const uint8_t *s = lib->syms + (size_t)i * SYM_REC;
        const char *name = (const char *)lib->strings + rd(s, 4);
        if (s[4] != SYM_LOCAL && (int32_t)rd(s + 8, 4) >= 0)
            map_put(&lib->index, name, (int)strlen(name), (void *)(uintptr_t)(i + 1));
    }
    lib->loaded = xcalloc(lib->nsyms + 1, sizeof(uint32_t));
    return lib;
corrupt:
    unmap_file(file, len);
    free(lib->key);
    free(lib);
    *why = xstrdup("corrupt");
    return NULL;
}

void library_close(Library *lib) {
    if (!lib)
        return;
    unmap_file(lib->file, lib->len);
    free(lib->key);
    free(lib->loaded);
    map_free(&lib->index);
    free(lib);
}

const char *library_key(Library *lib) {
    return lib->key;
}

static uint32_t lib_symbol(Linker *l, Library *lib, uint32_t i);

static void load_atom(Linker *l, Library *lib, uint32_t si) {
    const uint8_t *s = lib->syms + (size_t)si * SYM_REC;
    int32_t ai = (int32_t)rd(s + 8, 4);
    uint32_t sym = lib_symbol(l, lib, si);
    if (l->syms.data[sym].defined || ai < 0)
        return;
    const uint8_t *a = lib->atoms + (size_t)ai * ATOM_REC;
    uint8_t sec = a[4];
    uint32_t align = (uint32_t)rd(a + 8, 4);
    uint64_t size = rd(a + 16, 8);
    uint64_t data_off = rd(a + 24, 8);
    uint32_t first = (uint32_t)rd(a + 32, 4);
    uint32_t n = (uint32_t)rd(a + 36, 4);
    uint32_t frame_len = (uint32_t)rd(a + 12, 4);
    uint64_t frame_off = rd(a + 40, 8);
    Reloc *rel = xcalloc((size_t)n + 1, sizeof(Reloc));
    for (uint32_t r = 0; r < n; r++) {
        const uint8_t *x = lib->relocs + (size_t)(first + r) * RELOC_REC;
        rel[r].offset = rd(x, 8);
        rel[r].sym = lib_symbol(l, lib, (uint32_t)rd(x + 8, 4));
        rel[r].kind = (int)(int32_t)rd(x + 12, 4);
        rel[r].addend = (int64_t)rd(x + 16, 8);
    }
    bool bss = sec == SEC_BSS || sec == SEC_TBSS;
    link_define(l, sym, (SectionKind)sec, bss ? NULL : lib->data + data_off, size, align, rel, (int)n, s[5]);
    if (frame_len)
        link_set_frame(l, sym, lib->data + frame_off, frame_len);
    free(rel);
    /* locals are pulled in with whoever refers to them */
    for (uint32_t r = 0; r < n; r++) {
        const uint8_t *x = lib->relocs + (size_t)(first + r) * RELOC_REC;
        uint32_t target = (uint32_t)rd(x + 8, 4);
        const uint8_t *ts = lib->syms + (size_t)target * SYM_REC;
        if (ts[4] == SYM_LOCAL)
            load_atom(l, lib, target);
    }
}

/* The linker symbol for library symbol i: globals by name, locals new (once per link). */
static uint32_t lib_symbol(Linker *l, Library *lib, uint32_t i) {
    if (lib->loaded_for != l) {
        memset(lib->loaded, 0, (lib->nsyms + 1) * sizeof(uint32_t));
        lib->loaded_for = l;
    }
    if (lib->loaded[i])
        return lib->loaded[i];
    const uint8_t *s = lib->syms + (size_t)i * SYM_REC;
    const char *name = (const char *)lib->strings + rd(s, 4);
    uint32_t sym = s[4] == SYM_LOCAL ? link_local(l, name) : link_global(l, name);
    if (s[4] == SYM_LOCAL && rd(s + 6, 2))
        l->syms.data[sym].hidden = true;
    lib->loaded[i] = sym;
    return sym;
}

void link_resolve_from(Linker *l, Library *lib) {
    link_refresh_references(l);
    /* the entry point is always needed */
    uint32_t entry = link_global(l, "_start");
    l->syms.data[entry].referenced = true;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 1; i < l->syms.len; i++) {
            Symbol *s = &l->syms.data[i];
            if (s->defined || !s->referenced || s->binding == SYM_LOCAL)
                continue;
            uint32_t li = (uint32_t)(uintptr_t)map_get(&lib->index, s->name, (int)strlen(s->name));
            if (!li)
                continue;
            load_atom(l, lib, li - 1);
            changed = true;
        }
    }
}
