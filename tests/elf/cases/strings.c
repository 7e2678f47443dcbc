/* A string table: an array of pointers to string literals (pointers in data, characters
 * in .rodata), identical and overlapping literals, escapes, a long literal, char arrays
 * initialised from strings, and a table indexed by an enum. */
#include <stdio.h>
#include <string.h>

enum color { RED, GREEN, BLUE, N_COLORS };
static const char *const color_names[N_COLORS] = {[RED] = "red", [GREEN] = "green", [BLUE] = "blue"};
const char *messages[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", 0};
static const char escapes[] = "tab\there\nquote\"back\\slash\x41\101\0hidden";
static char mutable_str[] = "mutable";
static const char long_text[] =
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
    "et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut "
    "aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum "
    "dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui "
    "officia deserunt mollit anim id est laborum.";
static const char grid[3][4] = {"abc", "de", "f"};

static unsigned hash(const char *s) {
    unsigned h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

int main(void) {
    for (int c = RED; c < N_COLORS; c++) printf("%d=%s ", c, color_names[c]);
    printf("\n");
    size_t total = 0;
    int n = 0;
    for (const char **m = messages; *m; m++, n++) total += strlen(*m);
    printf("messages %d %zu %s\n", n, total, messages[n - 1]);
    printf("escapes %zu %zu [%s]\n", sizeof escapes, strlen(escapes), escapes);
    mutable_str[0] = 'M';
    printf("%s\n", mutable_str);
    printf("long %zu %u\n", strlen(long_text), hash(long_text));
    printf("grid %s %s %s %d\n", grid[0], grid[1], grid[2], grid[1][3]);
    const char *a = "shared literal", *b = "shared literal";
    printf("literal %d %s\n", strcmp(a, b), a + 7);
    printf("sum %u\n", hash(color_names[GREEN]) + hash(messages[3]));
    return 0;
}
