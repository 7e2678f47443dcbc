/* elfcheck: an independent check that a file is a well-formed static ELF executable.
 *
 *   elfcheck [-q] FILE...
 *
 * Prints one line "FILE: problem" per problem found and exits 0 if every FILE is fine,
 * 1 if any has problems, 2 if one cannot be read as ELF at all. -q prints nothing but the
 * exit status. Built by the host compiler against libelf (gcc -o elfcheck elfcheck.c -lelf);
 * libelf's gelf interface gives the same view of ELF32/ELF64 and LSB/MSB files, so nothing
 * here depends on the host or on x86_64 beyond the machine/class/byte-order table.
 *
 * What is checked (see tests/elf/README.md for the reasoning):
 *  - ELF header: identification, class, byte order, version, ET_EXEC, e_machine consistent
 *    with class and byte order, header sizes, e_entry in an executable PT_LOAD and in an
 *    executable section.
 *  - program headers: table inside the file and mapped by a PT_LOAD (AT_PHDR), no
 *    PT_INTERP/PT_DYNAMIC, PT_LOAD sorted by p_vaddr and non-overlapping,
 *    p_offset % p_align == p_vaddr % p_align (and modulo the page size for PT_LOAD),
 *    p_filesz <= p_memsz, file ranges inside the file, no W+X segment, PT_TLS present iff
 *    there are TLS sections, covering them, starting at a multiple of its alignment,
 *    PT_GNU_STACK present and not executable,
 *    PT_PHDR (if any) matching the table.
 *  - sections: null section 0, ranges inside the file, no two sections (nor the ELF header
 *    and the header tables) overlapping in the file, no two allocated sections overlapping
 *    in memory, every SHF_ALLOC section inside a PT_LOAD (file offset consistent with its
 *    address) whose flags allow the section's flags, segment permissions by content
 *    (.text: R+X not W, .rodata: R not W not X, .data/.bss: R+W not X), .bss/.tbss NOBITS,
 *    well-formed .shstrtab and .strtab, no dynamic-linking sections.
 *  - .symtab: sh_link to .strtab, entry size, sh_info = first non-local, locals first,
 *    valid types/bindings/visibility/section indexes, no undefined non-weak symbols, FUNC
 *    symbols inside executable sections (value and value+size), OBJECT symbols inside
 *    non-executable allocated sections, TLS symbols (offsets into the TLS image, as in every
 *    executable) inside .tdata/.tbss, a global FUNC _start equal to e_entry.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PT_GNU_PROPERTY
#define PT_GNU_PROPERTY 0x6474e553
#endif
#ifndef EM_RISCV
#define EM_RISCV 243
#endif
#ifndef EM_LOONGARCH
#define EM_LOONGARCH 258
#endif
#ifndef STB_GNU_UNIQUE
#define STB_GNU_UNIQUE 10
#endif
#ifndef STT_GNU_IFUNC
#define STT_GNU_IFUNC 10
#endif

/* Smallest page size the kernel may use for the machine; PT_LOAD offsets and addresses
 * must agree modulo it for mmap to work. */
#define MIN_PAGE 4096

static const char *fname;
static int nproblems;
static int quiet;

static void problem(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void problem(const char *fmt, ...) {
    va_list ap;
    nproblems++;
    if (quiet) return;
    printf("%s: ", fname);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
}

typedef struct {
    GElf_Shdr sh;
    const char *name; /* never NULL: "<bad name>" when sh_name is out of range */
    size_t idx;
} Sec;

static Elf *elf;
static int elfclass;
static GElf_Ehdr eh;
static GElf_Phdr *ph;
static size_t phnum;
static Sec *secs;
static size_t shnum, shstrndx;
static uint64_t filesize;
static const unsigned char *image; /* the whole file */

#define X(v) ((unsigned long long)(v))

static int is_pow2(uint64_t x) { return x && !(x & (x - 1)); }

/* name is BASE or BASE.something */
static int named(const char *name, const char *base) {
    size_t n = strlen(base);
    return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '.');
}

static int is_text_name(const char *n) { return named(n, ".text") || named(n, ".init") || named(n, ".fini"); }
static int is_rodata_name(const char *n) { return named(n, ".rodata"); }
static int is_data_name(const char *n) { return named(n, ".data") || named(n, ".bss"); }

static const char *ptype(uint32_t t) {
    static char buf[32];
    switch (t) {
    case PT_NULL: return "PT_NULL";
    case PT_LOAD: return "PT_LOAD";
    case PT_DYNAMIC: return "PT_DYNAMIC";
    case PT_INTERP: return "PT_INTERP";
    case PT_NOTE: return "PT_NOTE";
    case PT_SHLIB: return "PT_SHLIB";
    case PT_PHDR: return "PT_PHDR";
    case PT_TLS: return "PT_TLS";
    case PT_GNU_EH_FRAME: return "PT_GNU_EH_FRAME";
    case PT_GNU_STACK: return "PT_GNU_STACK";
    case PT_GNU_RELRO: return "PT_GNU_RELRO";
    case PT_GNU_PROPERTY: return "PT_GNU_PROPERTY";
    }
    snprintf(buf, sizeof buf, "type 0x%x", t);
    return buf;
}

static const char *pflags(uint32_t f) {
    static char buf[4][8];
    static int k;
    char *b = buf[k++ & 3];
    snprintf(b, 8, "%c%c%c", f & PF_R ? 'R' : '-', f & PF_W ? 'W' : '-', f & PF_X ? 'X' : '-');
    return b;
}

/* ---------------------------------------------------------------- ELF header */

