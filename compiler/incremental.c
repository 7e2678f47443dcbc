#define _POSIX_C_SOURCE 200809L /* st_mtim, clock_gettime from the host libc */
/* Incremental builds: declaration records, the decision to generate a declaration again, the
   state file and the build itself (see incremental.h).

   A declaration's record says which symbols, DWARF entries and line sequences it made. When
   its digest is unchanged, they stay as they are (a declaration that only moved in its file
   gets its debug line numbers rebased); otherwise it is generated again, its named symbols are
   redefined in place (other declarations keep referring to them) and what else it had made is
   freed. Records that no declaration claims are removed at the end of their unit. */
#include "incremental.h"
#include "debuginfo.h"
#include "serial.h"
#include "state_store.h"
#include "../linker/dwarf.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct FileStamp {
    char *path;
    int64_t size;
    int64_t mtime_sec, mtime_nsec;
    Digest hash;
} FileStamp;

/* A function body an update may skip without reading it: when the text at its place is the
   same and the preprocessor is in the same state there, its tokens are too. */
typedef struct BodyText {
    Digest tokens; /* the body's digest (decl_hash_body_end) */
    Digest state;  /* pp_state at its '{' */
    Digest text;   /* of its text, '{' to '}' */
    uint32_t len;  /* of that text; 0: the body cannot be skipped unread */
} BodyText;

typedef struct DeclRecord {
    char *key;
    Digest hash;
    int64_t line;
    VEC(uint32_t) syms;    /* every symbol it defined (0: given to another declaration) */
    VEC(uint8_t) named;    /* per symbol: a named object, undefined (not forgotten) when it goes */
    VEC(uint32_t) entries; /* its DWARF entries */
    VEC(uint32_t) funcs;   /* its line-program sequences */
    VEC(char *) called;    /* functions it refers to (the unit declares them in its DWARF) */
    VEC(char *) uses;      /* the file-scope names it looked up, in order ... */
    VEC(uint8_t) use_tags; /* ... and whether each was a tag */
    bool skippable;        /* a body that declares nothing with linkage: it need not be parsed
                              again while unchanged */
    BodyText body;
} DeclRecord;

typedef struct UnitRecord {
    char *path;
    VEC(FileStamp) files; /* the source and every header it read */
    VEC(DeclRecord) decls;
    VEC(char *) local_names; /* file-scope objects with internal linkage ... */
    VEC(uint32_t) local_syms; /* ... and their symbols */
    int dwarf_unit;           /* -1: none */
    /* read from the state: the declarations and local names stay in the store (under the
       checksum of their bytes) until the unit is compiled again */
    bool stored;
    uint64_t stored_key, stored_len;
    uint32_t stored_decls;
} UnitRecord;

/* The recipes made from one file's declarations (decl_replay.c) while it had one text: each
   entry is a RecipeHead, then the recipe. The text at an entry's place is therefore the text
   it was made from. Units that include a file in the same preprocessor state share its
   entries. */
typedef struct RecipeKey {
    uint32_t line, col; /* of the declaration's first token */
    Digest state;       /* the preprocessor's there */
} RecipeKey;

typedef struct RecipeHead {
    RecipeKey key;
    uint32_t text_len;  /* first token to ';' */
    uint32_t len;       /* of the recipe */
    /* 1 + the bytes (white space and comments) from the end of its text to the next entry's
       first token, when the next entry was made for the declaration right after it in the same
       state; 0 otherwise */
    uint32_t gap;
} RecipeHead;

typedef struct Book {
    char *path;
    Digest content;  /* of the file's text */
    Buf entries;
    /* A parse asks for the entries in the order they were made: the one after the last found
       is tried first. The index is built when that fails or an entry is added. */
    size_t next;
    size_t found;     /* offset + 1 of the entry found last */
    size_t chain_at;  /* offset + 1 of the entry made last in this build, and where its text */
    size_t chain_end; /* ends, counted back from the end of the file */
    Map index;       /* key -> offset of its entry + 1 (the last one made for a key counts) */
    Arena keys;
    bool indexed;
    bool replaced;   /* some key has more than one entry: only the index tells which counts */
    bool loaded;     /* the entries are in memory (read from the store, or new) */
    bool mapped;     /* ... as the store's piece, mapped read-only until an entry is added */
    bool dirty;      /* changed since stored */
    uint64_t stored_key, stored_len;
} Book;

struct IncrState {
    Linker *l;
    uint64_t generation;
    VEC(UnitRecord) units;
    VEC(int32_t) owner; /* symbol -> the unit that defines it; -1: none, or the library */
    StoredArray owner_pieces; /* ... as it is in the state */
    Store store;
    VEC(Book *) books;
    Map book_by_path;
    Map book_by_source; /* this build's source file number -> its book (or no_book) */
    Map digests;        /* this build's source texts (the address of their contents) -> digest */
    Arena source_keys;  /* the keys of both */
    uint32_t last_source; /* the last asked for, and its book */
    Book *last_book;
    size_t main_size; /* of the main part last read or written */
    bool unsaved;     /* built with save_later, the state file not written yet */
};

typedef struct Pending {
    Obj *var;
    Initializer *init;
} Pending;

struct IncrUnit {
    IncrState *st;
    int index;       /* of the unit in st->units */
    UnitRecord old;  /* from the last build (no path: a new unit) */
    UnitRecord now;
    Map old_by_key;  /* key -> old declaration + 1 */
    VEC(uint8_t) old_taken;
    VEC(int32_t) old_owner; /* symbol -> old declaration + 1 that still holds it */
    Map locals;      /* name -> symbol + 1 */
    DeclHash hash;
    bool in_decl;
    bool decided;
    VEC(Pending) pending;
    int cur;         /* the record being generated, or -1 */
    bool debug;
    IncrStats *stats;
    bool needs_full;
    const char *needs_full_why;
    bool block_extern;  /* the declaration being parsed has a block-scope declaration with linkage */
    int prehashed;      /* tokens given back to the parser that are in the digest already */
    BodyText body;      /* the body of the function being parsed, once read */
    Arena texts;        /* the texts of tokens read ahead (for the declaration being parsed) */
};

IncrUnit *incr_parsing;

/* ---- records ---- */

static void free_record(DeclRecord *r) {
    free(r->key);
    vec_free(&r->syms);
    vec_free(&r->named);
    vec_free(&r->entries);
    vec_free(&r->funcs);
    for (int i = 0; i < r->called.len; i++)
        free(r->called.data[i]);
    vec_free(&r->called);
    for (int i = 0; i < r->uses.len; i++)
        free(r->uses.data[i]);
    vec_free(&r->uses);
    vec_free(&r->use_tags);
}

static void free_unit_record(UnitRecord *u) {
    free(u->path);
    for (int i = 0; i < u->files.len; i++)
        free(u->files.data[i].path);
    vec_free(&u->files);
    for (int i = 0; i < u->decls.len; i++)
        free_record(&u->decls.data[i]);
    vec_free(&u->decls);
    for (int i = 0; i < u->local_names.len; i++)
        free(u->local_names.data[i]);
    vec_free(&u->local_names);
    vec_free(&u->local_syms);
    memset(u, 0, sizeof *u);
    u->dwarf_unit = -1;
}

/* The book's entries as a Buf of its own, to add to. */
static void book_own(Book *b) {
    if (!b->mapped)
        return;
    Buf own = {0};
    buf_append(&own, b->entries.data, b->entries.len);
    unmap_file(b->entries.data, b->entries.len);
    b->entries = own;
    b->mapped = false;
}

static void free_book(Book *b) {
    free(b->path);
    if (b->mapped)
        unmap_file(b->entries.data, b->entries.len);
    else
        buf_free(&b->entries);
    map_free(&b->index);
    arena_free(&b->keys);
    free(b);
}

