#include <stdio.h>
#include <string.h>

static unsigned hash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h; }
#define H_ADD 193486030u
#define H_SUB 193506191u
#define H_MUL 193499667u
#define H_HELP 2090324718u

int main(void) {
    printf("%u %u %u %u\n", hash("add"), hash("sub"), hash("mul"), hash("help"));
    const char *cmds[] = { "add", "mul", "sub", "help", "nope", "add" };
    int acc = 1;
    for (int i = 0; i < 6; i++) {
        switch (hash(cmds[i])) {
        case H_ADD: acc += 10; printf("add -> %d\n", acc); break;
        case H_SUB: acc -= 3; printf("sub -> %d\n", acc); break;
        case H_MUL: acc *= 4; printf("mul -> %d\n", acc); break;
        case H_HELP: printf("help: add sub mul\n"); break;
        default: printf("unknown command %s\n", cmds[i]);
        }
    }
    return 0;
}
