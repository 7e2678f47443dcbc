#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <stddef.h>

int main(void) {
    char buf[128];
    int n;
    n = sprintf(buf, "%d|%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 42, 42, 42); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%x|%X|%#x|%#o|%o|%08x", 255, 255, 255, 8, 8, 0xbeef); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%u|%lu|%llu|%hu|%hhu", 4000000000u, 5000000000ul, 18446744073709551615ull, (unsigned short)70000, (unsigned char)300); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%hd|%hhd|%ld|%lld", (short)-3, (signed char)-128, -5000000000L, -1LL); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%c%c%c|%5c|%-3c|", 'a', 'b', 'c', 'd', 'e'); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%s|%10s|%-10s|%.3s|%*s|%-*.*s|", "str", "right", "left", "truncate", 6, "w", 6, 2, "xyz"); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%%|100%%|"); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%zu|%td|%jd|%ju", sizeof(int), (ptrdiff_t)-4, (intmax_t)-99, (uintmax_t)99); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%" PRId64 "|%" PRIu32 "|%" PRIx64 "|%" PRIi8, (int64_t)-1234567890123, (uint32_t)4000000000u, (uint64_t)0xabcdef0123ull, (int8_t)-5); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%.0d|%.3d|%5.3d|%-8.4x|%+.2d", 0, 7, 7, 0xa, 3); printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%#.3o|%#x|%#X", 8, 0, 0xABC); printf("%s (%d)\n", buf, n);
    char small[10];
    n = snprintf(small, sizeof small, "%s-%d", "abcdefgh", 12345);
    printf("%s (%d)\n", small, n);
    n = snprintf(small, 1, "xyz");
    printf("[%s] (%d)\n", small, n);
    n = snprintf(NULL, 0, "%d %s", 123456, "abc");
    printf("%d\n", n);
    n = snprintf(small, sizeof small, "%09.3f", -3.14159);
    printf("%s (%d)\n", small, n);
    int pos1, pos2;
    sprintf(buf, "ab%ncdef%n", &pos1, &pos2);
    printf("%d %d\n", pos1, pos2);
    n = sprintf(buf, "%d %d %d %d %d %d %d %d %d %d %d %d", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%-+6d|%- 6d|%+06d|%-06d", 5, 5, -5, -5);
    printf("%s (%d)\n", buf, n);
    n = sprintf(buf, "%d|%d|%ld", -2147483647 - 1, 2147483647, -9223372036854775807L - 1);
    printf("%s (%d)\n", buf, n);
    return 0;
}
