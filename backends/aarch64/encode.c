#include "encode.h"

void a64_emit(MachineCode *mc, uint32_t insn) {
    buf_uint(&mc->code, insn, 4, false);
}

uint32_t a64_pos(const MachineCode *mc) {
    return (uint32_t)mc->code.len;
}

void a64_patch(MachineCode *mc, uint32_t pos, uint32_t insn) {
    uint32_t old = (uint32_t)get_uint(mc->code.data + pos, 4, false);
    put_uint(mc->code.data + pos, old | insn, 4, false);
}

static uint32_t sf_bit(bool sf) {
    return sf ? 0x80000000u : 0;
}

static uint32_t rd_rn(int rd, int rn) {
    return (uint32_t)(rd & 31) | (uint32_t)(rn & 31) << 5;
}

/* ---- arithmetic ---- */

static uint32_t addsub_imm(uint32_t op, bool sf, int rd, int rn, uint32_t imm12, bool lsl12) {
    return sf_bit(sf) | op | (lsl12 ? 1u << 22 : 0) | (imm12 & 0xfff) << 10 | rd_rn(rd, rn);
}

uint32_t a64_add_imm(bool sf, int rd, int rn, uint32_t imm12, bool lsl12) {
    return addsub_imm(0x11000000, sf, rd, rn, imm12, lsl12);
}

uint32_t a64_sub_imm(bool sf, int rd, int rn, uint32_t imm12, bool lsl12) {
    return addsub_imm(0x51000000, sf, rd, rn, imm12, lsl12);
}

uint32_t a64_subs_imm(bool sf, int rd, int rn, uint32_t imm12) {
    return addsub_imm(0x71000000, sf, rd, rn, imm12, false);
}

uint32_t a64_cmp_imm(bool sf, int rn, uint32_t imm12) {
    return a64_subs_imm(sf, XZR, rn, imm12);
}

uint32_t a64_cmn_imm(bool sf, int rn, uint32_t imm12) {
    return addsub_imm(0x31000000, sf, XZR, rn, imm12, false);
}

static uint32_t reg3(uint32_t op, bool sf, int rd, int rn, int rm) {
    return sf_bit(sf) | op | (uint32_t)(rm & 31) << 16 | rd_rn(rd, rn);
}

uint32_t a64_add_reg(bool sf, int rd, int rn, int rm) {
    return reg3(0x0B000000, sf, rd, rn, rm);
}

uint32_t a64_sub_reg(bool sf, int rd, int rn, int rm) {
    return reg3(0x4B000000, sf, rd, rn, rm);
}

uint32_t a64_add_ext(int rd, int rn, int rm) {
    return reg3(0x0B206000, true, rd, rn, rm); /* uxtx */
}

uint32_t a64_sub_ext(int rd, int rn, int rm) {
    return reg3(0x4B206000, true, rd, rn, rm);
}

uint32_t a64_cmp_reg(bool sf, int rn, int rm) {
    return reg3(0x6B000000, sf, XZR, rn, rm);
}

uint32_t a64_neg(bool sf, int rd, int rm) {
    return reg3(0x4B000000, sf, rd, XZR, rm);
}

uint32_t a64_and_reg(bool sf, int rd, int rn, int rm) {
    return reg3(0x0A000000, sf, rd, rn, rm);
}

uint32_t a64_orr_reg(bool sf, int rd, int rn, int rm) {
    return reg3(0x2A000000, sf, rd, rn, rm);
}

uint32_t a64_eor_reg(bool sf, int rd, int rn, int rm) {
    return reg3(0x4A000000, sf, rd, rn, rm);
}

uint32_t a64_mvn(bool sf, int rd, int rm) {
    return reg3(0x2A200000, sf, rd, XZR, rm); /* orn rd, zr, rm */
}

uint32_t a64_mov_reg(bool sf, int rd, int rm) {
    return a64_orr_reg(sf, rd, XZR, rm);
}

