#include "encode.h"

XOp xreg(int r) {
    XOp o;
    memset(&o, 0, sizeof o);
    o.kind = XO_REG;
    o.reg = r;
    o.index = NO_REG;
    return o;
}

XOp xmem(int base, int32_t disp) {
    XOp o;
    memset(&o, 0, sizeof o);
    o.kind = XO_MEM;
    o.base = base;
    o.index = NO_REG;
    o.scale = 1;
    o.disp = disp;
    return o;
}

XOp xrip(uint32_t sym, int64_t addend, int reloc_kind) {
    XOp o = xmem(RIP_BASE, 0);
    o.sym = sym;
    o.addend = addend;
    o.reloc_kind = reloc_kind;
    return o;
}

void x86_byte(XCode *c, uint8_t b) {
    buf_u8(&c->mc->code, b);
}

void x86_bytes(XCode *c, const void *p, size_t n) {
    buf_append(&c->mc->code, p, n);
}

uint32_t x86_pos(XCode *c) {
    return (uint32_t)c->mc->code.len;
}

void x86_insn(XCode *c, int prefix, bool rex_w, uint32_t opcode, int reg_field, const XOp *rm, bool byte_regs,
              int imm_size, int64_t imm) {
    /* assembled in a local buffer: one append per instruction */
    uint8_t b[16];
    int n = 0;
    if (prefix)
        b[n++] = (uint8_t)prefix;
    int rex = 0;
    if (rex_w)
        rex |= 8;
    if (reg_field & 8)
        rex |= 4;
    if (rm->kind == XO_REG) {
        if (rm->reg & 8)
            rex |= 1;
    } else {
        if (rm->index != NO_REG && (rm->index & 8))
            rex |= 2;
        if (rm->base >= 0 && (rm->base & 8))
            rex |= 1;
    }
    bool need_rex = rex != 0;
    if (byte_regs) {
        /* spl, bpl, sil, dil exist only with a REX prefix */
        if ((reg_field >= 4 && reg_field <= 7) || (rm->kind == XO_REG && rm->reg >= 4 && rm->reg <= 7))
            need_rex = true;
    }
    if (need_rex)
        b[n++] = (uint8_t)(0x40 | rex);
    if (opcode > 0xFFFF)
        b[n++] = (uint8_t)(opcode >> 16);
    if (opcode > 0xFF)
        b[n++] = (uint8_t)(opcode >> 8);
    b[n++] = (uint8_t)opcode;
    int r = reg_field & 7;
    int disp_size = 0;
    uint32_t disp = 0;
    if (rm->kind == XO_REG) {
        b[n++] = (uint8_t)(0xC0 | (r << 3) | (rm->reg & 7));
    } else if (rm->base == RIP_BASE) {
        b[n++] = (uint8_t)(0x05 | (r << 3));
        Reloc rel;
        rel.offset = x86_pos(c) + (uint32_t)n;
        rel.sym = rm->sym;
        rel.kind = rm->reloc_kind;
        /* the CPU adds the disp to the address of the next instruction */
        rel.addend = rm->addend + rm->disp - 4 - imm_size;
        vec_push(&c->mc->relocs, rel);
        disp_size = 4;
    } else if (rm->base == NO_REG) {
        /* absolute disp32 via SIB with no base */
        int idx = rm->index == NO_REG ? 4 : (rm->index & 7);
        int ss = rm->scale == 8 ? 3 : rm->scale == 4 ? 2 : rm->scale == 2 ? 1 : 0;
        b[n++] = (uint8_t)(0x04 | (r << 3));
        b[n++] = (uint8_t)((ss << 6) | (idx << 3) | 5);
        disp_size = 4;
        disp = (uint32_t)rm->disp;
    } else {
        int base = rm->base & 7;
        int mod;
        if (rm->disp == 0 && base != 5) /* rbp/r13 always need a displacement */
            mod = 0;
        else if (rm->disp >= -128 && rm->disp <= 127)
            mod = 1;
        else
            mod = 2;
        bool sib = rm->index != NO_REG || base == 4; /* rsp/r12 need a SIB byte */
        b[n++] = (uint8_t)((mod << 6) | (r << 3) | (sib ? 4 : base));
        if (sib) {
            int idx = rm->index == NO_REG ? 4 : (rm->index & 7);
            int ss = rm->scale == 8 ? 3 : rm->scale == 4 ? 2 : rm->scale == 2 ? 1 : 0;
            b[n++] = (uint8_t)((ss << 6) | (idx << 3) | base);
        }
        disp_size = mod == 1 ? 1 : mod == 2 ? 4 : 0;
        disp = (uint32_t)rm->disp;
    }
    for (int i = 0; i < disp_size; i++)
        b[n++] = (uint8_t)(disp >> (8 * i));
    for (int i = 0; i < imm_size; i++)
        b[n++] = (uint8_t)((uint64_t)imm >> (8 * i));
    buf_append(&c->mc->code, b, (size_t)n);
}
