/* CRC-32 (IEEE, table driven and bitwise), CRC-32C, Adler-32 and FNV over several inputs. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t table[256], table_c[256];

static void make_table(uint32_t *t, uint32_t poly) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? poly ^ (c >> 1) : c >> 1;
        t[i] = c;
    }
}
static uint32_t crc_update(const uint32_t *t, uint32_t crc, const unsigned char *buf, size_t len) {
    crc = ~crc;
    while (len--) crc = t[(crc ^ *buf++) & 0xff] ^ (crc >> 8);
    return ~crc;
}
static uint32_t crc_bitwise(const unsigned char *buf, size_t len) {
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) {
        crc ^= buf[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}
static uint32_t adler32(const unsigned char *buf, size_t len) {
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < len; i++) { a = (a + buf[i]) % 65521u; b = (b + a) % 65521u; }
    return (b << 16) | a;
}
static uint64_t fnv1a64(const unsigned char *buf, size_t len) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < len; i++) { h ^= buf[i]; h *= 0x100000001b3ull; }
    return h;
}

int main(void) {
    make_table(table, 0xEDB88320u);
    make_table(table_c, 0x82F63B78u);
    const char *inputs[] = { "", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "message digest" };
    for (int i = 0; i < 6; i++) {
        const unsigned char *s = (const unsigned char *)inputs[i];
        size_t n = strlen(inputs[i]);
        printf("%-45s crc32 %08x bitwise %08x crc32c %08x adler %08x fnv %016llx\n", inputs[i], crc_update(table, 0, s, n), crc_bitwise(s, n),
               crc_update(table_c, 0, s, n), adler32(s, n), (unsigned long long)fnv1a64(s, n));
    }
    /* incremental equals one-shot over a large buffer */
    static unsigned char big[1 << 16];
    uint32_t x = 1;
    for (size_t i = 0; i < sizeof big; i++) { x = x * 1103515245u + 12345u; big[i] = (unsigned char)(x >> 16); }
    uint32_t one = crc_update(table, 0, big, sizeof big), inc = 0;
    for (size_t off = 0; off < sizeof big; off += 1000) inc = crc_update(table, inc, big + off, sizeof big - off < 1000 ? sizeof big - off : 1000);
    printf("big: %08x %08x same %d adler %08x\n", one, inc, one == inc, adler32(big, sizeof big));
    return 0;
}
