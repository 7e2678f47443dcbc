/* elfcorrupt: writes a copy of an ELF executable with one deliberate defect, to check that
 * elfcheck notices it (tests/elf/run.sh, "elf-detect-*" cases).
 *
 *   elfcorrupt IN OUT MODE      (elfcorrupt --list prints the modes)
 *
 * The file is read with libelf/gelf (any class, any byte order) only to find where things
 * are; the defect is then written as a raw patch of one or two header fields in the file's
 * own byte order, so everything else stays byte-for-byte identical. Exit status: 0 written,
 * 3 the mode does not apply to this file (e.g. no TLS), 2 error.
 */
#include <elf.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static unsigned char *buf;
static size_t bufsize;
static int is64, msb;
static Elf *elf;
static GElf_Ehdr eh;
static size_t phnum, shnum, shstrndx;

static void die(const char *msg) {
    fprintf(stderr, "elfcorrupt: %s\n", msg);
    exit(2);
}

static void na(const char *why) {
    fprintf(stderr, "elfcorrupt: mode does not apply: %s\n", why);
    exit(3);
}

/* store v in n bytes at off, in the file's byte order */
static void put(uint64_t off, size_t n, uint64_t v) {
    if (off + n > bufsize) die("patch outside the file");
    for (size_t i = 0; i < n; i++) {
        size_t k = msb ? n - 1 - i : i;
        buf[off + k] = (unsigned char)(v >> (8 * i));
    }
}

#define FOFF(T, f) (is64 ? offsetof(Elf64_##T, f) : offsetof(Elf32_##T, f))
#define FSZ(T, f) (is64 ? sizeof(((Elf64_##T *)0)->f) : sizeof(((Elf32_##T *)0)->f))
#define SET(base, T, f, v) put((base) + FOFF(T, f), FSZ(T, f), (uint64_t)(v))

static uint64_t ph_at(size_t i) { return eh.e_phoff + i * eh.e_phentsize; }
static uint64_t sh_at(size_t i) { return eh.e_shoff + i * eh.e_shentsize; }

static GElf_Phdr phdr(size_t i) {
    GElf_Phdr p;
    if (!gelf_getphdr(elf, (int)i, &p)) die("cannot read a program header");
    return p;
}

static GElf_Shdr shdr(size_t i) {
    GElf_Shdr s;
    if (!gelf_getshdr(elf_getscn(elf, i), &s)) die("cannot read a section header");
    return s;
}

static const char *secname(size_t i) {
    GElf_Shdr s = shdr(i);
    const char *n = elf_strptr(elf, shstrndx, s.sh_name);
    return n ? n : "";
}

static size_t find_sec(const char *name) {
    for (size_t i = 1; i < shnum; i++)
        if (!strcmp(secname(i), name)) return i;
    return 0;
}

/* index of the n-th (0-based) program header of the given type, or -1 */
static long find_ph(uint32_t type, int n) {
    for (size_t i = 0; i < phnum; i++)
        if (phdr(i).p_type == type && n-- == 0) return (long)i;
    return -1;
}

/* the PT_LOAD containing addr */
static long load_at(uint64_t addr) {
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr p = phdr(i);
        if (p.p_type == PT_LOAD && addr >= p.p_vaddr && addr - p.p_vaddr < p.p_memsz) return (long)i;
    }
    return -1;
}

static size_t symtab_index(void) {
    for (size_t i = 1; i < shnum; i++)
        if (shdr(i).sh_type == SHT_SYMTAB) return i;
    na("no .symtab");
    return 0;
}

/* first symbol matching type (and name, if given); returns its index, fills *sym */
static long find_sym(int type, const char *name, GElf_Sym *sym) {
    size_t st = symtab_index();
    GElf_Shdr h = shdr(st);
    Elf_Data *d = elf_getdata(elf_getscn(elf, st), NULL);
    size_t n = h.sh_size / h.sh_entsize;
    for (size_t k = 1; k < n; k++) {
        if (!gelf_getsym(d, (int)k, sym)) die("cannot read a symbol");
        if (GELF_ST_TYPE(sym->st_info) != type || sym->st_shndx == SHN_UNDEF || sym->st_shndx >= SHN_LORESERVE) continue;
        if (name && strcmp(elf_strptr(elf, h.sh_link, sym->st_name), name)) continue;
        if (!name && sym->st_size == 0) continue;
        return (long)k;
    }
    return -1;
}

static uint64_t sym_at(size_t k) {
    GElf_Shdr h = shdr(symtab_index());
    return h.sh_offset + k * h.sh_entsize;
}

static const char *modes[] = {
    "text-writable", "data-exec", "rodata-writable", "offset-align", "entry-in-data", "entry-outside",
    "func-size", "object-in-text", "filesz-gt-memsz", "load-overlap", "load-unsorted", "exec-stack",
    "no-tls", "tls-short", "tls-misaligned", "bss-progbits", "symtab-info", "late-local", "symtab-link", "start-moved",
    "shstrtab-unterminated", "section-overlap", "machine-class", "type-dyn", NULL,
};