struct machine { int em; int cls; int data; const char *name; }; /* 0 = either */
static const struct machine machines[] = {
    {EM_X86_64, ELFCLASS64, ELFDATA2LSB, "x86_64"},
    {EM_386, ELFCLASS32, ELFDATA2LSB, "i386"},
    {EM_AARCH64, ELFCLASS64, 0, "aarch64"},
    {EM_ARM, ELFCLASS32, 0, "arm"},
    {EM_RISCV, 0, ELFDATA2LSB, "riscv"},
    {EM_SPARC, ELFCLASS32, ELFDATA2MSB, "sparc"},
    {EM_SPARC32PLUS, ELFCLASS32, ELFDATA2MSB, "sparc32plus"},
    {EM_SPARCV9, ELFCLASS64, ELFDATA2MSB, "sparcv9"},
    {EM_PPC, ELFCLASS32, 0, "ppc"},
    {EM_PPC64, ELFCLASS64, 0, "ppc64"},
    {EM_MIPS, 0, 0, "mips"},
    {EM_S390, 0, ELFDATA2MSB, "s390"},
    {EM_LOONGARCH, ELFCLASS64, ELFDATA2LSB, "loongarch"},
};

static void check_ehdr(void) {
    const char *id = elf_getident(elf, NULL);
    if (!id) { problem("cannot read e_ident: %s", elf_errmsg(-1)); return; }
    elfclass = id[EI_CLASS];
    if (elfclass != ELFCLASS32 && elfclass != ELFCLASS64)
        problem("EI_CLASS is %d, not ELFCLASS32 or ELFCLASS64", elfclass);
    if (id[EI_DATA] != ELFDATA2LSB && id[EI_DATA] != ELFDATA2MSB)
        problem("EI_DATA is %d, not ELFDATA2LSB or ELFDATA2MSB", id[EI_DATA]);
    if (id[EI_VERSION] != EV_CURRENT) problem("EI_VERSION is %d, not EV_CURRENT", id[EI_VERSION]);
    if (id[EI_OSABI] != ELFOSABI_SYSV && id[EI_OSABI] != ELFOSABI_GNU)
        problem("EI_OSABI is %d, not ELFOSABI_SYSV (0) or ELFOSABI_GNU (3)", id[EI_OSABI]);
    for (int i = EI_PAD; i < EI_NIDENT; i++)
        if (id[i]) { problem("e_ident padding byte %d is not zero", i); break; }

    if (eh.e_version != EV_CURRENT) problem("e_version is %u, not EV_CURRENT", (unsigned)eh.e_version);
    if (eh.e_type != ET_EXEC)
        problem("e_type is %u, not ET_EXEC (%s)", eh.e_type,
                eh.e_type == ET_DYN ? "ET_DYN: PIE or shared object" :
                eh.e_type == ET_REL ? "ET_REL: relocatable object" : "unexpected");

    const struct machine *m = NULL;
    for (size_t i = 0; i < sizeof machines / sizeof machines[0]; i++)
        if (machines[i].em == eh.e_machine) m = &machines[i];
    if (!m)
        problem("e_machine %u is not a known machine", eh.e_machine);
    else {
        if (m->cls && m->cls != elfclass)
            problem("e_machine %s requires ELFCLASS%d, file is ELFCLASS%d", m->name,
                    m->cls == ELFCLASS64 ? 64 : 32, elfclass == ELFCLASS64 ? 64 : 32);
        if (m->data && m->data != id[EI_DATA])
            problem("e_machine %s requires %s byte order", m->name,
                    m->data == ELFDATA2LSB ? "little-endian" : "big-endian");
    }

    size_t ehsz = gelf_fsize(elf, ELF_T_EHDR, 1, EV_CURRENT);
    size_t phsz = gelf_fsize(elf, ELF_T_PHDR, 1, EV_CURRENT);
    size_t shsz = gelf_fsize(elf, ELF_T_SHDR, 1, EV_CURRENT);
    if (eh.e_ehsize != ehsz) problem("e_ehsize is %u, expected %zu", eh.e_ehsize, ehsz);
    if (eh.e_phentsize != phsz) problem("e_phentsize is %u, expected %zu", eh.e_phentsize, phsz);
    if (eh.e_shoff && eh.e_shentsize != shsz) problem("e_shentsize is %u, expected %zu", eh.e_shentsize, shsz);
    if (eh.e_flags && (eh.e_machine == EM_X86_64 || eh.e_machine == EM_386))
        problem("e_flags is 0x%x, x86 defines no flags", (unsigned)eh.e_flags);
}

/* ---------------------------------------------------------------- helpers */

static GElf_Phdr *load_containing(uint64_t addr, uint64_t size, int file_backed) {
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr *p = &ph[i];
        if (p->p_type != PT_LOAD) continue;
        uint64_t lim = file_backed ? p->p_filesz : p->p_memsz;
        if (addr >= p->p_vaddr && addr - p->p_vaddr <= lim && size <= lim - (addr - p->p_vaddr) &&
            (size > 0 || addr - p->p_vaddr < lim || lim == 0))
            return p;
    }
    return NULL;
}

/* the PT_LOAD whose memory image contains addr (or NULL) */
static GElf_Phdr *load_at(uint64_t addr) {
    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_LOAD && addr >= ph[i].p_vaddr && addr - ph[i].p_vaddr < ph[i].p_memsz)
            return &ph[i];
    return NULL;
}

static int is_tls_nobits(const Sec *s) { return (s->sh.sh_flags & SHF_TLS) && s->sh.sh_type == SHT_NOBITS; }

/* ---------------------------------------------------------------- program headers */

