#include <stdio.h>
#include <string.h>
#include <ctype.h>

static void upcase(char *s) { for (; *s; s++) *s = (char)toupper((unsigned char)*s); }
static void reverse(char *s) { size_t n = strlen(s); for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; } }

int main(void) {
    char a[] = "hello";                       /* a modifiable copy of the literal */
    char b[10] = "hi";
    char c[3] = "abc";                        /* no room for the NUL: exactly 3 chars */
    char grid[3][4] = { "ab", "cde", "f" };
    char *words[] = { "const", "literals" };  /* pointers to literals: not modified */
    upcase(a);
    reverse(b);
    printf("%s %s %c%c%c %d\n", a, b, c[0], c[1], c[2], (int)sizeof c);
    for (int i = 0; i < 3; i++) { upcase(grid[i]); printf("[%s]", grid[i]); }
    printf("\n");
    grid[1][3] = '!';                          /* overwrite the NUL: row runs into the next */
    printf("%.4s%s\n", grid[1], grid[2]);
    char copy[16];
    strcpy(copy, words[1]);
    reverse(copy);
    printf("%s %s\n", words[1], copy);
    char multi[2][2][3] = { { "x", "yz" }, { "", "w" } };
    printf("%s %s %s %s %d\n", multi[0][0], multi[0][1], multi[1][0], multi[1][1], (int)sizeof multi);
    for (int i = 0; i < 2; i++) { static char persistent[] = "count0"; persistent[5]++; printf("%s ", persistent); }
    printf("\n");
    return 0;
}
