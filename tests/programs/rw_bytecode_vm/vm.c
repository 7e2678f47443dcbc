#include <stdio.h>
#include "vm.h"

const char *const opcode_names[OP_COUNT] = {
    "halt", "push", "pop", "dup", "swap", "over", "add", "sub", "mul", "div", "mod", "neg",
    "lt", "eq", "not", "jmp", "jz", "call", "ret", "load", "store", "print", "printc"
};

static int find_label(int64_t v) { return (int)v; }   /* same name as the static in asm.c */

#define PUSH(v) do { if (m->sp >= 1024) { m->error = 1; return -1; } m->stack[m->sp++] = (v); } while (0)
#define POP() (m->sp > 0 ? m->stack[--m->sp] : (m->error = 2, 0))

int run(struct vm *m, const struct program *p) {
    size_t pc = 0;
    m->code = p->code; m->ncode = p->n; m->sp = 0; m->fp = 0; m->steps = 0; m->error = 0;
    for (;;) {
        if (pc >= m->ncode) { m->error = 3; return -1; }
        int64_t op = m->code[pc++], a, b;
        m->steps++;
        switch (op) {
        case OP_HALT: return 0;
        case OP_PUSH: PUSH(m->code[pc]); pc++; break;
        case OP_POP: (void)POP(); break;
        case OP_DUP: a = POP(); PUSH(a); PUSH(a); break;
        case OP_SWAP: a = POP(); b = POP(); PUSH(a); PUSH(b); break;
        case OP_OVER: a = POP(); b = POP(); PUSH(b); PUSH(a); PUSH(b); break;
        case OP_ADD: b = POP(); a = POP(); PUSH(a + b); break;
        case OP_SUB: b = POP(); a = POP(); PUSH(a - b); break;
        case OP_MUL: b = POP(); a = POP(); PUSH(a * b); break;
        case OP_DIV: b = POP(); a = POP(); if (!b) { m->error = 4; return -1; } PUSH(a / b); break;
        case OP_MOD: b = POP(); a = POP(); if (!b) { m->error = 4; return -1; } PUSH(a % b); break;
        case OP_NEG: a = POP(); PUSH(-a); break;
        case OP_LT: b = POP(); a = POP(); PUSH(a < b); break;
        case OP_EQ: b = POP(); a = POP(); PUSH(a == b); break;
        case OP_NOT: a = POP(); PUSH(!a); break;
        case OP_JMP: pc = (size_t)find_label(m->code[pc]); break;
        case OP_JZ: a = POP(); if (!a) pc = (size_t)m->code[pc]; else pc++; break;
        case OP_CALL: if (m->fp >= 256) { m->error = 5; return -1; } m->frames[m->fp++] = pc + 1; pc = (size_t)m->code[pc]; break;
        case OP_RET: if (m->fp == 0) { m->error = 6; return -1; } pc = m->frames[--m->fp]; break;
        case OP_LOAD: PUSH(m->globals[m->code[pc] & 63]); pc++; break;
        case OP_STORE: m->globals[m->code[pc] & 63] = POP(); pc++; break;
        case OP_PRINT: printf("%lld\n", (long long)POP()); break;
        case OP_PRINTC: putchar((int)POP()); break;
        default: m->error = 7; return -1;
        }
        if (m->error) return -1;
    }
}