static void check_phdrs(void) {
    if (phnum == 0) { problem("no program headers"); return; }
    uint64_t tabsz = (uint64_t)phnum * eh.e_phentsize;
    if (eh.e_phoff > filesize || tabsz > filesize - eh.e_phoff)
        problem("program header table (offset 0x%llx, %zu entries) runs past the end of the file", X(eh.e_phoff), phnum);
    else {
        /* the table must be mapped: the kernel's AT_PHDR points at it, and the startup code
         * walks it to find PT_TLS */
        int mapped = 0;
        for (size_t i = 0; i < phnum; i++)
            if (ph[i].p_type == PT_LOAD && ph[i].p_offset <= eh.e_phoff &&
                eh.e_phoff + tabsz <= ph[i].p_offset + ph[i].p_filesz)
                mapped = 1;
        if (!mapped) problem("program header table is not inside any PT_LOAD (AT_PHDR would point at unmapped memory)");
    }

    int nload = 0, ntls = 0, nstack = 0;
    GElf_Phdr *prev = NULL;
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr *p = &ph[i];
        const char *t = ptype(p->p_type);
        switch (p->p_type) {
        case PT_INTERP: problem("segment %zu: PT_INTERP in a static executable", i); break;
        case PT_DYNAMIC: problem("segment %zu: PT_DYNAMIC in a static executable", i); break;
        case PT_SHLIB: problem("segment %zu: PT_SHLIB (reserved, must not be used)", i); break;
        case PT_PHDR:
            if (i != 0) problem("segment %zu: PT_PHDR is not the first program header", i);
            if (p->p_offset != eh.e_phoff || p->p_filesz != tabsz)
                problem("segment %zu: PT_PHDR (offset 0x%llx size 0x%llx) does not describe the table (0x%llx, 0x%llx)",
                        i, X(p->p_offset), X(p->p_filesz), X(eh.e_phoff), X(tabsz));
            break;
        case PT_LOAD: nload++; break;
        case PT_TLS: ntls++; break;
        case PT_GNU_STACK: nstack++; break;
        }
        if (p->p_type == PT_NULL) continue;
        if (p->p_flags & ~(uint64_t)(PF_R | PF_W | PF_X | PF_MASKOS | PF_MASKPROC))
            problem("segment %zu (%s): unknown p_flags bits 0x%x", i, t, (unsigned)p->p_flags);
        if ((p->p_flags & PF_W) && (p->p_flags & PF_X))
            problem("segment %zu (%s): writable and executable (%s)", i, t, pflags(p->p_flags));
        if (p->p_filesz > p->p_memsz)
            problem("segment %zu (%s): p_filesz 0x%llx > p_memsz 0x%llx", i, t, X(p->p_filesz), X(p->p_memsz));
        if (p->p_filesz && (p->p_offset > filesize || p->p_filesz > filesize - p->p_offset))
            problem("segment %zu (%s): file range 0x%llx+0x%llx runs past the end of the file (0x%llx)",
                    i, t, X(p->p_offset), X(p->p_filesz), X(filesize));
        if (p->p_align > 1) {
            if (!is_pow2(p->p_align))
                problem("segment %zu (%s): p_align 0x%llx is not a power of two", i, t, X(p->p_align));
            else if (p->p_offset % p->p_align != p->p_vaddr % p->p_align)
                problem("segment %zu (%s): p_offset 0x%llx %% p_align 0x%llx != p_vaddr 0x%llx %% p_align",
                        i, t, X(p->p_offset), X(p->p_align), X(p->p_vaddr));
        }
        if (p->p_type == PT_LOAD) {
            if (p->p_offset % MIN_PAGE != p->p_vaddr % MIN_PAGE)
                problem("segment %zu (PT_LOAD): p_offset 0x%llx and p_vaddr 0x%llx differ modulo the page size %d (cannot be mmapped)",
                        i, X(p->p_offset), X(p->p_vaddr), MIN_PAGE);
            if (p->p_align < MIN_PAGE)
                problem("segment %zu (PT_LOAD): p_align 0x%llx is smaller than the page size %d", i, X(p->p_align), MIN_PAGE);
            if (!(p->p_flags & PF_R)) problem("segment %zu (PT_LOAD): not readable (%s)", i, pflags(p->p_flags));
            if (p->p_memsz == 0) problem("segment %zu (PT_LOAD): empty (p_memsz 0)", i);
            if (p->p_vaddr + p->p_memsz < p->p_vaddr)
                problem("segment %zu (PT_LOAD): address range wraps around", i);
            if (p->p_paddr != p->p_vaddr)
                problem("segment %zu (PT_LOAD): p_paddr 0x%llx != p_vaddr 0x%llx", i, X(p->p_paddr), X(p->p_vaddr));
            if (prev) {
                if (p->p_vaddr < prev->p_vaddr)
                    problem("segment %zu (PT_LOAD): p_vaddr 0x%llx is below the previous PT_LOAD's 0x%llx (not sorted)",
                            i, X(p->p_vaddr), X(prev->p_vaddr));
                else if (p->p_vaddr < prev->p_vaddr + prev->p_memsz)
                    problem("segment %zu (PT_LOAD): [0x%llx, 0x%llx) overlaps the previous PT_LOAD [0x%llx, 0x%llx)",
                            i, X(p->p_vaddr), X(p->p_vaddr + p->p_memsz), X(prev->p_vaddr), X(prev->p_vaddr + prev->p_memsz));
                else if ((p->p_vaddr & -(uint64_t)MIN_PAGE) < prev->p_vaddr + prev->p_memsz &&
                         p->p_flags != prev->p_flags)
                    problem("segment %zu (PT_LOAD, %s): shares a page with the previous PT_LOAD (%s), whose permissions differ",
                            i, pflags(p->p_flags), pflags(prev->p_flags));
            }
            prev = p;
        }
    }
    if (nload == 0) problem("no PT_LOAD segment");
    if (ntls > 1) problem("%d PT_TLS segments", ntls);
    if (nstack == 0) problem("no PT_GNU_STACK (the kernel would then make the stack executable)");
    if (nstack > 1) problem("%d PT_GNU_STACK segments", nstack);
    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_GNU_STACK && (ph[i].p_flags & PF_X))
            problem("segment %zu (PT_GNU_STACK): executable stack (%s)", i, pflags(ph[i].p_flags));

    /* entry point */
    GElf_Phdr *ep = NULL;
    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_LOAD && eh.e_entry >= ph[i].p_vaddr && eh.e_entry - ph[i].p_vaddr < ph[i].p_filesz)
            ep = &ph[i];
    if (!ep)
        problem("e_entry 0x%llx is not inside the file-backed part of any PT_LOAD", X(eh.e_entry));
    else if (!(ep->p_flags & PF_X))
        problem("e_entry 0x%llx is in a non-executable PT_LOAD (%s)", X(eh.e_entry), pflags(ep->p_flags));
}

