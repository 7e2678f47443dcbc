/* C types, declarations and the typed syntax tree produced by the parser (which also performs
   semantic analysis: every expression node carries its C type, conversions are explicit). */
#ifndef MICA_AST_H
#define MICA_AST_H

#include "target.h"
#include "token.h"

typedef enum TypeKind {
    TY_VOID,
    TY_BOOL,
    TY_CHAR,
    TY_SCHAR,
    TY_UCHAR,
    TY_SHORT,
    TY_USHORT,
    TY_INT,
    TY_UINT,
    TY_LONG,
    TY_ULONG,
    TY_LLONG,
    TY_ULLONG,
    TY_FLOAT,
    TY_DOUBLE,
    TY_LDOUBLE,
    TY_ENUM,
    TY_PTR,
    TY_ARRAY,
    TY_FUNC,
    TY_STRUCT,
    TY_UNION,
} TypeKind;

enum { Q_CONST = 1, Q_VOLATILE = 2, Q_RESTRICT = 4, Q_ATOMIC = 8 };

typedef struct Type Type;
typedef struct Obj Obj;
typedef struct Node Node;

typedef struct Member {
    struct Member *next;
    Ident *name; /* NULL: anonymous struct/union member or unnamed bit-field */
    Type *type;
    SrcLoc loc;
    int64_t offset; /* byte offset (of the access unit, for bit-fields) */
    int align;      /* _Alignas on the member, or 0 */
    bool is_bitfield;
    int bit_width;
    int64_t bit_pos;   /* bit-fields: bit position from the start of the record, in memory order */
    int access_size;   /* bit-fields: bytes loaded to reach the field (1, 2, 4 or 8) */
    int bit_shift;     /* bit-fields: shift of the field within the loaded value */
} Member;

typedef struct Record {
    Ident *tag;
    bool is_union;
    bool complete;
    bool has_flex;   /* ends with a flexible array member */
    bool has_const;  /* some member is const (not assignable) */
    int packed;      /* #pragma pack value in effect, 0 if none */
    int64_t size;
    int align;
    Member *members;
    SrcLoc loc;
    void *debug; /* DWARF entry, owned by the debug-info builder */
} Record;

typedef struct Enumerator {
    struct Enumerator *next;
    Ident *name;
    int64_t value;
} Enumerator;

typedef struct EnumInfo {
    Ident *tag;
    bool complete;
    Enumerator *list;
    SrcLoc loc;
    void *debug;
} EnumInfo;

struct Type {
    TypeKind kind;
    uint8_t qual;
    bool has_proto;  /* functions: declared with a prototype */
    bool variadic;   /* functions */
    int align;       /* for records read rec->align (it can complete later) */
    int64_t size;    /* -1 when incomplete */
    Type *base;      /* pointee, element or return type */
    Type *unqual;    /* the same type without qualifiers and typedef name */
    Obj *typedef_of; /* the typedef name this type was spelled with */
    int64_t array_len; /* -1: incomplete array */
    Record *rec;
    EnumInfo *en;
    Type **params; /* function parameter types (after adjustment) */
    int nparams;
    Type *ptr_cache; /* pointer to this (unqualified, no typedef) type */
};

typedef enum ObjKind { OBJ_VAR, OBJ_FUNC, OBJ_TYPEDEF, OBJ_ENUM_CONST } ObjKind;
typedef enum Storage { SC_NONE, SC_EXTERN, SC_STATIC, SC_AUTO, SC_REGISTER, SC_TYPEDEF } Storage;

struct Obj {
    ObjKind kind;
    Storage storage;
    Ident *name;
    Type *type;
    SrcLoc loc;
    bool is_local; /* block scope object with automatic storage (parameters too) */
    bool is_param;
    bool is_tls;
    bool is_inline;
    bool has_plain_decl; /* some declaration lacks 'inline' or says 'extern': not an inline definition */
    bool is_noreturn;
    bool is_defined;   /* has a definition (function body or initializer) */
    bool is_tentative; /* file-scope declaration without initializer and without extern */
    bool is_emitted;
    bool is_used;
    bool is_static_local; /* block-scope static */
    bool address_taken;
    int align;       /* from _Alignas, or 0 */
    int64_t value;   /* enumeration constants */
    int slot;        /* locals: IR slot */
    uint32_t sym;    /* globals: linker symbol (0: none yet) */
    const char *link_name;
    Obj *next_global;  /* translation unit list of file-scope objects */
    void *debug;
};

typedef enum NodeKind {
    /* expressions */
    ND_NUM,          /* integer constant: val */
    ND_FNUM,         /* floating constant: fval */
    ND_STR,          /* string literal: obj is the anonymous array */
    ND_VAR,          /* obj */
    ND_MEMBER,       /* lhs.member */
    ND_DEREF,        /* *lhs */
    ND_ADDR,         /* &lhs */
    ND_CALL,         /* lhs(args) */
    ND_ASSIGN,       /* lhs = rhs */
    ND_OPASSIGN,     /* lhs op= rhs: op in binop, computed in type optype */
    ND_PREINC,       /* ++lhs / --lhs: val is +1 or -1 (pointers: scaled in lowering) */
    ND_POSTINC,      /* lhs++ / lhs-- */
    ND_COND,         /* cond ? then : els */
    ND_COMMA,
    ND_CAST,         /* (type) lhs */
    ND_LOGAND,
    ND_LOGOR,
    ND_NOT,
    ND_BITNOT,
    ND_NEG,
    ND_ADD,
    ND_SUB,
    ND_MUL,
    ND_DIV,
    ND_MOD,
    ND_BITAND,
    ND_BITOR,
    ND_BITXOR,
    ND_SHL,
    ND_SHR,
    ND_EQ,
    ND_NE,
    ND_LT,
    ND_LE,
    ND_GT,
    ND_GE,
    ND_PTR_ADD,      /* pointer + integer (scaled by the pointee size in lowering) */
    ND_PTR_SUB,      /* pointer - integer */
    ND_PTR_DIFF,     /* pointer - pointer */
    ND_COMPOUND_LIT, /* obj with init */
    ND_BUILTIN,      /* builtin: which, args */
    /* statements */
    ND_BLOCK,
    ND_DECL,         /* local declaration with initializer: obj, init */
    ND_EXPR_STMT,
    ND_IF,
    ND_WHILE,
    ND_DO,
    ND_FOR,
    ND_SWITCH,
    ND_CASE,         /* val..case_end, body */
    ND_DEFAULT,
    ND_BREAK,
    ND_CONTINUE,
    ND_GOTO,
    ND_LABEL,
    ND_RETURN,
    ND_NULL_STMT,
} NodeKind;

