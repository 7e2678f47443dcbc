/* The incremental state's encoding (see serial.h). */
#include "serial.h"

void ser_u8(Buf *b, uint8_t v) {
    buf_u8(b, v);
}

void ser_u32(Buf *b, uint32_t v) {
    buf_uint(b, v, 4, false);
}

void ser_u64(Buf *b, uint64_t v) {
    buf_uint(b, v, 8, false);
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

static const uint8_t *take(Reader *r, size_t n) {
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = true;
        return NULL;
    }
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}

uint8_t rd_u8(Reader *r) {
    const uint8_t *p = take(r, 1);
    return p ? *p : 0;
}

uint32_t rd_u32(Reader *r) {
    const uint8_t *p = take(r, 4);
    return p ? (uint32_t)get_uint(p, 4, false) : 0;
}

uint64_t rd_u64(Reader *r) {
    const uint8_t *p = take(r, 8);
    return p ? get_uint(p, 8, false) : 0;
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
    return take(r, (size_t)len);
}

char *rd_str(Reader *r) {
    uint64_t len = rd_u64(r);
    if (len == UINT64_MAX || r->bad)
        return NULL;
    if (len > (uint64_t)(r->end - r->p)) {
        r->bad = true;
        return NULL;
    }
    const uint8_t *p = take(r, (size_t)len);
    return xstrndup((const char *)p, (size_t)len);
}

void rd_buf(Reader *r, Buf *out) {
    size_t n;
    const uint8_t *p = rd_bytes(r, &n);
    memset(out, 0, sizeof *out);
    if (p && n)
        buf_append(out, p, n);
}
