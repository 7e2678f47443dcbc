/* The incremental state's file (see state_store.h). Layout: a header of HEADER_SIZE bytes,
   then records, each at a multiple of 8: kind (1 byte, 'm' for a root), 7 zero bytes, key and
   length (8 bytes each, little-endian), the bytes. A root's bytes: the main part, the table
   of the pieces it uses (PieceEntry records in the host's layout: the state belongs to the mica
   that wrote it) and their count (4 bytes). The header: the magic, the root's offset, length
   and checksum, the end of what the root accounts for, and a checksum of these. */
#define _POSIX_C_SOURCE 200809L /* pread */
#include "state_store.h"
#include "serial.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char STATE_MAGIC[8] = {'M', 'I', 'C', 'A', 'I', 'N', 'C', '2'};

enum { HEADER_SIZE = 64, HEADER_USED = 40, RECORD_HEAD = 24 };

/* Dead bytes (pieces and roots no root uses) a file may hold beyond as many as are live before
   a save writes a new one: as many again as are live, at least 1 MiB and at most 16 MiB
   (MICA_STATE_GARBAGE sets it, for tests). A new file costs a copy of what is live, so the
   copies add at most what the updates appended since the last one. */
static uint64_t garbage_allowance(uint64_t live) {
    const char *v = getenv("MICA_STATE_GARBAGE");
    if (v && *v)
        return strtoull(v, NULL, 10);
    uint64_t least = (uint64_t)1 << 20, most = (uint64_t)16 << 20;
    return live < least ? least : live > most ? most : live;
}

static uint64_t record_size(uint64_t len) {
    return (RECORD_HEAD + len + 7) / 8 * 8;
}

static char *main_path(const Store *s) {
    return format("%s/state", s->dir);
}

static void name_of(char name[9], char kind, uint64_t key) {
    name[0] = kind;
    memcpy(name + 1, &key, 8);
}

static PieceEntry *find(Store *s, char kind, uint64_t key) {
    char name[9];
    name_of(name, kind, key);
    uintptr_t i = (uintptr_t)map_get(&s->index, name, 9);
    return i ? &s->pieces.data[i - 1] : NULL;
}

static void index_entry(Store *s, int i) {
    char *name = arena_alloc(&s->names, 9);
    name_of(name, (char)s->pieces.data[i].kind, s->pieces.data[i].key);
    map_put(&s->index, name, 9, (void *)(uintptr_t)(i + 1));
}

static void add_entry(Store *s, PieceEntry e) {
    vec_push(&s->pieces, e);
    index_entry(s, s->pieces.len - 1);
}

/* a record at the end of the file; its bytes' offset in *at */
static bool append(Store *s, char kind, uint64_t key, const uint8_t *data, size_t len, uint64_t *at) {
    uint8_t head[RECORD_HEAD] = {0};
    head[0] = (uint8_t)kind;
    put_uint(head + 8, key, 8, false);
    put_uint(head + 16, len, 8, false);
    static const uint8_t padding[8];
    *at = s->end + RECORD_HEAD;
    uint64_t next = s->end + record_size(len);
    bool ok = write_at(s->fd, head, sizeof head, s->end) && write_at(s->fd, data, len, *at) &&
              write_at(s->fd, padding, (size_t)(next - *at - len), *at + len); /* the file reaches the end */
    s->end = next;
    return ok;
}

/* A save that writes a new file: it starts with an empty header (it is renamed into place
   once whole). */
static bool begin_fresh(Store *s) {
    struct stat sb;
    if (stat(s->dir, &sb) == 0 && !S_ISDIR(sb.st_mode))
        unlink(s->dir); /* something else is in the way */
    mkdir(s->dir, 0755);
    free(s->tmp);
    s->tmp = format("%s/state.tmp.%d", s->dir, (int)getpid());
    int fd = open(s->tmp, O_RDWR | O_CREAT | O_TRUNC, 0666);
    if (fd < 0)
        return false;
    uint8_t header[HEADER_SIZE] = {0};
    if (!write_at(fd, header, sizeof header, 0)) {
        close(fd);
        unlink(s->tmp);
        return false;
    }
    if (s->fd >= 0)
        close(s->fd);
    s->fd = fd;
    s->fresh = true;
    s->end = HEADER_SIZE;
    return true;
}

bool store_put(void *ctx, char kind, uint64_t key, const uint8_t *data, size_t len) {
    Store *s = ctx;
    PieceEntry *known = find(s, kind, key);
    if (known && known->len == len) {
        known->kept = 1;
        return true;
    }
    if (s->fd < 0 && !begin_fresh(s))
        return false;
    PieceEntry e;
    memset(&e, 0, sizeof e);
    e.kind = (uint8_t)kind;
    e.key = key;
    e.len = len;
    e.kept = 1;
    bool ok = append(s, kind, key, data, len, &e.off);
    if (ok)
        add_entry(s, e);
    return ok;
}

const uint8_t *store_get(void *ctx, char kind, uint64_t key, size_t len) {
    Store *s = ctx;
    PieceEntry *e = find(s, kind, key);
    return e && e->len == len ? map_range(s->fd, e->off, len) : NULL;
}

void store_keep(void *ctx, char kind, uint64_t key) {
    PieceEntry *e = find(ctx, kind, key);
    if (e)
        e->kept = 1; /* one that is not there fails its reading back: a full build then */
}

void store_init(Store *s, const char *dir) {
    memset(s, 0, sizeof *s);
    s->api.ctx = s;
    s->api.put = store_put;
    s->api.get = store_get;
    s->api.keep = store_keep;
    s->dir = xstrdup(dir);
    s->fd = -1;
}