void incr_state_free(IncrState *s) {
    if (!s)
        return;
    for (int i = 0; i < s->books.len; i++)
        free_book(s->books.data[i]);
    vec_free(&s->books);
    map_free(&s->book_by_path);
    map_free(&s->book_by_source);
    map_free(&s->digests);
    arena_free(&s->source_keys);
    for (int i = 0; i < s->units.len; i++)
        free_unit_record(&s->units.data[i]);
    vec_free(&s->units);
    vec_free(&s->owner);
    state_forget_array(&s->owner_pieces);
    if (s->l)
        link_free(s->l);
    store_close(&s->store);
    free(s);
}

static int32_t *owner_of(IncrState *st, uint32_t sym) {
    while (st->owner.len <= (int)sym)
        vec_push(&st->owner, -1);
    return &st->owner.data[sym];
}

static DwarfUnit *unit_dwarf(IncrState *st, UnitRecord *u) {
    return u->dwarf_unit >= 0 ? dwarf_unit_get(st->l, u->dwarf_unit) : NULL;
}

/* What a record made goes away: named symbols are undefined (others may still name them and
   get an error), the rest is forgotten; its DWARF pieces are freed. */
static void release_record(IncrState *st, int unit, DeclRecord *r) {
    Linker *l = st->l;
    for (int i = 0; i < r->syms.len; i++) {
        uint32_t sym = r->syms.data[i];
        if (!sym || *owner_of(st, sym) != unit)
            continue;
        if (r->named.data[i]) {
            if (link_sym(l, sym)->defined)
                link_undefine(l, sym);
        } else {
            link_forget(l, sym);
        }
        *owner_of(st, sym) = -1;
    }
    DwarfUnit *du = unit_dwarf(st, &st->units.data[unit]);
    if (du) {
        for (int i = 0; i < r->entries.len; i++)
            dwarf_entry_free(du, r->entries.data[i]);
        for (int i = 0; i < r->funcs.len; i++)
            dwarf_func_free(du, r->funcs.data[i]);
    }
}

/* ---- tracking the declaration being parsed ---- */

void incr_token(const Token *t) {
    IncrUnit *iu = incr_parsing;
    if (iu->prehashed) {
        iu->prehashed--;
        return;
    }
    if (iu->in_decl)
        decl_hash_token(&iu->hash, t);
}

void incr_block_extern(void) {
    incr_parsing->block_extern = true;
}

const char *incr_keep_text(CompileUnit *cu, const char *text, uint32_t len) {
    return arena_strndup(&cu->incr->texts, text, len);
}

void incr_replay(CompileUnit *cu, int ntokens) {
    cu->incr->prehashed = ntokens;
}

void incr_use(Ident *id, bool tag) {
    if (incr_parsing->in_decl)
        decl_hash_use(&incr_parsing->hash, id, tag);
}

void incr_decl_begin(CompileUnit *cu, int pack) {
    IncrUnit *iu = cu->incr;
    incr_parsing = iu;
    decl_hash_begin(&iu->hash, pack);
    iu->in_decl = true;
    iu->decided = false;
    iu->pending.len = 0;
    iu->cur = -1;
    iu->block_extern = false;
    iu->prehashed = 0;
    memset(&iu->body, 0, sizeof iu->body);
    arena_reset(&iu->texts);
}

void incr_body_begin(SrcLoc open) {
    decl_hash_body_begin(&incr_parsing->hash, open);
}

static Digest text_digest(const char *text, size_t len) {
    Hasher h;
    hasher_init(&h, 0x74657874);
    hash_data(&h, text, len);
    return hasher_digest(&h);
}

void incr_body_end(const char *text, uint32_t len, Digest state) {
    IncrUnit *iu = incr_parsing;
    if (!iu->hash.in_body)
        return; /* ended already (read ahead, then given back to the parser) */
    iu->body.tokens = decl_hash_body_end(&iu->hash);
    iu->body.len = 0;
    if (text && !iu->hash.body_pragma) {
        iu->body.state = state;
        iu->body.text = text_digest(text, len);
        iu->body.len = len;
    }
}

static UnitRecord *unit_record(IncrUnit *iu) {
    return &iu->st->units.data[iu->index];
}

/* The old record of the declaration with this key, if no declaration of this build took it. */
static int old_record(IncrUnit *iu, const char *key) {
    int i = (int)(uintptr_t)map_get(&iu->old_by_key, key, (int)strlen(key)) - 1;
    return i >= 0 && !iu->old_taken.data[i] ? i : -1;
}

/* The old record goes: what the new generation did not take over is released. */
static void retire_old(IncrUnit *iu, int old) {
    if (old < 0)
        return;
    iu->old_taken.data[old] = 1;
    DeclRecord *r = &iu->old.decls.data[old];
    /* release_record looks at the unit's DWARF unit through st->units */
    release_record(iu->st, iu->index, r);
    for (int i = 0; i < r->syms.len; i++)
        if (r->syms.data[i] && (int)r->syms.data[i] < iu->old_owner.len)
            iu->old_owner.data[r->syms.data[i]] = 0;
}

static char *unique_key(IncrUnit *iu, const char *name) {
    for (int n = 1;; n++) {
        char *key = n == 1 ? xstrdup(name) : format("%s#%d", name, n);
        bool used = false;
        for (int i = 0; i < iu->now.decls.len && !used; i++)
            used = !strcmp(iu->now.decls.data[i].key, key);
        if (!used)
            return key;
        free(key);
    }
}

static const char *obj_key(Obj *o) {
    return o->link_name ? o->link_name : o->name ? o->name->name : "?";
}

/* The digest of the declaration being parsed: its tokens, the names it used (uses, or the
   ones the parser reported), its first definition's interface and, for a declaration of
   variables, theirs. (A function's static locals are in its tokens.) */
static Digest final_digest(IncrUnit *iu, Obj *primary, const DeclRecord *uses_of) {
    Digest tokens;
    if (uses_of) {
        VEC(Ident *) ids = {0};
        for (int i = 0; i < uses_of->uses.len; i++)
            vec_push(&ids, intern_cstr(uses_of->uses.data[i]));
        tokens = decl_hash_finish_with(&iu->hash, ids.data, uses_of->use_tags.data, ids.len, iu->debug);
        vec_free(&ids);
    } else {
        tokens = decl_hash_finish(&iu->hash, iu->debug);
    }
    Hasher h;
    hasher_init(&h, 0x64);
    hash_u64(&h, tokens.a);
    hash_u64(&h, tokens.b);
    hash_obj_interface(&h, primary, iu->debug);
    for (int i = 0; i < iu->pending.len && primary->kind != OBJ_FUNC; i++) {
        hash_obj_interface(&h, iu->pending.data[i].var, iu->debug);
        hash_u64(&h, iu->pending.data[i].init != NULL);
    }
    return hasher_digest(&h);
}

/* The old record carries over: the declaration is unchanged (it may have moved in its file). */
static void keep_old(CompileUnit *cu, int old, Obj *primary) {
    IncrUnit *iu = cu->incr;
    IncrState *st = iu->st;
    DeclRecord *o = &iu->old.decls.data[old];
    iu->old_taken.data[old] = 1;
    DeclRecord rec = *o;
    memset(o, 0, sizeof *o);
    for (int i = 0; i < rec.syms.len; i++)
        if (rec.syms.data[i] && (int)rec.syms.data[i] < iu->old_owner.len)
            iu->old_owner.data[rec.syms.data[i]] = 0;
    if (iu->body.len)
        rec.body = iu->body; /* read this time: perhaps after other directives than last time */
    int64_t line = iu->hash.started ? iu->hash.first_line : primary->loc.line;
    DwarfUnit *du = unit_dwarf(st, unit_record(iu));
    if (line != rec.line && du) {
        for (int i = 0; i < rec.entries.len; i++)
            dwarf_entry_rebase(du, rec.entries.data[i], line);
        for (int i = 0; i < rec.funcs.len; i++)
            dwarf_func_rebase(du, rec.funcs.data[i], line);
    }
    rec.line = line;
    vec_push(&iu->now.decls, rec);
    for (int i = 0; i < iu->pending.len; i++)
        iu->pending.data[i].var->is_emitted = true;
}

