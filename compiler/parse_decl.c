/* Tokens, scopes, declarations, types, initializers and the translation unit. */
#include "debuginfo.h"
#include "incremental.h"
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- tokens ---- */

static void handle_pragma(Parser *p, const Token *pragma);

/* Incremental builds note where braces and file-scope semicolons come from: a function body or
   a declaration whose text and preprocessor state are known may be skipped without reading it
   (see skip_unchanged_body, decl_replay.c). */
static void pp_read(Parser *p, Token *t) {
    pp_next(p->pp, t);
    if (incr_parsing && (t->kind == '{' || t->kind == '}' || t->kind == ';')) {
        TokenRead *b = t->kind == '{' ? &p->open_brace : t->kind == '}' ? &p->close_brace : &p->semi;
        p->braces_read += t->kind == '{';
        b->text = t->text;
        b->file_end = pp_read_to(p->pp, t);
        b->loc = t->loc;
        b->pp_state = pp_state(p->pp);
    }
}

static void fetch(Parser *p, Token *t) {
    for (;;) {
        if (p->replay_at < p->replay.len) {
            *t = p->replay.data[p->replay_at++];
            if (p->replay_at == p->replay.len)
                p->replay.len = p->replay_at = 0;
        } else {
            pp_read(p, t);
        }
        if (t->kind != TK_PRAGMA)
            return;
        if (incr_parsing)
            incr_token(t);
        handle_pragma(p, t); /* #pragma pack takes effect where it appears */
    }
}

void next(Parser *p) {
    if (incr_parsing)
        incr_token(&p->tok);
    p->prev_loc = p->tok.loc;
    p->prev_len = p->tok.len;
    if (p->nla) {
        p->tok = p->la[0];
        for (int i = 1; i < p->nla; i++)
            p->la[i - 1] = p->la[i];
        p->nla--;
    } else {
        fetch(p, &p->tok);
    }
}

void skip_text(Parser *p, const char *to) {
    p->prev_loc = pp_skip_to(p->pp, to);
    p->prev_len = 1;
    fetch(p, &p->tok);
}

Token *peek(Parser *p, int n) {
    while (p->nla < n)
        fetch(p, &p->la[p->nla++]);
    return &p->la[n - 1];
}

const char *tok_spelling(Parser *p, Token *t) {
    (void)p;
    if (t->kind == TK_EOF)
        return "end of input";
    static char buf[4][96];
    static int which;
    char *b = buf[which++ & 3];
    snprintf(b, 96, "'%.*s'", t->len > 80 ? 80 : (int)t->len, t->text);
    return b;
}

_Noreturn void syntax_error(Parser *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    error_at(p->tok.loc, "%s", msg);
    longjmp(p->bail, 1);
}

_Noreturn void expected(Parser *p, int kind, const char *what) {
    const char *name = token_kind_name(kind);
    if ((kind == ';' || kind == ')' || kind == ']') && p->prev_loc.file && p->tok.kind != TK_EOF) {
        /* like gcc: point just after the previous token */
        SrcLoc loc = p->prev_loc;
        loc.col += p->prev_len;
        error_at(loc, "expected '%s'%s%s before %s", name, what ? " " : "", what ? what : "",
                 tok_spelling(p, &p->tok));
        longjmp(p->bail, 1);
    }
    syntax_error(p, "expected '%s'%s%s before %s", name, what ? " " : "", what ? what : "", tok_spelling(p, &p->tok));
}

/* ---- scopes ---- */

void enter_scope(Parser *p) {
    p->depth++;
}

void leave_scope(Parser *p) {
    while (p->bindings.len && vec_last(&p->bindings)->depth == p->depth) {
        Binding *b = vec_last(&p->bindings);
        if (b->is_tag)
            b->ident->tag = b->shadowed;
        else
            b->ident->binding = b->shadowed;
        p->bindings.len--;
    }
    p->depth--;
}

Binding *bind(Parser *p, Ident *id, Obj *obj) {
    Binding *b = arena_zalloc(p->depth ? p->arena : &p->cu->arena, sizeof(Binding));
    b->ident = id;
    b->obj = obj;
    b->depth = p->depth;
    b->shadowed = id->binding;
    id->binding = b;
    vec_push(&p->bindings, b);
    return b;
}

Binding *bind_tag(Parser *p, Ident *id, Type *t) {
    Binding *b = arena_zalloc(p->depth ? p->arena : &p->cu->arena, sizeof(Binding));
    b->ident = id;
    b->tag = t;
    b->is_tag = true;
    b->depth = p->depth;
    b->shadowed = id->tag;
    id->tag = b;
    vec_push(&p->bindings, b);
    return b;
}

bool is_typename(Parser *p, Token *t) {
    (void)p;
    switch (t->kind) {
    case KW_VOID: case KW_BOOL: case KW_CHAR: case KW_SHORT: case KW_INT: case KW_LONG: case KW_FLOAT:
    case KW_DOUBLE: case KW_SIGNED: case KW_UNSIGNED: case KW_STRUCT: case KW_UNION: case KW_ENUM:
    case KW_CONST: case KW_VOLATILE: case KW_RESTRICT: case KW_ATOMIC: case KW_TYPEDEF: case KW_EXTERN:
    case KW_STATIC: case KW_AUTO: case KW_REGISTER: case KW_INLINE: case KW_NORETURN: case KW_ALIGNAS:
    case KW_THREAD_LOCAL: case KW_COMPLEX: case KW_TYPEOF: case KW_ATTRIBUTE: case KW_EXTENSION:
        return true;
    case TK_IDENT: {
        Obj *o = lookup(t->ident);
        return o && o->kind == OBJ_TYPEDEF;
    }
    default:
        return false;
    }
}

/* ---- nodes and objects ---- */

/* Nodes start as a copy of this one: a copy of constant size compiles to a few vector moves
   (where a memset of that size becomes a rep stos, slow to start). */
static const Node zero_node;

Node *new_node(Parser *p, NodeKind kind, SrcLoc loc) {
    size_t size = kind >= ND_BLOCK ? sizeof(Node) : offsetof(Node, init);
    Node *n = arena_alloc(p->arena, size);
    if (kind >= ND_BLOCK)
        memcpy(n, &zero_node, sizeof(Node));
    else
        memcpy(n, &zero_node, offsetof(Node, init));
    n->kind = kind;
    n->loc = loc;
    return n;
}

static Obj *new_obj(Parser *p, ObjKind kind, Ident *name, Type *type, SrcLoc loc) {
    Obj *o = arena_zalloc(p->depth && kind != OBJ_FUNC ? p->arena : &p->cu->arena, sizeof(Obj));
    o->kind = kind;
    o->name = name;
    o->type = type;
    o->loc = loc;
    o->slot = -1;
    return o;
}

Obj *new_local(Parser *p, Ident *name, Type *type, SrcLoc loc) {
    Obj *o = new_obj(p, OBJ_VAR, name, type, loc);
    o->is_local = true;
    return o;
}

/* A static object without a name (string literals in initializers, compound literals at file
   scope); it lives in the unit's arena because it outlives the function. */
Obj *new_anon_static(Parser *p, Type *type, SrcLoc loc) {
    Obj *o = arena_zalloc(&p->cu->arena, sizeof(Obj));
    o->kind = OBJ_VAR;
    o->type = type;
    o->loc = loc;
    o->storage = SC_STATIC;
    o->slot = -1;
    char name[32];
    snprintf(name, sizeof name, ".L.anon.%d", p->cu->anon_count++);
    o->link_name = arena_strndup(&p->cu->arena, name, strlen(name));
    return o;
}

/* ---- attributes ---- */

typedef struct Attrs {
    bool packed;
    bool noreturn;
    int aligned;
} Attrs;

static void attributes(Parser *p, Attrs *a) {
    while (at(p, KW_ATTRIBUTE) || at(p, KW_EXTENSION)) {
        if (accept(p, KW_EXTENSION))
            continue;
        next(p);
        expect(p, '(', "after '__attribute__'");
        expect(p, '(', "after '__attribute__'");
        while (!at(p, ')')) {
            if (p->tok.kind == TK_EOF)
                syntax_error(p, "unterminated attribute list");
            if (at(p, ',')) {
                next(p);
                continue;
            }
            const char *name = p->tok.ident ? p->tok.ident->name : "";
            SrcLoc loc = p->tok.loc;
            next(p);
            if (!strcmp(name, "packed") || !strcmp(name, "__packed__")) {
                a->packed = true;
            } else if (!strcmp(name, "noreturn") || !strcmp(name, "__noreturn__")) {
                a->noreturn = true;
            } else if ((!strcmp(name, "aligned") || !strcmp(name, "__aligned__")) && at(p, '(')) {
                next(p);
                int64_t v = const_int_expr(p);
                if (v <= 0 || (v & (v - 1)))
                    error_at(loc, "requested alignment is not a positive power of 2");
                else
                    a->aligned = (int)v;
                expect(p, ')', NULL);
                continue;
            } else if (!strcmp(name, "aligned") || !strcmp(name, "__aligned__")) {
                a->aligned = p->target->max_align;
            }
            if (at(p, '(')) { /* skip the arguments of attributes mica ignores */
                int depth = 0;
                do {
                    if (at(p, '('))
                        depth++;
                    else if (at(p, ')'))
                        depth--;
                    else if (p->tok.kind == TK_EOF)
                        syntax_error(p, "unterminated attribute");
                    next(p);
                } while (depth > 0);
            }
        }
        expect(p, ')', NULL);
        expect(p, ')', NULL);
    }
}

static void skip_attributes(Parser *p) {
    Attrs a = {0};
    attributes(p, &a);
}

