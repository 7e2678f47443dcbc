#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

int main(void) {
    const char *inputs[] = { "123", "-456", "  +789xyz", "0x1A", "0X1a", "017", "0", "abc", "", "  -0", "2147483648", "99999999999999999999", "-9223372036854775809" };
    for (int i = 0; i < 13; i++) {
        char *end;
        errno = 0;
        long v = strtol(inputs[i], &end, 0);
        printf("strtol(\"%s\", 0) = %ld, consumed %d, erange %d\n", inputs[i], v, (int)(end - inputs[i]), errno == ERANGE);
    }
    const char *b[] = { "ff", "FF", "777", "101101", "zz", "Z", "-10" };
    int bases[] = { 16, 16, 8, 2, 36, 36, 7 };
    for (int i = 0; i < 7; i++) printf("strtol(\"%s\", %d) = %ld\n", b[i], bases[i], strtol(b[i], NULL, bases[i]));
    char *end;
    printf("%ld ", strtol("12ab", &end, 10)); printf("[%s]\n", end);
    printf("%ld ", strtol("0x", &end, 16)); printf("[%s]\n", end);
    printf("%ld ", strtol("08", &end, 0)); printf("[%s]\n", end);
    errno = 0;
    unsigned long ul = strtoul("18446744073709551615", &end, 10);
    printf("%lu %d\n", ul, errno);
    errno = 0;
    ul = strtoul("18446744073709551616", &end, 10);
    printf("%lu %d\n", ul, errno == ERANGE);
    ul = strtoul("-1", &end, 10);                 /* negated in unsigned */
    printf("%lu\n", ul);
    long long ll = strtoll("-9223372036854775808", &end, 10);
    printf("%lld\n", ll);
    unsigned long long ull = strtoull("0xFFFFFFFFFFFFFFFF", &end, 16);
    printf("%llx\n", ull);
    printf("%d %d %d\n", atoi("42abc"), atoi("  -17"), atoi("x"));
    printf("%ld %lld\n", atol("1000000000000"), atoll("-1000000000000000"));
    errno = 0;
    long big = strtol("9223372036854775807", &end, 10);
    printf("%d %d\n", big == LONG_MAX, errno);
    return 0;
}