/* Decides whether the declaration being parsed (whose first definition is primary) must be
   generated. False: its old record stays. True: a new record receives what it makes. */
static bool decide(CompileUnit *cu, Obj *primary) {
    IncrUnit *iu = cu->incr;
    iu->decided = true;
    Digest digest = final_digest(iu, primary, NULL);
    iu->stats->decls_total++;
    char *key = unique_key(iu, obj_key(primary));
    int old = old_record(iu, key);
    if (old >= 0 && digest_equal(iu->old.decls.data[old].hash, digest)) {
        free(key);
        keep_old(cu, old, primary);
        return false;
    }
    DeclRecord rec;
    memset(&rec, 0, sizeof rec);
    rec.key = key;
    rec.hash = digest;
    rec.line = iu->hash.started ? iu->hash.first_line : primary->loc.line;
    rec.skippable = primary->kind == OBJ_FUNC && !iu->block_extern;
    rec.body = iu->body;
    for (int i = 0; i < iu->hash.uses.len; i++) {
        vec_push(&rec.uses, xstrdup(iu->hash.uses.data[i]->name));
        vec_push(&rec.use_tags, iu->hash.use_is_tag.data[i]);
    }
    vec_push(&iu->now.decls, rec);
    iu->cur = iu->now.decls.len - 1;
    iu->stats->decls_generated++;
    map_clear(&cu->strings); /* a declaration's literals are its own */
    return true;
}

bool incr_may_skip(CompileUnit *cu, Obj *fn) {
    IncrUnit *iu = cu->incr;
    int old = old_record(iu, obj_key(fn));
    return old >= 0 && iu->old.decls.data[old].skippable && !iu->block_extern;
}

bool incr_body_unchanged(CompileUnit *cu, Obj *fn) {
    IncrUnit *iu = cu->incr;
    const char *key = obj_key(fn);
    int old = old_record(iu, key);
    if (old < 0 || strcmp(iu->old.decls.data[old].key, key))
        return false;
    Digest digest = final_digest(iu, fn, &iu->old.decls.data[old]);
    if (!digest_equal(iu->old.decls.data[old].hash, digest))
        return false;
    iu->decided = true;
    iu->stats->decls_total++;
    keep_old(cu, old, fn);
    return true;
}

uint32_t incr_body_skip(CompileUnit *cu, Obj *fn, const char *text, size_t avail, Digest state) {
    IncrUnit *iu = cu->incr;
    int old = old_record(iu, obj_key(fn));
    if (old < 0 || !iu->hash.in_body)
        return 0;
    BodyText body = iu->old.decls.data[old].body;
    if (!iu->old.decls.data[old].skippable || iu->block_extern || !body.len || body.len > avail ||
        !digest_equal(body.state, state) || !digest_equal(body.text, text_digest(text, body.len)))
        return 0;
    Hasher tokens = iu->hash.tokens;
    bool multi_file = iu->hash.multi_file;
    decl_hash_body_fold(&iu->hash, body.tokens);
    if (incr_body_unchanged(cu, fn)) {
        iu->stats->bodies_unread++;
        return body.len;
    }
    /* the body is read after all */
    iu->hash.tokens = tokens;
    iu->hash.multi_file = multi_file;
    iu->hash.in_body = true;
    return 0;
}

/* the deferred variables of the declaration, generated now */
static void generate_pending(CompileUnit *cu) {
    IncrUnit *iu = cu->incr;
    for (int i = 0; i < iu->pending.len; i++)
        cu_variable(cu, iu->pending.data[i].var, iu->pending.data[i].init);
    iu->pending.len = 0;
}

static void finish_generated(IncrUnit *iu) {
    if (iu->cur < 0)
        return;
    retire_old(iu, old_record(iu, iu->now.decls.data[iu->cur].key));
    iu->cur = -1;
}

void incr_decl_end(CompileUnit *cu) {
    IncrUnit *iu = cu->incr;
    if (!iu->decided && iu->pending.len && decide(cu, iu->pending.data[0].var))
        generate_pending(cu);
    finish_generated(iu);
    iu->pending.len = 0;
    iu->in_decl = false;
    incr_parsing = NULL;
}

bool incr_function(CompileUnit *cu, Obj *fn) {
    IncrUnit *iu = cu->incr;
    if (iu->cur >= 0) /* already being generated */
        return true;
    if (!decide(cu, fn))
        return false;
    generate_pending(cu); /* its static locals */
    return true;
}

bool incr_defer_variable(CompileUnit *cu, Obj *var, Initializer *init) {
    IncrUnit *iu = cu->incr;
    if (iu->cur >= 0)
        return false;
    Pending p = {var, init};
    vec_push(&iu->pending, p);
    return true;
}

static void keep_local(IncrUnit *iu, const char *name, uint32_t sym);

uint32_t incr_local_symbol(CompileUnit *cu, const char *name) {
    IncrUnit *iu = cu->incr;
    uint32_t sym = (uint32_t)(uintptr_t)map_get(&iu->locals, name, (int)strlen(name));
    if (sym)
        return sym - 1;
    sym = link_local(cu->linker, name);
    keep_local(iu, name, sym);
    return sym;
}

static void needs_full(IncrUnit *iu, const char *why) {
    iu->needs_full = true;
    iu->needs_full_why = why;
}

void incr_define(CompileUnit *cu, uint32_t sym, bool named, SectionKind sec, const uint8_t *bytes, uint64_t size,
                 uint32_t align, const Reloc *relocs, int nrelocs, uint8_t symtype) {
    IncrUnit *iu = cu->incr;
    IncrState *st = iu->st;
    Linker *l = cu->linker;
    if (iu->cur < 0)
        fatal("internal error: a definition outside of a declaration");
    DeclRecord *rec = &iu->now.decls.data[iu->cur];
    Symbol *s = link_sym(l, sym);
    if (s->defined) {
        int old = (int)sym < iu->old_owner.len ? iu->old_owner.data[sym] - 1 : -1;
        if (*owner_of(st, sym) != iu->index || old < 0) {
            /* defined by another unit or the library (it moved between files), or twice */
            if (*owner_of(st, sym) == iu->index)
                link_define(l, sym, sec, bytes, size, align, relocs, nrelocs, symtype);
            else
                needs_full(iu, "a definition moved between files");
            return;
        }
        /* an old declaration made it: it is this one's now */
        DeclRecord *o = &iu->old.decls.data[old];
        for (int i = 0; i < o->syms.len; i++)
            if (o->syms.data[i] == sym)
                o->syms.data[i] = 0;
        iu->old_owner.data[sym] = 0;
        link_redefine(l, sym, sec, bytes, size, align, relocs, nrelocs, symtype);
    } else {
        link_define(l, sym, sec, bytes, size, align, relocs, nrelocs, symtype);
    }
    vec_push(&rec->syms, sym);
    vec_push(&rec->named, (uint8_t)named);
    *owner_of(st, sym) = iu->index;
}

void incr_owned_entry(CompileUnit *cu, uint32_t entry) {
    IncrUnit *iu = cu->incr;
    vec_push(&iu->now.decls.data[iu->cur].entries, entry);
}