/* ---------------------------------------------------------------- sections */

struct range { uint64_t lo, hi; const char *what; size_t idx; };

static int cmp_range(const void *a, const void *b) {
    const struct range *x = a, *y = b;
    if (x->lo != y->lo) return x->lo < y->lo ? -1 : 1;
    return x->hi < y->hi ? -1 : x->hi > y->hi;
}

static void check_overlaps(struct range *r, size_t n, const char *space) {
    qsort(r, n, sizeof *r, cmp_range);
    /* compare every range with the furthest-reaching earlier one */
    size_t far = 0;
    for (size_t i = 1; i < n; i++) {
        if (r[i].lo < r[far].hi)
            problem("%s overlap: %s [0x%llx, 0x%llx) and %s [0x%llx, 0x%llx)", space, r[far].what,
                    X(r[far].lo), X(r[far].hi), r[i].what, X(r[i].lo), X(r[i].hi));
        if (r[i].hi > r[far].hi) far = i;
    }
}

static char *xstrdup_printf(const char *fmt, ...) {
    va_list ap;
    char *s;
    va_start(ap, fmt);
    if (vasprintf(&s, fmt, ap) < 0) s = NULL;
    va_end(ap);
    return s ? s : "?";
}

/* a string table: non-empty, starts and ends with a NUL */
static int check_strtab(const Sec *s) {
    if (s->sh.sh_type != SHT_STRTAB) {
        problem("section %zu (%s): type %u, expected SHT_STRTAB", s->idx, s->name, (unsigned)s->sh.sh_type);
        return 0;
    }
    if (s->sh.sh_size == 0) { problem("section %zu (%s): empty string table", s->idx, s->name); return 0; }
    if (s->sh.sh_offset > filesize || s->sh.sh_size > filesize - s->sh.sh_offset) return 0; /* reported elsewhere */
    const unsigned char *d = image + s->sh.sh_offset;
    int ok = 1;
    if (d[0] != 0) { problem("section %zu (%s): string table does not start with a NUL byte", s->idx, s->name); ok = 0; }
    if (d[s->sh.sh_size - 1] != 0) { problem("section %zu (%s): string table does not end with a NUL byte", s->idx, s->name); ok = 0; }
    return ok;
}