/* ---- struct, union, enum ---- */

static Type *find_tag(Ident *id, bool current_scope_only, int depth) {
    Binding *b = id->tag;
    if (incr_parsing && (!b || b->depth == 0))
        incr_use(id, true);
    if (!b)
        return NULL;
    if (current_scope_only && b->depth != depth)
        return NULL;
    return b->tag;
}

static void struct_members(Parser *p, Record *rec) {
    Member head = {0};
    Member *cur = &head;
    while (!at(p, '}')) {
        if (p->tok.kind == TK_EOF)
            syntax_error(p, "expected '}' at end of input");
        if (at(p, KW_STATIC_ASSERT)) {
            Node *dummy;
            declaration(p, &dummy);
            continue;
        }
        if (accept(p, ';')) {
            continue;
        }
        DeclSpec ds;
        SrcLoc spec_loc = p->tok.loc;
        if (!declspec(p, &ds, false))
            syntax_error(p, "expected specifier-qualifier-list before %s", tok_spelling(p, &p->tok));
        /* an anonymous struct or union member */
        if (at(p, ';') && is_record(ds.type) && !ds.type->rec->tag) {
            Member *m = arena_zalloc(&p->cu->arena, sizeof(Member));
            m->type = ds.type;
            m->loc = spec_loc;
            cur = cur->next = m;
            if (ds.type->rec->has_const)
                rec->has_const = true;
            next(p);
            continue;
        }
        if (at(p, ';')) {
            warn_at(spec_loc, "declaration does not declare anything");
            next(p);
            continue;
        }
        for (bool first = true; !at(p, ';'); first = false) {
            if (!first)
                expect(p, ',', NULL);
            Member *m = arena_zalloc(&p->cu->arena, sizeof(Member));
            m->loc = p->tok.loc;
            if (at(p, ':')) {
                m->type = ds.type;
            } else {
                m->type = declarator(p, ds.type, &m->name, &m->loc, NULL, NULL);
            }
            if (accept(p, ':')) {
                SrcLoc wloc = p->tok.loc;
                int64_t w = const_int_expr(p);
                if (!is_integer(m->type)) {
                    error_at(m->loc, "bit-field '%s' has invalid type", m->name ? m->name->name : "<anonymous>");
                    w = 1;
                } else if (w < 0) {
                    error_at(wloc, "negative width in bit-field '%s'", m->name ? m->name->name : "<anonymous>");
                    w = 1;
                } else if (w > type_size(m->type) * 8) {
                    error_at(wloc, "width of '%s' exceeds its type", m->name ? m->name->name : "<anonymous>");
                    w = type_size(m->type) * 8;
                } else if (w == 0 && m->name) {
                    error_at(wloc, "zero width for bit-field '%s'", m->name->name);
                    w = 1;
                }
                m->is_bitfield = true;
                m->bit_width = (int)w;
            }
            skip_attributes(p);
            if (m->type->kind == TY_FUNC) {
                error_at(m->loc, "field '%s' declared as a function", m->name ? m->name->name : "");
                m->type = pointer_to(m->type);
            }
            bool flexible = m->type->kind == TY_ARRAY && m->type->array_len < 0;
            if (!flexible && !is_complete(m->type)) {
                error_at(m->loc, "field '%s' has incomplete type", m->name ? m->name->name : "");
                m->type = ty_int;
            }
            m->align = ds.align;
            if (m->type->qual & Q_CONST)
                rec->has_const = true;
            if (is_record(m->type) && m->type->rec->has_const)
                rec->has_const = true;
            cur = cur->next = m;
        }
        next(p);
    }
    rec->members = head.next;
    /* a flexible array member must be last */
    for (Member *m = rec->members; m; m = m->next) {
        if (m->type->kind == TY_ARRAY && m->type->array_len < 0 && m->next)
            error_at(m->loc, "flexible array member not at end of struct");
        if (m->type->kind == TY_ARRAY && m->type->array_len < 0 && rec->is_union)
            error_at(m->loc, "flexible array member in union");
    }
}

static Type *struct_or_union(Parser *p, bool is_union) {
    SrcLoc loc = p->tok.loc;
    Attrs attrs = {0};
    attributes(p, &attrs);
    Ident *tag = NULL;
    SrcLoc tag_loc = p->tok.loc;
    if (at(p, TK_IDENT)) {
        tag = p->tok.ident;
        next(p);
    }
    if (!tag && !at(p, '{'))
        syntax_error(p, "expected '{' or identifier after '%s'", is_union ? "union" : "struct");
    if (!at(p, '{')) {
        Type *t = NULL;
        /* "struct S;" alone declares a new type in the current scope */
        bool forward_decl = at(p, ';');
        t = forward_decl ? find_tag(tag, true, p->depth) : find_tag(tag, false, 0);
        if (t) {
            if (!is_record(t) || (t->kind == TY_UNION) != is_union)
                error_at(tag_loc, "'%s' defined as wrong kind of tag", tag->name);
            else
                return t;
        }
        Record *rec = arena_zalloc(&p->cu->arena, sizeof(Record));
        rec->tag = tag;
        rec->is_union = is_union;
        rec->loc = tag_loc;
        rec->size = -1;
        t = struct_type(rec);
        bind_tag(p, tag, t);
        return t;
    }
    next(p); /* { */
    Type *t = tag ? find_tag(tag, true, p->depth) : NULL;
    Record *rec;
    if (t && is_record(t) && (t->kind == TY_UNION) == is_union && !t->rec->complete) {
        rec = t->rec;
    } else {
        if (t && is_record(t) && (t->kind == TY_UNION) == is_union)
            error_at(tag_loc, "redefinition of '%s %s'", is_union ? "union" : "struct", tag->name);
        else if (t)
            error_at(tag_loc, "'%s' defined as wrong kind of tag", tag->name);
        rec = arena_zalloc(&p->cu->arena, sizeof(Record));
        rec->tag = tag;
        rec->is_union = is_union;
        t = struct_type(rec);
        if (tag)
            bind_tag(p, tag, t);
    }
    rec->loc = tag ? tag_loc : loc;
    struct_members(p, rec);
    expect(p, '}', NULL);
    attributes(p, &attrs);
    if (attrs.packed)
        rec->packed = 1;
    else if (p->pack)
        rec->packed = p->pack;
    if (attrs.aligned)
        rec->align = attrs.aligned;
    layout_record(rec, p->target);
    return t;
}

static Type *enum_specifier(Parser *p) {
    skip_attributes(p);
    Ident *tag = NULL;
    SrcLoc tag_loc = p->tok.loc;
    if (at(p, TK_IDENT)) {
        tag = p->tok.ident;
        next(p);
    }
    if (!tag && !at(p, '{'))
        syntax_error(p, "expected '{' or identifier after 'enum'");
    if (!at(p, '{')) {
        Type *t = find_tag(tag, false, 0);
        if (t) {
            if (t->kind != TY_ENUM)
                error_at(tag_loc, "'%s' defined as wrong kind of tag", tag->name);
            else
                return t;
        }
        /* a forward reference to an enum (a common extension) */
        EnumInfo *en = arena_zalloc(&p->cu->arena, sizeof(EnumInfo));
        en->tag = tag;
        en->loc = tag_loc;
        t = enum_type(en, ty_uint);
        bind_tag(p, tag, t);
        return t;
    }
    next(p);
    Type *t = tag ? find_tag(tag, true, p->depth) : NULL;
    EnumInfo *en;
    if (t && t->kind == TY_ENUM && !t->en->complete) {
        en = t->en;
    } else {
        if (t)
            error_at(tag_loc, t->kind == TY_ENUM ? "redeclaration of 'enum %s'" : "'%s' defined as wrong kind of tag",
                     tag->name);
        en = arena_zalloc(&p->cu->arena, sizeof(EnumInfo));
        en->tag = tag;
        en->loc = tag ? tag_loc : p->prev_loc;
        t = enum_type(en, ty_uint);
        if (tag)
            bind_tag(p, tag, t);
    }
    int64_t val = 0;
    int64_t minv = 0, maxv = 0;
    Enumerator head = {0};
    Enumerator *cur = &head;
    VEC(Obj *) consts = {0};
    while (!at(p, '}')) {
        if (!at(p, TK_IDENT))
            syntax_error(p, "expected identifier before %s", tok_spelling(p, &p->tok));
        Ident *name = p->tok.ident;
        SrcLoc loc = p->tok.loc;
        next(p);
        skip_attributes(p);
        if (accept(p, '='))
            val = const_int_expr(p);
        Binding *prev = name->binding;
        if (prev && prev->depth == p->depth)
            error_at(loc, "redeclaration of '%s'", name->name);
        Obj *c = new_obj(p, OBJ_ENUM_CONST, name, ty_int, loc);
        c->value = val;
        bind(p, name, c);
        vec_push(&consts, c);
        Enumerator *e = arena_zalloc(&p->cu->arena, sizeof(Enumerator));
        e->name = name;
        e->value = val;
        cur = cur->next = e;
        if (val < minv)
            minv = val;
        if (val > maxv)
            maxv = val;
        val++;
        if (!accept(p, ','))
            break;
    }
    expect(p, '}', NULL);
    skip_attributes(p);
    en->list = head.next;
    en->complete = true;
    /* gcc's choice of the compatible integer type */
    Type *under;
    if (minv < 0)
        under = (minv >= INT32_MIN && maxv <= INT32_MAX) ? ty_int : ty_long->size == 8 ? ty_long : ty_llong;
    else
        under = maxv <= UINT32_MAX ? ty_uint : ty_long->size == 8 ? ty_ulong : ty_ullong;
    t->base = under;
    t->size = under->size;
    t->align = under->align;
    /* constants that do not fit int take the enum's type (a gcc extension) */
    for (int i = 0; i < consts.len; i++) {
        Obj *c = consts.data[i];
        if (c->value < INT32_MIN || c->value > INT32_MAX)
            c->type = under;
    }
    vec_free(&consts);
    return t;
}