uint32_t a64_mov_sp(int rd, int rn) {
    return a64_add_imm(true, rd, rn, 0, false);
}

static bool is_mask(uint64_t v) {
    return v && ((v + 1) & v) == 0;
}

static bool is_shifted_mask(uint64_t v) {
    return v && is_mask((v - 1) | v);
}

static int trailing_zeros(uint64_t v) {
    int n = 0;
    while (n < 64 && !(v >> n & 1))
        n++;
    return n;
}

static int trailing_ones(uint64_t v) {
    return trailing_zeros(~v);
}

static int leading_ones(uint64_t v) {
    int n = 0;
    while (n < 64 && (v >> (63 - n) & 1))
        n++;
    return n;
}

/* The N:immr:imms encoding of a bitmask immediate: a rotated run of ones repeated in
   elements of 2, 4, ... 64 bits (the algorithm of the architecture manual's DecodeBitMasks,
   inverted). */
bool a64_logical_imm(int opc, bool sf, int rd, int rn, uint64_t value, uint32_t *out) {
    int regsize = sf ? 64 : 32;
    uint64_t imm = sf ? value : (value & 0xffffffffu);
    if (imm == 0 || (sf ? imm == ~(uint64_t)0 : imm == 0xffffffffu))
        return false;
    int size = regsize;
    do {
        size /= 2;
        uint64_t mask = ((uint64_t)1 << size) - 1;
        if ((imm & mask) != ((imm >> size) & mask)) {
            size *= 2;
            break;
        }
    } while (size > 2);
    uint64_t mask = ~(uint64_t)0 >> (64 - size);
    imm &= mask;
    int rot, ones;
    if (is_shifted_mask(imm)) {
        rot = trailing_zeros(imm);
        ones = trailing_ones(imm >> rot);
    } else {
        imm |= ~mask;
        if (!is_shifted_mask(~imm))
            return false;
        int lead = leading_ones(imm);
        rot = 64 - lead;
        ones = lead + trailing_ones(imm) - (64 - size);
    }
    uint32_t immr = (uint32_t)(size - rot) & (uint32_t)(size - 1);
    uint32_t nimms = (~(uint32_t)(size - 1) << 1) | (uint32_t)(ones - 1);
    uint32_t n = ((nimms >> 6) & 1) ^ 1;
    static const uint32_t ops[] = {0x12000000, 0x32000000, 0x52000000};
    *out = sf_bit(sf) | ops[opc] | n << 22 | immr << 16 | (nimms & 0x3f) << 10 | rd_rn(rd, rn);
    return true;
}

static uint32_t movw(uint32_t op, bool sf, int rd, uint32_t imm16, int shift) {
    return sf_bit(sf) | op | (uint32_t)(shift / 16) << 21 | (imm16 & 0xffff) << 5 | (uint32_t)(rd & 31);
}

uint32_t a64_movz(bool sf, int rd, uint32_t imm16, int shift) {
    return movw(0x52800000, sf, rd, imm16, shift);
}

uint32_t a64_movn(bool sf, int rd, uint32_t imm16, int shift) {
    return movw(0x12800000, sf, rd, imm16, shift);
}

uint32_t a64_movk(bool sf, int rd, uint32_t imm16, int shift) {
    return movw(0x72800000, sf, rd, imm16, shift);
}

uint32_t a64_madd(bool sf, int rd, int rn, int rm, int ra) {
    return reg3(0x1B000000, sf, rd, rn, rm) | (uint32_t)(ra & 31) << 10;
}

uint32_t a64_msub(bool sf, int rd, int rn, int rm, int ra) {
    return reg3(0x1B008000, sf, rd, rn, rm) | (uint32_t)(ra & 31) << 10;
}

uint32_t a64_sdiv(bool sf, int rd, int rn, int rm) {
    return reg3(0x1AC00C00, sf, rd, rn, rm);
}

uint32_t a64_udiv(bool sf, int rd, int rn, int rm) {
    return reg3(0x1AC00800, sf, rd, rn, rm);
}

