#define _POSIX_C_SOURCE 200809L /* readlink, fileno... from the host libc */
#define _DEFAULT_SOURCE         /* MAP_POPULATE */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>

_Noreturn void fatal(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("mica: fatal error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

void *xmalloc(size_t size) {
    void *p = malloc(size ? size : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

void *xcalloc(size_t count, size_t size) {
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

void *xrealloc(void *ptr, size_t size) {
    void *p = realloc(ptr, size ? size : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

char *xstrndup(const char *s, size_t len) {
    char *p = xmalloc(len + 1);
    memcpy(p, s, len);
    p[len] = 0;
    return p;
}

char *xstrdup(const char *s) {
    return xstrndup(s, strlen(s));
}

char *format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

/* ---- arena ---- */

struct ArenaChunk {
    ArenaChunk *prev;
    size_t size;
    /* data follows, 16-aligned */
};

enum { ARENA_CHUNK = 1 << 20, CHUNK_HEADER = (sizeof(ArenaChunk) + 15) & ~(size_t)15 };

void *arena_alloc_chunk(Arena *a, size_t size) {
    size_t want = size > ARENA_CHUNK / 4 ? size : ARENA_CHUNK;
    ArenaChunk *c = xmalloc(CHUNK_HEADER + want);
    c->prev = a->chunk;
    c->size = want;
    a->chunk = c;
    a->cur = (char *)c + CHUNK_HEADER + size;
    a->end = (char *)c + CHUNK_HEADER + want;
    return (char *)c + CHUNK_HEADER;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = 0;
    return p;
}

static void arena_release(Arena *a, ArenaMark mark) {
    while (a->chunk != mark.chunk) {
        ArenaChunk *prev = a->chunk->prev;
        free(a->chunk);
        a->chunk = prev;
    }
    if (a->chunk) {
        a->cur = mark.cur;
        a->end = (char *)a->chunk + CHUNK_HEADER + a->chunk->size;
    } else {
        a->cur = a->end = NULL;
    }
}

void arena_reset(Arena *a) {
    if (!a->chunk || (!a->chunk->prev && a->cur == (char *)a->chunk + CHUNK_HEADER))
        return;
    while (a->chunk->prev) {
        ArenaChunk *prev = a->chunk->prev;
        free(a->chunk);
        a->chunk = prev;
    }
    a->cur = (char *)a->chunk + CHUNK_HEADER;
    a->end = a->cur + a->chunk->size;
}

void arena_free(Arena *a) {
    ArenaMark none = {NULL, NULL};
    arena_release(a, none);
}

/* ---- vectors and buffers ---- */

void vec_reserve_(void **data, int *cap, int need, size_t elem) {
    if (need <= *cap)
        return;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    *data = xrealloc(*data, (size_t)ncap * elem);
    *cap = ncap;
}

void buf_grow(Buf *b, size_t extra) {
    size_t ncap = b->cap ? b->cap * 2 : 256;
    while (ncap < b->len + extra)
        ncap *= 2;
    b->data = xrealloc(b->data, ncap);
    b->cap = ncap;
}

void buf_zeros(Buf *b, size_t n) {
    if (!n)
        return;
    buf_reserve(b, n);
    memset(b->data + b->len, 0, n);
    b->len += n;
}

void put_uint(uint8_t *p, uint64_t v, int size, bool big_endian) {
    for (int i = 0; i < size; i++) {
        int shift = big_endian ? (size - 1 - i) * 8 : i * 8;
        p[i] = (uint8_t)(v >> shift);
    }
}

uint64_t get_uint(const uint8_t *p, int size, bool big_endian) {
    uint64_t v = 0;
    for (int i = 0; i < size; i++) {
        int shift = big_endian ? (size - 1 - i) * 8 : i * 8;
        v |= (uint64_t)p[i] << shift;
    }
    return v;
}

void buf_uint(Buf *b, uint64_t v, int size, bool big_endian) {
    buf_reserve(b, (size_t)size);
    put_uint(b->data + b->len, v, size, big_endian);
    b->len += (size_t)size;
}

void buf_uleb(Buf *b, uint64_t v) {
    do {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        if (v)
            byte |= 0x80;
        buf_u8(b, byte);
    } while (v);
}

size_t uleb_size(uint64_t v) {
    size_t n = 0;
    do {
        v >>= 7;
        n++;
    } while (v);
    return n;
}

void buf_sleb(Buf *b, int64_t v) {
    for (;;) {
        uint8_t byte = v & 0x7f;
        int64_t rest = v >> 7; /* arithmetic shift: mica and gcc both shift signed values arithmetically */
        bool done = (rest == 0 && !(byte & 0x40)) || (rest == -1 && (byte & 0x40));
        buf_u8(b, done ? byte : (uint8_t)(byte | 0x80));
        if (done)
            break;
        v = rest;
    }
}

void buf_str(Buf *b, const char *s) {
    buf_append(b, s, strlen(s) + 1);
}

void buf_printf(Buf *b, const char *fmt, ...) {
    /* format straight into the free room; only when it is too small, grow and format again */
    size_t room = b->cap - b->len;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(room ? (char *)b->data + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if ((size_t)n >= room) {
        buf_reserve(b, (size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void buf_free(Buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ---- hashing ---- */

/* ---- 128-bit digests: two 64-bit lanes with different multipliers and final mixing, so that
   two different inputs never share one in practice ---- */

void hasher_init(Hasher *h, uint64_t seed) {
    h->a = 0x243f6a8885a308d3ULL ^ seed;
    h->b = 0x13198a2e03707344ULL + seed * 0x9e3779b97f4a7c15ULL;
}

void hash_data(Hasher *h, const void *data, size_t n) {
    const uint8_t *p = data;
    hash_u64(h, n);
    while (n >= 8) {
        hash_u64(h, load_le64(p));
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++)
        w |= (uint64_t)p[i] << (8 * i);
    hash_u64(h, w);
}

void hash_text(Hasher *h, const char *s) {
    if (!s) {
        hash_u64(h, 0x6e756c6cULL);
        return;
    }
    hash_data(h, s, strlen(s));
}

static uint64_t fmix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

Digest hasher_digest(Hasher *h) {
    Digest d;
    d.a = fmix(h->a ^ rotl64(h->b, 17));
    d.b = fmix(h->b + d.a);
    return d;
}

bool digest_equal(Digest x, Digest y) {
    return x.a == y.a && x.b == y.b;
}

uint64_t hash_mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 32);
}

uint64_t hash_bytes(const void *data, size_t len) {
    const uint8_t *p = data;
    uint64_t h = 0xcbf29ce484222325ULL ^ len;
    while (len >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
        p += 8;
        len -= 8;
    }
    while (len--) {
        h = (h ^ *p++) * 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
    return h;
}

/* ---- map ---- */

static void map_rehash(Map *m, int nslots) {
    free(m->slots);
    m->slots = xcalloc((size_t)nslots, sizeof(int32_t));
    m->nslots = nslots;
    /* compact the entry array at the same time */
    int j = 0;
    for (int i = 0; i < m->len; i++) {
        if (!m->entries[i].key)
            continue;
        m->entries[j] = m->entries[i];
        unsigned s = (unsigned)(m->entries[j].hash & (uint64_t)(nslots - 1));
        while (m->slots[s] != 0)
            s = (s + 1) & (unsigned)(nslots - 1);
        m->slots[s] = j + 1;
        j++;
    }
    m->len = j;
}

static int map_slot(Map *m, const char *key, int keylen, uint64_t h) {
    if (!m->nslots)
        return -1;
    unsigned mask = (unsigned)m->nslots - 1;
    unsigned s = (unsigned)(h & mask);
    for (;;) {
        int32_t idx = m->slots[s];
        if (idx == 0)
            return -1;
        if (idx > 0) {
            MapEntry *e = &m->entries[idx - 1];
            if (e->hash == h && e->keylen == keylen && memcmp(e->key, key, (size_t)keylen) == 0)
                return (int)s;
        }
        s = (s + 1) & mask;
    }
}

MapEntry *map_find(Map *m, const char *key, int keylen) {
    int s = map_slot(m, key, keylen, hash_bytes(key, (size_t)keylen));
    return s < 0 ? NULL : &m->entries[m->slots[s] - 1];
}

void *map_get(Map *m, const char *key, int keylen) {
    MapEntry *e = map_find(m, key, keylen);
    return e ? e->value : NULL;
}

MapEntry *map_insert(Map *m, const char *key, int keylen, bool *added) {
    uint64_t h = hash_bytes(key, (size_t)keylen);
    int s = map_slot(m, key, keylen, h);
    *added = s < 0;
    if (s >= 0)
        return &m->entries[m->slots[s] - 1];
    if ((m->len + 1) * 4 >= m->nslots * 3) {
        int n = m->nslots ? m->nslots : 16;
        while ((m->live + 1) * 2 >= n)
            n *= 2;
        map_rehash(m, n); /* also drops deleted entries */
    }
    if (m->len == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 16;
        m->entries = xrealloc(m->entries, (size_t)m->cap * sizeof(MapEntry));
    }
    MapEntry *e = &m->entries[m->len];
    e->key = key;
    e->keylen = keylen;
    e->hash = h;
    e->value = NULL;
    unsigned mask = (unsigned)m->nslots - 1;
    unsigned slot = (unsigned)(h & mask);
    while (m->slots[slot] > 0)
        slot = (slot + 1) & mask;
    m->slots[slot] = ++m->len;
    m->live++;
    return e;
}

void map_put(Map *m, const char *key, int keylen, void *value) {
    bool added;
    map_insert(m, key, keylen, &added)->value = value;
}

void map_reserve(Map *m, int n) {
    int slots = m->nslots ? m->nslots : 16;
    while ((m->live + n + 1) * 2 >= slots)
        slots *= 2;
    if (slots != m->nslots)
        map_rehash(m, slots);
    if (m->cap < m->len + n) {
        m->cap = m->len + n;
        m->entries = xrealloc(m->entries, (size_t)m->cap * sizeof(MapEntry));
    }
}

bool map_delete(Map *m, const char *key, int keylen) {
    int s = map_slot(m, key, keylen, hash_bytes(key, (size_t)keylen));
    if (s < 0)
        return false;
    m->entries[m->slots[s] - 1].key = NULL;
    m->slots[s] = -1;
    m->live--;
    return true;
}

void map_clear(Map *m) {
    if (m->slots)
        memset(m->slots, 0, (size_t)m->nslots * sizeof(int32_t));
    m->len = 0;
    m->live = 0;
}

void map_free(Map *m) {
    free(m->entries);
    free(m->slots);
    memset(m, 0, sizeof(*m));
}

/* ---- files ---- */

const uint8_t *map_file(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    struct stat st;
    const uint8_t *data = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        data = map_range(fd, 0, (size_t)st.st_size);
    close(fd);
    if (data)
        *len = (size_t)st.st_size;
    return data;
}

char *map_text(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    struct stat st;
    void *data = MAP_FAILED;
    long page = sysconf(_SC_PAGESIZE);
    /* the rest of the last page reads as zeros: the NUL after the text */
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && page > 0 && st.st_size % page)
        data = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    close(fd);
    if (data == MAP_FAILED)
        return read_file(path, len);
    *len = (size_t)st.st_size;
    return data;
}

bool write_at(int fd, const void *data, size_t len, uint64_t off) {
    const uint8_t *p = data;
    while (len) {
        ssize_t n = pwrite(fd, p, len, (off_t)off);
        if (n <= 0)
            return false;
        p += n;
        len -= (size_t)n;
        off += (uint64_t)n;
    }
    return true;
}

const uint8_t *map_range(int fd, uint64_t off, size_t len) {
    uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
    uint64_t start = off / page * page;
    void *data = len ? mmap(NULL, len + (size_t)(off - start), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, (off_t)start)
                     : MAP_FAILED;
    return data == MAP_FAILED ? NULL : (const uint8_t *)data + (off - start);
}

void unmap_file(const uint8_t *data, size_t len) {
    if (!data)
        return;
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t start = (uintptr_t)data / page * page; /* a range mapped from inside a page */
    munmap((void *)start, len + ((uintptr_t)data - start));
}

char *read_file(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0 || S_ISDIR(st.st_mode)) {
        close(fd);
        return NULL;
    }
    /* room for the size fstat gives and the NUL, which also takes the one byte that tells the
       end of a file of that size (no copy then); a file that grew meanwhile is read whole too */
    size_t cap = st.st_size > 0 ? (size_t)st.st_size : 4096;
    char *data = xmalloc(cap + 1);
    size_t n = 0;
    for (;;) {
        if (n > cap) {
            cap *= 2;
            data = xrealloc(data, cap + 1);
        }
        ssize_t r = read(fd, data + n, cap + 1 - n);
        if (r < 0) {
            close(fd);
            free(data);
            return NULL;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    data[n] = 0;
    if (len)
        *len = n;
    return data;
}

bool file_exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && !S_ISDIR(st.st_mode);
}

char *path_dirname(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xstrdup(".");
    if (slash == path)
        return xstrdup("/");
    return xstrndup(path, (size_t)(slash - path));
}

char *path_join(const char *dir, const char *name) {
    if (name[0] == '/' || !dir || !dir[0] || !strcmp(dir, "."))
        return xstrdup(name);
    size_t dl = strlen(dir);
    return format(dl && dir[dl - 1] == '/' ? "%s%s" : "%s/%s", dir, name);
}
