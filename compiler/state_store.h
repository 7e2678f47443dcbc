/* Where the incremental state lives: one file, <output>.mica-state/state, that an update
   appends to. It holds pieces (content-addressed: a kind and a key, the checksum of their
   bytes) and roots (the state's main part with the table of the pieces it uses); a header at
   its start names the last root. An update appends its new pieces and its root and then
   rewrites the header: a build killed before that leaves the previous state whole, one killed
   while the header is written leaves a header that does not check (a full build). Nothing
   is created, renamed or removed in an update; when the dead bytes outgrow the live ones,
   the save writes a new file with what is live and renames it into place. */
#ifndef MICA_STATE_STORE_H
#define MICA_STATE_STORE_H

#include "util.h"
#include "../linker/link.h"

typedef struct PieceEntry {
    uint64_t key, off, len; /* off: of the piece's bytes in the file */
    uint8_t kind, kept, unused[6];
} PieceEntry;

typedef struct Store {
    StateStore api;
    char *dir;
    int fd;         /* the state file (a new one while fresh), -1 when there is none */
    bool fresh;     /* the save in progress writes a new file, renamed into place at the end */
    char *tmp;      /* ... under this name */
    uint64_t end;   /* where the next piece goes */
    VEC(PieceEntry) pieces; /* in the file: the last root's, then those the save in progress adds */
    Map index;      /* kind and key (9 bytes) -> index in pieces + 1 */
    Arena names;
} Store;

void store_init(Store *s, const char *dir);
/* The functions of s->api (ctx: the Store): a piece put, read back (mapped: unmap_file it)
   or kept by the save in progress (what it does not keep is dead once it is committed). */
bool store_put(void *ctx, char kind, uint64_t key, const uint8_t *data, size_t len);
const uint8_t *store_get(void *ctx, char kind, uint64_t key, size_t len);
void store_keep(void *ctx, char kind, uint64_t key);
/* The last root, mapped (unmap_file it with *len), its main part the first *main_len bytes;
   NULL with the reason when there is no state or it does not check. */
const uint8_t *store_open(Store *s, size_t *len, size_t *main_len, const char **why);
/* A save: the pieces the new root uses are put or kept (through s->api), then the root is
   written with store_commit, which appends the table of those pieces to main. */
bool store_commit(Store *s, Buf *main);
void store_close(Store *s);

#endif
