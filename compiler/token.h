/* Tokens and interned identifiers, shared by the lexer, the preprocessor and the parser. */
#ifndef MICA_TOKEN_H
#define MICA_TOKEN_H

#include "diag.h"
#include "util.h"

/* Single-character punctuators use their own character as the kind; the rest follow. */
enum {
    TK_EOF = 0,
    TK_IDENT = 256,
    TK_NUMBER,  /* a preprocessing number */
    TK_CHAR,    /* character constant, prefix included: 'a' L'a' u'a' U'a' */
    TK_STRING,  /* string literal, prefix included */
    TK_OTHER,   /* a stray character the preprocessor passes through */
    TK_PRAGMA,  /* #pragma handed to the parser (text = the pragma's tokens) */
    TK_ARROW,   /* -> */
    TK_INC,     /* ++ */
    TK_DEC,     /* -- */
    TK_SHL,     /* << */
    TK_SHR,     /* >> */
    TK_LE,      /* <= */
    TK_GE,      /* >= */
    TK_EQ,      /* == */
    TK_NE,      /* != */
    TK_LOGAND,  /* && */
    TK_LOGOR,   /* || */
    TK_MUL_ASSIGN,
    TK_DIV_ASSIGN,
    TK_MOD_ASSIGN,
    TK_ADD_ASSIGN,
    TK_SUB_ASSIGN,
    TK_SHL_ASSIGN,
    TK_SHR_ASSIGN,
    TK_AND_ASSIGN,
    TK_XOR_ASSIGN,
    TK_OR_ASSIGN,
    TK_ELLIPSIS, /* ... */
    TK_HASHHASH, /* ## */
    /* keywords: identifiers are turned into these when handed to the parser */
    KW_FIRST,
    KW_AUTO = KW_FIRST,
    KW_BREAK,
    KW_CASE,
    KW_CHAR,
    KW_CONST,
    KW_CONTINUE,
    KW_DEFAULT,
    KW_DO,
    KW_DOUBLE,
    KW_ELSE,
    KW_ENUM,
    KW_EXTERN,
    KW_FLOAT,
    KW_FOR,
    KW_GOTO,
    KW_IF,
    KW_INLINE,
    KW_INT,
    KW_LONG,
    KW_REGISTER,
    KW_RESTRICT,
    KW_RETURN,
    KW_SHORT,
    KW_SIGNED,
    KW_SIZEOF,
    KW_STATIC,
    KW_STRUCT,
    KW_SWITCH,
    KW_TYPEDEF,
    KW_UNION,
    KW_UNSIGNED,
    KW_VOID,
    KW_VOLATILE,
    KW_WHILE,
    KW_ALIGNAS,
    KW_ALIGNOF,
    KW_ATOMIC,
    KW_BOOL,
    KW_COMPLEX,
    KW_GENERIC,
    KW_IMAGINARY,
    KW_NORETURN,
    KW_STATIC_ASSERT,
    KW_THREAD_LOCAL,
    KW_ATTRIBUTE, /* __attribute__: parsed and mostly ignored (headers from other systems use it) */
    KW_ASM,       /* __asm__: rejected with a clear error */
    KW_TYPEOF,    /* __typeof__ */
    KW_EXTENSION, /* __extension__: ignored */
    KW_LAST
};

enum {
    TF_BOL = 1,      /* first token on its line */
    TF_SPACE = 2,    /* preceded by white space */
    TF_NOEXPAND = 4, /* an identifier that must not be macro-expanded again */
};

struct Macro;
struct Binding;

typedef struct Ident {
    const char *name;
    int len;
    uint32_t hash; /* of the spelling, as the lexer computes it */
    int16_t keyword;   /* KW_* when this spelling is a keyword */
    int16_t directive; /* PP_* when this spelling names a directive or special macro */
    struct Macro *macro;
    struct Binding *binding; /* innermost ordinary identifier in scope (parser) */
    struct Binding *tag;     /* innermost struct/union/enum tag in scope (parser) */
    void *builtin;           /* builtin function description (parser) */
} Ident;

typedef struct Token {
    int16_t kind;
    uint8_t flags;
    uint32_t len;     /* length of text */
    const char *text; /* spelling */
    Ident *ident;     /* identifiers and keywords */
    SrcLoc loc;
} Token;

Ident *intern(const char *name, int len);
Ident *intern_cstr(const char *name);
const char *token_kind_name(int kind);

/* Lexer over one buffer: used for files, for pasted tokens and for _Pragma strings. */
typedef struct Lexer {
    const char *start; /* buffer start */
    const char *p;     /* cursor */
    const char *end;
    uint32_t file; /* SrcLoc file index */
    uint32_t line;
    const char *line_start;
    uint8_t flags; /* TF_BOL and TF_SPACE for the next token */
} Lexer;

void lexer_init(Lexer *lx, const char *buf, size_t len, uint32_t file); /* buf[len] == 0 */
void lex_token(Lexer *lx, Token *tok);           /* newlines only set TF_BOL on the next token */
void lex_directive_token(Lexer *lx, Token *tok); /* stops at the newline: kind '\n' */
bool lex_skip_line(Lexer *lx);         /* to the start of the next line; false at end of input */
/* whether the text from p to end, where a token starts, is only white space and comments */
bool lex_only_blanks(const char *p, const char *end);
char *splice_lines(const char *src, size_t len, size_t *out_len);

#endif
