/* The incremental state's encoding (see serial.h). */
#include "serial.h"

void ser_u8(Buf *b, uint8_t v) {
    buf_u8(b, v);
}

/* little-endian, whatever the host */
static void put_le(Buf *b, uint64_t v, int n) {
    if (b->cap - b->len < 8)
        buf_reserve(b, 8);
    uint8_t *p = b->data + b->len;
    for (int i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
    b->len += (size_t)n;
}

void ser_u32(Buf *b, uint32_t v) {
    put_le(b, v, 4);
}

void ser_u64(Buf *b, uint64_t v) {
    put_le(b, v, 8);
}

void ser_i64(Buf *b, int64_t v) {
    buf_uint(b, (uint64_t)v, 8, false);
}

void ser_bytes(Buf *b, const void *data, size_t n) {
    ser_u64(b, n);
    buf_append(b, data, n);
}

void ser_str(Buf *b, const char *s) {
    if (!s) {
        ser_u64(b, UINT64_MAX);
        return;
    }
    ser_bytes(b, s, strlen(s));
}

int64_t rd_i64(Reader *r) {
    return (int64_t)rd_u64(r);
}

uint32_t rd_count(Reader *r, size_t min_size) {
    uint32_t n = rd_u32(r);
    if (r->bad || (min_size && (size_t)(r->end - r->p) / min_size < n)) {
        r->bad = true;
        return 0;
    }
    return n;
}

const uint8_t *rd_bytes(Reader *r, size_t *n) {
    uint64_t len = rd_u64(r);
    if (len > (uint64_t)(r->end - r->p)) {
        r->bad = true;
        *n = 0;
        return NULL;
    }
    *n = (size_t)len;
    return rd_take(r, (size_t)len);
}

char *rd_str(Reader *r) {
    uint64_t len = rd_u64(r);
    if (len == UINT64_MAX || r->bad)
        return NULL;
    if (len > (uint64_t)(r->end - r->p)) {
        r->bad = true;
        return NULL;
    }
    const uint8_t *p = rd_take(r, (size_t)len);
    return xstrndup((const char *)p, (size_t)len);
}

void rd_buf(Reader *r, Buf *out) {
    size_t n;
    const uint8_t *p = rd_bytes(r, &n);
    memset(out, 0, sizeof *out);
    if (p && n)
        buf_append(out, p, n);
}

void ser_array(Buf *b, const void *data, uint32_t n, size_t elem) {
    ser_u32(b, n);
    buf_append(b, data, (size_t)n * elem);
}

const uint8_t *rd_in_place(Reader *r, uint32_t *n, size_t elem) {
    *n = rd_count(r, elem);
    return rd_take(r, (size_t)*n * elem);
}

void *rd_array(Reader *r, uint32_t *n, size_t elem) {
    *n = rd_count(r, elem);
    if (!*n || r->bad)
        return NULL;
    const uint8_t *p = rd_take(r, (size_t)*n * elem);
    void *copy = xmalloc((size_t)*n * elem);
    memcpy(copy, p, (size_t)*n * elem);
    return copy;
}

/* four independent lanes over 32-byte blocks: about a byte per cycle */
uint64_t ser_checksum(const uint8_t *p, size_t n) {
    uint64_t lane[4] = {0x9e3779b97f4a7c15ULL, 0xc2b2ae3d27d4eb4fULL, 0x165667b19e3779f9ULL, 0x27d4eb2f165667c5ULL};
    size_t i = 0;
    for (; i + 32 <= n; i += 32)
        for (int k = 0; k < 4; k++) {
            lane[k] = (lane[k] ^ load_le64(p + i + 8 * (size_t)k)) * 0xff51afd7ed558ccdULL;
            lane[k] ^= lane[k] >> 29;
        }
    uint64_t h = lane[0] ^ (lane[1] << 1 | lane[1] >> 63) ^ (lane[2] << 7 | lane[2] >> 57) ^ (lane[3] << 13 | lane[3] >> 51);
    for (; i < n; i++)
        h = (h ^ p[i]) * 0x100000001b3ULL;
    h ^= (uint64_t)n;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 29);
}