static void check_sections(void) {
    if (shnum == 0) {
        if (eh.e_shoff && (eh.e_shoff > filesize || (uint64_t)eh.e_shnum * eh.e_shentsize > filesize - eh.e_shoff))
            problem("section header table (offset 0x%llx, %u entries) runs past the end of the file", X(eh.e_shoff), eh.e_shnum);
        else
            problem("no section headers");
        return;
    }
    uint64_t shtab = (uint64_t)shnum * eh.e_shentsize;
    if (eh.e_shoff > filesize || shtab > filesize - eh.e_shoff)
        problem("section header table (offset 0x%llx, %zu entries) runs past the end of the file", X(eh.e_shoff), shnum);

    /* section 0 */
    const GElf_Shdr *z = &secs[0].sh;
    if (z->sh_type != SHT_NULL || z->sh_flags || z->sh_addr || z->sh_offset || z->sh_name)
        problem("section 0 is not a null section");

    /* .shstrtab */
    if (shstrndx == SHN_UNDEF || shstrndx >= shnum)
        problem("e_shstrndx %zu is not a valid section index", shstrndx);
    else {
        Sec *s = &secs[shstrndx];
        if (strcmp(s->name, ".shstrtab")) problem("section %zu (e_shstrndx) is named '%s', not .shstrtab", shstrndx, s->name);
        if (s->sh.sh_flags & SHF_ALLOC) problem("section %zu (.shstrtab) is SHF_ALLOC", shstrndx);
        if (check_strtab(s))
            for (size_t i = 1; i < shnum; i++) {
                if (secs[i].sh.sh_name >= s->sh.sh_size)
                    problem("section %zu: sh_name %u is outside .shstrtab (size 0x%llx)", i,
                            (unsigned)secs[i].sh.sh_name, X(s->sh.sh_size));
                else if (!secs[i].name[0])
                    problem("section %zu has an empty name", i);
            }
    }

    size_t nfile = 0, nmem = 0;
    struct range *fr = calloc(shnum + 3, sizeof *fr), *mr = calloc(shnum + 1, sizeof *mr);
    fr[nfile++] = (struct range){0, eh.e_ehsize, "ELF header", 0};
    if (phnum) fr[nfile++] = (struct range){eh.e_phoff, eh.e_phoff + (uint64_t)phnum * eh.e_phentsize, "program header table", 0};
    fr[nfile++] = (struct range){eh.e_shoff, eh.e_shoff + (uint64_t)shnum * eh.e_shentsize, "section header table", 0};

    int have_tls_sec = 0;
    for (size_t i = 1; i < shnum; i++) {
        Sec *s = &secs[i];
        const GElf_Shdr *h = &s->sh;
        const char *n = s->name;
        uint64_t f = h->sh_flags;

        switch (h->sh_type) {
        case SHT_DYNAMIC: case SHT_DYNSYM: case SHT_HASH: case SHT_GNU_HASH:
        case SHT_GNU_verdef: case SHT_GNU_verneed: case SHT_GNU_versym:
            problem("section %zu (%s): dynamic-linking section type %u in a static executable", i, n, (unsigned)h->sh_type);
        }
        if (!strcmp(n, ".interp"))
            problem("section %zu (%s): dynamic-linking section in a static executable", i, n);
        if (h->sh_link >= shnum) problem("section %zu (%s): sh_link %u is not a section index", i, n, (unsigned)h->sh_link);
        if (h->sh_addralign > 1 && !is_pow2(h->sh_addralign))
            problem("section %zu (%s): sh_addralign 0x%llx is not a power of two", i, n, X(h->sh_addralign));

        /* names with a conventional meaning */
        if (named(n, ".bss") && h->sh_type != SHT_NOBITS) problem("section %zu (%s): not SHT_NOBITS", i, n);
        if (named(n, ".tbss") && h->sh_type != SHT_NOBITS) problem("section %zu (%s): not SHT_NOBITS", i, n);
        if ((named(n, ".tbss") || named(n, ".tdata")) && (f & (SHF_TLS | SHF_ALLOC | SHF_WRITE)) != (SHF_TLS | SHF_ALLOC | SHF_WRITE))
            problem("section %zu (%s): flags 0x%llx lack SHF_ALLOC|SHF_WRITE|SHF_TLS", i, n, X(f));
        if (is_text_name(n) && (f & (SHF_ALLOC | SHF_EXECINSTR | SHF_WRITE)) != (SHF_ALLOC | SHF_EXECINSTR))
            problem("section %zu (%s): flags 0x%llx, expected SHF_ALLOC|SHF_EXECINSTR without SHF_WRITE", i, n, X(f));
        if (is_rodata_name(n) && (f & (SHF_ALLOC | SHF_EXECINSTR | SHF_WRITE)) != SHF_ALLOC)
            problem("section %zu (%s): flags 0x%llx, expected SHF_ALLOC without SHF_WRITE or SHF_EXECINSTR", i, n, X(f));
        if (is_data_name(n) && (f & (SHF_ALLOC | SHF_EXECINSTR | SHF_WRITE)) != (SHF_ALLOC | SHF_WRITE))
            problem("section %zu (%s): flags 0x%llx, expected SHF_ALLOC|SHF_WRITE without SHF_EXECINSTR", i, n, X(f));
        if ((f & SHF_TLS) && !(f & SHF_ALLOC)) problem("section %zu (%s): SHF_TLS without SHF_ALLOC", i, n);
        if ((f & SHF_WRITE) && (f & SHF_EXECINSTR)) problem("section %zu (%s): both writable and executable", i, n);
        if (f & SHF_TLS) have_tls_sec = 1;

        /* file extent */
        if (h->sh_type != SHT_NOBITS && h->sh_type != SHT_NULL && h->sh_size) {
            if (h->sh_offset > filesize || h->sh_size > filesize - h->sh_offset)
                problem("section %zu (%s): file range 0x%llx+0x%llx runs past the end of the file (0x%llx)",
                        i, n, X(h->sh_offset), X(h->sh_size), X(filesize));
            fr[nfile++] = (struct range){h->sh_offset, h->sh_offset + h->sh_size, xstrdup_printf("section %zu (%s)", i, n), i};
        }

        if (!(f & SHF_ALLOC)) {
            if (h->sh_addr) problem("section %zu (%s): not SHF_ALLOC but sh_addr is 0x%llx", i, n, X(h->sh_addr));
            continue;
        }

        /* allocated sections */
        if (h->sh_addralign > 1 && is_pow2(h->sh_addralign) && h->sh_addr % h->sh_addralign)
            problem("section %zu (%s): sh_addr 0x%llx is not aligned to sh_addralign 0x%llx", i, n, X(h->sh_addr), X(h->sh_addralign));
        if (h->sh_size == 0) continue;
        if (is_tls_nobits(s)) continue; /* .tbss takes no room in the memory image: checked against PT_TLS */
        mr[nmem++] = (struct range){h->sh_addr, h->sh_addr + h->sh_size, xstrdup_printf("section %zu (%s)", i, n), i};

        int nobits = h->sh_type == SHT_NOBITS;
        GElf_Phdr *p = load_containing(h->sh_addr, h->sh_size, !nobits);
        if (!p) {
            GElf_Phdr *q = load_at(h->sh_addr);
            if (q && !nobits && load_containing(h->sh_addr, h->sh_size, 0))
                problem("section %zu (%s): [0x%llx, 0x%llx) lies beyond the file-backed part (p_filesz) of its PT_LOAD",
                        i, n, X(h->sh_addr), X(h->sh_addr + h->sh_size));
            else
                problem("section %zu (%s): SHF_ALLOC but [0x%llx, 0x%llx) is not inside any PT_LOAD",
                        i, n, X(h->sh_addr), X(h->sh_addr + h->sh_size));
            continue;
        }
        size_t seg = p - ph;
        if (!nobits && h->sh_offset - p->p_offset != h->sh_addr - p->p_vaddr)
            problem("section %zu (%s): file offset 0x%llx does not match its address 0x%llx in segment %zu (offset 0x%llx, vaddr 0x%llx)",
                    i, n, X(h->sh_offset), X(h->sh_addr), seg, X(p->p_offset), X(p->p_vaddr));
        if (nobits && h->sh_addr < p->p_vaddr + p->p_filesz) {
            /* mapped from the file: only right if those bytes are zero */
            uint64_t end = h->sh_addr + h->sh_size < p->p_vaddr + p->p_filesz ? h->sh_addr + h->sh_size : p->p_vaddr + p->p_filesz;
            uint64_t off = p->p_offset + (h->sh_addr - p->p_vaddr), len = end - h->sh_addr;
            int nonzero = 0;
            if (off <= filesize && len <= filesize - off)
                for (uint64_t k = 0; k < len && !nonzero; k++) nonzero = image[off + k] != 0;
            if (nonzero)
                problem("section %zu (%s): SHT_NOBITS but lies in the file-backed part of segment %zu, over non-zero bytes", i, n, seg);
        }
        uint32_t pf = p->p_flags;
        if (!(pf & PF_R)) problem("section %zu (%s): in segment %zu which is not readable (%s)", i, n, seg, pflags(pf));
        /* a thread-local section's loaded bytes are only the template every thread copies */
        if ((f & SHF_WRITE) && !(f & SHF_TLS) && !(pf & PF_W))
            problem("section %zu (%s): writable section in non-writable segment %zu (%s)", i, n, seg, pflags(pf));
        if ((f & SHF_EXECINSTR) && !(pf & PF_X))
            problem("section %zu (%s): executable section in non-executable segment %zu (%s)", i, n, seg, pflags(pf));
        if (((f & SHF_EXECINSTR) || is_text_name(n)) && (pf & (PF_R | PF_W | PF_X)) != (PF_R | PF_X))
            problem("segment %zu holds code (%s) but is %s, expected R-X", seg, n, pflags(pf));
        if (is_rodata_name(n) && (pf & (PF_R | PF_W | PF_X)) != PF_R)
            problem("segment %zu holds %s but is %s, expected R--", seg, n, pflags(pf));
        if (is_data_name(n) && (pf & (PF_R | PF_W | PF_X)) != (PF_R | PF_W))
            problem("segment %zu holds %s but is %s, expected RW-", seg, n, pflags(pf));
    }
    check_overlaps(fr, nfile, "file");
    check_overlaps(mr, nmem, "memory");

    /* TLS */
    GElf_Phdr *tls = NULL;
    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_TLS) tls = &ph[i];
    if (have_tls_sec && !tls) problem("TLS sections (.tdata/.tbss) exist but there is no PT_TLS segment");
    if (!have_tls_sec && tls) problem("PT_TLS segment but no SHF_TLS section");
    if (tls) {
        uint64_t maxalign = 1;
        for (size_t i = 1; i < shnum; i++) {
            const GElf_Shdr *h = &secs[i].sh;
            if (!(h->sh_flags & SHF_TLS)) continue;
            if (h->sh_addralign > maxalign) maxalign = h->sh_addralign;
            uint64_t lim = h->sh_type == SHT_NOBITS ? tls->p_memsz : tls->p_filesz;
            if (h->sh_addr < tls->p_vaddr || h->sh_addr - tls->p_vaddr > lim || h->sh_size > lim - (h->sh_addr - tls->p_vaddr))
                problem("section %zu (%s): [0x%llx, 0x%llx) is not covered by PT_TLS [0x%llx, +0x%llx file, +0x%llx memory)",
                        i, secs[i].name, X(h->sh_addr), X(h->sh_addr + h->sh_size), X(tls->p_vaddr), X(tls->p_filesz), X(tls->p_memsz));
            if (h->sh_type == SHT_NOBITS && h->sh_addr < tls->p_vaddr + tls->p_filesz && h->sh_size)
                problem("section %zu (%s): TLS NOBITS section inside the initialised part (p_filesz) of PT_TLS", i, secs[i].name);
        }
        /* The runtime places the image so that tp - round_up(p_memsz, p_align) is p_align-aligned
         * (docs/runtime-abi.md); offsets inside the image keep their alignment only if the image
         * itself starts at a multiple of p_align, as GNU ld makes it. */
        if (tls->p_align > 1 && is_pow2(tls->p_align) && tls->p_vaddr % tls->p_align)
            problem("PT_TLS p_vaddr 0x%llx is not a multiple of its p_align 0x%llx (TLS variables would be misaligned at run time)",
                    X(tls->p_vaddr), X(tls->p_align));
        if (tls->p_align < maxalign)
            problem("PT_TLS p_align 0x%llx is smaller than its sections' alignment 0x%llx", X(tls->p_align), X(maxalign));
        if (tls->p_filesz && !load_containing(tls->p_vaddr, tls->p_filesz, 1))
            problem("PT_TLS initialisation image [0x%llx, +0x%llx) is not inside the file-backed part of a PT_LOAD",
                    X(tls->p_vaddr), X(tls->p_filesz));
        else if (tls->p_filesz) {
            GElf_Phdr *p = load_containing(tls->p_vaddr, tls->p_filesz, 1);
            if (tls->p_offset - p->p_offset != tls->p_vaddr - p->p_vaddr)
                problem("PT_TLS p_offset 0x%llx does not match its address 0x%llx in its PT_LOAD", X(tls->p_offset), X(tls->p_vaddr));
        }
    }

    /* the entry point must be in code */
    int in_code = 0;
    for (size_t i = 1; i < shnum; i++) {
        const GElf_Shdr *h = &secs[i].sh;
        if ((h->sh_flags & SHF_ALLOC) && (h->sh_flags & SHF_EXECINSTR) && eh.e_entry >= h->sh_addr &&
            eh.e_entry - h->sh_addr < h->sh_size)
            in_code = 1;
    }
    if (!in_code) problem("e_entry 0x%llx is not inside an executable (SHF_EXECINSTR) section", X(eh.e_entry));
}

