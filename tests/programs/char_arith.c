#include <stdio.h>
#include <limits.h>

static void caesar(char *s, int k) {
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z') *s = (char)('a' + (*s - 'a' + k) % 26);
        else if (*s >= 'A' && *s <= 'Z') *s = (char)('A' + (*s - 'A' + k) % 26);
    }
}

int main(void) {
    printf("%d %d %d\n", CHAR_BIT, CHAR_MIN, CHAR_MAX);      /* plain char is signed on x86_64 */
    char c = 'A';
    c += 2;
    printf("%c %d\n", c, c);
    char d = (char)('0' + 7);
    printf("%c %d\n", d, d - '0');
    char hi = (char)0xC8;
    printf("%d %d\n", hi, (unsigned char)hi);
    printf("%d\n", hi < 0);
    unsigned char uhi = 0xC8;
    printf("%d\n", uhi < 0);
    int sum = 0;
    const char *text = "Hello, World! 123";
    for (const char *p = text; *p; p++) sum += *p;
    printf("%d\n", sum);
    char buf[] = "Attack at Dawn";
    caesar(buf, 13);
    printf("%s\n", buf);
    caesar(buf, 13);
    printf("%s\n", buf);
    char lower[27];
    for (int i = 0; i < 26; i++) lower[i] = (char)('z' - i);
    lower[26] = '\0';
    printf("%s\n", lower);
    signed char sc = -1;
    unsigned char uc = (unsigned char)sc;
    printf("%d %d\n", sc, uc);
    printf("%d\n", sc == uc);
    char e = '\xff';
    printf("%d %d\n", e, e == -1);
    printf("%d\n", 'a' * 2);
    printf("%d\n", (char)('a' * 2));
    char digits[11];
    int v = 9876543;
    int pos = 10;
    digits[pos] = 0;
    do { digits[--pos] = (char)('0' + v % 10); v /= 10; } while (v);
    printf("%s\n", digits + pos);
    printf("%c%c%c\n", 72, 105, 33);
    return 0;
}