uint32_t a64_lslv(bool sf, int rd, int rn, int rm) {
    return reg3(0x1AC02000, sf, rd, rn, rm);
}

uint32_t a64_lsrv(bool sf, int rd, int rn, int rm) {
    return reg3(0x1AC02400, sf, rd, rn, rm);
}

uint32_t a64_asrv(bool sf, int rd, int rn, int rm) {
    return reg3(0x1AC02800, sf, rd, rn, rm);
}

/* sbfm/ubfm: the bitfield moves behind shifts by a constant and extensions */
static uint32_t bfm(uint32_t op, bool sf, int rd, int rn, int immr, int imms) {
    return sf_bit(sf) | op | (sf ? 1u << 22 : 0) | (uint32_t)immr << 16 | (uint32_t)imms << 10 | rd_rn(rd, rn);
}

uint32_t a64_lsl_imm(bool sf, int rd, int rn, int shift) {
    int bits = sf ? 64 : 32;
    shift &= bits - 1;
    return bfm(0x53000000, sf, rd, rn, (bits - shift) & (bits - 1), bits - 1 - shift);
}

uint32_t a64_lsr_imm(bool sf, int rd, int rn, int shift) {
    int bits = sf ? 64 : 32;
    return bfm(0x53000000, sf, rd, rn, shift & (bits - 1), bits - 1);
}

uint32_t a64_asr_imm(bool sf, int rd, int rn, int shift) {
    int bits = sf ? 64 : 32;
    return bfm(0x13000000, sf, rd, rn, shift & (bits - 1), bits - 1);
}

uint32_t a64_sxt(bool sf, int rd, int rn, int from_bits) {
    return bfm(0x13000000, sf, rd, rn, 0, from_bits - 1);
}

uint32_t a64_uxt(int rd, int rn, int from_bits) {
    return bfm(0x53000000, false, rd, rn, 0, from_bits - 1);
}

uint32_t a64_cset(bool sf, int rd, int cc) {
    return reg3(0x1A800400, sf, rd, XZR, XZR) | (uint32_t)(cc ^ 1) << 12; /* csinc rd, zr, zr, !cc */
}

/* ---- loads and stores ---- */

/* opc of a general-register load of the given kind (bits 23:22) */
static uint32_t load_opc(int size, int kind) {
    if (kind == LD_ZERO || size == SZ_X)
        return 1;
    return kind == LD_SIGNED64 ? 2 : 3;
}

uint32_t a64_ldr_uimm(int size, int kind, int rt, int rn, uint32_t scaled_imm12) {
    return (uint32_t)size << 30 | 0x39000000 | load_opc(size, kind) << 22 | (scaled_imm12 & 0xfff) << 10 | rd_rn(rt, rn);
}

uint32_t a64_str_uimm(int size, int rt, int rn, uint32_t scaled_imm12) {
    return (uint32_t)size << 30 | 0x39000000 | (scaled_imm12 & 0xfff) << 10 | rd_rn(rt, rn);
}

uint32_t a64_ldur(int size, int kind, int rt, int rn, int simm9) {
    return (uint32_t)size << 30 | 0x38000000 | load_opc(size, kind) << 22 | ((uint32_t)simm9 & 0x1ff) << 12 |
           rd_rn(rt, rn);
}

uint32_t a64_stur(int size, int rt, int rn, int simm9) {
    return (uint32_t)size << 30 | 0x38000000 | ((uint32_t)simm9 & 0x1ff) << 12 | rd_rn(rt, rn);
}

uint32_t a64_ldr_reg(int size, int kind, int rt, int rn, int rm) {
    return (uint32_t)size << 30 | 0x38206800 | load_opc(size, kind) << 22 | (uint32_t)(rm & 31) << 16 | rd_rn(rt, rn);
}

uint32_t a64_str_reg(int size, int rt, int rn, int rm) {
    return (uint32_t)size << 30 | 0x38206800 | (uint32_t)(rm & 31) << 16 | rd_rn(rt, rn);
}

