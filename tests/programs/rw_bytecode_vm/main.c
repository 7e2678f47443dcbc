#include <stdio.h>
#include "vm.h"

static const char *programs[] = {
    /* arithmetic */
    "push 6 push 7 mul print push 100 push 7 mod print push -17 push 5 div print halt",
    /* loop: sum of 1..1000 in global 0, counter in global 1 */
    "push 0 store 0 push 1 store 1\n"
    "loop: load 1 push 1001 lt jz done\n"
    "  load 0 load 1 add store 0\n"
    "  load 1 push 1 add store 1 jmp loop\n"
    "done: load 0 print halt",
    /* recursive factorial through call/ret using the data stack */
    "push 20 call fact print halt\n"
    "fact: dup push 2 lt jz recurse ret\n"
    "recurse: dup push 1 sub call fact mul ret",
    /* recursive fibonacci */
    "push 22 call fib print halt\n"
    "fib: dup push 2 lt jz fibrec ret\n"
    "fibrec: dup push 1 sub call fib swap push 2 sub call fib add ret",
    /* print a string by character codes */
    "push 72 printc push 105 printc push 33 printc push 10 printc halt",
    /* collatz steps for 27 */
    "push 27 store 0 push 0 store 1\n"
    "c: load 0 push 1 eq not jz end\n"
    "   load 0 push 2 mod jz even\n"
    "   load 0 push 3 mul push 1 add store 0 jmp next\n"
    "even: load 0 push 2 div store 0\n"
    "next: load 1 push 1 add store 1 jmp c\n"
    "end: load 1 print halt",
    /* errors */
    "push 1 push 0 div halt",
    "pop halt",
    "bogus 1",
};

int main(void) {
    static struct program prog;
    static struct vm m;
    for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++) {
        printf("-- program %zu\n", i);
        if (assemble(programs[i], &prog) != 0) { printf("assembly failed\n"); continue; }
        int r = run(&m, &prog);
        printf("result %d error %d steps %ld words %zu\n", r, m.error, m.steps, prog.n);
    }
    return 0;
}