void incr_owned_func(CompileUnit *cu, uint32_t func) {
    IncrUnit *iu = cu->incr;
    vec_push(&iu->now.decls.data[iu->cur].funcs, func);
}

void incr_called(CompileUnit *cu, Obj *fn) {
    IncrUnit *iu = cu->incr;
    if (iu->cur < 0)
        return;
    DeclRecord *r = &iu->now.decls.data[iu->cur];
    for (int i = 0; i < r->called.len; i++)
        if (!strcmp(r->called.data[i], fn->name->name))
            return;
    vec_push(&r->called, xstrdup(fn->name->name));
}

int incr_dwarf_unit(CompileUnit *cu) {
    return cu->incr->now.dwarf_unit;
}

void incr_set_dwarf_unit(CompileUnit *cu, int index) {
    cu->incr->now.dwarf_unit = index;
    unit_record(cu->incr)->dwarf_unit = index;
}

int64_t incr_line_base(CompileUnit *cu) {
    IncrUnit *iu = cu->incr;
    return iu->cur >= 0 ? iu->now.decls.data[iu->cur].line : 0;
}

/* ---- files ---- */

static Digest content_digest(const char *data, size_t n) {
    Hasher h;
    hasher_init(&h, 0x66);
    hash_data(&h, data, n);
    return hasher_digest(&h);
}

static int64_t now_sec(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec;
}

/* Whether a file (sb) has the size and time of its stamp, whose digest then still holds. */
static bool stamp_holds(const FileStamp *s, const struct stat *sb) {
    return s->mtime_sec != -1 && s->size == (int64_t)sb->st_size && s->mtime_sec == (int64_t)sb->st_mtim.tv_sec &&
           s->mtime_nsec == (int64_t)sb->st_mtim.tv_nsec;
}

static const FileStamp *old_stamp(IncrUnit *iu, const char *path) {
    for (int k = 0; k < iu->old.files.len; k++)
        if (!strcmp(iu->old.files.data[k].path, path))
            return &iu->old.files.data[k];
    return NULL;
}

/* The digest of a source file's text, computed once per text in a build (units that include
   a header share its text), and not at all when the file still has its last stamp. */
static Digest source_digest(IncrUnit *iu, const SourceFile *f) {
    IncrState *st = iu->st;
    Digest *d = map_get(&st->digests, (const char *)&f->contents, (int)sizeof f->contents);
    if (d)
        return *d;
    d = arena_alloc(&st->source_keys, sizeof *d);
    const FileStamp *known = old_stamp(iu, f->path);
    struct stat sb;
    if (known && (uint64_t)known->size == f->len && stat(f->path, &sb) == 0 && stamp_holds(known, &sb))
        *d = known->hash;
    else
        *d = content_digest(f->contents, f->len);
    char **key = arena_alloc(&st->source_keys, sizeof *key);
    *key = f->contents;
    map_put(&st->digests, (const char *)key, (int)sizeof *key, d);
    return *d;
}

/* A stamp of a file as it was compiled: a file changed during the build (its time is too recent
   to trust) gets no time, so that the next build reads it again. */
static bool stamp_file(IncrUnit *iu, FileStamp *s, const char *path, const SourceFile *compiled) {
    struct stat sb;
    if (stat(path, &sb) != 0)
        return false;
    s->path = xstrdup(path);
    s->size = (int64_t)sb.st_size;
    s->mtime_sec = (int64_t)sb.st_mtim.tv_sec;
    s->mtime_nsec = (int64_t)sb.st_mtim.tv_nsec;
    s->hash = compiled ? source_digest(iu, compiled) : content_digest("", 0);
    if (!compiled || (uint64_t)sb.st_size != compiled->len || s->mtime_sec >= now_sec() - 1)
        s->mtime_sec = s->mtime_nsec = -1;
    return true;
}

/* Whether a file still has the contents it was compiled with (re-stamped when only its time
   changed). */
static bool file_unchanged(FileStamp *s) {
    struct stat sb;
    if (stat(s->path, &sb) != 0 || (int64_t)sb.st_size != s->size)
        return false;
    if (stamp_holds(s, &sb))
        return true;
    size_t len = 0;
    const uint8_t *data = sb.st_size ? map_file(s->path, &len) : NULL;
    if (sb.st_size && !data)
        return false;
    bool same = (int64_t)len == s->size && digest_equal(content_digest(data ? (const char *)data : "", len), s->hash);
    if (same && (int64_t)sb.st_mtim.tv_sec < now_sec() - 1) {
        s->mtime_sec = (int64_t)sb.st_mtim.tv_sec;
        s->mtime_nsec = (int64_t)sb.st_mtim.tv_nsec;
    }
    unmap_file(data, len);
    return same;
}

static const SourceFile *compiled_source(const char *path) {
    for (int i = source_count() - 1; i > 0; i--) {
        SourceFile *f = source_get((uint32_t)i);
        if (f && f->path && f->contents && !strcmp(f->path, path))
            return f;
    }
    return NULL;
}

/* ---- the end of a unit ---- */

void incr_unit_finish(CompileUnit *cu, Preprocessor *pp) {
    IncrUnit *iu = cu->incr;
    IncrState *st = iu->st;
    for (int i = 0; i < iu->old.decls.len; i++)
        if (!iu->old_taken.data[i])
            retire_old(iu, i);
    for (int i = 0; i < pp_file_count(pp); i++) {
        FileStamp s;
        const char *path = pp_file_path(pp, i);
        if (stamp_file(iu, &s, path, compiled_source(path)))
            vec_push(&iu->now.files, s);
    }
    DwarfUnit *du = unit_dwarf(st, &iu->now);
    if (du && cu->debug) {
        /* the roots of the unit's DWARF: the records' entries and the functions they call that
           the unit does not define */
        VEC(uint32_t) roots = {0};
        Map called = {0};
        for (int d = 0; d < iu->now.decls.len; d++) {
            DeclRecord *r = &iu->now.decls.data[d];
            for (int i = 0; i < r->entries.len; i++)
                vec_push(&roots, r->entries.data[i]);
            for (int i = 0; i < r->called.len; i++) {
                const char *name = r->called.data[i];
                int n = (int)strlen(name);
                if (map_get(&called, name, n))
                    continue;
                map_put(&called, name, n, (void *)1);
                /* made if it was pending: checking that the body calling it is unchanged
                   looked at what it means */
                Obj *fn = map_get(&cu->externals, name, n);
                if (fn && fn->kind == OBJ_FUNC && !fn->is_defined)
                    vec_push(&roots, debug_function_declaration(cu->debug, fn));
            }
        }
        dwarf_collect(du, roots.data, roots.len);
        vec_free(&roots);
        map_free(&called);
    }
    free_unit_record(&st->units.data[iu->index]);
    st->units.data[iu->index] = iu->now;
    memset(&iu->now, 0, sizeof iu->now);
    iu->now.dwarf_unit = -1;
}

/* ---- the state file ---- */

static void save_digest(Buf *b, Digest d) {
    ser_u64(b, d.a);
    ser_u64(b, d.b);
}

static Digest load_digest(Reader *r) {
    Digest d;
    d.a = rd_u64(r);
    d.b = rd_u64(r);
    return d;
}

