/* Digests of declarations and types for incremental builds (see decl_hash.h), made with
   util.h's 128-bit hasher. */
#include "decl_hash.h"
#include "parser.h"

/* ---- types ---- */

static void hash_loc(Hasher *h, SrcLoc loc) {
    SourceFile *f = loc.file ? source_get(loc.file) : NULL;
    hash_text(h, f ? f->name : "");
    hash_u64(h, loc.line);
    hash_u64(h, loc.col);
}

static void hash_ident(Hasher *h, Ident *id) {
    hash_text(h, id ? id->name : NULL);
}

typedef struct TypeWalk {
    Hasher *h;
    bool locs;
    VEC(const void *) open; /* records and enums being hashed: a reference back is a number */
    int outside;            /* the deepest open record a reference back reached */
} TypeWalk;

/* Digests of complete records whose structure refers back to nothing outside them, by record
   and by whether locations count: records do not change once complete. */
static Map record_digests;

static void walk_type(TypeWalk *w, Type *t);

/* a reference back to an open record or enum: how far up it is */
static bool back_reference(TypeWalk *w, const void *p) {
    for (int i = w->open.len - 1; i >= 0; i--) {
        if (w->open.data[i] == p) {
            hash_u64(w->h, 0xbac0000000ULL + (uint64_t)(w->open.len - i));
            if (i < w->outside)
                w->outside = i;
            return true;
        }
    }
    return false;
}

static void walk_record_members(TypeWalk *w, Record *rec);

/* A record's digest, mixed into the walk: remembered when it does not depend on the records
   around it. */
static void walk_record(TypeWalk *w, Record *rec) {
    if (back_reference(w, rec))
        return;
    struct {
        Record *rec;
        bool locs;
    } key;
    memset(&key, 0, sizeof key);
    key.rec = rec;
    key.locs = w->locs;
    Digest *known = rec->complete ? map_get(&record_digests, (const char *)&key, (int)sizeof key) : NULL;
    if (known) {
        hash_u64(w->h, known->a);
        hash_u64(w->h, known->b);
        return;
    }
    Hasher inner;
    hasher_init(&inner, 0x72);
    Hasher *outer = w->h;
    int outside = w->outside;
    int depth = w->open.len;
    w->h = &inner;
    w->outside = depth;
    walk_record_members(w, rec);
    Digest dg = hasher_digest(&inner);
    if (rec->complete && w->outside >= depth) {
        Digest *kept = xmalloc(sizeof(Digest) + sizeof key);
        *kept = dg;
        memcpy(kept + 1, &key, sizeof key);
        map_put(&record_digests, (const char *)(kept + 1), (int)sizeof key, kept);
    }
    if (w->outside > outside)
        w->outside = outside;
    w->h = outer;
    hash_u64(outer, dg.a);
    hash_u64(outer, dg.b);
}

static void walk_record_members(TypeWalk *w, Record *rec) {
    Hasher *h = w->h;
    vec_push(&w->open, rec);
    hash_ident(h, rec->tag);
    hash_u64(h, (uint64_t)rec->is_union | (uint64_t)rec->complete << 1 | (uint64_t)rec->has_flex << 2);
    hash_u64(h, (uint64_t)rec->packed);
    hash_u64(h, (uint64_t)rec->size);
    hash_u64(h, (uint64_t)rec->align);
    if (w->locs)
        hash_loc(h, rec->loc);
    for (Member *m = rec->members; m; m = m->next) {
        hash_ident(h, m->name);
        hash_u64(h, (uint64_t)m->offset);
        hash_u64(h, (uint64_t)m->align);
        hash_u64(h, (uint64_t)m->is_bitfield | (uint64_t)m->bit_width << 1);
        hash_u64(h, (uint64_t)m->bit_pos);
        if (w->locs)
            hash_loc(h, m->loc);
        walk_type(w, m->type);
    }
    w->open.len--;
}

