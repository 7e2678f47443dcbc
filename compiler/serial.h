/* Writing and reading the incremental state file: little-endian integers, counted byte
   strings. A reader never reads past its end; a short or malformed file only sets bad. */
#ifndef MICA_SERIAL_H
#define MICA_SERIAL_H

#include "util.h"

void ser_u8(Buf *b, uint8_t v);
void ser_u32(Buf *b, uint32_t v);
void ser_u64(Buf *b, uint64_t v);
void ser_i64(Buf *b, int64_t v);
void ser_bytes(Buf *b, const void *data, size_t n); /* length, then the bytes */
void ser_str(Buf *b, const char *s);                /* NULL is kept apart from "" */
/* an array of n elements of a type without padding, copied whole (the state file belongs to
   the mica that wrote it: the fingerprint in its header says which) */
void ser_array(Buf *b, const void *data, uint32_t n, size_t elem);

/* a checksum of the state's bytes (damage, not attacks) */
uint64_t ser_checksum(const uint8_t *p, size_t n);

typedef struct Reader {
    const uint8_t *p, *end;
    bool bad;
} Reader;

/* n bytes of the input, or NULL (and bad) when fewer are left (inline: states are read a
   few bytes at a time) */
static inline const uint8_t *rd_take(Reader *r, size_t n) {
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = true;
        return NULL;
    }
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}
static inline uint8_t rd_u8(Reader *r) {
    const uint8_t *p = rd_take(r, 1);
    return p ? *p : 0;
}
static inline uint32_t rd_u32(Reader *r) {
    const uint8_t *p = rd_take(r, 4);
    return p ? (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24 : 0;
}
static inline uint64_t rd_u64(Reader *r) {
    const uint8_t *p = rd_take(r, 8);
    return p ? load_le64(p) : 0;
}
int64_t rd_i64(Reader *r);
/* a count of items of at least min_size bytes each: bad (and 0) when the rest cannot hold them */
uint32_t rd_count(Reader *r, size_t min_size);
const uint8_t *rd_bytes(Reader *r, size_t *n); /* points into the input */
char *rd_str(Reader *r);                        /* a new string, or NULL */
void rd_buf(Reader *r, Buf *out);               /* a copy of a byte string */
/* a new array (NULL when empty) of an element count it stores in *n */
void *rd_array(Reader *r, uint32_t *n, size_t elem);
/* a VEC's contents as an array, and back (the VEC must be empty) */
#define SER_VEC(b, vec) ser_array(b, (vec)->data, (uint32_t)(vec)->len, sizeof *(vec)->data)
#define RD_VEC(r, vec)                                                                                                 \
    do {                                                                                                               \
        uint32_t n_;                                                                                                   \
        (vec)->data = rd_array(r, &n_, sizeof *(vec)->data);                                                           \
        (vec)->len = (vec)->cap = (int)n_;                                                                             \
    } while (0)
/* the same array where it is in the input (it may not be aligned: copy elements out) */
const uint8_t *rd_in_place(Reader *r, uint32_t *n, size_t elem);

#endif
