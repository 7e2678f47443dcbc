/* Small shared building blocks: checked allocation, arenas, byte buffers, growable arrays,
   hashing and hash maps. Everything else in mica is built on these. */
#ifndef MICA_UTIL_H
#define MICA_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);
char *format(const char *fmt, ...);
_Noreturn void fatal(const char *fmt, ...);

/* Arena: bump allocation from large chunks, freed all at once (or back to a mark). */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *chunk;
    char *cur;
    char *end;
} Arena;
typedef struct ArenaMark {
    ArenaChunk *chunk;
    char *cur;
} ArenaMark;

void *arena_alloc_chunk(Arena *a, size_t size); /* size rounded: starts a new chunk */

/* Inline so that the common case is a pointer bump, and so that zeroing an object of a
   constant size compiles to a few stores instead of a call to memset. */
static inline void *arena_alloc(Arena *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->cur) < size)
        return arena_alloc_chunk(a, size);
    void *p = a->cur;
    a->cur += size;
    return p;
}

static inline void *arena_zalloc(Arena *a, size_t size) {
    void *p = arena_alloc(a, size);
    memset(p, 0, size);
    return p;
}
char *arena_strndup(Arena *a, const char *s, size_t len);
void arena_reset(Arena *a); /* keeps the first chunk for reuse */
void arena_free(Arena *a);

/* Growable array of any element type: a struct with data, len, cap. */
#define VEC(T) struct { T *data; int len; int cap; }
/* the capacity check is inline: most pushes need no reallocation */
#define vec_grow(v, n)                                                                                \
    ((v)->len + (n) > (v)->cap                                                                        \
         ? vec_reserve_((void **)&(v)->data, &(v)->cap, (v)->len + (n), sizeof(*(v)->data))          \
         : (void)0)
#define vec_push(v, x) (vec_grow(v, 1), (v)->data[(v)->len++] = (x))
#define vec_last(v) ((v)->data[(v)->len - 1])
#define vec_free(v) (free((v)->data), (v)->data = NULL, (v)->len = (v)->cap = 0)
void vec_reserve_(void **data, int *cap, int need, size_t elem);

/* Byte buffer with target-order integer writers. */
typedef struct Buf {
    uint8_t *data;
    size_t len;
    size_t cap;
} Buf;

void buf_grow(Buf *b, size_t extra); /* reallocates so that extra more bytes fit */

/* Inline: the backend appends a few bytes per instruction, and most appends fit. */
static inline void buf_reserve(Buf *b, size_t extra) {
    if (b->cap - b->len < extra)
        buf_grow(b, extra);
}

static inline void buf_append(Buf *b, const void *src, size_t n) {
    if (!n)
        return;
    buf_reserve(b, n);
    memcpy(b->data + b->len, src, n);
    b->len += n;
}

void buf_zeros(Buf *b, size_t n);
void buf_uint(Buf *b, uint64_t v, int size, bool big_endian);
void buf_uleb(Buf *b, uint64_t v);
void buf_sleb(Buf *b, int64_t v);
void buf_str(Buf *b, const char *s); /* with its terminating NUL */
void buf_printf(Buf *b, const char *fmt, ...);
void buf_free(Buf *b);
void put_uint(uint8_t *p, uint64_t v, int size, bool big_endian);
uint64_t get_uint(const uint8_t *p, int size, bool big_endian);
size_t uleb_size(uint64_t v);

static inline void buf_u8(Buf *b, uint8_t v) {
    if (b->len == b->cap)
        buf_grow(b, 1);
    b->data[b->len++] = v;
}

/* Hashing. */
uint64_t hash_bytes(const void *data, size_t len);
uint64_t hash_mix(uint64_t h, uint64_t v);

/* 128-bit digests (incremental builds compare them) */
typedef struct Digest {
    uint64_t a, b;
} Digest;

typedef struct Hasher {
    uint64_t a, b;
} Hasher;

void hasher_init(Hasher *h, uint64_t seed);
static inline uint64_t rotl64(uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}
static inline void hash_u64(Hasher *h, uint64_t v) { /* inline: it runs for every token */
    h->a = rotl64((h->a ^ v) * 0x9e3779b97f4a7c15ULL, 29);
    h->b = rotl64(h->b + v * 0xc2b2ae3d27d4eb4fULL, 31) * 0x165667b19e3779f9ULL;
}
void hash_data(Hasher *h, const void *data, size_t n);
void hash_text(Hasher *h, const char *s); /* NULL and "" differ */
Digest hasher_digest(Hasher *h);
bool digest_equal(Digest x, Digest y);

/* String-keyed hash map (keys are not copied; callers keep them alive). Iteration with
   map_next visits entries in insertion order, so output never depends on hash values. */
typedef struct MapEntry {
    const char *key;
    int keylen;
    uint64_t hash;
    void *value;
} MapEntry;
typedef struct Map {
    MapEntry *entries; /* in insertion order; deleted ones have key == NULL */
    int len;
    int cap;
    int32_t *slots; /* open addressing: index+1 into entries, 0 empty, -1 deleted */
    int nslots;
    int live;
} Map;

void *map_get(Map *m, const char *key, int keylen);
MapEntry *map_find(Map *m, const char *key, int keylen);
void map_put(Map *m, const char *key, int keylen, void *value);
/* the entry of key: the one there, or a new one (*added) with a NULL value whose key the
   caller may point at its own copy of the same bytes */
MapEntry *map_insert(Map *m, const char *key, int keylen, bool *added);
void map_reserve(Map *m, int n); /* room for n more entries */
bool map_delete(Map *m, const char *key, int keylen);
void map_clear(Map *m);
void map_free(Map *m);

/* Files. */
/* eight bytes as a little-endian number, whatever the host (compilers make it one load) */
static inline uint64_t load_le64(const uint8_t *p) {
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
           (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

char *read_file(const char *path, size_t *len); /* NUL-terminated; NULL on failure */
/* A file's contents mapped read-only (not NUL-terminated; NULL on failure or when empty):
   the page cache's pages are mapped at once, nothing is copied. */
const uint8_t *map_file(const char *path, size_t *len);
/* a file's text, NUL-terminated and writable, kept to the end of the run (mapped when it can
   be: no copy of what the page cache holds); NULL on failure */
char *map_text(const char *path, size_t *len);
/* all of data written at off (pwrite until done); false on failure */
bool write_at(int fd, const void *data, size_t len, uint64_t off);
/* len bytes of an open file from off, mapped read-only (NULL on failure or when empty) */
const uint8_t *map_range(int fd, uint64_t off, size_t len);
/* unmaps what map_file or map_range gave */
void unmap_file(const uint8_t *data, size_t len);
bool file_exists(const char *path);
char *path_dirname(const char *path);
char *path_join(const char *dir, const char *name);

static inline int64_t align_to(int64_t n, int64_t align) {
    return (n + align - 1) / align * align;
}

#endif
