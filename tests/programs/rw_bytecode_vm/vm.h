#ifndef VM_H
#define VM_H
#include <stdint.h>
#include <stddef.h>

enum opcode {
    OP_HALT, OP_PUSH, OP_POP, OP_DUP, OP_SWAP, OP_OVER,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_NEG,
    OP_LT, OP_EQ, OP_NOT,
    OP_JMP, OP_JZ, OP_CALL, OP_RET,
    OP_LOAD, OP_STORE, OP_PRINT, OP_PRINTC,
    OP_COUNT
};

struct vm {
    const int64_t *code;
    size_t ncode;
    int64_t stack[1024];
    int sp;
    size_t frames[256];
    int fp;
    int64_t globals[64];
    long steps;
    int error;
};

struct program { int64_t code[4096]; size_t n; };

extern const char *const opcode_names[OP_COUNT];
int assemble(const char *text, struct program *out);
int run(struct vm *m, const struct program *p);
#endif
