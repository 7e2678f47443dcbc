/* A64 instruction encoding: one 32-bit word per instruction, built from its fields. Each
   function returns the word; a64_emit appends it (A64 instructions are little-endian words
   whatever the data byte order). Register numbers are 0..30; 31 is sp or xzr/wzr depending
   on the instruction, as in the architecture manual. sf selects the 64-bit form. */
#ifndef MICA_AARCH64_ENCODE_H
#define MICA_AARCH64_ENCODE_H

#include "../backend.h"

enum { XZR = 31, SP = 31, FP = 29, LR = 30 };

/* ELF relocation types of AArch64 */
enum {
    R_AARCH64_ABS64 = 257,
    R_AARCH64_ABS32 = 258,
    R_AARCH64_ABS16 = 259,
    R_AARCH64_PREL64 = 260,
    R_AARCH64_PREL32 = 261,
    R_AARCH64_PREL16 = 262,
    R_AARCH64_ADR_PREL_LO21 = 274,
    R_AARCH64_ADR_PREL_PG_HI21 = 275,
    R_AARCH64_ADR_PREL_PG_HI21_NC = 276,
    R_AARCH64_ADD_ABS_LO12_NC = 277,
    R_AARCH64_LDST8_ABS_LO12_NC = 278,
    R_AARCH64_TSTBR14 = 279,
    R_AARCH64_CONDBR19 = 280,
    R_AARCH64_JUMP26 = 282,
    R_AARCH64_CALL26 = 283,
    R_AARCH64_LDST16_ABS_LO12_NC = 284,
    R_AARCH64_LDST32_ABS_LO12_NC = 285,
    R_AARCH64_LDST64_ABS_LO12_NC = 286,
    R_AARCH64_LDST128_ABS_LO12_NC = 299,
    R_AARCH64_ADR_GOT_PAGE = 311,
    R_AARCH64_LD64_GOT_LO12_NC = 312,
    R_AARCH64_TLSLE_ADD_TPREL_HI12 = 549,
    R_AARCH64_TLSLE_ADD_TPREL_LO12 = 550,
    R_AARCH64_TLSLE_ADD_TPREL_LO12_NC = 551,
};

/* condition codes */
enum { CC_EQ, CC_NE, CC_HS, CC_LO, CC_MI, CC_PL, CC_VS, CC_VC, CC_HI, CC_LS, CC_GE, CC_LT, CC_GT, CC_LE, CC_AL };

/* memory access sizes (log2 of bytes) and kinds of load */
enum { SZ_B, SZ_H, SZ_W, SZ_X };
enum { LD_ZERO, LD_SIGNED64, LD_SIGNED32 }; /* zero-extending, sign-extending to 64 or 32 bits */

void a64_emit(MachineCode *mc, uint32_t insn);
uint32_t a64_pos(const MachineCode *mc);
void a64_patch(MachineCode *mc, uint32_t pos, uint32_t insn); /* ORs fields into the word at pos */

/* arithmetic */
uint32_t a64_add_imm(bool sf, int rd, int rn, uint32_t imm12, bool lsl12); /* rd/rn may be sp */
uint32_t a64_sub_imm(bool sf, int rd, int rn, uint32_t imm12, bool lsl12);
uint32_t a64_subs_imm(bool sf, int rd, int rn, uint32_t imm12);
uint32_t a64_cmp_imm(bool sf, int rn, uint32_t imm12);
uint32_t a64_cmn_imm(bool sf, int rn, uint32_t imm12);
uint32_t a64_add_reg(bool sf, int rd, int rn, int rm);
uint32_t a64_sub_reg(bool sf, int rd, int rn, int rm);
uint32_t a64_add_ext(int rd, int rn, int rm);  /* 64-bit, rd/rn may be sp */
uint32_t a64_sub_ext(int rd, int rn, int rm);
uint32_t a64_cmp_reg(bool sf, int rn, int rm);
uint32_t a64_neg(bool sf, int rd, int rm);
uint32_t a64_and_reg(bool sf, int rd, int rn, int rm);
uint32_t a64_orr_reg(bool sf, int rd, int rn, int rm);
uint32_t a64_eor_reg(bool sf, int rd, int rn, int rm);
uint32_t a64_mvn(bool sf, int rd, int rm);
uint32_t a64_mov_reg(bool sf, int rd, int rm); /* not for sp */
uint32_t a64_mov_sp(int rd, int rn);           /* to or from sp */
/* logical immediates: false when the value has no bitmask encoding */
bool a64_logical_imm(int opc, bool sf, int rd, int rn, uint64_t value, uint32_t *out);
enum { LOG_AND = 0, LOG_ORR = 1, LOG_EOR = 2 };
uint32_t a64_movz(bool sf, int rd, uint32_t imm16, int shift);
uint32_t a64_movn(bool sf, int rd, uint32_t imm16, int shift);
uint32_t a64_movk(bool sf, int rd, uint32_t imm16, int shift);
uint32_t a64_madd(bool sf, int rd, int rn, int rm, int ra);
uint32_t a64_msub(bool sf, int rd, int rn, int rm, int ra);
uint32_t a64_sdiv(bool sf, int rd, int rn, int rm);
uint32_t a64_udiv(bool sf, int rd, int rn, int rm);
uint32_t a64_lslv(bool sf, int rd, int rn, int rm);
uint32_t a64_lsrv(bool sf, int rd, int rn, int rm);
uint32_t a64_asrv(bool sf, int rd, int rn, int rm);
uint32_t a64_lsl_imm(bool sf, int rd, int rn, int shift);
uint32_t a64_lsr_imm(bool sf, int rd, int rn, int shift);
uint32_t a64_asr_imm(bool sf, int rd, int rn, int shift);
uint32_t a64_sxt(bool sf, int rd, int rn, int from_bits); /* sxtb/sxth/sxtw */
uint32_t a64_uxt(int rd, int rn, int from_bits);          /* uxtb/uxth (32-bit form) */
uint32_t a64_cset(bool sf, int rd, int cc);

