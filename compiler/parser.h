/* Internal interface of the parser (parse_decl.c, parse_expr.c, parse_stmt.c). The parser does
   semantic analysis as it goes: names are resolved through scopes, expressions get their types
   and explicit conversions, constant expressions are folded. */
#ifndef MICA_PARSER_H
#define MICA_PARSER_H

#include <setjmp.h>

#include "compile.h"
#include "incremental.h"

struct PendingDecl; /* decl_replay.c */

typedef struct Binding {
    Ident *ident;
    Obj *obj;      /* ordinary identifiers */
    Type *tag;     /* tags */
    bool is_tag;
    int depth;
    /* incremental builds: a name a replayed declaration declared first, its object made when the
       name is first needed (binding_obj, name_binding); obj is NULL until then */
    struct PendingDecl *pending;
    struct Binding *shadowed;
} Binding;

void make_pending(Binding *b);
static inline Obj *binding_obj(Binding *b) {
    if (b->pending)
        make_pending(b);
    return b->obj;
}
/* id's innermost binding, with every binding of id made */
static inline Binding *name_binding(Ident *id) {
    for (Binding *b = id->binding; b; b = b->shadowed)
        if (b->pending)
            make_pending(b);
    return id->binding;
}

struct DeclOp; /* a pointer, array or function operation of a declarator (parse_decl.c) */
typedef VEC(struct DeclOp) DeclOps;

/* incremental builds: a '{', '}' or ';' read, and whether it came straight from a file */
typedef struct TokenRead {
    const char *text;
    const char *file_end; /* the end of its file's text; NULL: not straight from a file */
    SrcLoc loc;
    Digest pp_state;      /* after it */
} TokenRead;

typedef struct DeclSpec {
    Type *type;
    Storage storage;
    bool is_inline;
    bool is_noreturn;
    bool is_tls;
    int align;
    SrcLoc loc;
} DeclSpec;

/* incremental builds: a name a file-scope declaration declared without defining it (a
   function's prototype, an extern object, a typedef), with the type its declarator gave */
typedef struct Declared {
    Ident *name;
    SrcLoc loc;
    Type *type;
} Declared;

static inline bool same_loc(SrcLoc a, SrcLoc b) {
    return a.file == b.file && a.line == b.line && a.col == b.col;
}

typedef struct Parser {
    CompileUnit *cu;
    Preprocessor *pp;
    const Target *target;
    Token tok;
    Token la[4];
    int nla;
    SrcLoc prev_loc; /* the token before tok (for "expected ';' after ...") */
    uint32_t prev_len;
    Arena *arena;    /* nodes: the function arena inside functions, the unit's arena outside */
    Arena fn_arena;
    int depth;       /* scope depth: 0 is file scope */
    VEC(Binding *) bindings;
    /* the function being parsed */
    Obj *fn;
    Type *ret_type;
    Node *cur_switch;
    int loop_depth;
    int break_depth;
    VEC(Node *) labels;
    VEC(Node *) gotos;
    int scope_count; /* debug scopes in this function */
    int fn_statics;  /* static locals of this function so far (they are numbered) */
    VEC(Token) replay; /* incremental builds: a body read ahead, to be parsed after all */
    int replay_at;
    TokenRead open_brace, close_brace, semi; /* incremental builds: the last of each read ... */
    TokenRead body_open;                     /* ... and the '{' of the function body being read */
    int braces_read;                   /* '{' read so far */
    /* the external declaration being parsed: what it declared plainly, and whether it did more
       (a definition, an initializer, a tentative definition) */
    DeclSpec declared_spec;
    VEC(Declared) declared;
    bool declared_more;
    /* the uses of the last declaration replayed, found to mean the same (decl_replay.c) */
    Buf uses_checked;
    VEC(Ident *) uses_checked_names;
    Buf program_checked; /* the last type program found to run (file-scope types stay) */
    VEC(Obj *) params; /* parameters of the prototypes being read, an inner one's on top */
    DeclOps decl_ops;  /* operations of the declarators being read, an inner one's on top */
    /* #pragma pack */
    int pack;
    VEC(int) pack_stack;
    jmp_buf bail; /* a syntax error ends the translation unit */
} Parser;

