/* One translation unit's trip from source to linker atoms. The parser hands every finished
   top-level declaration to this layer, which lowers it to IR, runs the backend and gives the
   result to the linker before the parser goes on: the decl is the unit of work. */
#ifndef MICA_COMPILE_H
#define MICA_COMPILE_H

#include "ast.h"
#include "ir.h"
#include "preprocess.h"
#include "../linker/link.h"

typedef struct CompileOptions {
    const Target *target;
    PPOptions pp;
    bool debug;      /* -g */
    int opt_level;   /* -O: accepted */
    bool emit_ir;    /* --emit-ir: print the IR instead of linking */
    bool via_got;
    FILE *ir_out;
    struct IncrUnit *incr; /* incremental builds: the unit's records (incremental.c) */
} CompileOptions;

typedef struct CompileUnit {
    const CompileOptions *opts;
    const Target *target;
    Linker *linker;
    const char *path;
    Map strings;       /* string literal contents -> symbol */
    Map externals;     /* names with linkage -> Obj (file-scope and block-scope extern) */
    VEC(Obj *) tentative;
    int anon_count;
    Arena arena;       /* per translation unit */
    struct DebugInfo *debug; /* -g */
    struct IncrUnit *incr;   /* incremental builds */
    Preprocessor *pp;
} CompileUnit;

/* Parses and compiles a whole translation unit; false if it had errors. */
bool compile_file(const CompileOptions *opts, Linker *linker, const char *path);

/* Called by the parser. */
void cu_function(CompileUnit *cu, Obj *fn, Node *body, Obj **params, int nparams, Arena *fn_arena);
void cu_variable(CompileUnit *cu, Obj *var, Initializer *init); /* static storage */
uint32_t cu_symbol(CompileUnit *cu, Obj *obj);                 /* the linker symbol of a global */
uint32_t cu_string(CompileUnit *cu, const uint8_t *data, int64_t len, int align);
void cu_finish(CompileUnit *cu);

/* lower.c */
IRFunc *lower_function(CompileUnit *cu, Obj *fn, Node *body, Obj **params, int nparams, Arena *arena);
/* data.c: the bytes and relocations of a static object's initializer */
bool static_init_data(CompileUnit *cu, Type *type, Initializer *init, Buf *bytes, DataRelocs *relocs);

#endif