/* ---------------------------------------------------------------- symbols */

static void check_symtab(void) {
    Sec *st = NULL;
    for (size_t i = 1; i < shnum; i++)
        if (secs[i].sh.sh_type == SHT_SYMTAB) {
            if (st) problem("more than one SHT_SYMTAB section (%zu and %zu)", st->idx, i);
            else st = &secs[i];
        }
    if (!st) { problem("no .symtab section"); return; }
    if (strcmp(st->name, ".symtab")) problem("section %zu: SHT_SYMTAB named '%s', not .symtab", st->idx, st->name);
    if (st->sh.sh_flags & SHF_ALLOC) problem("section %zu (.symtab): SHF_ALLOC", st->idx);
    size_t entsz = gelf_fsize(elf, ELF_T_SYM, 1, EV_CURRENT);
    if (st->sh.sh_entsize != entsz) { problem("section %zu (.symtab): sh_entsize %llu, expected %zu", st->idx, X(st->sh.sh_entsize), entsz); return; }
    if (st->sh.sh_size % entsz) problem("section %zu (.symtab): size 0x%llx is not a multiple of the entry size", st->idx, X(st->sh.sh_size));
    if (st->sh.sh_link == 0 || st->sh.sh_link >= shnum) { problem("section %zu (.symtab): sh_link %u is not a section", st->idx, (unsigned)st->sh.sh_link); return; }
    Sec *str = &secs[st->sh.sh_link];
    if (strcmp(str->name, ".strtab")) problem("section %zu (.symtab): sh_link points at '%s', not .strtab", st->idx, str->name);
    if (!check_strtab(str)) return;
    if (st->sh.sh_offset > filesize || st->sh.sh_size > filesize - st->sh.sh_offset) return;

    Elf_Scn *scn = elf_getscn(elf, st->idx);
    Elf_Data *data = elf_getdata(scn, NULL);
    if (!data) { problem("cannot read .symtab: %s", elf_errmsg(-1)); return; }
    Elf_Data *xdata = NULL;
    for (size_t i = 1; i < shnum; i++)
        if (secs[i].sh.sh_type == SHT_SYMTAB_SHNDX && secs[i].sh.sh_link == st->idx)
            xdata = elf_getdata(elf_getscn(elf, i), NULL);

    size_t nsym = st->sh.sh_size / entsz;
    GElf_Phdr *tls = NULL;
    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_TLS) tls = &ph[i];

    size_t first_global = nsym;
    int found_start = 0;
    for (size_t k = 0; k < nsym; k++) {
        GElf_Sym sym;
        Elf32_Word xndx = 0;
        if (!gelf_getsymshndx(data, xdata, (int)k, &sym, &xndx)) { problem("cannot read symbol %zu: %s", k, elf_errmsg(-1)); return; }
        const char *name = sym.st_name < str->sh.sh_size ? elf_strptr(elf, str->idx, sym.st_name) : NULL;
        char label[300];
        if (!name) {
            problem("symbol %zu: st_name %u is outside .strtab", k, (unsigned)sym.st_name);
            name = "<bad name>";
        }
        snprintf(label, sizeof label, "symbol %zu (%s)", k, name[0] ? name : "<no name>");
        int bind = GELF_ST_BIND(sym.st_info), type = GELF_ST_TYPE(sym.st_info);
        size_t shndx = sym.st_shndx == SHN_XINDEX ? xndx : sym.st_shndx;

        if (k == 0) {
            if (sym.st_name || sym.st_value || sym.st_size || sym.st_info || sym.st_other || sym.st_shndx)
                problem("symbol 0 is not the null symbol");
            continue;
        }
        if (bind != STB_LOCAL && first_global == nsym) first_global = k;
        if (bind == STB_LOCAL && first_global != nsym)
            problem("%s: local symbol after the first non-local one (index %zu)", label, first_global);
        if (bind != STB_LOCAL && bind != STB_GLOBAL && bind != STB_WEAK && bind != STB_GNU_UNIQUE)
            problem("%s: invalid binding %d", label, bind);
        if (type > STT_TLS && type != STT_GNU_IFUNC)
            problem("%s: invalid type %d", label, type);
        if (type == STT_COMMON) problem("%s: STT_COMMON in an executable", label);
        if (sym.st_other & ~3) problem("%s: st_other 0x%x has bits other than the visibility", label, sym.st_other);
        if (type == STT_SECTION && bind != STB_LOCAL) problem("%s: STT_SECTION symbol not local", label);
        if (type == STT_FILE && (bind != STB_LOCAL || sym.st_shndx != SHN_ABS))
            problem("%s: STT_FILE symbol must be local and SHN_ABS", label);

        if (sym.st_shndx == SHN_COMMON) { problem("%s: SHN_COMMON in an executable", label); continue; }
        if (sym.st_shndx == SHN_UNDEF) {
            if (bind != STB_WEAK && bind != STB_LOCAL) problem("%s: undefined (in a static executable)", label);
            continue;
        }
        if (sym.st_shndx == SHN_ABS) {
            if (type == STT_FUNC || type == STT_GNU_IFUNC || type == STT_TLS)
                problem("%s: %s symbol with SHN_ABS", label, type == STT_TLS ? "TLS" : "function");
            if (!strcmp(name, "_start") && bind != STB_LOCAL) found_start = 1, problem("%s: _start is absolute, not in code", label);
            continue;
        }
        if (sym.st_shndx >= SHN_LORESERVE && sym.st_shndx != SHN_XINDEX) {
            problem("%s: reserved section index 0x%x", label, sym.st_shndx);
            continue;
        }
        if (shndx == 0 || shndx >= shnum) { problem("%s: section index %zu is not a section", label, shndx); continue; }
        const Sec *s = &secs[shndx];
        const GElf_Shdr *h = &s->sh;

        if (type == STT_FUNC || type == STT_GNU_IFUNC || type == STT_OBJECT || type == STT_TLS) {
            const char *what = type == STT_TLS ? "TLS" : type == STT_OBJECT ? "object" : "function";
            if (type == STT_FUNC || type == STT_GNU_IFUNC) {
                if (!(h->sh_flags & SHF_EXECINSTR) || !(h->sh_flags & SHF_ALLOC))
                    problem("%s: function in non-executable section %zu (%s)", label, shndx, s->name);
            } else if (type == STT_OBJECT) {
                if (!(h->sh_flags & SHF_ALLOC) || (h->sh_flags & (SHF_EXECINSTR | SHF_TLS)))
                    problem("%s: object in section %zu (%s), which is not a data section", label, shndx, s->name);
            } else if (!(h->sh_flags & SHF_TLS))
                problem("%s: TLS symbol in non-TLS section %zu (%s)", label, shndx, s->name);

            /* where the symbol lives: TLS symbols of an executable hold offsets into the TLS image */
            uint64_t lo = sym.st_value;
            if (type == STT_TLS) {
                if (!tls) { problem("%s: TLS symbol but no PT_TLS", label); continue; }
                lo = tls->p_vaddr + sym.st_value;
            }
            uint64_t send = h->sh_addr + h->sh_size;
            if (lo < h->sh_addr || lo > send || (sym.st_size && lo == send))
                problem("%s: %s at 0x%llx%s is outside its section %zu (%s) [0x%llx, 0x%llx)", label, what, X(lo),
                        type == STT_TLS ? " (PT_TLS + st_value)" : "", shndx, s->name, X(h->sh_addr), X(send));
            else if (sym.st_size > send - lo)
                problem("%s: %s [0x%llx, 0x%llx) runs past the end of its section %zu (%s) at 0x%llx", label, what,
                        X(lo), X(lo + sym.st_size), shndx, s->name, X(send));
        } else if (type == STT_SECTION) {
            if (sym.st_value != h->sh_addr && sym.st_value != 0)
                problem("%s: section symbol value 0x%llx is neither 0 nor the section address 0x%llx", label, X(sym.st_value), X(h->sh_addr));
        }
        /* STT_NOTYPE symbols are often linker-defined markers (__ehdr_start, _end, ...)
         * that may legitimately point outside the section they are attached to. */

        if (!strcmp(name, "_start") && bind != STB_LOCAL) {
            if (found_start) problem("%s: second global _start", label);
            found_start = 1;
            if (bind != STB_GLOBAL) problem("%s: _start is not STB_GLOBAL (binding %d)", label, bind);
            if (type != STT_FUNC) problem("%s: _start is not STT_FUNC (type %d)", label, type);
            if (sym.st_value != eh.e_entry)
                problem("%s: _start is 0x%llx but e_entry is 0x%llx", label, X(sym.st_value), X(eh.e_entry));
        }
    }
    if (st->sh.sh_info != first_global)
        problem("section %zu (.symtab): sh_info is %u but the first non-local symbol is %zu", st->idx,
                (unsigned)st->sh.sh_info, first_global);
    if (!found_start) problem("no global _start symbol");
}

