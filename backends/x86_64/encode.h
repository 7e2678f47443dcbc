/* x86-64 instruction encoding: prefixes, REX, ModRM/SIB, displacements, immediates and the
   relocations of RIP-relative operands. */
#ifndef MICA_X86_ENCODE_H
#define MICA_X86_ENCODE_H

#include "../backend.h"

enum {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15,
    NO_REG = -1,
    RIP_BASE = -2, /* base of a RIP-relative operand */
};

/* ELF relocation types of x86-64 */
enum {
    R_X86_64_64 = 1,
    R_X86_64_PC32 = 2,
    R_X86_64_PLT32 = 4,
    R_X86_64_GOTPCREL = 9,
    R_X86_64_32 = 10,
    R_X86_64_32S = 11,
    R_X86_64_TPOFF32 = 23,
    R_X86_64_GOTPCRELX = 41,
    R_X86_64_REX_GOTPCRELX = 42,
};

typedef enum { XO_REG, XO_MEM } XOpKind;

typedef struct XOp {
    XOpKind kind;
    int reg;     /* XO_REG: register number (GP or XMM, by instruction) */
    int base;    /* XO_MEM: base register, NO_REG, or RIP_BASE */
    int index;   /* NO_REG if none */
    int scale;   /* 1, 2, 4, 8 */
    int32_t disp;
    uint32_t sym;   /* RIP_BASE: the symbol, relocated with reloc_kind */
    int reloc_kind;
    int64_t addend; /* added to the symbol's address */
} XOp;

typedef struct XCode {
    MachineCode *mc;
} XCode;

XOp xreg(int r);
XOp xmem(int base, int32_t disp);
XOp xrip(uint32_t sym, int64_t addend, int reloc_kind);

enum { PFX_NONE = 0, PFX_66 = 0x66, PFX_F2 = 0xF2, PFX_F3 = 0xF3 };

/* One instruction: [legacy prefix] [REX] opcode ModRM [SIB] [disp] [imm].
   opcode holds 1 to 3 bytes, most significant first (e.g. 0x0FAF). byte_regs asks for a REX
   prefix when a byte register spl/bpl/sil/dil is involved. */
void x86_insn(XCode *c, int prefix, bool rex_w, uint32_t opcode, int reg_field, const XOp *rm, bool byte_regs,
              int imm_size, int64_t imm);
void x86_byte(XCode *c, uint8_t b);
void x86_bytes(XCode *c, const void *p, size_t n);
uint32_t x86_pos(XCode *c);

#endif