/* ---- declaration specifiers ---- */

enum {
    S_VOID = 1 << 0,
    S_BOOL = 1 << 2,
    S_CHAR = 1 << 4,
    S_SHORT = 1 << 6,
    S_INT = 1 << 8,
    S_LONG = 1 << 10,
    S_FLOAT = 1 << 12,
    S_DOUBLE = 1 << 14,
    S_OTHER = 1 << 16,
    S_SIGNED = 1 << 17,
    S_UNSIGNED = 1 << 18,
    S_COMPLEX = 1 << 19,
};

bool declspec(Parser *p, DeclSpec *ds, bool allow_storage) {
    memset(ds, 0, sizeof *ds);
    ds->loc = p->tok.loc;
    int counter = 0;
    int qual = 0;
    Type *ty = NULL;
    bool any = false;
    for (;;) {
        int k = p->tok.kind;
        SrcLoc loc = p->tok.loc;
        Storage sc = SC_NONE;
        switch (k) {
        case KW_TYPEDEF: sc = SC_TYPEDEF; break;
        case KW_EXTERN: sc = SC_EXTERN; break;
        case KW_STATIC: sc = SC_STATIC; break;
        case KW_AUTO: sc = SC_AUTO; break;
        case KW_REGISTER: sc = SC_REGISTER; break;
        default: break;
        }
        if (sc != SC_NONE) {
            if (!allow_storage)
                error_at(loc, "storage class specified for a member or type name");
            else if (ds->storage != SC_NONE)
                error_at(loc, "multiple storage classes in declaration specifiers");
            ds->storage = sc;
            next(p);
            any = true;
            continue;
        }
        switch (k) {
        case KW_CONST: qual |= Q_CONST; next(p); any = true; continue;
        case KW_VOLATILE: qual |= Q_VOLATILE; next(p); any = true; continue;
        case KW_RESTRICT: qual |= Q_RESTRICT; next(p); any = true; continue;
        case KW_INLINE: ds->is_inline = true; next(p); any = true; continue;
        case KW_NORETURN: ds->is_noreturn = true; next(p); any = true; continue;
        case KW_THREAD_LOCAL: ds->is_tls = true; next(p); any = true; continue;
        case KW_ATTRIBUTE:
        case KW_EXTENSION: {
            Attrs a = {0};
            attributes(p, &a);
            if (a.noreturn)
                ds->is_noreturn = true;
            if (a.aligned > ds->align)
                ds->align = a.aligned;
            any = true;
            continue;
        }
        case KW_ATOMIC:
            next(p);
            if (at(p, '(')) {
                next(p);
                ty = type_name(p);
                expect(p, ')', NULL);
                counter += S_OTHER;
            }
            qual |= Q_ATOMIC;
            any = true;
            continue;
        case KW_ALIGNAS: {
            next(p);
            expect(p, '(', "after '_Alignas'");
            int64_t a;
            SrcLoc aloc = p->tok.loc;
            if (is_typename(p, &p->tok)) {
                Type *t = type_name(p);
                a = type_align(t);
            } else {
                a = const_int_expr(p);
                if (a < 0 || (a & (a - 1)))
                    error_at(aloc, "requested alignment is not a positive power of 2");
            }
            expect(p, ')', NULL);
            if (a > ds->align)
                ds->align = (int)a;
            any = true;
            continue;
        }
        default:
            break;
        }
        /* type specifiers */
        if (k == TK_IDENT) {
            if (counter)
                break;
            Obj *o = lookup(p->tok.ident);
            if (!o || o->kind != OBJ_TYPEDEF)
                break;
            ty = with_typedef(o->type, o);
            counter += S_OTHER;
            next(p);
            any = true;
            continue;
        }
        if (k == KW_STRUCT || k == KW_UNION || k == KW_ENUM || k == KW_TYPEOF) {
            if (counter)
                error_at(loc, "two or more data types in declaration specifiers");
            next(p);
            if (k == KW_ENUM) {
                ty = enum_specifier(p);
            } else if (k == KW_TYPEOF) {
                expect(p, '(', "after 'typeof'");
                if (is_typename(p, &p->tok)) {
                    ty = type_name(p);
                } else {
                    Node *e = expr(p);
                    ty = e->type;
                }
                expect(p, ')', NULL);
            } else {
                ty = struct_or_union(p, k == KW_UNION);
            }
            counter += S_OTHER;
            any = true;
            continue;
        }
        int add = 0;
        switch (k) {
        case KW_VOID: add = S_VOID; break;
        case KW_BOOL: add = S_BOOL; break;
        case KW_CHAR: add = S_CHAR; break;
        case KW_SHORT: add = S_SHORT; break;
        case KW_INT: add = S_INT; break;
        case KW_LONG: add = S_LONG; break;
        case KW_FLOAT: add = S_FLOAT; break;
        case KW_DOUBLE: add = S_DOUBLE; break;
        case KW_SIGNED: add = S_SIGNED; break;
        case KW_UNSIGNED: add = S_UNSIGNED; break;
        case KW_COMPLEX: add = S_COMPLEX; break;
        default: break;
        }
        if (!add)
            break;
        if (add == S_COMPLEX)
            error_at(loc, "_Complex is not supported by mica");
        counter += add;
        any = true;
        next(p);
        switch (counter) {
        case S_VOID: ty = ty_void; break;
        case S_BOOL: ty = ty_bool; break;
        case S_CHAR: ty = ty_char; break;
        case S_SIGNED + S_CHAR: ty = ty_schar; break;
        case S_UNSIGNED + S_CHAR: ty = ty_uchar; break;
        case S_SHORT: case S_SHORT + S_INT: case S_SIGNED + S_SHORT: case S_SIGNED + S_SHORT + S_INT:
            ty = ty_short; break;
        case S_UNSIGNED + S_SHORT: case S_UNSIGNED + S_SHORT + S_INT: ty = ty_ushort; break;
        case S_INT: case S_SIGNED: case S_SIGNED + S_INT: ty = ty_int; break;
        case S_UNSIGNED: case S_UNSIGNED + S_INT: ty = ty_uint; break;
        case S_LONG: case S_LONG + S_INT: case S_SIGNED + S_LONG: case S_SIGNED + S_LONG + S_INT:
            ty = ty_long; break;
        case S_UNSIGNED + S_LONG: case S_UNSIGNED + S_LONG + S_INT: ty = ty_ulong; break;
        case S_LONG + S_LONG: case S_LONG + S_LONG + S_INT: case S_SIGNED + S_LONG + S_LONG:
        case S_SIGNED + S_LONG + S_LONG + S_INT:
            ty = ty_llong; break;
        case S_UNSIGNED + S_LONG + S_LONG: case S_UNSIGNED + S_LONG + S_LONG + S_INT: ty = ty_ullong; break;
        case S_FLOAT: ty = ty_float; break;
        case S_DOUBLE: ty = ty_double; break;
        case S_LONG + S_DOUBLE: ty = ty_ldouble; break;
        case S_FLOAT + S_COMPLEX: case S_DOUBLE + S_COMPLEX: case S_LONG + S_DOUBLE + S_COMPLEX: case S_COMPLEX:
            ty = ty_double; break;
        default:
            error_at(loc, "invalid combination of type specifiers");
            ty = ty_int;
            break;
        }
    }
    if (!any)
        return false;
    if (!ty) {
        /* implicit int is gone from C99; gcc only warns */
        warn_at(ds->loc, "type defaults to 'int' in declaration");
        ty = ty_int;
    }
    ds->type = qualified(ty, qual);
    return true;
}

/* ---- declarators ---- */

typedef enum { DOP_PTR, DOP_ARRAY, DOP_FUNC } DeclOpKind;

typedef struct DeclOp {
    DeclOpKind kind;
    int qual;
    int64_t len;
    SrcLoc loc;
    Type **params;
    int nparams;
    bool variadic;
    bool has_proto;
    Obj **param_objs;
} DeclOp;

static Type *adjust_param_type(Type *t) {
    if (t->kind == TY_ARRAY) {
        Type *pt = pointer_to(t->base);
        return pt;
    }
    if (t->kind == TY_FUNC)
        return pointer_to(t);
    return t;
}

/* ( parameter-type-list ) or ( identifier-list ); the '(' has been read */
/* The parameters read so far, from p->params[base] on, as the op's arrays. */
static void take_params(Parser *p, DeclOp *op, int base) {
    int n = p->params.len - base;
    op->nparams = n;
    op->param_objs = arena_alloc(&p->cu->arena, (size_t)n * sizeof(Obj *) + 1);
    if (n)
        memcpy(op->param_objs, &p->params.data[base], (size_t)n * sizeof(Obj *));
    p->params.len = base;
}

