/* Incremental builds: file-scope declarations that only declare (function prototypes, extern
   objects, typedefs) are replayed from a recipe instead of being read again. Headers are mostly
   such declarations, and every unit that includes a header parsed all of it again.

   A recipe is recorded after a declaration was parsed, when its text ran straight from one file
   (first token to ';', no macro around either end) with the preprocessor in one state: the
   same text in the same state gives the same tokens. It holds the names the parse looked up at
   file scope and a digest of what they meant, the declaration specifiers and, per declarator,
   the name, where it was and its type as a small program that rebuilds the type from names
   (typedefs and tags are looked up again, so the rebuilt type refers to this parse's objects).
   Replaying is declaring those names with those types, through the same functions the parser
   uses, once the text, the preprocessor state and the meaning of every name looked up are
   the same. The recipe is checked when it is made: rebuilding the type must give the type the
   parser built. Recipes live in per-file books in the incremental state (incremental.c), made
   while the file had the text it has (so the text at a recipe's place is its text), under the
   place and the preprocessor state there: the units that include a header in the same state
   share them, within a build too. */
#include "parser.h"
#include "serial.h"

/* the types the parser uses by identity */
static Type **builtin_types[] = {&ty_void,  &ty_bool,  &ty_char,  &ty_schar, &ty_uchar,  &ty_short,
                                 &ty_ushort, &ty_int,   &ty_uint,  &ty_long,  &ty_ulong,  &ty_llong,
                                 &ty_ullong, &ty_float, &ty_double, &ty_ldouble};
enum { N_BUILTIN = sizeof builtin_types / sizeof builtin_types[0] };

typedef enum { T_BUILTIN = 1, T_TYPEDEF, T_TAG, T_POINTER, T_ARRAY, T_FUNC } TypeOp;

/* The typedef that a name means at file scope, if it is one. A pending declaration's type is
   made inside a function too, where a block-scope name may hide the file-scope one. */
static Obj *file_typedef(Ident *id) {
    Binding *b = id->binding;
    while (b && b->depth)
        b = b->shadowed;
    return b && b->obj && b->obj->kind == OBJ_TYPEDEF ? b->obj : NULL;
}

static Type *file_tag(Ident *id) {
    Binding *b = id->tag;
    while (b && b->depth)
        b = b->shadowed;
    return b ? b->tag : NULL;
}

static void put_name(Buf *b, Ident *id) {
    ser_bytes(b, id->name, (size_t)id->len);
}

static Ident *get_name(Reader *r) {
    size_t n;
    const uint8_t *s = rd_bytes(r, &n);
    if (!s || n == 0) {
        r->bad = true;
        return NULL;
    }
    return intern((const char *)s, (int)n);
}

/* The program that rebuilds t from names at file scope; false when t has a part that cannot be
   named there (a tag of prototype scope, an anonymous record, a block-scope typedef). */
static bool encode_type(Buf *b, Type *t) {
    if (t->typedef_of) {
        Obj *td = t->typedef_of;
        if (!td->name || file_typedef(td->name) != td)
            return false;
        ser_u8(b, T_TYPEDEF);
        put_name(b, td->name);
        ser_u8(b, t->qual);
        return true;
    }
    for (int i = 0; i < N_BUILTIN; i++)
        if (t->unqual == *builtin_types[i]) {
            ser_u8(b, T_BUILTIN);
            ser_u8(b, (uint8_t)i);
            ser_u8(b, t->qual);
            return true;
        }
    switch (t->kind) {
    case TY_PTR:
        ser_u8(b, T_POINTER);
        ser_u8(b, t->qual);
        return encode_type(b, t->base);
    case TY_ARRAY:
        if (t->qual)
            return false;
        ser_u8(b, T_ARRAY);
        ser_i64(b, t->array_len);
        return encode_type(b, t->base);
    case TY_FUNC:
        if (t->qual)
            return false;
        ser_u8(b, T_FUNC);
        ser_u8(b, (uint8_t)(t->has_proto | t->variadic << 1));
        ser_u32(b, (uint32_t)t->nparams);
        if (!encode_type(b, t->base))
            return false;
        for (int i = 0; i < t->nparams; i++)
            if (!encode_type(b, t->params[i]))
                return false;
        return true;
    case TY_STRUCT:
    case TY_UNION:
    case TY_ENUM: {
        Ident *tag = t->kind == TY_ENUM ? t->en->tag : t->rec->tag;
        if (!tag || file_tag(tag) != t->unqual)
            return false;
        ser_u8(b, T_TAG);
        put_name(b, tag);
        ser_u8(b, t->qual);
        return true;
    }
    default:
        return false;
    }
}