static void save_records(Buf *b, UnitRecord *ur) {
    ser_u32(b, (uint32_t)ur->local_names.len);
    for (int i = 0; i < ur->local_names.len; i++) {
        ser_str(b, ur->local_names.data[i]);
        ser_u32(b, ur->local_syms.data[i]);
    }
    for (int d = 0; d < ur->decls.len; d++) {
        DeclRecord *r = &ur->decls.data[d];
        ser_str(b, r->key);
        save_digest(b, r->hash);
        ser_i64(b, r->line);
        SER_VEC(b, &r->syms);
        SER_VEC(b, &r->named);
        SER_VEC(b, &r->entries);
        SER_VEC(b, &r->funcs);
        ser_u32(b, (uint32_t)r->called.len);
        for (int i = 0; i < r->called.len; i++)
            ser_str(b, r->called.data[i]);
        ser_u32(b, (uint32_t)r->uses.len);
        for (int i = 0; i < r->uses.len; i++) {
            ser_str(b, r->uses.data[i]);
            ser_u8(b, r->use_tags.data[i]);
        }
        ser_u8(b, r->skippable);
        ser_u32(b, r->body.len);
        if (r->body.len) {
            save_digest(b, r->body.tokens);
            save_digest(b, r->body.state);
            save_digest(b, r->body.text);
        }
    }
}

/* ---- declaration recipes ---- */

static void index_entry(Book *b, size_t at) {
    RecipeKey *key = arena_alloc(&b->keys, sizeof(RecipeKey));
    memcpy(key, b->entries.data + at, sizeof *key);
    b->replaced |= map_get(&b->index, (const char *)key, (int)sizeof *key) != NULL;
    map_put(&b->index, (const char *)key, (int)sizeof *key, (void *)(uintptr_t)(at + 1));
}

static void book_index(Book *b) {
    if (b->indexed)
        return;
    b->indexed = true;
    for (size_t at = 0; at < b->entries.len;) {
        RecipeHead h;
        memcpy(&h, b->entries.data + at, sizeof h);
        index_entry(b, at);
        at += sizeof h + h.len;
    }
}

static void book_clear(Book *b) {
    book_own(b);
    b->entries.len = 0;
    b->next = b->found = b->chain_at = 0;
    b->replaced = false;
    map_clear(&b->index);
    arena_reset(&b->keys);
}

/* The entries of a book read from the store; none when they cannot be read (they are only
   a shortcut). */
static void book_load(IncrState *st, Book *b) {
    b->loaded = true;
    if (!b->stored_len)
        return;
    const uint8_t *data = store_get(&st->store, 'b', b->stored_key, b->stored_len);
    bool ok = data && ser_checksum(data, b->stored_len) == b->stored_key;
    for (size_t at = 0; ok && at < b->stored_len;) {
        RecipeHead h;
        ok = b->stored_len - at >= sizeof h;
        if (ok)
            memcpy(&h, data + at, sizeof h);
        ok = ok && h.len <= b->stored_len - at - sizeof h;
        if (ok)
            at += sizeof h + h.len;
    }
    if (ok) { /* saved without replaced entries */
        b->entries.data = (uint8_t *)data;
        b->entries.len = b->stored_len;
        b->mapped = true;
    } else {
        b->dirty = true; /* saved again without them */
        unmap_file(data, b->stored_len);
    }
}

/* The book of a source file of this build, its entries in memory and made for the text the
   file has now; NULL for what is not a file. */
static Book no_book;

static Book *book_for(IncrUnit *iu, uint32_t file) {
    IncrState *st = iu->st;
    Book *b = file == st->last_source && st->last_book
                  ? st->last_book
                  : map_get(&st->book_by_source, (const char *)&file, (int)sizeof file);
    if (b) {
        st->last_source = file;
        st->last_book = b;
        return b == &no_book ? NULL : b;
    }
    SourceFile *f = file ? source_get(file) : NULL;
    uint32_t *kept = arena_alloc(&st->source_keys, sizeof file);
    *kept = file;
    if (!f || !f->path || !f->contents) {
        map_put(&st->book_by_source, (const char *)kept, (int)sizeof file, &no_book);
        return NULL;
    }
    int n = (int)strlen(f->path);
    b = map_get(&st->book_by_path, f->path, n);
    if (!b) {
        b = xcalloc(1, sizeof(Book));
        b->path = xstrdup(f->path);
        b->loaded = true;
        vec_push(&st->books, b);
        map_put(&st->book_by_path, b->path, n, b);
    }
    if (!b->loaded)
        book_load(st, b);
    Digest content = source_digest(iu, f);
    if (!digest_equal(content, b->content)) { /* made for another text */
        book_clear(b);
        b->content = content;
        b->dirty = true;
    }
    map_put(&st->book_by_source, (const char *)kept, (int)sizeof file, b);
    return b;
}

static RecipeKey recipe_key(SrcLoc at, Digest state) {
    RecipeKey k;
    memset(&k, 0, sizeof k);
    k.line = at.line;
    k.col = at.col;
    k.state = state;
    return k;
}

const uint8_t *incr_recipe_find(CompileUnit *cu, SrcLoc at, Digest state, size_t avail, uint32_t *text_len,
                                size_t *len) {
    Book *b = book_for(cu->incr, at.file);
    if (!b)
        return NULL;
    RecipeKey k = recipe_key(at, state);
    RecipeHead h;
    size_t found = b->next;
    if (b->replaced || found + sizeof h > b->entries.len || memcmp(b->entries.data + found, &k, sizeof k)) {
        /* a book is written in the order its file is read: a declaration before the next
           recipe in its state has none (a struct's definition, say) */
        RecipeKey next;
        if (!b->replaced && found + sizeof h <= b->entries.len) {
            memcpy(&next, b->entries.data + found, sizeof next);
            if (digest_equal(next.state, k.state) && (next.line > k.line || (next.line == k.line && next.col > k.col)))
                return NULL;
        }
        book_index(b);
        found = (uintptr_t)map_get(&b->index, (const char *)&k, (int)sizeof k);
        if (!found--)
            return NULL;
    }
    memcpy(&h, b->entries.data + found, sizeof h);
    b->next = found + sizeof h + h.len;
    b->found = found + 1;
    if (h.text_len > avail)
        return NULL;
    *text_len = h.text_len;
    *len = h.len;
    return b->entries.data + found + sizeof h;
}

const uint8_t *incr_recipe_follow(CompileUnit *cu, const char **text, SrcLoc *at, const char *file_end,
                                  uint32_t *text_len, size_t *len) {
    Book *b = book_for(cu->incr, at->file);
    if (!b || b->replaced || !b->found)
        return NULL;
    RecipeHead h, next;
    memcpy(&h, b->entries.data + b->found - 1, sizeof h);
    size_t at_next = b->found - 1 + sizeof h + h.len;
    if (!h.gap || at_next + sizeof next > b->entries.len || (size_t)(file_end - *text) < (size_t)h.text_len + h.gap)
        return NULL;
    const char *from = *text, *to = from + h.text_len + (h.gap - 1);
    uint32_t line = at->line, col = at->col + (uint32_t)(to - from);
    for (const char *q = from; (q = memchr(q, '\n', (size_t)(to - q))) != NULL; q++) {
        line++;
        col = (uint32_t)(to - q);
    }
    memcpy(&next, b->entries.data + at_next, sizeof next);
    /* the place it was made for must be where the text says it is */
    if (next.key.line != line || next.key.col != col || !digest_equal(next.key.state, h.key.state) ||
        next.text_len > (size_t)(file_end - to))
        return NULL;
    b->found = at_next + 1;
    b->next = at_next + sizeof next + next.len;
    *text = to;
    at->line = line;
    at->col = col;
    *text_len = next.text_len;
    *len = next.len;
    return b->entries.data + at_next + sizeof next;
}