uint32_t a64_ldr_post(int rt, int rn, int simm9) {
    return 0xF8400400 | ((uint32_t)simm9 & 0x1ff) << 12 | rd_rn(rt, rn);
}

uint32_t a64_str_post(int rt, int rn, int simm9) {
    return 0xF8000400 | ((uint32_t)simm9 & 0x1ff) << 12 | rd_rn(rt, rn);
}

/* SIMD&FP registers: size field and opc for s (SZ_W), d (SZ_X) and q (4) */
static uint32_t fp_size_opc(int size, bool load) {
    if (size == 4)
        return load ? 0x00C00000 : 0x00800000;
    return (uint32_t)size << 30 | (load ? 0x00400000 : 0);
}

uint32_t a64_fldr_uimm(int size, int rt, int rn, uint32_t scaled_imm12) {
    return 0x3D000000 | fp_size_opc(size, true) | (scaled_imm12 & 0xfff) << 10 | rd_rn(rt, rn);
}

uint32_t a64_fstr_uimm(int size, int rt, int rn, uint32_t scaled_imm12) {
    return 0x3D000000 | fp_size_opc(size, false) | (scaled_imm12 & 0xfff) << 10 | rd_rn(rt, rn);
}

uint32_t a64_fldur(int size, int rt, int rn, int simm9) {
    return 0x3C000000 | fp_size_opc(size, true) | ((uint32_t)simm9 & 0x1ff) << 12 | rd_rn(rt, rn);
}

uint32_t a64_fstur(int size, int rt, int rn, int simm9) {
    return 0x3C000000 | fp_size_opc(size, false) | ((uint32_t)simm9 & 0x1ff) << 12 | rd_rn(rt, rn);
}

uint32_t a64_fldr_reg(int size, int rt, int rn, int rm) {
    return 0x3C206800 | fp_size_opc(size, true) | (uint32_t)(rm & 31) << 16 | rd_rn(rt, rn);
}

uint32_t a64_fstr_reg(int size, int rt, int rn, int rm) {
    return 0x3C206800 | fp_size_opc(size, false) | (uint32_t)(rm & 31) << 16 | rd_rn(rt, rn);
}

uint32_t a64_stp_pre(int rt, int rt2, int rn, int imm) {
    return 0xA9800000 | ((uint32_t)(imm / 8) & 0x7f) << 15 | (uint32_t)(rt2 & 31) << 10 | rd_rn(rt, rn);
}

uint32_t a64_ldp_post(int rt, int rt2, int rn, int imm) {
    return 0xA8C00000 | ((uint32_t)(imm / 8) & 0x7f) << 15 | (uint32_t)(rt2 & 31) << 10 | rd_rn(rt, rn);
}

/* ---- branches ---- */

bool a64_branch_fits(int bits, int64_t off) {
    int64_t words = off / 4;
    return words >= -((int64_t)1 << (bits - 1)) && words < ((int64_t)1 << (bits - 1));
}

uint32_t a64_b(int64_t off) {
    return 0x14000000 | ((uint32_t)(off / 4) & 0x3ffffff);
}

uint32_t a64_bl(int64_t off) {
    return 0x94000000 | ((uint32_t)(off / 4) & 0x3ffffff);
}

uint32_t a64_bcond(int cc, int64_t off) {
    return 0x54000000 | ((uint32_t)(off / 4) & 0x7ffff) << 5 | (uint32_t)cc;
}

uint32_t a64_cbz(bool sf, int rt, int64_t off) {
    return sf_bit(sf) | 0x34000000 | ((uint32_t)(off / 4) & 0x7ffff) << 5 | (uint32_t)(rt & 31);
}

uint32_t a64_cbnz(bool sf, int rt, int64_t off) {
    return sf_bit(sf) | 0x35000000 | ((uint32_t)(off / 4) & 0x7ffff) << 5 | (uint32_t)(rt & 31);
}