/* Runs a type's program: NULL when a name does not mean what it must. Without an arena it
   only checks that it would run (the names mean what they must), and returns ty_void. */
static Type *decode_type(Reader *r, Arena *arena, int depth) {
    if (depth > 200) {
        r->bad = true;
        return NULL;
    }
    uint8_t op = rd_u8(r);
    switch (op) {
    case T_BUILTIN: {
        uint8_t i = rd_u8(r);
        uint8_t qual = rd_u8(r);
        return i >= N_BUILTIN ? NULL : arena ? qualified(*builtin_types[i], qual) : ty_void;
    }
    case T_TYPEDEF: {
        Ident *id = get_name(r);
        uint8_t qual = rd_u8(r);
        Obj *td = id ? file_typedef(id) : NULL;
        return !td ? NULL : arena ? qualified(with_typedef(td->type, td), qual) : ty_void;
    }
    case T_TAG: {
        Ident *id = get_name(r);
        uint8_t qual = rd_u8(r);
        Type *t = id ? file_tag(id) : NULL;
        return !t ? NULL : arena ? qualified(t, qual) : ty_void;
    }
    case T_POINTER: {
        uint8_t qual = rd_u8(r);
        Type *base = decode_type(r, arena, depth + 1);
        return !base ? NULL : arena ? qualified(pointer_to(base), qual) : ty_void;
    }
    case T_ARRAY: {
        int64_t len = rd_i64(r);
        Type *base = decode_type(r, arena, depth + 1);
        return !base ? NULL : arena ? array_of(base, len) : ty_void;
    }
    case T_FUNC: {
        uint8_t flags = rd_u8(r);
        uint32_t n = rd_count(r, 3);
        Type *ret = decode_type(r, arena, depth + 1);
        Type **params = arena ? arena_alloc(arena, (size_t)n * sizeof(Type *) + 1) : NULL;
        for (uint32_t i = 0; i < n && ret; i++) {
            Type *param = decode_type(r, arena, depth + 1);
            if (!param)
                return NULL;
            if (params)
                params[i] = param;
        }
        return !ret ? NULL : arena ? func_type(ret, params, (int)n, flags >> 1 & 1, flags & 1) : ty_void;
    }
    default:
        r->bad = true;
        return NULL;
    }
}

/* ---- replaying ---- */

enum { MAX_DECLARATORS = 64, MAX_USES = 256 };

/* Whether the names a recipe's parse looked up (uses: their names, whether each was a tag, the
   digest of what they meant) mean the same now. Runs of declarations in a header mostly use the
   same names: the last uses found to mean the same hold until something other than a replayed
   declaration is declared, or a replayed one declares one of their names. */
static bool uses_mean_the_same(Parser *p, const uint8_t *uses, size_t len) {
    if (p->uses_checked.len == len && !memcmp(p->uses_checked.data, uses, len))
        return true;
    Reader r = {uses, uses + len, false};
    uint32_t n = rd_count(&r, 9);
    if (n > MAX_USES)
        return false;
    Ident *names[MAX_USES];
    uint8_t tags[MAX_USES];
    for (uint32_t i = 0; i < n && !r.bad; i++) {
        names[i] = get_name(&r);
        tags[i] = rd_u8(&r);
    }
    Digest meant;
    meant.a = rd_u64(&r);
    meant.b = rd_u64(&r);
    if (r.bad || r.p != r.end || !digest_equal(meant, uses_digest(names, tags, (int)n, p->cu->opts->debug)))
        return false;
    p->uses_checked.len = 0;
    buf_append(&p->uses_checked, uses, len);
    p->uses_checked_names.len = 0;
    for (uint32_t i = 0; i < n; i++)
        vec_push(&p->uses_checked_names, names[i]);
    return true;
}

/* The type a recipe's program makes, checked to run when the recipe was replayed: the
   file-scope names it uses keep their meaning to the end of the unit. */
