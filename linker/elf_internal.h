/* ELF encoding shared by the full writer (elf.c) and the incremental one (incremental.c). */
#ifndef MICA_ELF_INTERNAL_H
#define MICA_ELF_INTERNAL_H

#include "link_internal.h"

enum {
    ET_EXEC = 2,
    PT_LOAD = 1,
    PT_TLS = 7,
    PT_GNU_STACK = 0x6474e551,
    PF_X = 1,
    PF_W = 2,
    PF_R = 4,
    SHT_PROGBITS = 1,
    SHT_SYMTAB = 2,
    SHT_STRTAB = 3,
    SHT_NOBITS = 8,
    SHF_WRITE = 1,
    SHF_ALLOC = 2,
    SHF_EXECINSTR = 4,
    SHF_MERGE = 0x10,
    SHF_STRINGS = 0x20,
    SHF_TLS = 0x400,
    STB_LOCAL = 0,
    STB_GLOBAL = 1,
    STB_WEAK = 2,
    STT_NOTYPE = 0,
    STT_OBJECT = 1,
    STT_FUNC = 2,
    STT_TLS = 6,
};

typedef struct ElfOut {
    const Target *t;
    bool is64;
    bool be;
    Buf *b;
} ElfOut;

typedef struct Phdr {
    uint32_t type, flags;
    uint64_t offset, vaddr, filesz, memsz, align;
} Phdr;

typedef struct Shdr {
    uint32_t name, type;
    uint64_t flags, addr, offset, size;
    uint32_t link, info;
    uint64_t addralign, entsize;
} Shdr;

void elf_put(ElfOut *e, uint64_t v, int size);
void elf_put_addr(ElfOut *e, uint64_t v);
void elf_write_phdr(ElfOut *e, const Phdr *p);
/* the ELF header of an executable (entry at _start) followed by its program headers */
void elf_write_headers(ElfOut *e, Linker *l, const Phdr *ph, int nph, uint64_t shoff, int nsh, int shstrndx);
void elf_write_shdr(ElfOut *e, const Shdr *s);
void elf_write_sym(ElfOut *e, uint32_t name, int bind, int type, uint16_t shndx, uint64_t value, uint64_t size);
uint32_t elf_add_string(Buf *strtab, const char *s);
bool link_check_undefined(Linker *l);
uint8_t elf_symtype(uint8_t t);
bool write_file_atomic(const char *path, const Buf *b);
/* a DWARF section's header (name, type, flags) */
void elf_debug_shdr(Shdr *h, Buf *shstr, int section);

#endif