static void corrupt(const char *mode) {
    if (!strcmp(mode, "text-writable")) { /* the segment with the entry point becomes RWX */
        long i = load_at(eh.e_entry);
        if (i < 0) na("no PT_LOAD holds e_entry");
        SET(ph_at(i), Phdr, p_flags, phdr(i).p_flags | PF_W);
    } else if (!strcmp(mode, "data-exec")) { /* the .data segment becomes RWX */
        size_t s = find_sec(".data");
        if (!s) na("no .data");
        long i = load_at(shdr(s).sh_addr);
        if (i < 0) na(".data not loaded");
        SET(ph_at(i), Phdr, p_flags, phdr(i).p_flags | PF_X);
    } else if (!strcmp(mode, "rodata-writable")) {
        size_t s = find_sec(".rodata");
        if (!s) na("no .rodata");
        long i = load_at(shdr(s).sh_addr);
        if (i < 0) na(".rodata not loaded");
        SET(ph_at(i), Phdr, p_flags, phdr(i).p_flags | PF_W);
    } else if (!strcmp(mode, "offset-align")) { /* last PT_LOAD: p_offset no longer congruent to p_vaddr */
        long i = -1;
        for (int n = 0; find_ph(PT_LOAD, n) >= 0; n++) i = find_ph(PT_LOAD, n);
        if (i < 0) na("no PT_LOAD");
        SET(ph_at(i), Phdr, p_offset, phdr(i).p_offset + 8);
    } else if (!strcmp(mode, "entry-in-data")) {
        size_t s = find_sec(".data");
        if (!s) s = find_sec(".rodata");
        if (!s) na("no .data or .rodata");
        SET(0, Ehdr, e_entry, shdr(s).sh_addr);
    } else if (!strcmp(mode, "entry-outside")) { /* below every segment */
        SET(0, Ehdr, e_entry, 0x10);
    } else if (!strcmp(mode, "func-size")) { /* a function's size runs past its section */
        GElf_Sym sym;
        long k = find_sym(STT_FUNC, NULL, &sym);
        if (k < 0) na("no sized function symbol");
        GElf_Shdr s = shdr(sym.st_shndx);
        SET(sym_at(k), Sym, st_size, s.sh_addr + s.sh_size - sym.st_value + 0x40);
    } else if (!strcmp(mode, "object-in-text")) { /* a data object claims to live in .text */
        GElf_Sym sym;
        long k = find_sym(STT_OBJECT, NULL, &sym);
        size_t t = find_sec(".text");
        if (k < 0 || !t) na("no sized object symbol or no .text");
        SET(sym_at(k), Sym, st_shndx, t);
    } else if (!strcmp(mode, "filesz-gt-memsz")) {
        long i = find_ph(PT_LOAD, 0);
        if (i < 0) na("no PT_LOAD");
        SET(ph_at(i), Phdr, p_filesz, phdr(i).p_memsz + 0x10);
    } else if (!strcmp(mode, "load-overlap")) { /* second PT_LOAD moved into the first */
        long a = find_ph(PT_LOAD, 0), b = find_ph(PT_LOAD, 1);
        if (b < 0) na("fewer than two PT_LOAD");
        GElf_Phdr pa = phdr(a), pb = phdr(b);
        uint64_t al = pb.p_align > 1 ? pb.p_align : 1;
        /* the first address in the first segment that keeps p_offset and p_vaddr congruent */
        uint64_t v = pa.p_vaddr - pa.p_vaddr % al + pb.p_offset % al;
        if (v < pa.p_vaddr) v += al;
        if (v >= pa.p_vaddr + pa.p_memsz) na("no suitable address inside the first PT_LOAD");
        SET(ph_at(b), Phdr, p_vaddr, v);
        SET(ph_at(b), Phdr, p_paddr, v);
    } else if (!strcmp(mode, "load-unsorted")) { /* swap the first two PT_LOAD entries */
        long a = find_ph(PT_LOAD, 0), b = find_ph(PT_LOAD, 1);
        if (b < 0) na("fewer than two PT_LOAD");
        unsigned char tmp[64];
        memcpy(tmp, buf + ph_at(a), eh.e_phentsize);
        memcpy(buf + ph_at(a), buf + ph_at(b), eh.e_phentsize);
        memcpy(buf + ph_at(b), tmp, eh.e_phentsize);
    } else if (!strcmp(mode, "exec-stack")) {
        long i = find_ph(PT_GNU_STACK, 0);
        if (i < 0) na("no PT_GNU_STACK");
        SET(ph_at(i), Phdr, p_flags, phdr(i).p_flags | PF_X);
    } else if (!strcmp(mode, "no-tls")) {
        long i = find_ph(PT_TLS, 0);
        if (i < 0) na("no PT_TLS");
        SET(ph_at(i), Phdr, p_type, PT_NULL);
    } else if (!strcmp(mode, "tls-short")) { /* PT_TLS no longer covers .tbss */
        long i = find_ph(PT_TLS, 0);
        if (i < 0) na("no PT_TLS");
        GElf_Phdr p = phdr(i);
        if (p.p_memsz == p.p_filesz) na("no .tbss part");
        SET(ph_at(i), Phdr, p_memsz, p.p_filesz);
    } else if (!strcmp(mode, "tls-misaligned")) { /* PT_TLS starts half an alignment later */
        long i = find_ph(PT_TLS, 0);
        if (i < 0) na("no PT_TLS");
        GElf_Phdr p = phdr(i);
        if (p.p_align < 2) na("PT_TLS alignment 1");
        SET(ph_at(i), Phdr, p_vaddr, p.p_vaddr + p.p_align / 2);
        SET(ph_at(i), Phdr, p_paddr, p.p_paddr + p.p_align / 2);
        SET(ph_at(i), Phdr, p_offset, p.p_offset + p.p_align / 2);
    } else if (!strcmp(mode, "bss-progbits")) {
        size_t s = find_sec(".bss");
        if (!s) na("no .bss");
        SET(sh_at(s), Shdr, sh_type, SHT_PROGBITS);
    } else if (!strcmp(mode, "symtab-info")) {
        size_t s = symtab_index();
        SET(sh_at(s), Shdr, sh_info, shdr(s).sh_info + 1);
    } else if (!strcmp(mode, "late-local")) { /* the last symbol becomes local */
        size_t s = symtab_index();
        GElf_Shdr h = shdr(s);
        size_t last = h.sh_size / h.sh_entsize - 1;
        GElf_Sym sym;
        gelf_getsym(elf_getdata(elf_getscn(elf, s), NULL), (int)last, &sym);
        if (GELF_ST_BIND(sym.st_info) == STB_LOCAL) na("last symbol already local");
        SET(sym_at(last), Sym, st_info, GELF_ST_INFO(STB_LOCAL, GELF_ST_TYPE(sym.st_info)));
    } else if (!strcmp(mode, "symtab-link")) {
        SET(sh_at(symtab_index()), Shdr, sh_link, shstrndx);
    } else if (!strcmp(mode, "start-moved")) {
        GElf_Sym sym;
        long k = find_sym(STT_FUNC, "_start", &sym);
        if (k < 0) na("no _start");
        SET(sym_at(k), Sym, st_value, sym.st_value + 1);
    } else if (!strcmp(mode, "shstrtab-unterminated")) {
        GElf_Shdr h = shdr(shstrndx);
        put(h.sh_offset + h.sh_size - 1, 1, 'x');
    } else if (!strcmp(mode, "section-overlap")) { /* .data's file offset moved onto .text */
        size_t d = find_sec(".data"), t = find_sec(".text");
        if (!d || !t) na("no .data or .text");
        SET(sh_at(d), Shdr, sh_offset, shdr(t).sh_offset);
    } else if (!strcmp(mode, "machine-class")) {
        SET(0, Ehdr, e_machine, is64 ? EM_386 : EM_X86_64);
    } else if (!strcmp(mode, "type-dyn")) {
        SET(0, Ehdr, e_type, ET_DYN);
    } else {
        die("unknown mode (see --list)");
    }
}