static Type *program_type(Parser *p, const uint8_t *program, size_t len, Ident *name, SrcLoc loc) {
    Reader r = {program, program + len, false};
    Type *t = decode_type(&r, &p->cu->arena, 0);
    if (t && !r.bad && r.p == r.end)
        return t;
    error_at(loc, "the type of '%s' cannot be made again here (a replayed declaration)", name->name);
    return ty_int;
}

/* Whether a program would run now. Once it does, it does until the unit ends (the file-scope
   typedefs and tags it names stay): a header's declarations mostly have a few types. */
static bool program_runs(Parser *p, const uint8_t *program, size_t len) {
    if (p->program_checked.len == len && !memcmp(p->program_checked.data, program, len))
        return true;
    Reader r = {program, program + len, false};
    if (!decode_type(&r, NULL, 0) || r.bad || r.p != r.end)
        return false;
    p->program_checked.len = 0;
    buf_append(&p->program_checked, program, len);
    return true;
}

/* A name a replayed declaration declares first, with linkage and no definition, is bound to
   what makes its object: a header declares many more names than a unit uses. */
typedef struct PendingDecl {
    Parser *p;
    DeclSpec ds;
    SrcLoc loc;
    size_t len;
    uint8_t program[];
} PendingDecl;

static void declare_replayed(Parser *p, const DeclSpec *ds, Ident *name, SrcLoc loc, const uint8_t *program,
                             size_t len) {
    bool linkage_only = ds->storage == SC_EXTERN || (ds->storage == SC_NONE && program[0] == T_FUNC);
    if (linkage_only && !name->binding && !map_get(&p->cu->externals, name->name, name->len)) {
        PendingDecl *d = arena_alloc(&p->cu->arena, sizeof(PendingDecl) + len);
        d->p = p;
        d->ds = *ds;
        d->loc = loc;
        d->len = len;
        memcpy(d->program, program, len);
        bind(p, name, NULL)->pending = d;
        return;
    }
    DeclSpec spec = *ds;
    Type *t = program_type(p, program, len, name, loc);
    if (ds->storage == SC_TYPEDEF)
        local_declarator(p, &spec, t, name, loc);
    else
        declare_global(p, &spec, t, name, loc, false);
}

void make_pending(Binding *b) {
    PendingDecl *d = b->pending;
    b->pending = NULL;
    b->obj = new_global(d->p, &d->ds, program_type(d->p, d->program, d->len, b->ident, d->loc), b->ident, d->loc);
}

/* Declares what a recipe declares when the names it looked up mean the same now (its first
   token at). */
static bool replay_recipe(Parser *p, SrcLoc at, const uint8_t *blob, size_t blob_len) {
    Reader r = {blob, blob + blob_len, false};
    size_t uses_len;
    const uint8_t *uses = rd_bytes(&r, &uses_len);
    if (!uses || !uses_mean_the_same(p, uses, uses_len))
        return false;
    DeclSpec ds;
    memset(&ds, 0, sizeof ds);
    ds.storage = (Storage)rd_u8(&r);
    uint8_t flags = rd_u8(&r);
    ds.is_inline = flags & 1;
    ds.is_noreturn = flags >> 1 & 1;
    ds.is_tls = flags >> 2 & 1;
    ds.align = (int)rd_u32(&r);
    ds.loc = at;
    uint32_t n = rd_count(&r, 20);
    if (n == 0 || n > MAX_DECLARATORS)
        return false;
    Declared decls[MAX_DECLARATORS];
    const uint8_t *programs[MAX_DECLARATORS];
    size_t program_lens[MAX_DECLARATORS];
    for (uint32_t i = 0; i < n && !r.bad; i++) {
        decls[i].name = get_name(&r);
        uint32_t line = rd_u32(&r), col = rd_u32(&r);
        decls[i].loc = (SrcLoc){at.file, at.line + line, col};
        programs[i] = rd_bytes(&r, &program_lens[i]);
        if (!programs[i] || !program_runs(p, programs[i], program_lens[i]))
            r.bad = true;
    }
    if (r.bad || r.p != r.end)
        return false;
    for (uint32_t i = 0; i < n; i++) {
        for (int k = 0; k < p->uses_checked_names.len; k++)
            if (p->uses_checked_names.data[k] == decls[i].name)
                p->uses_checked.len = 0; /* what it means may change now */
        declare_replayed(p, &ds, decls[i].name, decls[i].loc, programs[i], program_lens[i]);
    }
    incr_replayed(p->cu);
    return true;
}

