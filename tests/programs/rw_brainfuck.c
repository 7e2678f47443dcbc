/* A Brainf*** interpreter with precomputed jumps, run on several embedded programs. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int run(const char *prog, const char *input, char *out, size_t outcap, long *steps) {
    size_t n = strlen(prog);
    size_t *jump = calloc(n + 1, sizeof *jump), *stack = malloc((n + 1) * sizeof *stack);
    size_t sp = 0;
    for (size_t i = 0; i < n; i++) {
        if (prog[i] == '[') stack[sp++] = i;
        else if (prog[i] == ']') {
            if (!sp) { free(jump); free(stack); return -1; }
            size_t j = stack[--sp];
            jump[i] = j; jump[j] = i;
        }
    }
    if (sp) { free(jump); free(stack); return -2; }
    unsigned char tape[30000];
    memset(tape, 0, sizeof tape);
    size_t ptr = 0, o = 0;
    *steps = 0;
    for (size_t pc = 0; pc < n; pc++) {
        (*steps)++;
        switch (prog[pc]) {
        case '>': ptr = (ptr + 1) % sizeof tape; break;
        case '<': ptr = (ptr + sizeof tape - 1) % sizeof tape; break;
        case '+': tape[ptr]++; break;
        case '-': tape[ptr]--; break;
        case '.': if (o + 1 < outcap) out[o++] = (char)tape[ptr]; break;
        case ',': tape[ptr] = *input ? (unsigned char)*input++ : 0; break;
        case '[': if (!tape[ptr]) pc = jump[pc]; break;
        case ']': if (tape[ptr]) pc = jump[pc]; break;
        default: (*steps)--; break;
        }
    }
    out[o] = 0;
    free(jump); free(stack);
    return (int)o;
}

int main(void) {
    const char *hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";
    /* reverses its input */
    const char *reverse = ">,[>,]<[.<]";
    /* adds two digits read from input */
    const char *add = ",>,[<+>-]<------------------------------------------------.";
    /* prints the squares 0..10000 (Daniel Cristofani) */
    const char *squares =
        "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]"
        "<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]";
    /* unbalanced */
    const char *bad1 = "+[>+";
    const char *bad2 = "+]";
    char out[65536];
    long steps;
    int n = run(hello, "", out, sizeof out, &steps);
    printf("hello: %d chars, %ld steps: %s", n, steps, out);
    n = run(reverse, "stressed", out, sizeof out, &steps);
    printf("reverse: %d chars, %ld steps: %s\n", n, steps, out);
    n = run(add, "34", out, sizeof out, &steps);
    printf("add: %s (%ld steps)\n", out, steps);
    n = run(squares, "", out, sizeof out, &steps);
    unsigned long h = 0;
    for (int i = 0; i < n; i++) h = h * 131 + (unsigned char)out[i];
    int lines = 0;
    for (int i = 0; i < n; i++) lines += out[i] == '\n';
    printf("squares: %d chars, %d lines, %ld steps, hash %lu\n", n, lines, steps, h);
    char *last = out + n - 1;
    *last = 0;
    char *prev = strrchr(out, '\n');
    printf("last square: %s\n", prev ? prev + 1 : out);
    printf("bad1 %d bad2 %d\n", run(bad1, "", out, sizeof out, &steps), run(bad2, "", out, sizeof out, &steps));
    return 0;
}