void incr_recipe_add(CompileUnit *cu, SrcLoc at, Digest state, const char *text, const char *file_end,
                     uint32_t text_len, const uint8_t *recipe, size_t len) {
    Book *b = book_for(cu->incr, at.file);
    if (!b)
        return;
    RecipeHead h;
    memset(&h, 0, sizeof h);
    h.key = recipe_key(at, state);
    h.text_len = text_len;
    h.len = (uint32_t)len;
    book_own(b);
    book_index(b);
    size_t where = b->entries.len;
    /* the entry made last is followed by this one when only blanks are between, in one state */
    size_t from_end = (size_t)(file_end - text);
    if (b->chain_at) {
        RecipeHead last;
        memcpy(&last, b->entries.data + b->chain_at - 1, sizeof last);
        size_t gap = b->chain_end - from_end;
        if (b->chain_at - 1 + sizeof last + last.len == where && b->chain_end >= from_end && gap < UINT32_MAX &&
            digest_equal(last.key.state, state) && lex_only_blanks(text - gap, text)) {
            last.gap = (uint32_t)gap + 1;
            memcpy(b->entries.data + b->chain_at - 1, &last, sizeof last);
        }
    }
    buf_append(&b->entries, &h, sizeof h);
    buf_append(&b->entries, recipe, len);
    index_entry(b, where);
    b->next = b->entries.len;
    b->chain_at = where + 1;
    b->chain_end = from_end - text_len;
    b->dirty = true;
}

void incr_replayed(CompileUnit *cu) {
    cu->incr->stats->decls_unread++;
}

void incr_decl_uses(CompileUnit *cu, Ident *const **uses, const uint8_t **tags, int *n) {
    DeclHash *h = &cu->incr->hash;
    *uses = h->uses.data;
    *tags = h->use_is_tag.data;
    *n = h->uses.len;
}

/* The books of the files some unit read are saved (an entry a later one replaced is dropped);
   the others go. */
static bool save_books(IncrState *st, Buf *out) {
    Map read = {0};
    for (int u = 0; u < st->units.len; u++)
        for (int i = 0; i < st->units.data[u].files.len; i++) {
            const char *path = st->units.data[u].files.data[i].path;
            map_put(&read, path, (int)strlen(path), (void *)1);
        }
    int kept = 0;
    map_clear(&st->book_by_path); /* its keys are the books' paths: made again for those kept */
    for (int i = 0; i < st->books.len; i++) {
        Book *b = st->books.data[i];
        bool empty = b->loaded ? b->entries.len == 0 : b->stored_len == 0;
        if (empty || !map_get(&read, b->path, (int)strlen(b->path))) {
            free_book(b);
            continue;
        }
        st->books.data[kept++] = b;
        map_put(&st->book_by_path, b->path, (int)strlen(b->path), b);
    }
    st->books.len = kept;
    map_free(&read);
    bool ok = true;
    ser_u32(out, (uint32_t)st->books.len);
    for (int i = 0; i < st->books.len; i++) {
        Book *b = st->books.data[i];
        if (b->dirty) {
            Buf live = {0};
            for (size_t at = 0; at < b->entries.len;) {
                RecipeHead h;
                memcpy(&h, b->entries.data + at, sizeof h);
                if (!b->replaced || (uintptr_t)map_get(&b->index, (const char *)&h.key, (int)sizeof h.key) == at + 1)
                    buf_append(&live, b->entries.data + at, sizeof h + h.len);
                at += sizeof h + h.len;
            }
            b->stored_key = ser_checksum(live.data, live.len);
            b->stored_len = live.len;
            ok &= store_put(&st->store, 'b', b->stored_key, live.data, live.len);
            buf_free(&live);
            b->dirty = false;
        }
        store_keep(&st->store, 'b', b->stored_key);
        ser_str(out, b->path);
        save_digest(out, b->content);
        ser_u64(out, b->stored_key);
        ser_u64(out, b->stored_len);
    }
    return ok;
}

static void load_books(IncrState *st, Reader *r) {
    uint32_t n = rd_count(r, 40);
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        Book *b = xcalloc(1, sizeof(Book));
        b->path = rd_str(r);
        b->content = load_digest(r);
        b->stored_key = rd_u64(r);
        b->stored_len = rd_u64(r);
        vec_push(&st->books, b);
        if (!b->path)
            r->bad = true;
        else
            map_put(&st->book_by_path, b->path, (int)strlen(b->path), b);
    }
}

/* ---- the main file ---- */

static bool save_state(IncrState *st, const char *fingerprint, const char *target, Buf *b) {
    Store *store = &st->store;
    ser_str(b, target);
    ser_str(b, fingerprint);
    ser_u64(b, st->generation);
    ser_u32(b, (uint32_t)st->units.len);
    bool ok = true;
    for (int u = 0; u < st->units.len; u++) {
        UnitRecord *ur = &st->units.data[u];
        ser_str(b, ur->path);
        ser_u32(b, (uint32_t)ur->dwarf_unit);
        ser_u32(b, (uint32_t)ur->files.len);
        for (int i = 0; i < ur->files.len; i++) {
            FileStamp *f = &ur->files.data[i];
            ser_str(b, f->path);
            ser_i64(b, f->size);
            ser_i64(b, f->mtime_sec);
            ser_i64(b, f->mtime_nsec);
            save_digest(b, f->hash);
        }
        ser_u32(b, ur->stored ? ur->stored_decls : (uint32_t)ur->decls.len);
        if (!ur->stored) { /* compiled in this build */
            Buf records = {0};
            save_records(&records, ur);
            ur->stored_key = ser_checksum(records.data, records.len);
            ur->stored_len = records.len;
            ok &= store_put(store, 'r', ur->stored_key, records.data, records.len);
            buf_free(&records);
        }
        store_keep(store, 'r', ur->stored_key);
        ser_u64(b, ur->stored_key);
        ser_u64(b, ur->stored_len);
    }
    ok &= save_books(st, b);
    ok &= SAVE_ARRAY(b, &store->api, &st->owner_pieces, &st->owner);
    ok &= link_save(st->l, b, &store->api);
    return ok;
}

/* The declarations of a unit read from the state, fetched from the store when the unit is
   compiled again or removed. False when they cannot be read back (the build starts over). */
static bool decode_records(IncrState *st, UnitRecord *ur) {
    if (!ur->stored)
        return true;
    ur->stored = false;
    const uint8_t *data = store_get(&st->store, 'r', ur->stored_key, ur->stored_len);
    if (!data || ser_checksum(data, ur->stored_len) != ur->stored_key) {
        unmap_file(data, ur->stored_len);
        return false;
    }
    Reader r = {data, data + ur->stored_len, false};
    int nsyms = link_symbol_count(st->l);
    uint32_t n = rd_count(&r, 12);
    for (uint32_t i = 0; i < n && !r.bad; i++) {
        char *name = rd_str(&r);
        vec_push(&ur->local_names, name ? name : xstrdup(""));
        uint32_t sym = rd_u32(&r);
        vec_push(&ur->local_syms, sym);
        if (sym >= (uint32_t)nsyms)
            r.bad = true;
    }
    for (uint32_t d = 0; d < ur->stored_decls && !r.bad; d++) {
        DeclRecord rec;
        memset(&rec, 0, sizeof rec);
        rec.key = rd_str(&r);
        rec.hash = load_digest(&r);
        rec.line = rd_i64(&r);
        RD_VEC(&r, &rec.syms);
        RD_VEC(&r, &rec.named);
        RD_VEC(&r, &rec.entries);
        RD_VEC(&r, &rec.funcs);
        uint32_t nc = rd_count(&r, 8);
        for (uint32_t i = 0; i < nc && !r.bad; i++) {
            char *c = rd_str(&r);
            vec_push(&rec.called, c ? c : xstrdup(""));
        }
        uint32_t nu = rd_count(&r, 9);
        for (uint32_t i = 0; i < nu && !r.bad; i++) {
            char *u = rd_str(&r);
            vec_push(&rec.uses, u ? u : xstrdup(""));
            vec_push(&rec.use_tags, rd_u8(&r));
        }
        rec.skippable = rd_u8(&r);
        rec.body.len = rd_u32(&r);
        if (rec.body.len) {
            rec.body.tokens = load_digest(&r);
            rec.body.state = load_digest(&r);
            rec.body.text = load_digest(&r);
        }
        if (!rec.key)
            rec.key = xstrdup("");
        if (rec.named.len != rec.syms.len)
            r.bad = true;
        for (int i = 0; i < rec.syms.len; i++)
            if (rec.syms.data[i] >= (uint32_t)nsyms)
                r.bad = true;
        if (!dwarf_valid_pieces(st->l, ur->dwarf_unit, rec.entries.data, rec.entries.len, rec.funcs.data,
                                rec.funcs.len))
            r.bad = true;
        vec_push(&ur->decls, rec);
    }
    unmap_file(data, ur->stored_len);
    return !r.bad && r.p == r.end;
}