static void walk_enum(TypeWalk *w, Type *t) {
    Hasher *h = w->h;
    EnumInfo *en = t->en;
    if (back_reference(w, en))
        return;
    vec_push(&w->open, en);
    hash_ident(h, en->tag);
    hash_u64(h, en->complete);
    if (w->locs)
        hash_loc(h, en->loc);
    for (Enumerator *x = en->list; x; x = x->next) {
        hash_ident(h, x->name);
        hash_u64(h, (uint64_t)x->value);
    }
    if (t->base)
        walk_type(w, t->base);
    w->open.len--;
}

static void walk_type(TypeWalk *w, Type *t) {
    Hasher *h = w->h;
    hash_u64(h, (uint64_t)t->kind | (uint64_t)t->qual << 8);
    if (t->typedef_of) {
        Obj *td = t->typedef_of;
        hash_u64(h, 0x7d);
        hash_ident(h, td->name);
        if (w->locs)
            hash_loc(h, td->loc);
        walk_type(w, td->type);
        return;
    }
    switch (t->kind) {
    case TY_PTR:
        walk_type(w, t->base);
        break;
    case TY_ARRAY:
        hash_u64(h, (uint64_t)t->array_len);
        walk_type(w, t->base);
        break;
    case TY_FUNC:
        hash_u64(h, (uint64_t)t->has_proto | (uint64_t)t->variadic << 1 | (uint64_t)t->nparams << 2);
        walk_type(w, t->base);
        for (int i = 0; i < t->nparams; i++)
            walk_type(w, t->params[i]);
        break;
    case TY_STRUCT:
    case TY_UNION:
        walk_record(w, t->rec);
        break;
    case TY_ENUM:
        walk_enum(w, t);
        break;
    default:
        break;
    }
}

void type_digests_forget(void) {
    for (int i = 0; i < record_digests.len; i++)
        if (record_digests.entries[i].key)
            free(record_digests.entries[i].value);
    map_free(&record_digests);
}

void hash_type(Hasher *h, Type *t, bool with_locs) {
    TypeWalk w;
    memset(&w, 0, sizeof w);
    w.h = h;
    w.locs = with_locs;
    w.outside = 0;
    walk_type(&w, t);
    vec_free(&w.open);
}

Digest type_digest(Type *t, bool with_locs) {
    Hasher h;
    hasher_init(&h, 0x74);
    hash_type(&h, t, with_locs);
    return hasher_digest(&h);
}

/* ---- declarations ---- */

void hash_obj_interface(Hasher *h, Obj *o, bool with_locs) {
    hash_u64(h, (uint64_t)o->kind | (uint64_t)o->storage << 4 | (uint64_t)o->is_tls << 8 |
                    (uint64_t)o->is_inline << 9 | (uint64_t)o->has_plain_decl << 10 | (uint64_t)o->is_noreturn << 11 |
                    (uint64_t)o->is_static_local << 12);
    hash_u64(h, (uint64_t)o->align);
    hash_text(h, o->link_name);
    if (o->kind == OBJ_ENUM_CONST)
        hash_u64(h, (uint64_t)o->value);
    if (o->type)
        hash_type(h, o->type, with_locs);
}

void decl_hash_begin(DeclHash *d, int pack) {
    hasher_init(&d->tokens, 0x64);
    hash_u64(&d->tokens, (uint64_t)pack);
    d->started = false;
    d->multi_file = false;
    d->in_body = false;
    d->uses.len = 0;
    d->use_is_tag.len = 0;
    map_clear(&d->seen);
    arena_reset(&d->keys);
}

