#include <stdio.h>

int main(void) {
    unsigned long counts[256] = { 0 };
    unsigned long total = 0, sum = 0;
    unsigned char buf[37];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
        for (size_t i = 0; i < n; i++) { counts[buf[i]]++; sum = sum * 31 + buf[i]; }
        total += n;
    }
    int distinct = 0;
    for (int i = 0; i < 256; i++) distinct += counts[i] != 0;
    printf("bytes %lu distinct %d hash %lu\n", total, distinct, sum);
    printf("newlines %lu spaces %lu high %lu\n", counts['\n'], counts[' '], counts[0xC3] + counts[0xA9]);
    return 0;
}