static IncrState *load_state(const IncrRequest *req, const char **why) {
    IncrState *st = xcalloc(1, sizeof(IncrState));
    store_init(&st->store, req->state_path);
    size_t len = 0, main_len = 0;
    const uint8_t *data = store_open(&st->store, &len, &main_len, why);
    if (!data) {
        incr_state_free(st);
        return NULL;
    }
    Reader r = {data, data + main_len, false};
    char *target = rd_str(&r);
    char *fingerprint = rd_str(&r);
    bool same = target && fingerprint && !strcmp(target, req->copts.target->name) &&
                !strcmp(fingerprint, req->fingerprint);
    free(target);
    free(fingerprint);
    *why = "the state was written by another mica, for another target or with other options";
    if (!same)
        goto fail;
    *why = "the state is damaged";
    st->main_size = main_len;
    st->generation = rd_u64(&r);
    uint32_t nunits = rd_count(&r, 24);
    for (uint32_t u = 0; u < nunits && !r.bad; u++) {
        UnitRecord ur;
        memset(&ur, 0, sizeof ur);
        ur.path = rd_str(&r);
        ur.dwarf_unit = (int)rd_u32(&r);
        uint32_t n = rd_count(&r, 48);
        for (uint32_t i = 0; i < n && !r.bad; i++) {
            FileStamp f;
            f.path = rd_str(&r);
            f.size = rd_i64(&r);
            f.mtime_sec = rd_i64(&r);
            f.mtime_nsec = rd_i64(&r);
            f.hash = load_digest(&r);
            if (!f.path)
                f.path = xstrdup("");
            vec_push(&ur.files, f);
        }
        ur.stored_decls = rd_u32(&r);
        ur.stored_key = rd_u64(&r);
        ur.stored_len = rd_u64(&r);
        ur.stored = true;
        if (!ur.path)
            r.bad = true;
        vec_push(&st->units, ur);
    }
    load_books(st, &r);
    LOAD_ARRAY(&r, &st->store.api, &st->owner_pieces, &st->owner);
    if (r.bad)
        goto fail;
    st->l = link_load(req->copts.target, &r, &st->store.api);
    if (!st->l || r.p != r.end)
        goto fail;
    /* what the rest of the state names must exist */
    for (int u = 0; u < st->units.len; u++)
        if (st->units.data[u].dwarf_unit < -1 || st->units.data[u].dwarf_unit >= dwarf_unit_count(st->l))
            goto fail;
    for (int i = 0; i < st->owner.len; i++)
        if (st->owner.data[i] < -1 || st->owner.data[i] >= st->units.len)
            goto fail;
    unmap_file(data, len);
    return st;
fail:
    unmap_file(data, len);
    incr_state_free(st);
    return NULL;
}

/* Saves the state: its new pieces, then its root. */
static bool write_state(IncrState *st, const IncrRequest *req) {
    Store *store = &st->store;
    Buf b = {0};
    /* grown once, not copied over (the root adds the table of pieces) */
    buf_reserve(&b, st->main_size + st->main_size / 8 + 4096 + (size_t)store->pieces.len * sizeof(PieceEntry));
    bool ok = save_state(st, req->fingerprint, req->copts.target->name, &b);
    st->main_size = b.len;
    ok = ok && store_commit(store, &b);
    if (!ok)
        error_plain("cannot write the incremental state in '%s'", store->dir);
    buf_free(&b);
    return ok;
}

/* ---- builds ---- */