static void param_list(Parser *p, DeclOp *op) {
    int base = p->params.len; /* this list's parameters go on top of p->params */
    op->has_proto = true;
    enter_scope(p); /* prototype scope */
    if (at(p, KW_VOID) && peek(p, 1)->kind == ')') {
        next(p);
        next(p);
        leave_scope(p);
        op->params = NULL;
        op->nparams = 0;
        op->param_objs = NULL;
        return;
    }
    if (at(p, ')')) {
        next(p);
        leave_scope(p);
        op->has_proto = false;
        return;
    }
    if (at(p, TK_IDENT) && !is_typename(p, &p->tok)) {
        /* old-style identifier list: the types come from the declarations before the body */
        op->has_proto = false;
        for (;;) {
            if (!at(p, TK_IDENT))
                syntax_error(p, "expected identifier before %s", tok_spelling(p, &p->tok));
            Obj *o = new_obj(p, OBJ_VAR, p->tok.ident, NULL, p->tok.loc);
            o->is_local = true;
            o->is_param = true;
            vec_push(&p->params, o);
            next(p);
            if (!accept(p, ','))
                break;
        }
        expect(p, ')', NULL);
        leave_scope(p);
        take_params(p, op, base);
        op->params = NULL;
        op->len = -2; /* marks an identifier list */
        return;
    }
    for (;;) {
        if (at(p, TK_ELLIPSIS)) {
            next(p);
            op->variadic = true;
            break;
        }
        DeclSpec ds;
        SrcLoc loc = p->tok.loc;
        if (!declspec(p, &ds, true))
            syntax_error(p, "expected declaration specifiers or '...' before %s", tok_spelling(p, &p->tok));
        if (ds.storage != SC_NONE && ds.storage != SC_REGISTER)
            error_at(loc, "storage class specified for parameter");
        Ident *name = NULL;
        SrcLoc nloc = p->tok.loc;
        Type *t = declarator(p, ds.type, &name, &nloc, NULL, NULL);
        skip_attributes(p);
        if (t->kind == TY_VOID) {
            error_at(loc, "'void' must be the only parameter");
            t = ty_int;
        }
        t = adjust_param_type(t);
        Obj *o = new_obj(p, OBJ_VAR, name, t, name ? nloc : loc);
        o->is_local = true;
        o->is_param = true;
        o->storage = ds.storage;
        vec_push(&p->params, o);
        if (!accept(p, ','))
            break;
    }
    expect(p, ')', NULL);
    leave_scope(p);
    take_params(p, op, base);
    op->params = arena_alloc(&p->cu->arena, (size_t)op->nparams * sizeof(Type *) + 1);
    for (int i = 0; i < op->nparams; i++)
        op->params[i] = op->param_objs[i]->type;
}

static bool starts_nested_declarator(Parser *p) {
    Token *t = peek(p, 1);
    switch (t->kind) {
    case '*':
    case '(':
    case '[':
    case KW_ATTRIBUTE:
        return true;
    case TK_IDENT:
        return !is_typename(p, t);
    default:
        return false;
    }
}

/* Appends the declarator's type operations to ops in the order they apply to the base type:
   pointers (left to right), suffixes (right to left), then those of a nested declarator. */
static void declarator_ops(Parser *p, DeclOps *ops, Ident **name, SrcLoc *loc, bool abstract_ok) {
    while (at(p, '*')) {
        DeclOp op;
        memset(&op, 0, sizeof op);
        op.kind = DOP_PTR;
        op.loc = p->tok.loc;
        next(p);
        for (;;) {
            if (accept(p, KW_CONST))
                op.qual |= Q_CONST;
            else if (accept(p, KW_VOLATILE))
                op.qual |= Q_VOLATILE;
            else if (accept(p, KW_RESTRICT))
                op.qual |= Q_RESTRICT;
            else if (accept(p, KW_ATOMIC))
                op.qual |= Q_ATOMIC;
            else if (at(p, KW_ATTRIBUTE))
                skip_attributes(p);
            else
                break;
        }
        vec_push(ops, op);
    }
    DeclOps inner = {0};
    bool has_inner = false;
    if (at(p, '(') && starts_nested_declarator(p)) {
        next(p);
        skip_attributes(p);
        declarator_ops(p, &inner, name, loc, abstract_ok);
        expect(p, ')', NULL);
        has_inner = true;
    } else if (at(p, TK_IDENT)) {
        *name = p->tok.ident;
        *loc = p->tok.loc;
        next(p);
    } else if (!abstract_ok && name) {
        /* let the caller report what was expected */
    }
    int suffixes = ops->len;
    for (;;) {
        if (at(p, '[')) {
            DeclOp op;
            memset(&op, 0, sizeof op);
            op.kind = DOP_ARRAY;
            op.loc = p->tok.loc;
            next(p);
            while (at(p, KW_STATIC) || at(p, KW_CONST) || at(p, KW_VOLATILE) || at(p, KW_RESTRICT)) {
                if (at(p, KW_CONST))
                    op.qual |= Q_CONST;
                if (at(p, KW_VOLATILE))
                    op.qual |= Q_VOLATILE;
                if (at(p, KW_RESTRICT))
                    op.qual |= Q_RESTRICT;
                next(p);
            }
            op.len = -1;
            if (!at(p, ']')) {
                if (at(p, '*') && peek(p, 1)->kind == ']') {
                    next(p);
                } else {
                    SrcLoc eloc = p->tok.loc;
                    Node *e = assign_expr(p);
                    int64_t v;
                    if (!is_integer(e->type)) {
                        error_at(eloc, "size of array has non-integer type");
                        v = 1;
                    } else if (!eval_int(e, &v)) {
                        error_at(eloc, "variable length arrays are not supported by mica");
                        v = 1;
                    } else if (v < 0 || (is_unsigned(e->type) && (uint64_t)v > (uint64_t)INT64_MAX / 2)) {
                        error_at(eloc, "size of array is negative");
                        v = 1;
                    }
                    op.len = v;
                }
            }
            expect(p, ']', NULL);
            vec_push(ops, op);
        } else if (at(p, '(')) {
            DeclOp op;
            memset(&op, 0, sizeof op);
            op.kind = DOP_FUNC;
            op.loc = p->tok.loc;
            next(p);
            param_list(p, &op);
            vec_push(ops, op);
        } else {
            break;
        }
    }
    for (int i = suffixes, j = ops->len - 1; i < j; i++, j--) {
        DeclOp t = ops->data[i];
        ops->data[i] = ops->data[j];
        ops->data[j] = t;
    }
    if (has_inner) {
        for (int i = 0; i < inner.len; i++)
            vec_push(ops, inner.data[i]);
        vec_free(&inner);
    }
}

static Type *apply_ops(Type *t, DeclOp *ops, int nops) {
    for (int i = 0; i < nops; i++) {
        DeclOp *op = &ops[i];
        switch (op->kind) {
        case DOP_PTR:
            t = qualified(pointer_to(t), op->qual);
            break;
        case DOP_ARRAY:
            if (t->kind == TY_FUNC)
                error_at(op->loc, "declaration of array of functions");
            else if (t->kind == TY_VOID)
                error_at(op->loc, "declaration of array of voids");
            else if (!is_complete(t))
                error_at(op->loc, "array type has incomplete element type '%s'", type_to_string(t));
            t = array_of(t, op->len);
            break;
        case DOP_FUNC:
            if (t->kind == TY_FUNC)
                error_at(op->loc, "function returning a function");
            if (t->kind == TY_ARRAY)
                error_at(op->loc, "function returning an array");
            if (op->len == -2) { /* identifier list: parameter types are not known yet */
                t = func_type(t, NULL, 0, false, false);
            } else {
                t = func_type(t, op->params, op->nparams, op->variadic, op->has_proto);
            }
            break;
        }
    }
    return t;
}

Type *declarator(Parser *p, Type *base, Ident **name, SrcLoc *loc, Obj ***param_objs, int *nparam_objs) {
    int first = p->decl_ops.len; /* this declarator's ops go on top of any outer one's */
    Ident *n = NULL;
    declarator_ops(p, &p->decl_ops, &n, loc, true);
    int nops = p->decl_ops.len - first;
    DeclOp *ops = nops ? &p->decl_ops.data[first] : NULL;
    if (param_objs) {
        *param_objs = NULL;
        *nparam_objs = 0;
    }
    Type *t = apply_ops(base, ops, nops);
    /* only the outermost function op gives the declared function's parameters */
    if (param_objs && nops && ops[nops - 1].kind == DOP_FUNC) {
        *param_objs = ops[nops - 1].param_objs;
        *nparam_objs = ops[nops - 1].nparams;
    }
    p->decl_ops.len = first;
    if (name)
        *name = n;
    else if (n)
        error_at(*loc, "unexpected identifier in type name");
    return t;
}

Type *type_name(Parser *p) {
    DeclSpec ds;
    SrcLoc loc = p->tok.loc;
    if (!declspec(p, &ds, false))
        syntax_error(p, "expected type name before %s", tok_spelling(p, &p->tok));
    SrcLoc dloc = loc;
    return declarator(p, ds.type, NULL, &dloc, NULL, NULL);
}

int64_t const_int_expr(Parser *p) {
    SrcLoc loc = p->tok.loc;
    Node *e = cond_expr(p);
    int64_t v;
    if (!is_integer(e->type) || !eval_int(e, &v)) {
        error_at(loc, "expression is not an integer constant expression");
        return 0;
    }
    return v;
}

/* ---- initializers ---- */

static Initializer *new_init(Parser *p, Type *t, SrcLoc loc) {
    Initializer *in = arena_zalloc(p->arena, sizeof(Initializer));
    in->type = t;
    in->loc = loc;
    if (is_record(t) && t->rec->complete) {
        int64_t n = 0;
        for (Member *m = t->rec->members; m; m = m->next)
            n++;
        in->nchildren = t->kind == TY_UNION ? 1 : n;
        in->children = arena_zalloc(p->arena, (size_t)(in->nchildren + 1) * sizeof(Initializer *));
    }
    return in;
}

/* The room allocated for an array initializer's children: a power of two (at least 4) that
   nchildren alone determines, so that growing one element at a time reallocates only when
   nchildren crosses a power of two. Slots past nchildren are NULL. */
