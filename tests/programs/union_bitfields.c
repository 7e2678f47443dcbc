#include <stdio.h>
#include <stdint.h>

union reg {
    uint32_t raw;
    struct { uint32_t enable : 1; uint32_t mode : 3; uint32_t : 4; uint32_t prescale : 8; uint32_t count : 16; } f;
};
union color {
    uint16_t rgb565;
    struct { uint16_t b : 5, g : 6, r : 5; } c;
};
struct instr {
    union {
        struct { unsigned op : 6, rd : 5, rs : 5, imm : 16; } i;
        struct { unsigned op : 6, target : 26; } j;
        uint32_t word;
    } u;
};

int main(void) {
    union reg r = { 0 };
    r.f.enable = 1; r.f.mode = 5; r.f.prescale = 0xAB; r.f.count = 0x1234;
    printf("%08x\n", (unsigned)r.raw);
    r.raw = 0xFFFFFFFFu;
    printf("%u %u %u %u\n", r.f.enable, r.f.mode, r.f.prescale, r.f.count);
    r.raw = 0x00F0000Eu;
    printf("%u %u %u %u\n", r.f.enable, r.f.mode, r.f.prescale, r.f.count);
    union color col = { .c = { 31, 0, 31 } };
    printf("%04x\n", col.rgb565);
    col.rgb565 = 0x07E0;
    printf("%u %u %u\n", col.c.r, col.c.g, col.c.b);
    struct instr in;
    in.u.word = 0;
    in.u.i.op = 8; in.u.i.rd = 3; in.u.i.rs = 31; in.u.i.imm = 0xFFFF;
    printf("%08x %u\n", (unsigned)in.u.word, in.u.j.target);
    printf("%d %d\n", (int)sizeof(union reg), (int)sizeof(struct instr));
    return 0;
}