static uint64_t new_generation(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t g = (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
    g ^= (uint64_t)getpid() << 48;
    return g ? g : 1;
}

typedef enum UnitResult { UNIT_OK, UNIT_ERRORS, UNIT_NEEDS_FULL } UnitResult;

static void keep_local(IncrUnit *iu, const char *name, uint32_t sym) {
    char *kept = xstrdup(name);
    vec_push(&iu->now.local_names, kept);
    vec_push(&iu->now.local_syms, sym);
    map_put(&iu->locals, kept, (int)strlen(kept), (void *)(uintptr_t)(sym + 1));
}

/* Compiles one unit, recording what each of its declarations makes. */
static UnitResult compile_unit(const IncrRequest *req, IncrState *st, int index, IncrStats *stats) {
    IncrUnit *iu = xcalloc(1, sizeof(IncrUnit));
    iu->st = st;
    iu->index = index;
    iu->stats = stats;
    iu->cur = -1;
    iu->debug = req->copts.debug;
    UnitRecord *ur = &st->units.data[index];
    if (!decode_records(st, ur) || (ur->dwarf_unit >= 0 && (dwarf_unit_get(st->l, ur->dwarf_unit), link_state_damaged(st->l)))) {
        free(iu);
        stats->why = "the state is damaged";
        return UNIT_NEEDS_FULL;
    }
    iu->old = *ur; /* the unit's slot keeps its path and DWARF unit until the unit is finished */
    memset(ur, 0, sizeof *ur);
    ur->path = xstrdup(iu->old.path);
    ur->dwarf_unit = iu->old.dwarf_unit;
    iu->now.path = xstrdup(iu->old.path);
    iu->now.dwarf_unit = iu->old.dwarf_unit;
    for (int i = 0; i < iu->old.decls.len; i++) {
        DeclRecord *r = &iu->old.decls.data[i];
        map_put(&iu->old_by_key, r->key, (int)strlen(r->key), (void *)(uintptr_t)(i + 1));
        vec_push(&iu->old_taken, 0);
        for (int k = 0; k < r->syms.len; k++) {
            uint32_t sym = r->syms.data[k];
            while (iu->old_owner.len <= (int)sym)
                vec_push(&iu->old_owner, 0);
            if (sym)
                iu->old_owner.data[sym] = i + 1;
        }
    }
    for (int i = 0; i < iu->old.local_names.len; i++)
        keep_local(iu, iu->old.local_names.data[i], iu->old.local_syms.data[i]);
    CompileOptions co = req->copts;
    co.incr = iu;
    int errors = error_count;
    compile_file(&co, st->l, iu->now.path);
    incr_parsing = NULL;
    type_digests_forget(); /* the unit's types are gone */
    stats->units_parsed++;
    UnitResult result = error_count != errors ? UNIT_ERRORS : iu->needs_full ? UNIT_NEEDS_FULL : UNIT_OK;
    if (result == UNIT_NEEDS_FULL)
        stats->why = iu->needs_full_why;
    free_unit_record(&iu->old);
    free_unit_record(&iu->now);
    vec_free(&iu->old_taken);
    vec_free(&iu->old_owner);
    vec_free(&iu->pending);
    map_free(&iu->old_by_key);
    map_free(&iu->locals);
    decl_hash_free(&iu->hash);
    arena_free(&iu->texts);
    free(iu);
    return result;
}

static bool unit_unchanged(UnitRecord *u, Map *checked) {
    for (int i = 0; i < u->files.len; i++) {
        FileStamp *f = &u->files.data[i];
        int n = (int)strlen(f->path);
        uintptr_t known = (uintptr_t)map_get(checked, f->path, n);
        if (!known) {
            known = file_unchanged(f) ? 1 : 2;
            map_put(checked, f->path, n, (void *)known);
        }
        if (known != 1)
            return false;
    }
    return u->files.len > 0;
}

static bool remove_unit(IncrState *st, int index) {
    UnitRecord *u = &st->units.data[index];
    if (!decode_records(st, u))
        return false;
    for (int d = 0; d < u->decls.len; d++)
        release_record(st, index, &u->decls.data[d]);
    DwarfUnit *du = unit_dwarf(st, u);
    if (du)
        dwarf_unit_remove(du);
    free_unit_record(u);
    int last = st->units.len - 1;
    st->units.data[index] = st->units.data[last];
    st->units.len--;
    for (int i = 0; i < st->owner.len; i++) /* the last unit is at index now */
        if (st->owner.data[i] == last)
            st->owner.data[i] = index;
    return !link_state_damaged(st->l);
}

static Linker *new_linker(const IncrRequest *req) {
    LinkOptions lo;
    memset(&lo, 0, sizeof lo);
    lo.slack = true;
    lo.debug = req->copts.debug;
    Linker *l = link_new(req->copts.target, &lo);
    if (req->copts.debug)
        dwarf_set_slack(l, true);
    for (int i = 0; i < req->prefix_maps.len; i++) {
        const char *m = req->prefix_maps.data[i];
        const char *eq = strchr(m, '=');
        char *from = xstrndup(m, (size_t)(eq - m));
        dwarf_prefix_map(l, from, eq + 1);
        free(from);
    }
    return l;
}

typedef enum BuildResult { BUILD_OK, BUILD_FAILED, BUILD_NEEDS_FULL } BuildResult;

/* Links and writes: the whole file the first time, what changed otherwise; then the state. */
static BuildResult finish_build(const IncrRequest *req, IncrState *st, IncrStats *stats) {
    link_resolve_from(st->l, req->lib);
    if (!link_relocs_for_update(st->l) || link_state_damaged(st->l)) {
        stats->why = "the state is damaged";
        return BUILD_NEEDS_FULL;
    }
    uint64_t generation = new_generation();
    IncrReport report;
    IncrResult r = link_write_incremental(st->l, req->output, generation, &report);
    if (r == INCR_NEEDS_FULL) {
        stats->why = "a section outgrew the addresses reserved for it";
        return BUILD_NEEDS_FULL;
    }
    if (r != INCR_OK)
        return BUILD_FAILED;
    stats->bytes_written = report.bytes_written;
    st->generation = generation;
    if (req->save_later) {
        st->unsaved = true;
        return BUILD_OK;
    }
    return write_state(st, req) ? BUILD_OK : BUILD_FAILED;
}

bool incr_save_state(const IncrRequest *req, IncrState *s) {
    if (!s || !s->unsaved)
        return true;
    s->unsaved = false;
    return write_state(s, req);
}

static BuildResult update(const IncrRequest *req, IncrState *st, IncrStats *stats) {
    map_clear(&st->book_by_source); /* source file numbers are the build's (--watch builds again) */
    map_clear(&st->digests);
    arena_reset(&st->source_keys);
    st->last_book = NULL;
    VEC(uint8_t) wanted = {0};
    for (int u = 0; u < st->units.len; u++)
        vec_push(&wanted, 0);
    Map checked = {0};
    BuildResult result = BUILD_OK;
    for (int i = 0; i < req->inputs.len && result == BUILD_OK; i++) {
        const char *path = req->inputs.data[i];
        int index = -1;
        for (int u = 0; u < st->units.len && index < 0; u++)
            if (!strcmp(st->units.data[u].path, path))
                index = u;
        if (index >= 0 && wanted.data[index]) {
            error_plain("'%s' is given twice", path);
            result = BUILD_FAILED;
            break;
        }
        if (index < 0) {
            UnitRecord ur;
            memset(&ur, 0, sizeof ur);
            ur.path = xstrdup(path);
            ur.dwarf_unit = -1;
            vec_push(&st->units, ur);
            vec_push(&wanted, 0);
            index = st->units.len - 1;
        } else if (unit_unchanged(&st->units.data[index], &checked)) {
            wanted.data[index] = 1;
            UnitRecord *ur = &st->units.data[index];
            stats->decls_total += ur->stored ? (int)ur->stored_decls : ur->decls.len;
            continue;
        }
        wanted.data[index] = 1;
        UnitResult r = compile_unit(req, st, index, stats);
        if (r == UNIT_ERRORS)
            result = BUILD_FAILED;
        else if (r == UNIT_NEEDS_FULL)
            result = BUILD_NEEDS_FULL;
    }
    map_free(&checked);
    for (int u = st->units.len - 1; u >= 0 && result == BUILD_OK; u--)
        if (!wanted.data[u]) {
            wanted.data[u] = wanted.data[st->units.len - 1];
            if (!remove_unit(st, u)) {
                stats->why = "the state is damaged";
                result = BUILD_NEEDS_FULL;
            }
        }
    vec_free(&wanted);
    if (result != BUILD_OK)
        return result;
    return finish_build(req, st, stats);
}

static IncrState *full_build(const IncrRequest *req, IncrStats *stats) {
    IncrState *st = xcalloc(1, sizeof(IncrState));
    store_init(&st->store, req->state_path);
    st->l = new_linker(req);
    stats->full = true;
    bool ok = true;
    for (int i = 0; i < req->inputs.len && ok; i++) {
        for (int u = 0; u < st->units.len; u++)
            if (!strcmp(st->units.data[u].path, req->inputs.data[i])) {
                error_plain("'%s' is given twice", req->inputs.data[i]);
                ok = false;
            }
        UnitRecord ur;
        memset(&ur, 0, sizeof ur);
        ur.path = xstrdup(req->inputs.data[i]);
        ur.dwarf_unit = -1;
        vec_push(&st->units, ur);
        if (ok && compile_unit(req, st, st->units.len - 1, stats) != UNIT_OK)
            ok = false; /* a full build has no other definitions to collide with */
    }
    if (!ok || finish_build(req, st, stats) != BUILD_OK) {
        incr_state_free(st);
        return NULL;
    }
    return st;
}

IncrState *incremental_build(const IncrRequest *req, IncrState *st, IncrStats *stats) {
    memset(stats, 0, sizeof *stats);
    const char *why = NULL;
    if (!st)
        st = load_state(req, &why);
    if (st && link_read_marker(st->l, req->output) != st->generation) {
        why = "the output is missing, was changed, or was not finished";
        incr_state_free(st);
        st = NULL;
    }
    if (st) {
        BuildResult r = update(req, st, stats);
        if (r == BUILD_OK)
            return st;
        incr_state_free(st);
        if (r == BUILD_FAILED)
            return NULL;
        why = stats->why;
        memset(stats, 0, sizeof *stats);
    }
    IncrState *fresh = full_build(req, stats);
    stats->why = why;
    return fresh;
}

int incr_state_file_count(IncrState *s) {
    int n = 0;
    for (int u = 0; u < s->units.len; u++)
        n += s->units.data[u].files.len;
    return n;
}

const char *incr_state_file(IncrState *s, int index) {
    for (int u = 0; u < s->units.len; u++) {
        if (index < s->units.data[u].files.len)
            return s->units.data[u].files.data[index].path;
        index -= s->units.data[u].files.len;
    }
    return NULL;
}