void store_close(Store *s) {
    if (s->fd >= 0)
        close(s->fd);
    if (s->fresh)
        unlink(s->tmp);
    free(s->tmp);
    free(s->dir);
    vec_free(&s->pieces);
    map_free(&s->index);
    arena_free(&s->names);
    memset(s, 0, sizeof *s);
    s->fd = -1;
}

const uint8_t *store_open(Store *s, size_t *len, size_t *main_len, const char **why) {
    char *path = main_path(s);
    s->fd = open(path, O_RDWR);
    free(path);
    struct stat sb;
    uint8_t h[HEADER_SIZE];
    *why = "no state from an earlier build";
    if (s->fd < 0 || fstat(s->fd, &sb) != 0)
        return NULL;
    *why = "the state was written by another mica, for another target or with other options";
    if (pread(s->fd, h, sizeof h, 0) != (ssize_t)sizeof h || memcmp(h, STATE_MAGIC, sizeof STATE_MAGIC))
        return NULL;
    *why = "the state is damaged";
    uint64_t root = load_le64(h + 8), root_len = load_le64(h + 16), root_key = load_le64(h + 24);
    uint64_t end = load_le64(h + 32);
    if (load_le64(h + HEADER_USED) != ser_checksum(h, HEADER_USED) || root < HEADER_SIZE + RECORD_HEAD ||
        root > end || root_len < 4 || root_len > end - root || end > (uint64_t)sb.st_size)
        return NULL;
    const uint8_t *data = map_range(s->fd, root, (size_t)root_len);
    if (!data || ser_checksum(data, root_len) != root_key) {
        unmap_file(data, root_len);
        return NULL;
    }
    uint32_t n = (uint32_t)get_uint(data + root_len - 4, 4, false);
    if (n > (root_len - 4) / sizeof(PieceEntry)) {
        unmap_file(data, root_len);
        return NULL;
    }
    size_t table = root_len - 4 - n * sizeof(PieceEntry);
    for (uint32_t i = 0; i < n; i++) {
        PieceEntry e;
        memcpy(&e, data + table + i * sizeof e, sizeof e);
        e.kept = 0;
        if (e.off < HEADER_SIZE + RECORD_HEAD || e.off > end || e.len > end - e.off) {
            unmap_file(data, root_len);
            return NULL;
        }
        add_entry(s, e);
    }
    s->end = end;
    *len = root_len;
    *main_len = table;
    return data;
}

/* Copies the pieces kept into a new file (the old one has more dead bytes than live). */
static bool compact(Store *s) {
    int old = s->fd;
    s->fd = -1;
    if (!begin_fresh(s)) {
        s->fd = old;
        return false;
    }
    bool ok = true;
    for (int i = 0; i < s->pieces.len && ok; i++) {
        PieceEntry *e = &s->pieces.data[i];
        if (!e->kept || !e->len)
            continue;
        const uint8_t *data = map_range(old, e->off, e->len);
        ok = data && append(s, (char)e->kind, e->key, data, e->len, &e->off);
        unmap_file(data, e->len);
    }
    close(old);
    return ok;
}

/* After the new file is in place, what else is in the directory goes (the pieces of older
   micas, the files of saves that were killed). */
static void remove_others(Store *s) {
    DIR *d = opendir(s->dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        const char *n = e->d_name;
        bool old_piece = strlen(n) == 17 && strchr("bdrx", n[0]);
        if (!old_piece && strncmp(n, "state.tmp.", 10))
            continue;
        char *path = format("%s/%s", s->dir, n);
        unlink(path);
        free(path);
    }
    closedir(d);
}

bool store_commit(Store *s, Buf *main) {
    uint64_t live = 0;
    int kept = 0;
    for (int i = 0; i < s->pieces.len; i++)
        if (s->pieces.data[i].kept) {
            live += record_size(s->pieces.data[i].len);
            kept++;
        }
    bool ok = true;
    uint64_t root_size = record_size(main->len + (size_t)kept * sizeof(PieceEntry) + 4);
    if (s->fd < 0)
        ok = begin_fresh(s);
    else if (!s->fresh && s->end > HEADER_SIZE + 2 * live + root_size + garbage_allowance(live + root_size))
        ok = compact(s);
    /* the table of the pieces kept, in the order they came; the others are forgotten */
    int n = 0;
    for (int i = 0; i < s->pieces.len; i++)
        if (s->pieces.data[i].kept)
            s->pieces.data[n++] = s->pieces.data[i];
    s->pieces.len = n;
    map_clear(&s->index);
    arena_reset(&s->names);
    for (int i = 0; i < n; i++) {
        s->pieces.data[i].kept = 0;
        index_entry(s, i);
        buf_append(main, &s->pieces.data[i], sizeof(PieceEntry));
    }
    uint8_t count[4];
    put_uint(count, (uint64_t)n, 4, false);
    buf_append(main, count, sizeof count);
    uint64_t key = ser_checksum(main->data, main->len), root = 0;
    ok = ok && append(s, 'm', key, main->data, main->len, &root);
    uint8_t h[HEADER_SIZE] = {0};
    memcpy(h, STATE_MAGIC, sizeof STATE_MAGIC);
    put_uint(h + 8, root, 8, false);
    put_uint(h + 16, main->len, 8, false);
    put_uint(h + 24, key, 8, false);
    put_uint(h + 32, s->end, 8, false);
    put_uint(h + HEADER_USED, ser_checksum(h, HEADER_USED), 8, false);
    ok = ok && write_at(s->fd, h, sizeof h, 0);
    if (ok && s->fresh) {
        char *path = main_path(s);
        ok = rename(s->tmp, path) == 0;
        free(path);
        if (ok) {
            s->fresh = false;
            remove_others(s);
        }
    }
    return ok;
}