void decl_hash_token(DeclHash *d, const Token *t) {
    Hasher *h = &d->tokens;
    if (!d->started) {
        d->started = true;
        d->first_file = t->loc.file;
        d->first_line = t->loc.line;
    }
    uint32_t file = d->first_file;
    int64_t line = d->first_line;
    if (d->in_body) { /* lines relative to the '{' */
        h = &d->body;
        file = d->body_at.file;
        line = d->body_at.line;
        d->body_pragma |= t->kind == TK_PRAGMA;
    }
    uint64_t where = (uint64_t)(uint16_t)t->kind | (uint64_t)(t->loc.col & 0xffffff) << 16;
    if (t->loc.file == file) {
        hash_u64(h, where | (uint64_t)((int64_t)t->loc.line - line) << 40);
    } else {
        d->multi_file = true;
        hash_u64(h, where);
        hash_loc(h, t->loc);
    }
    if (t->len <= 7) { /* most tokens: the text and its length in one word */
        uint64_t w = (uint64_t)t->len << 56;
        for (uint32_t i = 0; i < t->len; i++)
            w |= (uint64_t)(uint8_t)t->text[i] << (8 * i);
        hash_u64(h, w);
    } else {
        hash_data(h, t->text, t->len);
    }
}

void decl_hash_body_begin(DeclHash *d, SrcLoc open) {
    d->in_body = true;
    d->body_at = open;
    d->body_pragma = false;
    hasher_init(&d->body, 0x626f6479);
}

void decl_hash_body_fold(DeclHash *d, Digest body) {
    d->in_body = false;
    hash_u64(&d->tokens, body.a);
    hash_u64(&d->tokens, body.b);
    if (d->body_at.file == d->first_file) {
        hash_u64(&d->tokens, (uint64_t)((int64_t)d->body_at.line - d->first_line));
    } else {
        d->multi_file = true;
        hash_loc(&d->tokens, d->body_at);
    }
}

Digest decl_hash_body_end(DeclHash *d) {
    Digest body = hasher_digest(&d->body);
    decl_hash_body_fold(d, body);
    return body;
}

void decl_hash_use(DeclHash *d, Ident *id, bool tag) {
    char key[sizeof(Ident *) + 1];
    memcpy(key, &id, sizeof id);
    key[sizeof id] = (char)tag;
    if (map_get(&d->seen, key, (int)sizeof key))
        return;
    char *stored = arena_alloc(&d->keys, sizeof key);
    memcpy(stored, key, sizeof key);
    map_put(&d->seen, stored, (int)sizeof key, (void *)1);
    vec_push(&d->uses, id);
    vec_push(&d->use_is_tag, (uint8_t)tag);
}

Digest decl_hash_finish(DeclHash *d, bool with_locs) {
    return decl_hash_finish_with(d, d->uses.data, d->use_is_tag.data, d->uses.len, with_locs);
}

/* what each name means at file scope now */
static void hash_uses(Hasher *h, Ident *const *uses, const uint8_t *is_tag, int n, bool with_locs) {
    for (int i = 0; i < n; i++) {
        Ident *id = uses[i];
        hash_text(h, id->name);
        if (is_tag[i]) {
            Binding *b = id->tag;
            hash_u64(h, b ? 0x7461 : 0);
            if (b)
                hash_type(h, b->tag, with_locs);
        } else {
            Binding *b = id->binding;
            Obj *o = b ? binding_obj(b) : NULL;
            hash_u64(h, o ? 0x6f62 : 0);
            if (o)
                hash_obj_interface(h, o, with_locs);
        }
    }
}

Digest decl_hash_finish_with(DeclHash *d, Ident *const *uses, const uint8_t *is_tag, int n, bool with_locs) {
    Hasher h = d->tokens;
    if (d->multi_file)
        hash_u64(&h, (uint64_t)d->first_line);
    hash_uses(&h, uses, is_tag, n, with_locs);
    return hasher_digest(&h);
}

Digest uses_digest(Ident *const *uses, const uint8_t *is_tag, int n, bool with_locs) {
    Hasher h;
    hasher_init(&h, 0x75736573);
    hash_uses(&h, uses, is_tag, n, with_locs);
    return hasher_digest(&h);
}

void decl_hash_free(DeclHash *d) {
    map_free(&d->seen);
    arena_free(&d->keys);
    vec_free(&d->uses);
    vec_free(&d->use_is_tag);
}
