#include <stdio.h>
#include <string.h>

static long parse(const char *s, int base) {
    long v = 0;
    int neg = *s == '-';
    if (neg || *s == '+') s++;
    for (; *s; s++) {
        int d = *s >= '0' && *s <= '9' ? *s - '0' : *s >= 'a' && *s <= 'z' ? *s - 'a' + 10 : *s >= 'A' && *s <= 'Z' ? *s - 'A' + 10 : 99;
        if (d >= base) break;
        v = v * base + d;
    }
    return neg ? -v : v;
}
static void format(unsigned long v, int base, char *out) {
    char tmp[72];
    int n = 0;
    do { int d = (int)(v % (unsigned)base); tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10); v /= (unsigned)base; } while (v);
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = 0;
}

int main(void) {
    printf("%ld %ld %ld %ld %ld\n", parse("12345", 10), parse("-ff", 16), parse("777", 8), parse("zz", 36), parse("1011x", 2));
    char buf[72];
    unsigned long vals[] = { 0, 255, 4096, 1234567890, 18446744073709551615ul };
    int bases[] = { 2, 8, 16, 36 };
    for (int i = 0; i < 5; i++) {
        for (int b = 0; b < 4; b++) { format(vals[i], bases[b], buf); printf("%s ", buf); }
        printf("\n");
    }
    int ok = 0;
    for (long v = -5000; v <= 5000; v += 7) { format((unsigned long)(v < 0 ? -v : v), 7, buf); long back = parse(buf, 7); ok += (v < 0 ? -back : back) == v; }
    printf("round trips %d\n", ok);
    printf("%d %d %d\n", '7' - '0', 'F' - 'A' + 10, (char)('0' + 9));
    return 0;
}
