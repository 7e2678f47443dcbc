/* Incremental builds (--incremental, --watch). The state of the last build (the linker with its
   file layout and DWARF pieces, and for each translation unit the files it read and a record
   per declaration: its digest and what it defined) lives beside the output. A new build parses
   only the translation units whose files changed, generates only the declarations whose digest
   changed and patches the output in place (linker/incremental.c). */
#ifndef MICA_COMPILER_INCREMENTAL_H
#define MICA_COMPILER_INCREMENTAL_H

#include "compile.h"
#include "decl_hash.h"

/* ---- what the parser and compile.c report while a translation unit is compiled ---- */

typedef struct IncrUnit IncrUnit;
extern IncrUnit *incr_parsing; /* the unit whose declarations are being parsed, or NULL */

void incr_token(const Token *t);   /* a token the parser consumed */
void incr_block_extern(void);      /* a block-scope declaration of a name with linkage */
/* Skipping function bodies: whether the function had a record that allows it; whether the body
   just read (its tokens given to incr_token) leaves the function unchanged; and when it does
   not, the tokens are parsed after all (they are in the digest already). */
bool incr_may_skip(CompileUnit *cu, Obj *fn);
bool incr_body_unchanged(CompileUnit *cu, Obj *fn);
void incr_replay(CompileUnit *cu, int ntokens);
/* A function body's tokens have a digest of their own: from its '{' (incr_body_begin) to its
   '}' (incr_body_end, with its text when it came straight from one file with the preprocessor
   in the same state at both ends, pp_state at its '{'). incr_body_skip: the length of the
   body's text when the function had a record that says the text at its '{' (avail bytes of
   it there) in this preprocessor state is its body, and the function is unchanged (its record
   is then kept): the parser skips that text unread. 0 otherwise. */
void incr_body_begin(SrcLoc open);
void incr_body_end(const char *text, uint32_t len, Digest state);
uint32_t incr_body_skip(CompileUnit *cu, Obj *fn, const char *text, size_t avail, Digest state);
const char *incr_keep_text(CompileUnit *cu, const char *text, uint32_t len);
void incr_use(Ident *id, bool tag); /* a name looked up at file scope (or not found) */
/* Recipes of file-scope declarations (decl_replay.c), by the file and place where they start
   and the preprocessor state there, made while the file had the text it has now: the text at
   the place is the one the recipe was made from. incr_recipe_find: the recipe, if any (text_len:
   the length of its text, at most avail); incr_recipe_follow: the recipe of the declaration
   whose text comes next after the one found last, with only white space and comments between
   (text and at: where that one starts, moved to where the next one does; file_end: where the
   file's text ends); incr_recipe_add keeps a new one (text: where its text starts); incr_replayed
   counts one replayed. incr_decl_uses: the file-scope names the declaration just parsed looked
   up, and whether each was a tag. */
const uint8_t *incr_recipe_find(CompileUnit *cu, SrcLoc at, Digest state, size_t avail, uint32_t *text_len,
                                size_t *len);
const uint8_t *incr_recipe_follow(CompileUnit *cu, const char **text, SrcLoc *at, const char *file_end,
                                  uint32_t *text_len, size_t *len);
void incr_recipe_add(CompileUnit *cu, SrcLoc at, Digest state, const char *text, const char *file_end,
                     uint32_t text_len, const uint8_t *recipe, size_t len);
void incr_replayed(CompileUnit *cu);
void incr_decl_uses(CompileUnit *cu, Ident *const **uses, const uint8_t **tags, int *n);
void incr_decl_begin(CompileUnit *cu, int pack);
void incr_decl_end(CompileUnit *cu);

/* False when the function's digest is unchanged: nothing to generate. */
bool incr_function(CompileUnit *cu, Obj *fn);
/* True when the variable's generation is deferred to the end of its declaration. */
bool incr_defer_variable(CompileUnit *cu, Obj *var, Initializer *init);
/* the symbol of a file-scope object with internal linkage: the same from build to build */
uint32_t incr_local_symbol(CompileUnit *cu, const char *name);
/* defines (or redefines) a symbol for the declaration being generated; named: a named
   file-scope object (other declarations refer to it by name) */
void incr_define(CompileUnit *cu, uint32_t sym, bool named, SectionKind sec, const uint8_t *bytes, uint64_t size,
                 uint32_t align, const Reloc *relocs, int nrelocs, uint8_t symtype);
void incr_owned_entry(CompileUnit *cu, uint32_t entry);
void incr_owned_func(CompileUnit *cu, uint32_t func);
void incr_called(CompileUnit *cu, Obj *fn);
int incr_dwarf_unit(CompileUnit *cu); /* the unit's DWARF unit from the last build, or -1 */
void incr_set_dwarf_unit(CompileUnit *cu, int index);
/* the line base of the declaration being generated */
int64_t incr_line_base(CompileUnit *cu);
/* after the last declaration: what is gone is removed, the files read are remembered */
void incr_unit_finish(CompileUnit *cu, Preprocessor *pp);

/* ---- builds ---- */

typedef struct IncrRequest {
    CompileOptions copts;
    VEC(const char *) inputs;
    const char *output;
    const char *state_path;
    const char *fingerprint; /* everything besides the sources that the output depends on */
    VEC(const char *) prefix_maps; /* "OLD=NEW" */
    struct Library *lib;
    /* --watch: a build leaves the state file to incr_save_state, called once the build has been
       reported (the executable is ready before the state is written) */
    bool save_later;
} IncrRequest;

typedef struct IncrStats {
    bool full;          /* built from scratch */
    const char *why;    /* why from scratch */
    int units_parsed;
    int bodies_unread;  /* function bodies skipped without reading them */
    int decls_unread;   /* declarations replayed without reading them */
    int decls_generated;
    int decls_total;
    uint64_t bytes_written;
} IncrStats;

typedef struct IncrState IncrState;

/* One build: the output is patched in place when the state allows it, otherwise built whole.
   state: what the previous build of this process left (--watch), or NULL to read the state
   file. The build takes it over. Returns the new state, or NULL after an error (the output and
   the state file are then as before). */
IncrState *incremental_build(const IncrRequest *req, IncrState *state, IncrStats *stats);
void incr_state_free(IncrState *s);
/* writes the state file of a build made with save_later; false (with an error) when it cannot
   be: the output and the state in memory still agree, the state file is behind them and a
   build from it is a full build */
bool incr_save_state(const IncrRequest *req, IncrState *s);
/* --watch (watch.c): builds, then builds again whenever a file the build read is saved */
int incr_watch(const IncrRequest *req);
/* a build and its one-line report: declarations compiled, bytes written, milliseconds */
IncrState *incr_build_and_report(const IncrRequest *req, IncrState *state);
/* the files the last build read (what --watch watches) */
int incr_state_file_count(IncrState *s);
const char *incr_state_file(IncrState *s, int index);

#endif
