/* The C11 preprocessor: directives, macro expansion and #if evaluation, pulled one token at a
   time by the parser (or by the -E writer). */
#ifndef MICA_PREPROCESS_H
#define MICA_PREPROCESS_H

#include <stdio.h>

#include "target.h"
#include "token.h"

typedef struct PPOptions {
    VEC(const char *) quote_dirs;  /* -iquote: only for #include "..." */
    VEC(const char *) user_dirs;   /* -I */
    VEC(const char *) system_dirs; /* -isystem, then mica's runtime/ARCH/include and std/include */
    VEC(const char *) defines;     /* "-DNAME=V" and "-UNAME" in command-line order, without the dash */
} PPOptions;

typedef struct Preprocessor Preprocessor;

Preprocessor *pp_new(const Target *target, const PPOptions *opts);
/* Starts on a main file; false (with a diagnostic) when it cannot be read. */
bool pp_open_main(Preprocessor *pp, const char *path);
/* The next token after macro expansion, identifiers turned into keywords. */
void pp_next(Preprocessor *pp, Token *tok);
void pp_free(Preprocessor *pp);
/* Files are read and include paths probed once per run; a rebuild in --watch mode starts
   afresh (the texts already read stay: diagnostics and spellings point into them). */
void pp_forget_sources(void);

/* Incremental builds skip function bodies they know without lexing them again. pp_state
   digests everything so far that made the macros what they are (each directive run, builtin
   macro expanded, _Pragma read): equal states expand equal text equally. pp_read_to says
   whether t came straight from the innermost file with nothing read after it, and returns the
   end of that file's text (NULL when not); pp_skip_to then moves that file's reading on to a
   later place in it, as if what lies between was read, and returns the location of the last
   character skipped. */
Digest pp_state(Preprocessor *pp);
const char *pp_read_to(Preprocessor *pp, const Token *t);
SrcLoc pp_skip_to(Preprocessor *pp, const char *to);
/* ... or first to from, a place in that file whose location (at) is known: the text before it
   is not scanned for line ends */
void pp_move_to(Preprocessor *pp, const char *from, SrcLoc at);

/* Every file the translation unit read (main file first), for dependency tracking. */
int pp_file_count(Preprocessor *pp);
const char *pp_file_path(Preprocessor *pp, int index);

/* -E: writes the preprocessed translation unit. */
void pp_write(Preprocessor *pp, FILE *out);

/* Literals, shared with the parser. */
typedef struct LiteralInfo {
    int char_size; /* 1, 2 (u), 4 (U, L on Linux) */
    int prefix;    /* 0, 'L', 'u', 'U', '8' */
} LiteralInfo;
bool decode_char_literal(const Token *tok, const Target *t, int64_t *value, int *char_size);
/* Appends the decoded code units of one string literal token to out (in target byte order for
   wide strings). Returns the literal's unit size and prefix. */
LiteralInfo decode_string_literal(const Token *tok, const Target *t, Buf *out, int unit_size);
int string_literal_unit(const Token *tok);

#endif
