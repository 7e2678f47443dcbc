/* Internal interface of the parser (parse_decl.c, parse_expr.c, parse_stmt.c). The parser does
   semantic analysis as it goes: names are resolved through scopes, expressions get their types
   and explicit conversions, constant expressions are folded. */
#ifndef MICA_PARSER_H
#define MICA_PARSER_H

#include <setjmp.h>

#include "compile.h"
#include "incremental.h"

typedef struct Binding {
    Ident *ident;
    Obj *obj;      /* ordinary identifiers */
    Type *tag;     /* tags */
    bool is_tag;
    int depth;
    struct Binding *shadowed;
} Binding;

struct DeclOp; /* a pointer, array or function operation of a declarator (parse_decl.c) */
typedef VEC(struct DeclOp) DeclOps;

/* incremental builds: a '{' or '}' read, and whether it came straight from a file */
typedef struct BraceRead {
    const char *text;
    const char *file_end; /* the end of its file's text; NULL: not straight from a file */
    SrcLoc loc;
    Digest pp_state;      /* after it */
} BraceRead;

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
    BraceRead open_brace, close_brace; /* incremental builds: the last of each read ... */
    BraceRead body_open;               /* ... and the '{' of the function body being read */
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
    return b ? b->obj : NULL;
}
bool is_typename(Parser *p, Token *t);

/* declarations (parse_decl.c) */
typedef struct DeclSpec {
    Type *type;
    Storage storage;
    bool is_inline;
    bool is_noreturn;
    bool is_tls;
    int align;
    SrcLoc loc;
} DeclSpec;
bool declspec(Parser *p, DeclSpec *ds, bool allow_storage);
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

/* statements (parse_stmt.c) */
Node *compound_stmt(Parser *p, bool new_scope);
void resolve_gotos(Parser *p);

#endif