typedef enum Builtin {
    BI_NONE,
    BI_VA_START,
    BI_VA_ARG,
    BI_VA_END,
    BI_VA_COPY,
    BI_SYSCALL,
    BI_SETJMP,
    BI_LONGJMP,
    BI_SIGRETURN,
    BI_THREAD_POINTER,
    BI_SET_THREAD_POINTER,
    BI_FRAME_ADDRESS,
    BI_RETURN_ADDRESS,
    BI_SQRT,
    BI_SQRTF,
    BI_TRAP,
    BI_UNREACHABLE,
    BI_EXPECT,
    BI_ALLOCA,
} Builtin;

typedef struct Initializer Initializer;

/* Expression nodes are allocated without the statement-only fields at the end (see
   new_node), so that the many small nodes stay small. */
struct Node {
    NodeKind kind;
    SrcLoc loc;
    Type *type;
    Node *lhs;
    Node *rhs;
    Node *next; /* statement lists and argument lists */
    Obj *obj;
    Node *cond; /* ?: if while do for switch */
    Node *then;
    Node *els;
    union { /* what one kind of node carries */
        int64_t val; /* ND_NUM; ND_CASE (range start); ++/-- (the step); ND_RETURN (1: discard) */
        double fval; /* ND_FNUM */
        struct {     /* ND_STR: the bytes in target order, terminator included */
            const uint8_t *str_data;
            int64_t str_len;
        };
        Member *member; /* ND_MEMBER */
        struct {        /* ND_OPASSIGN: the operator and the type it is computed in */
            NodeKind binop;
            Type *optype;
        };
        struct { /* ND_CALL, ND_BUILTIN */
            Node *args;
            Type *fn_type;
            int nargs;
            Builtin builtin;
        };
        Initializer *initializer; /* ND_DECL, ND_COMPOUND_LIT */
    };
    /* statements only */
    Node *init;
    Node *inc;
    Node *body;
    Node *cases;       /* ND_SWITCH: its case and default nodes, via case_next */
    Node *case_next;
    Node *default_case;
    int64_t case_end;  /* ND_CASE: range end (GNU case a ... b); equals val otherwise */
    Ident *label;
    Node *target;      /* ND_GOTO: the ND_LABEL */
    int ir_block;      /* lowering: block of a label/case */
    int scope_id;      /* ND_BLOCK, ND_FOR: debug scope */
    SrcLoc end_loc;    /* ND_BLOCK: closing brace */
};

/* Initializers: a tree following the type. Scalars have expr; aggregates have children. */
struct Initializer {
    Type *type;
    Node *expr;            /* scalar, or a whole struct/union expression */
    Initializer **children; /* arrays: per element; structs: per member (in member order) */
    int64_t nchildren;
    Member *union_member;  /* union: the member initialized */
    bool is_string;        /* char array from a string literal (expr is the ND_STR) */
    SrcLoc loc;
};

/* ---- types.c ---- */
extern Type *ty_void, *ty_bool, *ty_char, *ty_schar, *ty_uchar, *ty_short, *ty_ushort, *ty_int, *ty_uint,
    *ty_long, *ty_ulong, *ty_llong, *ty_ullong, *ty_float, *ty_double, *ty_ldouble;

void types_init(const Target *t);
const Target *types_target(void);
Type *new_type(TypeKind kind, int64_t size, int align);
Type *pointer_to(Type *base);
Type *array_of(Type *base, int64_t len);
Type *func_type(Type *ret, Type **params, int nparams, bool variadic, bool has_proto);
Type *qualified(Type *t, int qual);
Type *unqualified(Type *t);
Type *with_typedef(Type *t, Obj *td);
Type *struct_type(Record *rec);
Type *enum_type(EnumInfo *en, Type *underlying);
bool is_integer(Type *t);
bool is_flonum(Type *t);
bool is_arith(Type *t);
bool is_scalar(Type *t);
bool is_record(Type *t);
bool is_unsigned(Type *t);
bool is_void(Type *t);
bool is_complete(Type *t);
int64_t type_size(Type *t);
int type_align(Type *t);
int int_rank(Type *t);
Type *promote(Type *t);
Type *common_arith_type(Type *a, Type *b);
bool types_compatible(Type *a, Type *b);
Type *composite_type(Type *a, Type *b);
Type *enum_underlying(Type *t);
void layout_record(Record *rec, const Target *target);
enum { MAX_MEMBER_DEPTH = 64 };
int find_member_path(Record *rec, Ident *name, Member **path, int depth);
char *type_to_string(Type *t); /* as C spells it, for diagnostics */

/* parse_expr.c: integer constant folding of a typed expression */
bool eval_int(Node *n, int64_t *out);

#endif