/* loads and stores: [rn + imm] scaled unsigned, [rn + simm9] unscaled, [rn + rm] */
uint32_t a64_ldr_uimm(int size, int kind, int rt, int rn, uint32_t scaled_imm12);
uint32_t a64_str_uimm(int size, int rt, int rn, uint32_t scaled_imm12);
uint32_t a64_ldur(int size, int kind, int rt, int rn, int simm9);
uint32_t a64_stur(int size, int rt, int rn, int simm9);
uint32_t a64_ldr_reg(int size, int kind, int rt, int rn, int rm);
uint32_t a64_str_reg(int size, int rt, int rn, int rm);
uint32_t a64_ldr_post(int rt, int rn, int simm9); /* 64-bit, rn += simm9 after */
uint32_t a64_str_post(int rt, int rn, int simm9);
/* floating-point registers: size SZ_W (s), SZ_X (d) or 4 (q) */
uint32_t a64_fldr_uimm(int size, int rt, int rn, uint32_t scaled_imm12);
uint32_t a64_fstr_uimm(int size, int rt, int rn, uint32_t scaled_imm12);
uint32_t a64_fldur(int size, int rt, int rn, int simm9);
uint32_t a64_fstur(int size, int rt, int rn, int simm9);
uint32_t a64_fldr_reg(int size, int rt, int rn, int rm);
uint32_t a64_fstr_reg(int size, int rt, int rn, int rm);
uint32_t a64_stp_pre(int rt, int rt2, int rn, int imm);  /* 64-bit pair, rn += imm first */
uint32_t a64_ldp_post(int rt, int rt2, int rn, int imm); /* 64-bit pair, rn += imm after */

/* branches (offsets in bytes from the instruction) */
uint32_t a64_b(int64_t off);
uint32_t a64_bl(int64_t off);
uint32_t a64_bcond(int cc, int64_t off);
uint32_t a64_cbz(bool sf, int rt, int64_t off);
uint32_t a64_cbnz(bool sf, int rt, int64_t off);
uint32_t a64_br(int rn);
uint32_t a64_blr(int rn);
uint32_t a64_ret(void);
uint32_t a64_adr(int rd, int64_t off);
uint32_t a64_adrp(int rd);
bool a64_branch_fits(int bits, int64_t off); /* a word offset of `bits` signed bits */

/* system */
uint32_t a64_svc0(void);
uint32_t a64_brk(uint32_t imm16);
uint32_t a64_mrs_tpidr_el0(int rt);
uint32_t a64_msr_tpidr_el0(int rt);

/* floating point: dbl selects double precision */
uint32_t a64_fadd(bool dbl, int rd, int rn, int rm);
uint32_t a64_fsub(bool dbl, int rd, int rn, int rm);
uint32_t a64_fmul(bool dbl, int rd, int rn, int rm);
uint32_t a64_fdiv(bool dbl, int rd, int rn, int rm);
uint32_t a64_fneg(bool dbl, int rd, int rn);
uint32_t a64_fsqrt(bool dbl, int rd, int rn);
uint32_t a64_fmov(bool dbl, int rd, int rn);
uint32_t a64_fcmp(bool dbl, int rn, int rm);
uint32_t a64_fcvt(bool to_dbl, int rd, int rn);
uint32_t a64_scvtf(bool dbl, bool sf, int rd, int rn);
uint32_t a64_ucvtf(bool dbl, bool sf, int rd, int rn);
uint32_t a64_fcvtzs(bool dbl, bool sf, int rd, int rn);
uint32_t a64_fcvtzu(bool dbl, bool sf, int rd, int rn);
uint32_t a64_fmov_from_gp(bool dbl, int rd, int rn); /* fmov s/d, w/x */

#endif
