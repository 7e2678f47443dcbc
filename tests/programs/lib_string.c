#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[64];
    printf("%d %d\n", (int)strlen(""), (int)strlen("hello"));
    strcpy(buf, "hello");
    strcat(buf, ", ");
    strncat(buf, "world!!!", 5);
    printf("%s %d\n", buf, (int)strlen(buf));
    char nb[8];
    memset(nb, 'x', sizeof nb);
    strncpy(nb, "abc", sizeof nb);             /* pads with NULs */
    printf("%d %d %d\n", nb[3], nb[7], (int)strlen(nb));
    strncpy(nb, "abcdefghij", 4);
    printf("%.7s\n", nb);
    printf("%d %d %d\n", strcmp("abc", "abd") < 0, strcmp("abc", "abc"), strcmp("b", "abc") > 0);
    printf("%d %d\n", strncmp("abcdef", "abcxyz", 3), strncmp("abcdef", "abcxyz", 4) < 0);
    printf("%d\n", strcmp("\xff", "\x01") > 0);   /* compared as unsigned char */
    const char *s = "the quick brown fox";
    printf("%s|%s\n", strchr(s, 'q'), strrchr(s, 'o'));
    printf("%d %d\n", strchr(s, 'z') == NULL, strchr(s, '\0') == s + strlen(s));
    printf("%s\n", strstr(s, "brown"));
    printf("%d %d\n", strstr(s, "cat") == NULL, strstr(s, "") == s);
    printf("%d %d\n", (int)strspn("aabbcdd", "ab"), (int)strcspn("hello world", " w"));
    printf("%s\n", strpbrk(s, "kxz"));
    char tok[] = "  alpha, beta,,gamma ;delta  ";
    for (char *t = strtok(tok, " ,;"); t; t = strtok(NULL, " ,;")) printf("[%s]", t);
    printf("\n");
    int a[5] = { 1, 2, 3, 4, 5 }, b[5];
    memcpy(b, a, sizeof a);
    printf("%d %d\n", b[0], b[4]);
    memmove(a + 1, a, 4 * sizeof(int));        /* overlapping */
    printf("%d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
    char ov[] = "0123456789";
    memmove(ov, ov + 3, 5);
    printf("%s\n", ov);
    printf("%d %d %d\n", memcmp("abc", "abd", 3) < 0, memcmp("abc", "abd", 2), memcmp("\x80", "\x7f", 1) > 0);
    const char *hay = "find the needle";
    const char *p = memchr(hay, 'n', strlen(hay));
    printf("%s\n", p);
    p = memchr(p + 1, 'n', strlen(p + 1));
    printf("%s\n", p);
    memset(buf, 0, sizeof buf);
    memset(buf, 'z', 5);
    printf("%s\n", buf);
    char *e = strchr(buf, 'q');
    printf("%d\n", e == NULL);
    return 0;
}
