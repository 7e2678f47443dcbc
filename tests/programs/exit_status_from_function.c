#include <stdio.h>
#include <stdlib.h>

static int validate(const char *s) {
    int bad = 0;
    for (; *s; s++) if (*s < 'a' || *s > 'z') bad++;
    return bad;
}

int main(void) {
    const char *inputs[] = { "hello", "w0rld", "ok", "B4D!" };
    int failures = 0;
    for (int i = 0; i < 4; i++) {
        int b = validate(inputs[i]);
        printf("%s: %d bad\n", inputs[i], b);
        failures += b != 0;
    }
    fflush(stdout);
    exit(failures ? 10 + failures : EXIT_SUCCESS);
}