static int64_t children_capacity(int64_t nchildren) {
    if (nchildren == 0)
        return 0;
    int64_t cap = 4;
    while (cap < nchildren)
        cap *= 2;
    return cap;
}

/* the Initializer of array element i, created on demand */
static Initializer *array_child(Parser *p, Initializer *in, int64_t i) {
    if (i >= in->nchildren) {
        if (i >= children_capacity(in->nchildren)) {
            int64_t cap = children_capacity(i + 1);
            Initializer **c = arena_zalloc(p->arena, (size_t)cap * sizeof(Initializer *));
            if (in->nchildren)
                memcpy(c, in->children, (size_t)in->nchildren * sizeof(Initializer *));
            in->children = c;
        }
        in->nchildren = i + 1;
    }
    if (!in->children[i])
        in->children[i] = new_init(p, in->type->base, p->tok.loc);
    return in->children[i];
}

static int member_index(Record *rec, Member *target) {
    int i = 0;
    for (Member *m = rec->members; m; m = m->next, i++)
        if (m == target)
            return i;
    return -1;
}

static Initializer *record_child(Parser *p, Initializer *in, Member *m) {
    int idx = in->type->kind == TY_UNION ? 0 : member_index(in->type->rec, m);
    if (in->type->kind == TY_UNION && in->union_member != m) {
        in->union_member = m;
        in->children[0] = NULL;
    }
    if (!in->children[idx])
        in->children[idx] = new_init(p, m->type, p->tok.loc);
    return in->children[idx];
}

static Node *pending_expr;

static Node *take_init_expr(Parser *p) {
    if (pending_expr) {
        Node *n = pending_expr;
        pending_expr = NULL;
        return n;
    }
    return assign_expr(p);
}

static bool is_char_array(Type *t) {
    return t->kind == TY_ARRAY && is_integer(t->base) &&
           (t->base->size == 1 || t->base->size == 2 || t->base->size == 4);
}

static void init_any(Parser *p, Initializer *in);

static void string_init(Parser *p, Initializer *in, Node *str) {
    Type *t = in->type;
    int64_t unit = type_size(str->type->base);
    if (unit != type_size(t->base))
        error_at(str->loc, "initializing an array of '%s' from a string of the wrong width", type_to_string(t->base));
    int64_t n = str->type->array_len; /* including the terminator */
    if (t->array_len < 0) {
        in->type = array_of(t->base, n);
    } else if (n - 1 > t->array_len) {
        warn_at(str->loc, "initializer-string for array of '%s' is too long", type_to_string(t->base));
    }
    in->is_string = true;
    in->expr = str;
}

static bool at_designator(Token *t) {
    return t->kind == '[' || t->kind == '.';
}

/* Fills an aggregate from the current list without braces (brace elision). */
static void init_unbraced(Parser *p, Initializer *in) {
    Type *t = in->type;
    if (t->kind == TY_ARRAY) {
        int64_t len = t->array_len;
        for (int64_t i = 0; len < 0 || i < len; i++) {
            if (i > 0) {
                if (!at(p, ',') || peek(p, 1)->kind == '}' || at_designator(peek(p, 1)))
                    return;
                next(p);
            }
            init_any(p, array_child(p, in, i));
        }
        return;
    }
    /* struct or union */
    bool first = true;
    for (Member *m = t->rec->members; m; m = m->next) {
        if (m->is_bitfield && !m->name)
            continue;
        if (!first) {
            if (!at(p, ',') || peek(p, 1)->kind == '}' || at_designator(peek(p, 1)))
                return;
            next(p);
        }
        first = false;
        init_any(p, record_child(p, in, m));
        if (t->kind == TY_UNION)
            return;
    }
}

/* [i].m[j] = : navigates to the designated subobject of in and initializes it. Returns the
   position in in that the list continues from. */
static int64_t designation(Parser *p, Initializer *in, Member **member_out) {
    Type *t = in->type;
    int64_t pos = 0;
    if (at(p, '[')) {
        SrcLoc loc = p->tok.loc;
        if (t->kind != TY_ARRAY) {
            error_at(loc, "array index in non-array initializer");
            next(p);
            const_int_expr(p);
            expect(p, ']', NULL);
            pos = -1;
        } else {
            next(p);
            int64_t i = const_int_expr(p);
            int64_t j = i;
            if (accept(p, TK_ELLIPSIS))
                j = const_int_expr(p);
            expect(p, ']', NULL);
            if (i < 0 || (t->array_len >= 0 && j >= t->array_len)) {
                error_at(loc, "array index in initializer exceeds array bounds");
                i = j = 0;
            }
            for (int64_t k = i; k <= j; k++) {
                Initializer *child = array_child(p, in, k);
                if (k < j) {
                    /* a GNU range: the same value for every element (parsed once) */
                    continue;
                }
                if (at_designator(&p->tok)) {
                    Member *dummy;
                    designation(p, child, &dummy);
                } else {
                    accept(p, '=');
                    if (at(p, '{')) /* a braced list replaces what was there */
                        child = in->children[k] = new_init(p, child->type, p->tok.loc);
                    init_any(p, child);
                }
                for (int64_t q = i; q < j; q++)
                    in->children[q] = child;
            }
            pos = j + 1;
        }
    } else { /* .member */
        next(p);
        if (!at(p, TK_IDENT))
            syntax_error(p, "expected identifier before %s", tok_spelling(p, &p->tok));
        Ident *name = p->tok.ident;
        SrcLoc loc = p->tok.loc;
        next(p);
        if (!is_record(t)) {
            error_at(loc, "field name not in record or union initializer");
            pos = -1;
            if (at_designator(&p->tok))
                designation(p, new_init(p, ty_int, loc), member_out);
            else {
                accept(p, '=');
                init_any(p, new_init(p, ty_int, loc));
            }
            return pos;
        }
        Member *path[MAX_MEMBER_DEPTH];
        int n = find_member_path(t->rec, name, path, 0);
        if (!n) {
            error_at(loc, "'%s' has no member named '%s'", type_to_string(t), name->name);
            accept(p, '=');
            init_any(p, new_init(p, ty_int, loc));
            return -1;
        }
        Initializer *cur = in;
        for (int i = 0; i < n; i++)
            cur = record_child(p, cur, path[i]);
        if (at_designator(&p->tok)) {
            Member *dummy;
            designation(p, cur, &dummy);
        } else {
            accept(p, '=');
            if (at(p, '{')) { /* a braced list replaces what was there */
                Initializer *parent = in;
                for (int i = 0; i < n - 1; i++)
                    parent = record_child(p, parent, path[i]);
                int idx = parent->type->kind == TY_UNION ? 0 : member_index(parent->type->rec, path[n - 1]);
                cur = parent->children[idx] = new_init(p, path[n - 1]->type, p->tok.loc);
            }
            init_any(p, cur);
        }
        *member_out = path[0];
        pos = member_index(t->rec, path[0]) + 1;
    }
    return pos;
}

static void init_braced(Parser *p, Initializer *in) {
    SrcLoc open = p->tok.loc;
    next(p); /* { */
    Type *t = in->type;
    if (is_scalar(t)) {
        if (at(p, '}')) {
            /* {} initializes a scalar to zero (C23, accepted by gcc) */
            in->expr = new_num(p, 0, ty_int, open);
            in->expr = assign_convert(p, in->expr, t, CONV_INIT, 0);
        } else {
            init_any(p, in);
            if (accept(p, ',') && !at(p, '}')) {
                warn_at(p->tok.loc, "excess elements in scalar initializer");
                while (!at(p, '}') && !at(p, TK_EOF)) {
                    Initializer *dummy = new_init(p, ty_int, p->tok.loc);
                    init_any(p, dummy);
                    if (!accept(p, ','))
                        break;
                }
            }
        }
        expect(p, '}', NULL);
        return;
    }
    if (is_char_array(t) && at(p, TK_STRING)) {
        /* char s[] = { "text" } */
        Node *str = string_literal(p);
        if (at(p, '}') || (at(p, ',') && peek(p, 1)->kind == '}')) {
            accept(p, ',');
            next(p);
            string_init(p, in, str);
            return;
        }
        pending_expr = str;
    }
    int64_t pos = 0;
    Member *mem = is_record(t) ? t->rec->members : NULL;
    bool warned = false;
    bool first = true;
    while (!at(p, '}')) {
        if (!first) {
            expect(p, ',', NULL);
            if (at(p, '}'))
                break;
        }
        first = false;
        if (p->tok.kind == TK_EOF)
            syntax_error(p, "expected '}' before end of input");
        if (at_designator(&p->tok)) {
            Member *m = NULL;
            pos = designation(p, in, &m);
            if (is_record(t) && m) {
                mem = m->next;
                if (t->kind == TY_UNION)
                    mem = NULL;
            }
            continue;
        }
        if (t->kind == TY_ARRAY) {
            if (t->array_len >= 0 && pos >= t->array_len) {
                if (!warned)
                    warn_at(p->tok.loc, "excess elements in array initializer");
                warned = true;
                init_any(p, new_init(p, t->base, p->tok.loc));
                continue;
            }
            init_any(p, array_child(p, in, pos));
            pos++;
        } else {
            while (mem && mem->is_bitfield && !mem->name)
                mem = mem->next;
            if (!mem) {
                if (!warned)
                    warn_at(p->tok.loc, "excess elements in %s initializer", t->kind == TY_UNION ? "union" : "struct");
                warned = true;
                init_any(p, new_init(p, ty_int, p->tok.loc));
                continue;
            }
            init_any(p, record_child(p, in, mem));
            mem = t->kind == TY_UNION ? NULL : mem->next;
        }
    }
    next(p); /* } */
    if (t->kind == TY_ARRAY && t->array_len < 0) {
        int64_t n = in->nchildren;
        in->type = array_of(t->base, n);
    }
}

