/* A two-pass assembler: mnemonics, integer operands, labels ("name:") and label references. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <ctype.h>
#include "vm.h"

struct label { char name[32]; int64_t addr; };
static struct label labels[128];
static int nlabels;

static int find_label(const char *name) {          /* static: vm.c has its own helpers */
    for (int i = 0; i < nlabels; i++) if (strcmp(labels[i].name, name) == 0) return i;
    return -1;
}

static int opcode_of(const char *w) {
    for (int i = 0; i < OP_COUNT; i++) if (strcmp(opcode_names[i], w) == 0) return i;
    return -1;
}

static int has_operand(int op) { return op == OP_PUSH || op == OP_JMP || op == OP_JZ || op == OP_CALL || op == OP_LOAD || op == OP_STORE; }

int assemble(const char *text, struct program *out) {
    for (int pass = 0; pass < 2; pass++) {
        size_t pc = 0;
        const char *p = text;
        char word[64];
        if (pass == 0) nlabels = 0;
        while (*p) {
            while (*p && isspace((unsigned char)*p)) p++;
            if (*p == ';') { while (*p && *p != '\n') p++; continue; }
            if (!*p) break;
            int n = 0;
            while (*p && !isspace((unsigned char)*p) && n < 63) word[n++] = *p++;
            word[n] = 0;
            if (word[n - 1] == ':') {
                word[n - 1] = 0;
                if (pass == 0) { strcpy(labels[nlabels].name, word); labels[nlabels].addr = (int64_t)pc; nlabels++; }
                continue;
            }
            int op = opcode_of(word);
            if (op < 0) { printf("unknown mnemonic %s\n", word); return -1; }
            if (pass == 1) out->code[pc] = op;
            pc++;
            if (has_operand(op)) {
                while (*p == ' ' || *p == '\t') p++;
                n = 0;
                while (*p && !isspace((unsigned char)*p) && n < 63) word[n++] = *p++;
                word[n] = 0;
                int64_t v;
                if (isdigit((unsigned char)word[0]) || word[0] == '-') v = strtoll(word, NULL, 10);
                else {
                    int l = find_label(word);
                    if (pass == 1 && l < 0) { printf("undefined label %s\n", word); return -1; }
                    v = l < 0 ? 0 : labels[l].addr;
                }
                if (pass == 1) out->code[pc] = v;
                pc++;
            }
        }
        out->n = pc;
    }
    return 0;
}