/* tokens */
void next(Parser *p);
Token *peek(Parser *p, int n); /* n = 1: the token after tok */
/* incremental builds: tok came straight from a file, nothing after it read; the file's reading
   moves on to `to` (the text between is known) and tok becomes the token there */
void skip_text(Parser *p, const char *to);

static inline bool at(Parser *p, int kind) {
    return p->tok.kind == kind;
}

static inline bool accept(Parser *p, int kind) {
    if (p->tok.kind != kind)
        return false;
    next(p);
    return true;
}

_Noreturn void expected(Parser *p, int kind, const char *what); /* reports that tok is not kind */

static inline void expect(Parser *p, int kind, const char *what) {
    if (p->tok.kind != kind)
        expected(p, kind, what);
    next(p);
}
_Noreturn void syntax_error(Parser *p, const char *fmt, ...);
const char *tok_spelling(Parser *p, Token *t);

/* scopes */
void enter_scope(Parser *p);
void leave_scope(Parser *p);
Binding *bind(Parser *p, Ident *id, Obj *obj);
Binding *bind_tag(Parser *p, Ident *id, Type *t);
static inline Obj *lookup(Ident *id) {
    Binding *b = id->binding;
    if (incr_parsing && (!b || b->depth == 0))
        incr_use(id, false); /* what a declaration uses is part of its digest */
    return b ? binding_obj(b) : NULL;
}
bool is_typename(Parser *p, Token *t);

/* declarations (parse_decl.c) */
bool declspec(Parser *p, DeclSpec *ds, bool allow_storage);
Obj *declare_global(Parser *p, DeclSpec *ds, Type *t, Ident *name, SrcLoc loc, bool block_scope_extern);
Obj *new_global(Parser *p, const DeclSpec *ds, Type *t, Ident *name, SrcLoc loc); /* not bound yet */
Node *local_declarator(Parser *p, DeclSpec *ds, Type *t, Ident *name, SrcLoc loc);
Type *declarator(Parser *p, Type *base, Ident **name, SrcLoc *loc, Obj ***param_objs, int *nparam_objs);
Type *type_name(Parser *p);
bool declaration(Parser *p, Node **out); /* block-scope declaration; false if not one */
Initializer *initializer(Parser *p, Type **type);
int64_t const_int_expr(Parser *p);
Node *new_node(Parser *p, NodeKind kind, SrcLoc loc);
Obj *new_local(Parser *p, Ident *name, Type *type, SrcLoc loc);
Obj *new_anon_static(Parser *p, Type *type, SrcLoc loc);

/* expressions (parse_expr.c) */
Node *expr(Parser *p);
Node *assign_expr(Parser *p);
Node *cond_expr(Parser *p);
Node *rvalue(Parser *p, Node *n);   /* array/function decay */
Node *convert(Parser *p, Node *n, Type *to);
/* what an assignment-like conversion is for: diagnostics name it */
typedef enum { CONV_ASSIGN, CONV_INIT, CONV_RETURN, CONV_ARG } ConvKind;
Node *assign_convert(Parser *p, Node *n, Type *to, ConvKind kind, int arg); /* arg: CONV_ARG's number */
Node *to_bool_cond(Parser *p, Node *n, const char *what);
Node *new_num(Parser *p, int64_t v, Type *t, SrcLoc loc);
bool is_null_pointer_constant(Node *n);
int64_t wrap_int(int64_t v, Type *t);
Node *string_literal(Parser *p);

/* Incremental builds replay file-scope declarations that only declare (prototypes, extern
   objects, typedefs) from what an earlier parse recorded, without reading them (decl_replay.c).
   replay_declaration: whether the declaration at tok was replayed; when not, start notes
   where it begins for replay_record, which records it after it is parsed, when it can. */
typedef struct DeclStart {
    bool ok; /* its first token came straight from a file, nothing read after it */
    const char *text;
    const char *file_end;
    SrcLoc loc;
    Digest state;
    int braces_read, errors, warnings, anon_count;
} DeclStart;
bool replay_declaration(Parser *p, DeclStart *start);
void replay_record(Parser *p, const DeclStart *start);

/* statements (parse_stmt.c) */
Node *compound_stmt(Parser *p, bool new_scope);
void resolve_gotos(Parser *p);

#endif