uint32_t a64_br(int rn) {
    return 0xD61F0000 | (uint32_t)(rn & 31) << 5;
}

uint32_t a64_blr(int rn) {
    return 0xD63F0000 | (uint32_t)(rn & 31) << 5;
}

uint32_t a64_ret(void) {
    return 0xD65F03C0;
}

uint32_t a64_adr(int rd, int64_t off) {
    uint32_t v = (uint32_t)off & 0x1fffff;
    return 0x10000000 | (v & 3) << 29 | (v >> 2) << 5 | (uint32_t)(rd & 31);
}

uint32_t a64_adrp(int rd) {
    return 0x90000000 | (uint32_t)(rd & 31); /* the page offset comes from a relocation */
}

/* ---- system ---- */

uint32_t a64_svc0(void) {
    return 0xD4000001;
}

uint32_t a64_brk(uint32_t imm16) {
    return 0xD4200000 | (imm16 & 0xffff) << 5;
}

uint32_t a64_mrs_tpidr_el0(int rt) {
    return 0xD53BD040 | (uint32_t)(rt & 31);
}

uint32_t a64_msr_tpidr_el0(int rt) {
    return 0xD51BD040 | (uint32_t)(rt & 31);
}

/* ---- floating point ---- */

static uint32_t fp3(uint32_t op, bool dbl, int rd, int rn, int rm) {
    return op | (dbl ? 1u << 22 : 0) | (uint32_t)(rm & 31) << 16 | rd_rn(rd, rn);
}

uint32_t a64_fadd(bool dbl, int rd, int rn, int rm) {
    return fp3(0x1E202800, dbl, rd, rn, rm);
}

uint32_t a64_fsub(bool dbl, int rd, int rn, int rm) {
    return fp3(0x1E203800, dbl, rd, rn, rm);
}

uint32_t a64_fmul(bool dbl, int rd, int rn, int rm) {
    return fp3(0x1E200800, dbl, rd, rn, rm);
}

uint32_t a64_fdiv(bool dbl, int rd, int rn, int rm) {
    return fp3(0x1E201800, dbl, rd, rn, rm);
}

uint32_t a64_fneg(bool dbl, int rd, int rn) {
    return fp3(0x1E214000, dbl, rd, rn, 0);
}

uint32_t a64_fsqrt(bool dbl, int rd, int rn) {
    return fp3(0x1E21C000, dbl, rd, rn, 0);
}

uint32_t a64_fmov(bool dbl, int rd, int rn) {
    return fp3(0x1E204000, dbl, rd, rn, 0);
}

uint32_t a64_fcmp(bool dbl, int rn, int rm) {
    return fp3(0x1E202000, dbl, 0, rn, rm);
}

uint32_t a64_fcvt(bool to_dbl, int rd, int rn) {
    return to_dbl ? 0x1E22C000 | rd_rn(rd, rn) : 0x1E624000 | rd_rn(rd, rn);
}

static uint32_t fp_int(uint32_t op, bool dbl, bool sf, int rd, int rn) {
    return sf_bit(sf) | op | (dbl ? 1u << 22 : 0) | rd_rn(rd, rn);
}

uint32_t a64_scvtf(bool dbl, bool sf, int rd, int rn) {
    return fp_int(0x1E220000, dbl, sf, rd, rn);
}

uint32_t a64_ucvtf(bool dbl, bool sf, int rd, int rn) {
    return fp_int(0x1E230000, dbl, sf, rd, rn);
}

uint32_t a64_fcvtzs(bool dbl, bool sf, int rd, int rn) {
    return fp_int(0x1E380000, dbl, sf, rd, rn);
}

uint32_t a64_fcvtzu(bool dbl, bool sf, int rd, int rn) {
    return fp_int(0x1E390000, dbl, sf, rd, rn);
}

uint32_t a64_fmov_from_gp(bool dbl, int rd, int rn) {
    return fp_int(0x1E270000, dbl, dbl, rd, rn);
}
