/* What an incremental build compares to decide whether a declaration must be generated again:
   a 128-bit digest of the tokens the parser consumed for it (after preprocessing, so macros are
   in it; lines relative to its first line, so moving it changes nothing) and of the interface
   of every file-scope name it looked up (the types, signatures and values it depends on). */
#ifndef MICA_DECL_HASH_H
#define MICA_DECL_HASH_H

#include "ast.h"

/* C types: structure, sizes, names of members and tags; with_locs adds where each type and
   member was declared (what the debug information says). */
void hash_type(Hasher *h, Type *t, bool with_locs);
Digest type_digest(Type *t, bool with_locs);
/* The digests of records are remembered by record: forgotten when a unit's types are freed. */
void type_digests_forget(void);

/* The declaration being parsed: every token consumed and every file-scope name looked up. */
typedef struct DeclHash {
    Hasher tokens;
    uint32_t first_file;
    int64_t first_line;
    bool started;
    bool multi_file; /* some token comes from another file: absolute lines */
    /* a function body has a digest of its own (lines relative to its '{'), folded into the
       declaration's: a body known unchanged need not be read again */
    bool in_body;
    bool body_pragma; /* a #pragma went into the body's digest */
    SrcLoc body_at;
    Hasher body;
    VEC(Ident *) uses;
    VEC(uint8_t) use_is_tag;
    Map seen;
    Arena keys;
} DeclHash;

void decl_hash_begin(DeclHash *d, int pack);
void decl_hash_token(DeclHash *d, const Token *t);
void decl_hash_use(DeclHash *d, Ident *id, bool tag);
/* tokens from the '{' of a body on go into the body's digest ... */
void decl_hash_body_begin(DeclHash *d, SrcLoc open);
/* ... up to its '}': the body's digest, now part of the declaration's */
Digest decl_hash_body_end(DeclHash *d);
/* a body's digest known without reading it, made part of the declaration's */
void decl_hash_body_fold(DeclHash *d, Digest body);
/* The digest, resolving each name it used at file scope now; with_locs as for types. */
Digest decl_hash_finish(DeclHash *d, bool with_locs);
/* the same with the names another parse of the same tokens used */
Digest decl_hash_finish_with(DeclHash *d, Ident *const *uses, const uint8_t *is_tag, int n, bool with_locs);
/* what the names mean at file scope now, alone */
Digest uses_digest(Ident *const *uses, const uint8_t *is_tag, int n, bool with_locs);
void decl_hash_free(DeclHash *d);
/* what the code of other declarations depends on in an object: kind, linkage, type, value */
void hash_obj_interface(Hasher *h, Obj *o, bool with_locs);

#endif
