/* The one door between the IR and a backend. A backend turns one IRFunc into machine code,
   relocations, line rows and frame facts; it knows its psABI, its instruction encodings, its
   relocation kinds (the ELF numbers of its architecture) and its DWARF registers. Everything
   it needs about the target comes from the Target, never from the host. */
#ifndef MICA_BACKEND_H
#define MICA_BACKEND_H

#include "../compiler/ir.h"

typedef struct Reloc {
    uint64_t offset; /* in the atom */
    uint32_t sym;
    int kind;        /* the architecture's ELF relocation type */
    int64_t addend;
} Reloc;

enum { LINE_STMT = 1, LINE_PROLOGUE_END = 2, LINE_EPILOGUE_BEGIN = 4 };

typedef struct LineRow {
    uint32_t pc;
    SrcLoc loc;
    uint8_t flags;
} LineRow;

/* Call-frame rows: from pc on, the CFA is cfa_reg + cfa_offset, and the registers listed are
   saved at CFA + offset. */
typedef struct CFIRow {
    uint32_t pc;
    int cfa_reg; /* DWARF register number */
    int cfa_offset;
    bool ra_undefined; /* the outermost frame (process entry): unwinding stops here */
    int nsaved;
    int saved_reg[8];
    int saved_offset[8]; /* from the CFA */
} CFIRow;

typedef struct MachineCode {
    Buf code;
    VEC(Reloc) relocs;
    VEC(LineRow) lines;
    VEC(CFIRow) cfi;
    int64_t *slot_offsets; /* per IR slot: offset from the canonical frame address (CFA) */
    bool *slot_indirect;   /* per IR slot: the frame holds its address, not the slot itself */
    uint32_t *inst_pc;     /* per IR instruction: where its code starts */
    uint32_t prologue_end; /* pc after the prologue */
} MachineCode;

typedef struct CodegenOptions {
    bool via_got;  /* reach other decls through their GOT slot (incremental builds) */
    bool debug;    /* -g */
    int opt_level; /* -O: at 0, code is laid out the way debuggers expect from gcc -O0 */
} CodegenOptions;

/* What a relocation kind needs from the linker. */
typedef enum RelocNeed { RELOC_ADDR, RELOC_GOT, RELOC_TLS } RelocNeed;

typedef struct Backend {
    const char *name;
    void (*gen_function)(const Target *t, const IRFunc *fn, const CodegenOptions *opts, MachineCode *out);
    RelocNeed (*reloc_need)(int kind);
    /* Writes the relocated value at place. P: address of the place; S: symbol address;
       A: addend; G: address of the symbol's GOT slot; T: the symbol's offset from the thread
       pointer. Returns an error message (value out of range) or NULL. */
    const char *(*apply_reloc)(int kind, uint8_t *place, uint64_t P, uint64_t S, int64_t A, uint64_t G, int64_t T);
    int abs_ptr_reloc; /* pointer-sized absolute relocation (data that holds an address) */
    /* The offset of a TLS variable from the thread pointer, given its offset in the TLS image
       and the image's size and alignment. */
    int64_t (*tls_offset)(uint64_t off, uint64_t tls_size, uint64_t tls_align);
    uint8_t code_fill; /* byte used to pad between functions (a trap or nop) */
    /* DWARF call frame information: the state at every function's entry */
    int dwarf_sp_reg;
    int dwarf_ra_reg;
    int dwarf_data_align;       /* factor of saved-register offsets */
    int dwarf_entry_cfa_offset; /* CFA = sp + this at entry */
    bool dwarf_ra_on_stack;     /* the return address is saved just below the CFA at entry */
} Backend;

extern const Backend backend_x86_64;
extern const Backend backend_aarch64;

void mc_free(MachineCode *mc);

#endif