int main(int argc, char **argv) {
    if (argc == 2 && !strcmp(argv[1], "--list")) {
        for (int i = 0; modes[i]; i++) puts(modes[i]);
        return 0;
    }
    if (argc != 4) {
        fprintf(stderr, "usage: elfcorrupt IN OUT MODE | elfcorrupt --list\n");
        return 2;
    }
    if (elf_version(EV_CURRENT) == EV_NONE) die("libelf out of date");
    FILE *f = fopen(argv[1], "rb");
    if (!f) die("cannot open input");
    struct stat st;
    if (fstat(fileno(f), &st) < 0) die("cannot stat input");
    bufsize = (size_t)st.st_size;
    buf = malloc(bufsize);
    unsigned char *orig = malloc(bufsize);
    if (!buf || !orig || fread(orig, 1, bufsize, f) != bufsize) die("cannot read input");
    fclose(f);
    memcpy(buf, orig, bufsize);

    elf = elf_memory((char *)orig, bufsize); /* read from the pristine copy */
    if (!elf || elf_kind(elf) != ELF_K_ELF || !gelf_getehdr(elf, &eh)) die("not an ELF file");
    is64 = gelf_getclass(elf) == ELFCLASS64;
    msb = orig[EI_DATA] == ELFDATA2MSB;
    if (elf_getphdrnum(elf, &phnum) || elf_getshdrnum(elf, &shnum) || elf_getshdrstrndx(elf, &shstrndx))
        die("cannot read header counts");

    corrupt(argv[3]);

    FILE *o = fopen(argv[2], "wb");
    if (!o || fwrite(buf, 1, bufsize, o) != bufsize || fclose(o)) die("cannot write output");
    chmod(argv[2], 0755);
    return 0;
}