static void init_any(Parser *p, Initializer *in) {
    Type *t = in->type;
    if (!pending_expr && at(p, '{')) {
        init_braced(p, in);
        return;
    }
    if (t->kind == TY_ARRAY) {
        if (is_char_array(t)) {
            if (pending_expr && pending_expr->kind == ND_STR) {
                string_init(p, in, take_init_expr(p));
                return;
            }
            if (!pending_expr && at(p, TK_STRING)) {
                /* a string literal, possibly parenthesized... only the plain form here */
                Node *s = string_literal(p);
                if (at(p, ',') || at(p, '}') || at(p, ';')) {
                    string_init(p, in, s);
                    return;
                }
                error_at(s->loc, "invalid initializer");
                return;
            }
        }
        if (!pending_expr && !is_record(t->base) && t->base->kind != TY_ARRAY && !at(p, '{')) {
            /* brace elision into an array */
        }
        init_unbraced(p, in);
        return;
    }
    if (is_record(t)) {
        Node *e = take_init_expr(p);
        if (is_record(e->type) && types_compatible(unqualified(e->type), unqualified(t))) {
            in->expr = e;
            return;
        }
        if (!t->rec->complete) {
            error_at(e->loc, "variable has incomplete type '%s'", type_to_string(t));
            return;
        }
        if (is_record(e->type)) {
            error_at(e->loc, "incompatible types when initializing type '%s' using type '%s'", type_to_string(t),
                     type_to_string(e->type));
            return;
        }
        pending_expr = e;
        init_unbraced(p, in);
        if (pending_expr) { /* an empty record */
            pending_expr = NULL;
        }
        return;
    }
    Node *e = take_init_expr(p);
    in->expr = assign_convert(p, rvalue(p, e), t, CONV_INIT, 0);
}

Initializer *initializer(Parser *p, Type **type) {
    Initializer *in = new_init(p, *type, p->tok.loc);
    pending_expr = NULL;
    if ((*type)->kind == TY_ARRAY && !at(p, '{') && !at(p, TK_STRING)) {
        Node *e = assign_expr(p);
        error_at(e->loc, "array must be initialized with a brace-enclosed initializer");
        return in;
    }
    init_any(p, in);
    *type = in->type;
    return in;
}

/* ---- #pragma ---- */

static void handle_pragma(Parser *p, const Token *pragma) {
    /* the text is "pack ( ... )" */
    const char *s = pragma->text;
    SrcLoc loc = pragma->loc;
    if (strncmp(s, "pack", 4) != 0)
        return;
    s += 4;
    while (*s == ' ')
        s++;
    if (*s != '(') {
        warn_at(loc, "missing '(' after '#pragma pack' - ignored");
        return;
    }
    s++;
    while (*s == ' ')
        s++;
    if (*s == ')') {
        p->pack = 0;
        return;
    }
    if (!strncmp(s, "push", 4)) {
        vec_push(&p->pack_stack, p->pack);
        s += 4;
        while (*s == ' ' || *s == ',')
            s++;
    } else if (!strncmp(s, "pop", 3)) {
        if (p->pack_stack.len)
            p->pack = p->pack_stack.data[--p->pack_stack.len];
        else
            warn_at(loc, "#pragma pack (pop) encountered without matching #pragma pack (push)");
        return;
    }
    if (*s >= '0' && *s <= '9') {
        long v = strtol(s, NULL, 10);
        if (v != 1 && v != 2 && v != 4 && v != 8 && v != 16)
            warn_at(loc, "alignment must be a small power of two, not %ld", v);
        else
            p->pack = (int)v;
    }
}

/* ---- declarations ---- */

static void check_redeclaration(Parser *p, Obj *prev, Type *t, SrcLoc loc, Ident *name) {
    (void)p;
    if (!types_compatible(prev->type, t)) {
        error_at(loc, "conflicting types for '%s'", name->name);
        note_at(prev->loc, "previous declaration of '%s' was here", name->name);
    }
}

static void static_assert_decl(Parser *p) {
    SrcLoc loc = p->tok.loc;
    next(p);
    expect(p, '(', "after '_Static_assert'");
    int64_t v = const_int_expr(p);
    if (accept(p, ',')) {
        Node *s = string_literal(p);
        if (!v)
            error_at(loc, "static assertion failed: \"%.*s\"", (int)(s->str_len - 1), (const char *)s->str_data);
    } else if (!v) {
        error_at(loc, "static assertion failed");
    }
    expect(p, ')', NULL);
    expect(p, ';', NULL);
}

Node *local_declarator(Parser *p, DeclSpec *ds, Type *t, Ident *name, SrcLoc loc) {
    if (ds->storage == SC_TYPEDEF) {
        Binding *prev = name_binding(name);
        if (prev && prev->depth == p->depth) {
            if (prev->obj->kind != OBJ_TYPEDEF || !types_compatible(prev->obj->type, t)) {
                error_at(loc, prev->obj->kind == OBJ_TYPEDEF ? "conflicting types for '%s'"
                                                             : "'%s' redeclared as different kind of symbol",
                         name->name);
                note_at(prev->obj->loc, "previous declaration of '%s' was here", name->name);
            }
        }
        Obj *o = new_obj(p, OBJ_TYPEDEF, name, t, loc);
        bind(p, name, o);
        return NULL;
    }
    if (t->kind == TY_FUNC || ds->storage == SC_EXTERN) {
        if (at(p, '='))
            error_at(p->tok.loc, "'%s' has both 'extern' and initializer", name->name);
        if (t->kind == TY_FUNC && ds->storage == SC_STATIC)
            error_at(loc, "invalid storage class for function '%s'", name->name);
        if (incr_parsing)
            incr_block_extern(); /* it declares a name with linkage: the body matters beyond itself */
        declare_global(p, ds, t, name, loc, true);
        return NULL;
    }
    Binding *prev = name_binding(name);
    if (prev && prev->depth == p->depth) {
        error_at(loc, prev->obj->kind == OBJ_VAR && prev->obj->type && types_compatible(prev->obj->type, t)
                          ? "redefinition of '%s'"
                          : "conflicting types for '%s'",
                 name->name);
        note_at(prev->obj->loc, "previous definition of '%s' was here", name->name);
    }
    if (ds->storage == SC_STATIC) {
        /* a static local is a global with a private name */
        Obj *o = arena_zalloc(&p->cu->arena, sizeof(Obj));
        o->kind = OBJ_VAR;
        o->name = name;
        o->type = t;
        o->loc = loc;
        o->storage = SC_STATIC;
        o->is_static_local = true;
        o->is_tls = ds->is_tls;
        o->align = ds->align;
        o->slot = -1;
        o->link_name = format("%s.%d", name->name, p->fn_statics++); /* numbered in its function */
        bind(p, name, o);
        Initializer *init = NULL;
        if (accept(p, '=')) {
            Arena *saved = p->arena;
            init = initializer(p, &o->type);
            p->arena = saved;
        }
        if (!is_complete(o->type)) {
            error_at(loc, "storage size of '%s' isn't known", name->name);
            o->type = ty_int;
        }
        o->is_defined = true;
        cu_variable(p->cu, o, init);
        /* a declaration node, so that debug information knows the block it belongs to */
        Node *n = new_node(p, ND_DECL, loc);
        n->obj = o;
        return n;
    }
    if (ds->is_tls)
        error_at(loc, "'_Thread_local' used in a function for '%s' with automatic storage", name->name);
    Obj *o = new_local(p, name, t, loc);
    o->storage = ds->storage;
    o->align = ds->align;
    bind(p, name, o);
    Node *n = new_node(p, ND_DECL, loc);
    n->obj = o;
    if (accept(p, '=')) {
        n->initializer = initializer(p, &o->type);
    }
    if (!is_complete(o->type) && o->type->kind != TY_VOID) {
        error_at(loc, "storage size of '%s' isn't known", name->name);
        o->type = ty_int;
    } else if (o->type->kind == TY_VOID) {
        error_at(loc, "variable or field '%s' declared void", name->name);
        o->type = ty_int;
    }
    return n;
}

/* A block-scope declaration. Produces a list of ND_DECL nodes for the initializers. */
bool declaration(Parser *p, Node **out) {
    *out = NULL;
    if (at(p, KW_STATIC_ASSERT)) {
        static_assert_decl(p);
        return true;
    }
    if (!is_typename(p, &p->tok))
        return false;
    /* "T(x);" where T is a typedef but followed by something that makes it an expression is
       not valid C; a typedef name followed by ':' is a label, handled by the caller */
    DeclSpec ds;
    declspec(p, &ds, true);
    if (accept(p, ';')) {
        if (!is_record(ds.type) && ds.type->kind != TY_ENUM)
            warn_at(ds.loc, "useless type name in empty declaration");
        return true;
    }
    Node *decls = NULL;
    Node **tail = &decls; /* where the next declarator's node goes */
    for (bool first = true; !at(p, ';'); first = false) {
        if (!first && !accept(p, ','))
            syntax_error(p, "expected ',' or ';' before %s", tok_spelling(p, &p->tok));
        Ident *name = NULL;
        SrcLoc loc = p->tok.loc;
        Type *t = declarator(p, ds.type, &name, &loc, NULL, NULL);
        skip_attributes(p);
        if (!name)
            syntax_error(p, "expected identifier or '(' before %s", tok_spelling(p, &p->tok));
        if (at(p, '{') && t->kind == TY_FUNC)
            syntax_error(p, "function definition is not allowed here");
        Node *n = local_declarator(p, &ds, t, name, loc);
        if (n) {
            *tail = n;
            tail = &n->next;
        }
    }
    next(p);
    *out = decls;
    return true;
}

