/* The incremental ELF writer (incremental.c): the first build lays the file out with room to
   grow in every section, later builds patch the file in place. */
#ifndef MICA_INCREMENTAL_H
#define MICA_INCREMENTAL_H

#include "dwarf.h"
#include "link_internal.h"

/* a range of the file */
typedef struct Region {
    uint64_t off, cap;
} Region;

typedef struct IncrLayout {
    uint64_t vcap[SEC_COUNT];      /* addresses reserved for each section */
    Region file[SEC_COUNT];        /* where each section is in the file */
    uint64_t size_written[SEC_COUNT]; /* each section's size in the headers */
    uint64_t tls_data_cap, tls_bss_cap, tls_align; /* the fixed thread-local block */
    Region symtab, strtab, shstrtab, shdrs, marker;
    Region debug[DWARF_SECTIONS];
    uint64_t debug_len[DWARF_SECTIONS];
    uint64_t strtab_len;
    uint32_t local_cap; /* .symtab slots for locals (after the null symbol) */
    uint32_t nglobals;
    VEC(uint32_t) slots;       /* .symtab slot -> symbol */
    VEC(uint32_t) free_locals; /* free local slots */
    VEC(uint32_t) sym_slot;    /* symbol -> its .symtab slot (0: none) */
    VEC(uint32_t) sym_name;    /* symbol -> its name in .strtab (0: not there yet) */
    uint16_t shndx[SEC_COUNT];
    uint64_t headers_size;
    uint32_t got_written;      /* GOT slots written */
    bool headers_dirty;
} IncrLayout;

void incr_free(Linker *l);

#endif
