#include <stdio.h>
#include <string.h>

int main(void) {
    int a, b, c, n;
    n = sscanf("10 20 30", "%d %d %d", &a, &b, &c);
    printf("%d: %d %d %d\n", n, a, b, c);
    n = sscanf("7,8;9", "%d,%d;%d", &a, &b, &c);
    printf("%d: %d %d %d\n", n, a, b, c);
    n = sscanf("12 abc", "%d %d", &a, &b);
    printf("%d: %d\n", n, a);
    n = sscanf("", "%d", &a);
    printf("%d\n", n);
    unsigned u; int x, o;
    n = sscanf("ff 0x1F 017", "%x %x %o", &u, &x, &o);
    printf("%d: %u %d %d\n", n, u, x, o);
    n = sscanf("0x10 010 10", "%i %i %i", &a, &b, &c);
    printf("%d: %d %d %d\n", n, a, b, c);
    double d; float f;
    n = sscanf("3.5 -2e2", "%lf %f", &d, &f);
    printf("%d: %.2f %.2f\n", n, d, f);
    char s1[16], s2[16];
    n = sscanf("  hello   world  ", "%15s %15s", s1, s2);
    printf("%d: [%s] [%s]\n", n, s1, s2);
    n = sscanf("abcdefgh", "%3s%2s", s1, s2);
    printf("%d: [%s] [%s]\n", n, s1, s2);
    char ch;
    n = sscanf("  x", "%c", &ch);
    printf("%d: [%c]\n", n, ch);
    n = sscanf("  x", " %c", &ch);
    printf("%d: [%c]\n", n, ch);
    char set[16];
    n = sscanf("abc123def", "%[a-z]", set);
    printf("%d: [%s]\n", n, set);
    n = sscanf("key=value;rest", "%15[^=]=%15[^;]", s1, s2);
    printf("%d: [%s] [%s]\n", n, s1, s2);
    int pos;
    n = sscanf("123 456", "%d%n", &a, &pos);
    printf("%d: %d pos %d\n", n, a, pos);
    n = sscanf("100 200", "%*d %d", &a);
    printf("%d: %d\n", n, a);
    long l; long long ll; short sh; unsigned char hh;
    n = sscanf("-5000000000 123456789012345 -300 250", "%ld %lld %hd %hhu", &l, &ll, &sh, &hh);
    printf("%d: %ld %lld %d %d\n", n, l, ll, sh, hh);
    n = sscanf("50%", "%d%%", &a);
    printf("%d: %d\n", n, a);
    int y, m, dd;
    n = sscanf("2024-03-15", "%4d-%2d-%2d", &y, &m, &dd);
    printf("%d: %d/%d/%d\n", n, dd, m, y);
    n = sscanf("12345", "%2d%3d", &a, &b);
    printf("%d: %d %d\n", n, a, b);
    return 0;
}