Obj *declare_global(Parser *p, DeclSpec *ds, Type *t, Ident *name, SrcLoc loc, bool block_scope) {
    CompileUnit *cu = p->cu;
    ObjKind kind = t->kind == TY_FUNC ? OBJ_FUNC : OBJ_VAR;
    Binding *b = name_binding(name);
    Obj *prev = map_get(&cu->externals, name->name, name->len);
    /* a file-scope static also has linkage: it may be in scope without being in externals */
    Obj *visible = NULL;
    for (Binding *x = b; x; x = x->shadowed)
        if (x->depth == 0) {
            visible = x->obj;
            break;
        }
    if (!block_scope && b && b->depth == 0)
        prev = b->obj;
    else if (!prev && visible && (visible->kind == OBJ_VAR || visible->kind == OBJ_FUNC) && !block_scope)
        prev = visible;
    if (!prev && block_scope && visible && (visible->kind == OBJ_VAR || visible->kind == OBJ_FUNC) &&
        visible->storage == SC_STATIC)
        prev = visible;
    if (prev && (prev->kind == OBJ_TYPEDEF || prev->kind == OBJ_ENUM_CONST)) {
        if (!block_scope) {
            error_at(loc, "'%s' redeclared as different kind of symbol", name->name);
            note_at(prev->loc, "previous declaration of '%s' was here", name->name);
        }
        prev = NULL;
    }
    if (prev) {
        if (prev->kind != kind) {
            error_at(loc, "'%s' redeclared as different kind of symbol", name->name);
            note_at(prev->loc, "previous declaration of '%s' was here", name->name);
        } else {
            check_redeclaration(p, prev, t, loc, name);
            if (types_compatible(prev->type, t))
                prev->type = composite_type(prev->type, t);
            if (ds->storage == SC_STATIC && prev->storage != SC_STATIC && !block_scope) {
                error_at(loc, "static declaration of '%s' follows non-static declaration", name->name);
                note_at(prev->loc, "previous declaration of '%s' was here", name->name);
            }
            if (ds->is_inline)
                prev->is_inline = true;
            if (!ds->is_inline || ds->storage == SC_EXTERN)
                prev->has_plain_decl = true;
            if (ds->is_noreturn)
                prev->is_noreturn = true;
            if (ds->is_tls != prev->is_tls && kind == OBJ_VAR) {
                error_at(loc, ds->is_tls ? "thread-local declaration of '%s' follows non-thread-local declaration"
                                         : "non-thread-local declaration of '%s' follows thread-local declaration",
                         name->name);
            }
            if (ds->storage == SC_NONE && kind == OBJ_VAR && prev->storage == SC_EXTERN)
                prev->storage = SC_NONE;
        }
        if (!(name->binding && name->binding->depth == p->depth && name->binding->obj == prev))
            bind(p, name, prev);
        return prev;
    }
    Obj *o = new_global(p, ds, t, name, loc);
    bind(p, name, o);
    return o;
}

Obj *new_global(Parser *p, const DeclSpec *ds, Type *t, Ident *name, SrcLoc loc) {
    Obj *o = arena_zalloc(&p->cu->arena, sizeof(Obj));
    o->kind = t->kind == TY_FUNC ? OBJ_FUNC : OBJ_VAR;
    o->name = name;
    o->type = t;
    o->loc = loc;
    o->storage = ds->storage == SC_STATIC ? SC_STATIC : ds->storage == SC_EXTERN ? SC_EXTERN : SC_NONE;
    o->is_inline = ds->is_inline;
    o->has_plain_decl = !ds->is_inline || ds->storage == SC_EXTERN;
    o->is_noreturn = ds->is_noreturn;
    o->is_tls = ds->is_tls;
    o->align = ds->align;
    o->slot = -1;
    if (o->storage != SC_STATIC)
        map_put(&p->cu->externals, name->name, name->len, o);
    return o;
}

static void old_style_params(Parser *p, Obj **params, int n, SrcLoc fn_loc) {
    /* declarations between ) and { give the parameters' types */
    while (!at(p, '{')) {
        DeclSpec ds;
        if (!declspec(p, &ds, true))
            syntax_error(p, "expected declaration specifiers before %s", tok_spelling(p, &p->tok));
        for (bool first = true; !at(p, ';'); first = false) {
            if (!first)
                expect(p, ',', NULL);
            Ident *name = NULL;
            SrcLoc loc = p->tok.loc;
            Type *t = declarator(p, ds.type, &name, &loc, NULL, NULL);
            bool found = false;
            for (int i = 0; i < n; i++) {
                if (params[i]->name == name) {
                    params[i]->type = adjust_param_type(t);
                    params[i]->loc = loc;
                    found = true;
                }
            }
            if (!found)
                error_at(loc, "declaration for parameter '%s' but no such parameter", name ? name->name : "");
        }
        next(p);
    }
    for (int i = 0; i < n; i++) {
        if (!params[i]->type) {
            warn_at(params[i]->loc, "type of '%s' defaults to 'int'", params[i]->name->name);
            params[i]->type = ty_int;
        } else if (params[i]->type->kind == TY_FLOAT) {
            /* the caller passes a double */
        }
    }
    (void)fn_loc;
}

/* Incremental builds. A function body's digest is its own (incr_body_begin at its '{', before
   anything of it is read, and incr_body_end after its '}'); with it goes its text when the '{'
   and the '}' came straight from one file and nothing ran in between that changes what the
   preprocessor does (see pp_state). */
static void begin_body(Parser *p) {
    p->body_open = p->open_brace;
    if (p->nla || p->open_brace.text != p->tok.text)
        p->body_open.file_end = NULL; /* another '{' was read after it */
    incr_body_begin(p->tok.loc);
}

static void end_body(Parser *p, SrcLoc close) {
    TokenRead *o = &p->body_open, *c = &p->close_brace;
    bool known = o->file_end && o->file_end == c->file_end && c->text > o->text && same_loc(c->loc, close) &&
                 digest_equal(o->pp_state, c->pp_state);
    incr_body_end(known ? o->text : NULL, known ? (uint32_t)(c->text + 1 - o->text) : 0, o->pp_state);
}

/* Skips a function's body when the function did not change since the last build (the same
   tokens, and the names it looked up mean the same). The body is not even read when the text
   at its place and the preprocessor state are what they were; otherwise its tokens are read
   without parsing them and, when they turn out to differ, parsed after all. */
static bool skip_unchanged_body(Parser *p, Obj *fn) {
    if (!incr_parsing || p->replay.len || !at(p, '{') || !incr_may_skip(p->cu, fn))
        return false;
    if (p->body_open.file_end) {
        const char *open = p->tok.text;
        uint32_t len = incr_body_skip(p->cu, fn, open, (size_t)(p->body_open.file_end - open), p->body_open.pp_state);
        if (len) {
            skip_text(p, open + len);
            return true;
        }
    }
    Token t = p->tok;
    int depth = 0;
    for (;;) {
        incr_token(&t);
        t.text = incr_keep_text(p->cu, t.text, t.len);
        vec_push(&p->replay, t);
        if (t.kind == '{')
            depth++;
        else if ((t.kind == '}' && --depth == 0) || t.kind == TK_EOF)
            break;
        if (p->nla) {
            t = p->la[0];
            for (int i = 1; i < p->nla; i++)
                p->la[i - 1] = p->la[i];
            p->nla--;
        } else {
            pp_read(p, &t);
        }
    }
    end_body(p, t.loc);
    if (t.kind == '}' && incr_body_unchanged(p->cu, fn)) {
        for (int i = 0; i < p->replay.len; i++) /* a #pragma pack in it still takes effect */
            if (p->replay.data[i].kind == TK_PRAGMA)
                handle_pragma(p, &p->replay.data[i]);
        p->replay.len = 0;
        p->prev_loc = t.loc;
        p->prev_len = t.len;
        fetch(p, &p->tok);
        return true;
    }
    /* parsed after all: the tokens come back, already counted in the declaration's digest */
    incr_replay(p->cu, p->replay.len);
    p->tok = p->replay.data[0];
    p->replay_at = 1;
    if (p->replay_at == p->replay.len)
        p->replay.len = p->replay_at = 0;
    return false;
}

static void function_definition(Parser *p, Obj *fn, Obj **params, int nparams, bool old_style) {
    if (fn->is_defined) {
        error_at(fn->loc, "redefinition of '%s'", fn->name->name);
    }
    fn->is_defined = true;
    Type *ft = fn->type;
    if (old_style) {
        old_style_params(p, params, nparams, fn->loc);
        Type **types = arena_alloc(&p->cu->arena, (size_t)nparams * sizeof(Type *) + 1);
        for (int i = 0; i < nparams; i++)
            types[i] = params[i]->type;
        ft = func_type(ft->base, types, nparams, false, false);
        fn->type = ft;
    }
    if (ft->base->kind != TY_VOID && !is_complete(ft->base))
        error_at(fn->loc, "return type is an incomplete type");
    Arena *saved = p->arena;
    p->arena = &p->fn_arena;
    p->fn = fn;
    p->ret_type = ft->base;
    p->labels.len = 0;
    p->gotos.len = 0;
    p->scope_count = 0;
    p->fn_statics = 0;
    enter_scope(p);
    Obj **pobjs = arena_alloc(p->arena, (size_t)nparams * sizeof(Obj *) + 1);
    for (int i = 0; i < nparams; i++) {
        Obj *src = params[i];
        Obj *o = new_local(p, src->name, src->type, src->loc);
        o->is_param = true;
        if (!src->name)
            error_at(src->loc, "parameter name omitted");
        else {
            Binding *prev = src->name->binding;
            if (prev && prev->depth == p->depth)
                error_at(src->loc, "redefinition of parameter '%s'", src->name->name);
            bind(p, src->name, o);
        }
        if (!is_complete(o->type))
            error_at(src->loc, "parameter %d ('%s') has incomplete type", i + 1, src->name ? src->name->name : "");
        pobjs[i] = o;
    }
    if (incr_parsing)
        begin_body(p);
    if (skip_unchanged_body(p, fn)) {
        leave_scope(p);
        p->fn = NULL;
        p->arena = saved;
        arena_reset(&p->fn_arena);
        return;
    }
    Node *body = compound_stmt(p, false);
    if (incr_parsing)
        end_body(p, p->prev_loc);
    leave_scope(p);
    resolve_gotos(p);
    if (error_count == 0)
        cu_function(p->cu, fn, body, pobjs, nparams, p->arena);
    p->fn = NULL;
    p->arena = saved;
    arena_reset(&p->fn_arena); /* nothing in it outlives the function */
}

