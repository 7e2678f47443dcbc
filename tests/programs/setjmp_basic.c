#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int depth_reached;

static void dive(int depth) {
    depth_reached = depth;
    if (depth == 50) longjmp(env, depth * 2);
    dive(depth + 1);
}

static jmp_buf err_env;
static char bad_char;
static int parse_digit(char c) {
    if (c < '0' || c > '9') { bad_char = c; longjmp(err_env, c == 'x' ? 2 : 3); }
    return c - '0';
}
static int parse_number(const char *s) {
    int v = 0;
    while (*s) v = v * 10 + parse_digit(*s++);
    return v;
}

int main(void) {
    switch (setjmp(env)) {
    case 0:
        printf("first return\n");
        dive(0);
        printf("not reached\n");
        break;
    case 100:
        printf("longjmp returned 100, depth %d\n", depth_reached);
        break;
    default:
        printf("wrong value\n");
    }
    const char *inputs[] = { "123", "45x6", "789", "!" };
    for (int i = 0; i < 4; i++) {
        switch (setjmp(err_env)) {
        case 0: printf("%s -> %d\n", inputs[i], parse_number(inputs[i])); break;
        case 2: printf("%s -> error 2 at '%c'\n", inputs[i], bad_char); break;
        default: printf("%s -> other error at '%c'\n", inputs[i], bad_char); break;
        }
    }
    /* longjmp with 0 makes setjmp return 1 */
    static jmp_buf z;
    static int passes = 0;
    if (setjmp(z) == 0) {
        passes++;
        longjmp(z, 0);
    } else {
        passes += 10;
    }
    printf("passes=%d\n", passes);
    if (!setjmp(z)) printf("setjmp returned 0 again\n");
    return 0;
}