/* ---------------------------------------------------------------- main */

static int check_file(const char *path) {
    fname = path;
    nproblems = 0;
    int fd = open(path, O_RDONLY);
    if (fd < 0) { problem("cannot open: %s", strerror(errno)); return 2; }
    struct stat stt;
    if (fstat(fd, &stt) < 0 || !S_ISREG(stt.st_mode)) { problem("not a regular file"); close(fd); return 2; }
    filesize = (uint64_t)stt.st_size;
    unsigned char *buf = malloc(filesize ? filesize : 1);
    for (uint64_t got = 0; got < filesize;) {
        ssize_t r = pread(fd, buf + got, filesize - got, (off_t)got);
        if (r <= 0) { problem("cannot read: %s", r ? strerror(errno) : "short file"); close(fd); free(buf); return 2; }
        got += (uint64_t)r;
    }
    image = buf;
    elf = elf_memory((char *)buf, filesize);
    if (!elf || elf_kind(elf) != ELF_K_ELF) {
        problem("not an ELF file%s%s", elf ? "" : ": ", elf ? "" : elf_errmsg(-1));
        if (elf) elf_end(elf);
        close(fd); free(buf);
        return 2;
    }
    if (!gelf_getehdr(elf, &eh)) {
        problem("cannot read the ELF header: %s", elf_errmsg(-1));
        elf_end(elf); close(fd); free(buf);
        return 2;
    }
    check_ehdr();

    phnum = 0;
    if (elf_getphdrnum(elf, &phnum) != 0) { problem("cannot read the program header count: %s", elf_errmsg(-1)); phnum = 0; }
    ph = calloc(phnum + 1, sizeof *ph);
    for (size_t i = 0; i < phnum; i++)
        if (!gelf_getphdr(elf, (int)i, &ph[i])) { problem("cannot read program header %zu: %s", i, elf_errmsg(-1)); phnum = i; break; }

    shnum = 0;
    shstrndx = 0;
    if (elf_getshdrnum(elf, &shnum) != 0) { problem("cannot read the section count: %s", elf_errmsg(-1)); shnum = 0; }
    if (shnum && elf_getshdrstrndx(elf, &shstrndx) != 0) { problem("cannot read e_shstrndx: %s", elf_errmsg(-1)); shstrndx = 0; }
    secs = calloc(shnum + 1, sizeof *secs);
    for (size_t i = 0; i < shnum; i++) {
        Elf_Scn *scn = elf_getscn(elf, i);
        secs[i].idx = i;
        secs[i].name = "<bad name>";
        if (!scn || !gelf_getshdr(scn, &secs[i].sh)) { problem("cannot read section header %zu: %s", i, elf_errmsg(-1)); shnum = i; break; }
        if (shstrndx && shstrndx < shnum) {
            const char *n = elf_strptr(elf, shstrndx, secs[i].sh.sh_name);
            if (n) secs[i].name = n;
        }
    }

    check_phdrs();
    check_sections();
    if (shnum) check_symtab();

    elf_end(elf);
    close(fd);
    free(buf);
    free(ph);
    free(secs);
    if (nproblems && !quiet) printf("%s: %d problem%s\n", path, nproblems, nproblems == 1 ? "" : "s");
    return nproblems ? 1 : 0;
}

int main(int argc, char **argv) {
    int first = 1, worst = 0;
    if (argc > 1 && !strcmp(argv[1], "-q")) quiet = 1, first = 2;
    if (first >= argc) {
        fprintf(stderr, "usage: elfcheck [-q] FILE...\n");
        return 2;
    }
    if (elf_version(EV_CURRENT) == EV_NONE) {
        fprintf(stderr, "elfcheck: libelf is out of date\n");
        return 2;
    }
    for (int i = first; i < argc; i++) {
        int r = check_file(argv[i]);
        if (r > worst) worst = r;
    }
    return worst;
}