bool replay_declaration(Parser *p, DeclStart *start) {
    memset(start, 0, sizeof *start);
    Token *t = &p->tok;
    if (p->nla || p->replay.len || p->depth || t->kind == TK_EOF)
        return false;
    const char *file_end = pp_read_to(p->pp, t);
    if (!file_end)
        return false;
    start->ok = true;
    start->text = t->text;
    start->file_end = file_end;
    start->loc = t->loc;
    start->state = pp_state(p->pp);
    start->braces_read = p->braces_read;
    start->errors = error_count;
    start->warnings = warning_count;
    start->anon_count = p->cu->anon_count;
    uint32_t len;
    size_t blob_len;
    const uint8_t *blob =
        incr_recipe_find(p->cu, t->loc, start->state, (size_t)(file_end - t->text), &len, &blob_len);
    if (!blob || !replay_recipe(p, t->loc, blob, blob_len))
        return false;
    /* the declarations that follow with nothing but blanks between are replayed in the same
       step, their text never lexed: the preprocessor's state stays the same over them */
    const char *text = t->text, *end = text + len;
    SrcLoc at = t->loc;
    const char *last = text;
    SrcLoc last_at = at;
    while ((blob = incr_recipe_follow(p->cu, &text, &at, file_end, &len, &blob_len)) &&
           replay_recipe(p, at, blob, blob_len)) {
        last = text;
        last_at = at;
        end = text + len;
    }
    pp_move_to(p->pp, last, last_at); /* only the last declaration's text is scanned for line ends */
    skip_text(p, end);
    return true;
}

/* ---- recording ---- */

static bool same_type(Type *a, Type *b) {
    return digest_equal(type_digest(a, true), type_digest(b, true));
}

void replay_record(Parser *p, const DeclStart *start) {
    p->uses_checked.len = 0; /* a declaration was parsed: names may mean something else now */
    if (!start->ok || !p->declared.len || p->declared.len > MAX_DECLARATORS || p->declared_more ||
        p->braces_read != start->braces_read || error_count != start->errors || warning_count != start->warnings ||
        p->cu->anon_count != start->anon_count || !p->semi.file_end || p->semi.file_end != start->file_end ||
        p->semi.text <= start->text || !same_loc(p->semi.loc, p->prev_loc) ||
        !digest_equal(p->semi.pp_state, start->state))
        return;
    Ident *const *uses;
    const uint8_t *tags;
    int nuses;
    incr_decl_uses(p->cu, &uses, &tags, &nuses);
    if (nuses > MAX_USES)
        return;
    Buf b = {0}, used = {0}, program = {0};
    ser_u32(&used, (uint32_t)nuses);
    for (int i = 0; i < nuses; i++) {
        put_name(&used, uses[i]);
        ser_u8(&used, tags[i]);
    }
    Digest meant = uses_digest(uses, tags, nuses, p->cu->opts->debug);
    ser_u64(&used, meant.a);
    ser_u64(&used, meant.b);
    ser_bytes(&b, used.data, used.len);
    buf_free(&used);
    DeclSpec *ds = &p->declared_spec;
    ser_u8(&b, (uint8_t)ds->storage);
    ser_u8(&b, (uint8_t)(ds->is_inline | ds->is_noreturn << 1 | ds->is_tls << 2));
    ser_u32(&b, (uint32_t)ds->align);
    ser_u32(&b, (uint32_t)p->declared.len);
    bool ok = true;
    for (int i = 0; i < p->declared.len && ok; i++) {
        Declared *d = &p->declared.data[i];
        ok = d->loc.file == start->loc.file && d->loc.line >= start->loc.line;
        put_name(&b, d->name);
        ser_u32(&b, d->loc.line - start->loc.line);
        ser_u32(&b, d->loc.col);
        program.len = 0;
        ok = ok && encode_type(&program, d->type);
        if (ok) { /* the program must rebuild the type the parser built */
            Reader r = {program.data, program.data + program.len, false};
            Type *again = decode_type(&r, &p->cu->arena, 0);
            ok = again && !r.bad && r.p == r.end && same_type(again, d->type);
        }
        ser_bytes(&b, program.data, program.len);
    }
    buf_free(&program);
    if (ok)
        incr_recipe_add(p->cu, start->loc, start->state, start->text, start->file_end,
                        (uint32_t)(p->semi.text + 1 - start->text), b.data, b.len);
    buf_free(&b);
}
