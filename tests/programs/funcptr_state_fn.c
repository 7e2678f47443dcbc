#include <stdio.h>

/* states are functions that return the next state (wrapped in a struct to allow the recursion in the type) */
struct state;
typedef struct state (*state_fn)(char c, int *acc);
struct state { state_fn fn; const char *name; };

static struct state s_start(char c, int *acc);
static struct state s_number(char c, int *acc);
static struct state s_word(char c, int *acc);
static struct state s_error(char c, int *acc);

static struct state s_start(char c, int *acc) {
    if (c >= '0' && c <= '9') { *acc = c - '0'; return (struct state){ s_number, "number" }; }
    if (c >= 'a' && c <= 'z') return (struct state){ s_word, "word" };
    if (c == ' ') return (struct state){ s_start, "start" };
    return (struct state){ s_error, "error" };
}
static struct state s_number(char c, int *acc) {
    if (c >= '0' && c <= '9') { *acc = *acc * 10 + (c - '0'); return (struct state){ s_number, "number" }; }
    if (c == ' ') { printf("  number %d\n", *acc); return (struct state){ s_start, "start" }; }
    return (struct state){ s_error, "error" };
}
static struct state s_word(char c, int *acc) {
    (void)acc;
    if (c >= 'a' && c <= 'z') return (struct state){ s_word, "word" };
    if (c == ' ') { printf("  word\n"); return (struct state){ s_start, "start" }; }
    return (struct state){ s_error, "error" };
}
static struct state s_error(char c, int *acc) {
    (void)acc;
    if (c == ' ') return (struct state){ s_start, "start" };
    return (struct state){ s_error, "error" };
}

int main(void) {
    const char *inputs[] = { "12 abc 345 ", "x9 !! 7 ", "  42  " };
    for (int i = 0; i < 3; i++) {
        struct state st = { s_start, "start" };
        int acc = 0, transitions = 0;
        printf("input \"%s\"\n", inputs[i]);
        for (const char *p = inputs[i]; *p; p++) {
            struct state next = st.fn(*p, &acc);
            if (next.fn != st.fn) transitions++;
            st = next;
        }
        printf("  final %s, %d transitions\n", st.name, transitions);
    }
    return 0;
}
