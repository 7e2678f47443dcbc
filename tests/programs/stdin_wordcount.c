#include <stdio.h>
#include <ctype.h>
#include <string.h>

int main(void) {
    int c, lines = 0, words = 0, chars = 0, in_word = 0;
    int freq[26] = { 0 };
    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\n') lines++;
        if (isspace(c)) in_word = 0;
        else if (!in_word) { in_word = 1; words++; }
        if (isalpha(c)) freq[tolower(c) - 'a']++;
    }
    printf("%d %d %d\n", lines, words, chars);
    for (int i = 0; i < 26; i++) if (freq[i]) printf("%c%d ", 'a' + i, freq[i]);
    printf("\n");
    printf("eof %d\n", feof(stdin) != 0);
    return 0;
}