/* incremental builds: a name declared without a definition (decl_replay.c may replay it) */
static void declared_plainly(Parser *p, DeclSpec *ds, Ident *name, SrcLoc loc, Type *t) {
    if (!p->cu->incr)
        return;
    p->declared_spec = *ds;
    Declared d = {name, loc, t};
    vec_push(&p->declared, d);
}

static void external_declaration(Parser *p) {
    p->declared.len = 0;
    p->declared_more = false;
    if (at(p, KW_STATIC_ASSERT)) {
        static_assert_decl(p);
        return;
    }
    if (accept(p, ';'))
        return;
    if (at(p, KW_ASM))
        syntax_error(p, "inline assembly is not supported by mica");
    DeclSpec ds;
    SrcLoc start = p->tok.loc;
    if (!declspec(p, &ds, true)) {
        if (at(p, TK_IDENT)) {
            /* "foo bar;" with foo unknown: gcc says "unknown type name" */
            Token *n = peek(p, 1);
            if (n->kind == TK_IDENT || n->kind == '*')
                syntax_error(p, "unknown type name '%s'", p->tok.ident->name);
        }
        syntax_error(p, "expected identifier or '(' before %s", tok_spelling(p, &p->tok));
    }
    if (ds.storage == SC_AUTO || ds.storage == SC_REGISTER)
        error_at(start, "file-scope declaration specifies '%s'", ds.storage == SC_AUTO ? "auto" : "register");
    if (accept(p, ';')) {
        if (!is_record(ds.type) && ds.type->kind != TY_ENUM)
            warn_at(ds.loc, "useless type name in empty declaration");
        return;
    }
    for (bool first = true;; first = false) {
        Ident *name = NULL;
        SrcLoc loc = p->tok.loc;
        Obj **params;
        int nparams;
        Type *t = declarator(p, ds.type, &name, &loc, &params, &nparams);
        skip_attributes(p);
        if (!name)
            syntax_error(p, "expected identifier or '(' before %s", tok_spelling(p, &p->tok));
        if (ds.storage == SC_TYPEDEF) {
            local_declarator(p, &ds, t, name, loc);
            declared_plainly(p, &ds, name, loc, t);
        } else {
            bool old_style = t->kind == TY_FUNC && !t->has_proto && nparams > 0;
            if (t->kind == TY_FUNC && first && (at(p, '{') || (old_style && is_typename(p, &p->tok)))) {
                Obj *fn = declare_global(p, &ds, t, name, loc, false);
                if (ds.is_noreturn)
                    fn->is_noreturn = true;
                fn->loc = loc;
                p->declared_more = true;
                function_definition(p, fn, params, nparams, old_style);
                return;
            }
            if (t->kind != TY_FUNC && ds.is_inline)
                error_at(loc, "'inline' in declaration of non-function '%s'", name->name);
            Obj *o = declare_global(p, &ds, t, name, loc, false);
            if (o->kind == OBJ_FUNC || (ds.storage == SC_EXTERN && !at(p, '=')))
                declared_plainly(p, &ds, name, loc, t);
            else
                p->declared_more = true;
            if (o->kind == OBJ_VAR) {
                if (accept(p, '=')) {
                    if (o->is_defined)
                        error_at(loc, "redefinition of '%s'", name->name);
                    if (ds.storage == SC_EXTERN)
                        warn_at(loc, "'%s' initialized and declared 'extern'", name->name);
                    Type *vt = o->type;
                    Initializer *init = initializer(p, &vt);
                    o->type = vt;
                    o->is_defined = true;
                    o->loc = loc;
                    if (o->storage == SC_EXTERN)
                        o->storage = SC_NONE;
                    if (!is_complete(o->type))
                        error_at(loc, "storage size of '%s' isn't known", name->name);
                    else
                        cu_variable(p->cu, o, init);
                } else if (ds.storage != SC_EXTERN && !o->is_tentative && !o->is_defined) {
                    o->is_tentative = true;
                    vec_push(&p->cu->tentative, o);
                }
            }
        }
        if (accept(p, ';'))
            return;
        if (!accept(p, ','))
            syntax_error(p, "expected ',' or ';' before %s", tok_spelling(p, &p->tok));
    }
}

/* ---- translation unit ---- */

static Member *new_member(Parser *p, const char *name, Type *t, Member *next) {
    Member *m = arena_zalloc(&p->cu->arena, sizeof(Member));
    m->name = intern_cstr(name);
    m->type = t;
    m->next = next;
    return m;
}

/* The types the compiler provides by name: __builtin_va_list per the target's psABI. */
static void declare_builtin_types(Parser *p) {
    Type *va;
    switch (p->target->arch) {
    case ARCH_X86_64: {
        /* struct { unsigned gp_offset, fp_offset; void *overflow_arg_area, *reg_save_area; }[1] */
        Record *rec = arena_zalloc(&p->cu->arena, sizeof(Record));
        rec->tag = intern_cstr("__va_list_tag");
        Type *vp = pointer_to(ty_void);
        rec->members = new_member(p, "gp_offset", ty_uint,
                                  new_member(p, "fp_offset", ty_uint,
                                             new_member(p, "overflow_arg_area", vp,
                                                        new_member(p, "reg_save_area", vp, NULL))));
        layout_record(rec, p->target);
        va = array_of(struct_type(rec), 1);
        break;
    }
    case ARCH_AARCH64: {
        /* struct { void *stack, *gr_top, *vr_top; int gr_offs, vr_offs; } */
        Record *rec = arena_zalloc(&p->cu->arena, sizeof(Record));
        rec->tag = intern_cstr("__va_list");
        Type *vp = pointer_to(ty_void);
        rec->members = new_member(p, "__stack", vp,
                                  new_member(p, "__gr_top", vp,
                                             new_member(p, "__vr_top", vp,
                                                        new_member(p, "__gr_offs", ty_int,
                                                                   new_member(p, "__vr_offs", ty_int, NULL)))));
        layout_record(rec, p->target);
        va = struct_type(rec);
        break;
    }
    default:
        va = pointer_to(ty_void);
        break;
    }
    Obj *o = new_obj(p, OBJ_TYPEDEF, intern_cstr("__builtin_va_list"), va, (SrcLoc){0, 0, 0});
    o->kind = OBJ_TYPEDEF;
    bind(p, o->name, o);
}

bool compile_file(const CompileOptions *opts, Linker *linker, const char *path) {
    int errors_before = error_count;
    CompileUnit *cu = xcalloc(1, sizeof(CompileUnit));
    cu->opts = opts;
    cu->target = opts->target;
    cu->linker = linker;
    cu->path = path;
    cu->incr = opts->incr;
    Preprocessor *pp = pp_new(opts->target, &opts->pp);
    cu->pp = pp;
    uint32_t main_source = (uint32_t)source_count(); /* the file pp_open_main registers next */
    if (!pp_open_main(pp, path)) {
        pp_free(pp);
        free(cu);
        return false;
    }
    Parser *p = xcalloc(1, sizeof(Parser));
    p->cu = cu;
    p->pp = pp;
    p->target = opts->target;
    p->arena = &cu->arena;
    if (opts->debug && !opts->emit_ir)
        cu->debug = debug_begin(cu, main_source);
    declare_builtin_types(p);
    if (setjmp(p->bail) == 0) {
        next(p);
        while (p->tok.kind != TK_EOF) {
            DeclStart start;
            if (cu->incr) {
                if (replay_declaration(p, &start))
                    continue;
                incr_decl_begin(cu, p->pack);
            }
            external_declaration(p);
            if (cu->incr) {
                replay_record(p, &start);
                incr_decl_end(cu);
            }
        }
        if (error_count == errors_before)
            cu_finish(cu);
    }
    incr_parsing = NULL; /* also after a syntax error */
    /* forget the unit's names so the next one starts clean */
    while (p->depth > 0)
        leave_scope(p);
    leave_scope(p);
    p->depth = 0;
    vec_free(&p->bindings);
    vec_free(&p->labels);
    vec_free(&p->gotos);
    vec_free(&p->pack_stack);
    vec_free(&p->replay);
    vec_free(&p->params);
    vec_free(&p->decl_ops);
    vec_free(&p->declared);
    buf_free(&p->uses_checked);
    buf_free(&p->program_checked);
    vec_free(&p->uses_checked_names);
    arena_free(&p->fn_arena);
    pp_free(pp);
    free(p);
    map_free(&cu->strings);
    map_free(&cu->externals);
    vec_free(&cu->tentative);
    /* cu->arena holds objects the linker no longer needs */
    arena_free(&cu->arena);
    free(cu);
    return error_count == errors_before;
}
