/* Translation phase 4. Macro expansion uses a stack of token contexts: a macro is disabled while
   its expansion is being read, and a name found while its macro is disabled is painted so that
   it never expands again (C11 6.10.3.4). */
#include "preprocess.h"

#include <stdlib.h>
#include <time.h>

enum {
    PP_NONE,
    PP_DEFINE,
    PP_UNDEF,
    PP_INCLUDE,
    PP_INCLUDE_NEXT,
    PP_IF,
    PP_IFDEF,
    PP_IFNDEF,
    PP_ELIF,
    PP_ELSE,
    PP_ENDIF,
    PP_LINE,
    PP_ERROR,
    PP_WARNING,
    PP_PRAGMA,
    PP_DEFINED,
    PP_VA_ARGS,
    PP_PRAGMA_OP, /* _Pragma */
    PP_HAS_INCLUDE,
};

enum { BUILTIN_NONE, BUILTIN_FILE, BUILTIN_LINE, BUILTIN_COUNTER, BUILTIN_DATE, BUILTIN_TIME, BUILTIN_BASE_FILE,
       BUILTIN_INCLUDE_LEVEL };

typedef struct Macro {
    Ident *name;
    bool function_like;
    bool variadic;
    bool disabled;
    int builtin;
    int nparams;
    Ident **params;
    Token *body;
    int nbody;
    SrcLoc loc;
} Macro;

typedef struct Context {
    Token *toks;
    int pos;
    int len;
    Macro *macro;  /* re-enabled when the context is popped */
    bool barrier;  /* reading stops here with TK_EOF (argument pre-expansion, #if lines) */
} Context;

typedef struct Cond {
    bool taken;   /* some branch of this #if chain was taken */
    bool in_else;
    SrcLoc loc;
} Cond;

typedef struct FileInfo {
    char *path;
    bool pragma_once;
    Ident *guard; /* include guard macro, when the whole file is wrapped in #ifndef G */
} FileInfo;

typedef struct FileState {
    Lexer lx;
    FileInfo *info;
    char *dir;
    int cond_base; /* conditional stack depth when the file was entered */
    int search_index; /* which include directory it came from (for #include_next), -1: by path */
    /* include-guard detection */
    int guard_state; /* 0: nothing seen yet, 1: inside #ifndef G as the first thing, 2: closed, 3: failed */
    Ident *guard_name;
    int guard_depth;
} FileState;

struct Preprocessor {
    const Target *target;
    const PPOptions *opts;
    Arena arena;     /* macros and token text for the whole translation unit */
    Arena *macro_arena; /* where #define allocates: arena, or the run's for the predefined macros */
    Arena expansion; /* contexts' token arrays; recycled whenever no context is open */
    char *expansion_empty; /* expansion.cur right after its last reset: nothing allocated since */
    VEC(Context) ctx;
    VEC(Token) scratch; /* token lists being built: see scratch_take */
    VEC(FileState) files;
    VEC(Cond) conds;
    VEC(Macro *) defined_macros; /* to clear idents' macro pointers at the end */
    Map file_infos;
    VEC(const char *) read_paths;
    VEC(const char *) search; /* all include directories, in order, for <...> */
    int counter;
    bool in_if; /* expanding an #if line: handle defined */
    bool pending_space; /* a macro with a space before it expanded to nothing: the next token gets it */
    bool emit_pragmas;
    char date[32];
    char time[32];
    int include_depth;
    /* every directive run, builtin macro expanded and _Pragma read so far (pp_state) */
    Hasher state;
};

static void next_raw(Preprocessor *pp, Token *tok);
static void expand_next(Preprocessor *pp, Token *tok);

/* ---- setup ---- */

static struct {
    const char *name;
    int directive;
} directive_names[] = {
    {"define", PP_DEFINE},   {"undef", PP_UNDEF},     {"include", PP_INCLUDE}, {"include_next", PP_INCLUDE_NEXT},
    {"if", PP_IF},           {"ifdef", PP_IFDEF},     {"ifndef", PP_IFNDEF},   {"elif", PP_ELIF},
    {"else", PP_ELSE},       {"endif", PP_ENDIF},     {"line", PP_LINE},       {"error", PP_ERROR},
    {"warning", PP_WARNING}, {"pragma", PP_PRAGMA},   {"defined", PP_DEFINED}, {"__VA_ARGS__", PP_VA_ARGS},
    {"_Pragma", PP_PRAGMA_OP}, {"__has_include", PP_HAS_INCLUDE},
};

static const char *const keyword_names[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
    "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
    "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn",
    "_Static_assert", "_Thread_local", "__attribute__", "__asm__", "__typeof__", "__extension__"};

static void init_names(void) {
    static bool done;
    if (done)
        return;
    done = true;
    for (size_t i = 0; i < sizeof(directive_names) / sizeof(directive_names[0]); i++)
        intern_cstr(directive_names[i].name)->directive = (int16_t)directive_names[i].directive;
    for (int k = KW_FIRST; k < KW_LAST; k++)
        intern_cstr(keyword_names[k - KW_FIRST])->keyword = (int16_t)k;
    /* alternative spellings found in real headers */
    intern_cstr("__attribute")->keyword = KW_ATTRIBUTE;
    intern_cstr("__asm")->keyword = KW_ASM;
    intern_cstr("asm")->keyword = KW_ASM;
    intern_cstr("typeof")->keyword = KW_TYPEOF;
    intern_cstr("__typeof")->keyword = KW_TYPEOF;
    intern_cstr("__inline")->keyword = KW_INLINE;
    intern_cstr("__inline__")->keyword = KW_INLINE;
    intern_cstr("__restrict")->keyword = KW_RESTRICT;
    intern_cstr("__restrict__")->keyword = KW_RESTRICT;
    intern_cstr("__const")->keyword = KW_CONST;
    intern_cstr("__const__")->keyword = KW_CONST;
    intern_cstr("__volatile__")->keyword = KW_VOLATILE;
    intern_cstr("__signed__")->keyword = KW_SIGNED;
    intern_cstr("__alignof__")->keyword = KW_ALIGNOF;
    intern_cstr("__thread")->keyword = KW_THREAD_LOCAL;
}

static Macro *new_macro(Preprocessor *pp, Ident *name) {
    Macro *m = arena_zalloc(pp->macro_arena, sizeof(Macro));
    m->name = name;
    return m;
}

static void set_macro(Preprocessor *pp, Ident *name, Macro *m) {
    name->macro = m;
    if (m)
        vec_push(&pp->defined_macros, m);
}

static void add_builtin(Preprocessor *pp, const char *name, int kind) {
    Ident *id = intern_cstr(name);
    Macro *m = new_macro(pp, id);
    m->builtin = kind;
    set_macro(pp, id, m);
}

extern void predefined_macros(const Target *t, Buf *out);

/* A source text as read, and with its lines spliced (what the lexer reads). Both are never
   freed: diagnostics and token spellings point into them. */
typedef struct SourceText {
    char *contents;
    size_t len;
    char *spliced; /* contents itself when there was nothing to splice */
    size_t spliced_len;
} SourceText;

static void set_source_text(SourceText *t, char *contents, size_t len) {
    t->contents = contents;
    t->len = len;
    t->spliced = splice_lines(contents, len, &t->spliced_len);
    if (!t->spliced) {
        t->spliced = contents;
        t->spliced_len = len;
    }
}

static void push_file(Preprocessor *pp, FileInfo *info, const char *name, const SourceText *text, int search_index);

/* Reads a text made of directives only: reading it to its end defines the macros. */
static void run_text(Preprocessor *pp, const char *name, const SourceText *text) {
    size_t depth = (size_t)pp->files.len;
    push_file(pp, NULL, name, text, -1);
    Token t;
    while (pp->files.len > (int)depth) {
        next_raw(pp, &t);
        if (t.kind == TK_EOF)
            break;
    }
}

/* The predefined macros depend only on the target: the first translation unit of a run defines
   them from their text, into an arena that lives as long as the run, and every later one
   installs the same Macro objects. */
static void define_predefined_macros(Preprocessor *pp) {
    static const Target *made_for;
    static SourceText text;
    static Arena arena;
    static VEC(Macro *) macros;
    if (made_for != pp->target) {
        Buf b = {0};
        predefined_macros(pp->target, &b);
        buf_u8(&b, 0); /* the lexer's end marker */
        set_source_text(&text, (char *)b.data, b.len - 1);
        int first = pp->defined_macros.len;
        pp->macro_arena = &arena;
        run_text(pp, "<built-in>", &text);
        pp->macro_arena = &pp->arena;
        macros.len = 0;
        for (int i = first; i < pp->defined_macros.len; i++)
            vec_push(&macros, pp->defined_macros.data[i]);
        made_for = pp->target;
        return;
    }
    /* the text is still registered, as reading it would: source numbers stay the same */
    source_add("<built-in>", "<built-in>", text.contents, (uint32_t)text.len);
    for (int i = 0; i < macros.len; i++) {
        Macro *m = macros.data[i];
        m->disabled = false; /* a unit that stopped at an error may have left it disabled */
        set_macro(pp, m->name, m);
    }
}

Preprocessor *pp_new(const Target *target, const PPOptions *opts) {
    init_names();
    Preprocessor *pp = xcalloc(1, sizeof(Preprocessor));
    pp->target = target;
    pp->opts = opts;
    pp->macro_arena = &pp->arena;
    for (int i = 0; i < opts->user_dirs.len; i++)
        vec_push(&pp->search, opts->user_dirs.data[i]);
    for (int i = 0; i < opts->system_dirs.len; i++)
        vec_push(&pp->search, opts->system_dirs.data[i]);

    /* __DATE__ and __TIME__: SOURCE_DATE_EPOCH makes builds reproducible */
    time_t now;
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    now = epoch ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
    struct tm *tm = epoch ? gmtime(&now) : localtime(&now);
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    snprintf(pp->date, sizeof pp->date, "\"%s %2d %d\"", months[tm->tm_mon], tm->tm_mday, tm->tm_year + 1900);
    snprintf(pp->time, sizeof pp->time, "\"%02d:%02d:%02d\"", tm->tm_hour, tm->tm_min, tm->tm_sec);

    add_builtin(pp, "__FILE__", BUILTIN_FILE);
    add_builtin(pp, "__LINE__", BUILTIN_LINE);
    add_builtin(pp, "__COUNTER__", BUILTIN_COUNTER);
    add_builtin(pp, "__DATE__", BUILTIN_DATE);
    add_builtin(pp, "__TIME__", BUILTIN_TIME);
    add_builtin(pp, "__BASE_FILE__", BUILTIN_BASE_FILE);
    add_builtin(pp, "__INCLUDE_LEVEL__", BUILTIN_INCLUDE_LEVEL);

    define_predefined_macros(pp);

    Buf c = {0};
    for (int i = 0; i < opts->defines.len; i++) {
        const char *d = opts->defines.data[i];
        if (d[0] == 'U') {
            buf_printf(&c, "#undef %s\n", d + 1);
        } else {
            const char *eq = strchr(d + 1, '=');
            if (eq)
                buf_printf(&c, "#define %.*s %s\n", (int)(eq - d - 1), d + 1, eq + 1);
            else
                buf_printf(&c, "#define %s 1\n", d + 1);
        }
    }
    if (c.len) {
        buf_u8(&c, 0);
        SourceText text;
        set_source_text(&text, (char *)c.data, c.len - 1);
        run_text(pp, "<command-line>", &text);
    }
    hasher_init(&pp->state, 0x7070); /* the predefined and command-line macros are the build's flags */
    return pp;
}

void pp_free(Preprocessor *pp) {
    for (int i = 0; i < pp->defined_macros.len; i++) {
        Macro *m = pp->defined_macros.data[i];
        if (m->name->macro == m)
            m->name->macro = NULL;
    }
    /* a name may have been redefined: clear whatever is left */
    for (int i = 0; i < pp->defined_macros.len; i++)
        pp->defined_macros.data[i]->name->macro = NULL;
    vec_free(&pp->defined_macros);
    vec_free(&pp->ctx);
    vec_free(&pp->scratch);
    vec_free(&pp->files);
    vec_free(&pp->conds);
    vec_free(&pp->read_paths);
    vec_free(&pp->search);
    map_free(&pp->file_infos);
    arena_free(&pp->arena);
    arena_free(&pp->expansion);
    free(pp);
}

int pp_file_count(Preprocessor *pp) {
    return pp->read_paths.len;
}

const char *pp_file_path(Preprocessor *pp, int index) {
    return pp->read_paths.data[index];
}

/* ---- files ---- */

/* Every translation unit of a run includes the same headers: each file is read and spliced,
   and each path on the include search tried, only once per run. */
static Map source_texts;   /* path -> SourceText */
static Map path_existence; /* path -> &path_found or &path_missing */
static char path_found, path_missing;

static const SourceText *read_source(const char *path) {
    SourceText *text = map_get(&source_texts, path, (int)strlen(path));
    if (text)
        return text;
    size_t len;
    char *contents = map_text(path, &len);
    if (!contents)
        return NULL;
    text = xmalloc(sizeof *text);
    set_source_text(text, contents, len);
    char *key = xstrdup(path);
    map_put(&source_texts, key, (int)strlen(key), text);
    return text;
}

static bool include_exists(const char *path) {
    char *known = map_get(&path_existence, path, (int)strlen(path));
    if (!known) {
        known = file_exists(path) ? &path_found : &path_missing;
        char *key = xstrdup(path);
        map_put(&path_existence, key, (int)strlen(key), known);
    }
    return known == &path_found;
}

static void forget_paths(Map *m) {
    for (int i = 0; i < m->len; i++)
        free((char *)m->entries[i].key);
    map_free(m);
}

void pp_forget_sources(void) {
    forget_paths(&source_texts);
    forget_paths(&path_existence);
}

static FileInfo *file_info(Preprocessor *pp, const char *path) {
    FileInfo *fi = map_get(&pp->file_infos, path, (int)strlen(path));
    if (!fi) {
        fi = arena_zalloc(&pp->arena, sizeof(FileInfo));
        fi->path = arena_strndup(&pp->arena, path, strlen(path));
        map_put(&pp->file_infos, fi->path, (int)strlen(fi->path), fi);
    }
    return fi;
}

static void push_file(Preprocessor *pp, FileInfo *info, const char *name, const SourceText *text,
                      int search_index) {
    uint32_t id = source_add(name, info ? info->path : name, text->contents, (uint32_t)text->len);
    FileState fs;
    memset(&fs, 0, sizeof fs);
    lexer_init(&fs.lx, text->spliced, text->spliced_len, id);
    fs.info = info;
    fs.dir = info ? path_dirname(info->path) : NULL;
    fs.cond_base = pp->conds.len;
    fs.search_index = search_index;
    vec_push(&pp->files, fs);
    if (info)
        vec_push(&pp->read_paths, info->path);
}

static void pop_file(Preprocessor *pp) {
    FileState *fs = &vec_last(&pp->files);
    while (pp->conds.len > fs->cond_base) {
        error_at(vec_last(&pp->conds).loc, "unterminated conditional directive");
        pp->conds.len--;
    }
    if (fs->info && fs->guard_state == 2)
        fs->info->guard = fs->guard_name;
    free(fs->dir);
    /* the buffers stay alive: diagnostics and token text point into them */
    pp->files.len--;
}

static bool open_and_push(Preprocessor *pp, const char *path, const char *name, int search_index) {
    FileInfo *info = file_info(pp, path);
    if (info->pragma_once) /* set while the file was read: it is read at most once */
        return true;
    if (info->guard && info->guard->macro)
        return true;
    const SourceText *text = read_source(path);
    if (!text)
        return false;
    push_file(pp, info, name, text, search_index);
    return true;
}

bool pp_open_main(Preprocessor *pp, const char *path) {
    if (!open_and_push(pp, path, path, -1)) {
        error_plain("%s: %s", path, "No such file or directory");
        return false;
    }
    return true;
}

/* ---- contexts ---- */

static void push_context(Preprocessor *pp, Token *toks, int len, Macro *m, bool barrier) {
    Context c;
    c.toks = toks;
    c.pos = 0;
    c.len = len;
    c.macro = m;
    c.barrier = barrier;
    if (m)
        m->disabled = true;
    vec_push(&pp->ctx, c);
}

static void pop_context(Preprocessor *pp) {
    Context *c = &vec_last(&pp->ctx);
    if (c->macro)
        c->macro->disabled = false;
    pp->ctx.len--;
}

static void unget(Preprocessor *pp, const Token *tok) {
    Token *t = arena_alloc(&pp->expansion, sizeof(Token));
    *t = *tok;
    push_context(pp, t, 1, NULL, false);
}

/* Token lists being built (a directive line, a macro body, an expansion) go on top of one
   stack, pp->scratch: a builder notes where its list starts, pushes, and takes the list off with
   scratch_take, so lists built while another is (an argument expanded during a substitution)
   nest, and no list costs allocations of its own. A builder indexes the stack and keeps no
   pointer into it across a call that may push: that may move it. */
static Token *scratch_take(Preprocessor *pp, int base, Arena *arena, int *count) {
    int n = pp->scratch.len - base;
    Token *res = arena_alloc(arena, (size_t)n * sizeof(Token) + 1);
    if (n)
        memcpy(res, &pp->scratch.data[base], (size_t)n * sizeof(Token));
    pp->scratch.len = base;
    *count = n;
    return res;
}

/* ---- directives ---- */

static SrcLoc file_loc(Preprocessor *pp) {
    FileState *fs = &vec_last(&pp->files);
    SrcLoc l = {fs->lx.file, fs->lx.line, (uint32_t)(fs->lx.p - fs->lx.line_start + 1)};
    return l;
}

static void dtok(Preprocessor *pp, Token *tok) {
    lex_directive_token(&vec_last(&pp->files).lx, tok);
}

static void skip_rest_of_line(Preprocessor *pp) {
    Token t;
    do
        dtok(pp, &t);
    while (t.kind != '\n' && t.kind != TK_EOF);
}

static void expect_end_of_directive(Preprocessor *pp, const char *name) {
    Token t;
    dtok(pp, &t);
    if (t.kind != '\n' && t.kind != TK_EOF) {
        warn_at(t.loc, "extra tokens at end of #%s directive", name);
        skip_rest_of_line(pp);
    }
}

/* The rest of the directive line as a token array in the expansion arena, EOF-terminated. */
static Token *read_line_tokens(Preprocessor *pp, int *count) {
    int base = pp->scratch.len;
    Token t;
    for (;;) {
        dtok(pp, &t);
        if (t.kind == '\n' || t.kind == TK_EOF)
            break;
        vec_push(&pp->scratch, t);
    }
    t.kind = TK_EOF;
    vec_push(&pp->scratch, t);
    Token *line = scratch_take(pp, base, &pp->expansion, count);
    *count -= 1;
    return line;
}

static bool tokens_equal(const Token *a, int na, const Token *b, int nb) {
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++) {
        if (a[i].kind != b[i].kind || a[i].len != b[i].len || memcmp(a[i].text, b[i].text, a[i].len) != 0)
            return false;
        if (i > 0 && (a[i].flags & TF_SPACE) != (b[i].flags & TF_SPACE))
            return false;
    }
    return true;
}

static void do_define(Preprocessor *pp) {
    Token name;
    dtok(pp, &name);
    if (name.kind != TK_IDENT) {
        error_at(name.loc, name.kind == '\n' ? "no macro name given in #define directive"
                                             : "macro names must be identifiers");
        if (name.kind != '\n')
            skip_rest_of_line(pp);
        return;
    }
    if (name.ident->directive == PP_DEFINED) {
        error_at(name.loc, "\"defined\" cannot be used as a macro name");
        skip_rest_of_line(pp);
        return;
    }
    Macro *m = new_macro(pp, name.ident);
    m->loc = name.loc;
    FileState *fs = &vec_last(&pp->files);
    VEC(Ident *) params = {0};
    if (*fs->lx.p == '(') { /* function-like: '(' right after the name */
        Token t;
        dtok(pp, &t);
        m->function_like = true;
        dtok(pp, &t);
        if (t.kind != ')') {
            for (;;) {
                if (t.kind == TK_ELLIPSIS) {
                    m->variadic = true;
                    vec_push(&params, intern_cstr("__VA_ARGS__"));
                    dtok(pp, &t);
                    if (t.kind != ')') {
                        error_at(t.loc, "missing ')' in macro parameter list");
                        skip_rest_of_line(pp);
                        vec_free(&params);
                        return;
                    }
                    break;
                }
                if (t.kind != TK_IDENT) {
                    error_at(t.loc, "expected parameter name, found \"%.*s\"", (int)t.len, t.text);
                    if (t.kind != '\n')
                        skip_rest_of_line(pp);
                    vec_free(&params);
                    return;
                }
                for (int i = 0; i < params.len; i++)
                    if (params.data[i] == t.ident)
                        error_at(t.loc, "duplicate macro parameter \"%s\"", t.ident->name);
                vec_push(&params, t.ident);
                dtok(pp, &t);
                if (t.kind == TK_ELLIPSIS) { /* GNU named variadic parameter */
                    m->variadic = true;
                    dtok(pp, &t);
                }
                if (t.kind == ')')
                    break;
                if (t.kind != ',') {
                    error_at(t.loc, "expected ',' or ')' in macro parameter list");
                    if (t.kind != '\n')
                        skip_rest_of_line(pp);
                    vec_free(&params);
                    return;
                }
                dtok(pp, &t);
            }
        }
        m->nparams = params.len;
        m->params = arena_alloc(pp->macro_arena, (size_t)params.len * sizeof(Ident *) + 1);
        if (params.len)
            memcpy(m->params, params.data, (size_t)params.len * sizeof(Ident *));
        vec_free(&params);
    }
    int base = pp->scratch.len;
    Token t;
    for (;;) {
        dtok(pp, &t);
        if (t.kind == '\n' || t.kind == TK_EOF)
            break;
        vec_push(&pp->scratch, t);
    }
    m->body = scratch_take(pp, base, pp->macro_arena, &m->nbody);
    Token *body = m->body;
    int nbody = m->nbody;
    if (nbody) {
        body[0].flags &= (uint8_t)~TF_SPACE;
        if (body[0].kind == TK_HASHHASH || body[nbody - 1].kind == TK_HASHHASH)
            error_at(body[0].kind == TK_HASHHASH ? body[0].loc : body[nbody - 1].loc,
                     "'##' cannot appear at either end of a macro expansion");
        if (m->function_like) {
            for (int i = 0; i < nbody; i++) {
                if (body[i].kind != '#')
                    continue;
                Token *nx = i + 1 < nbody ? &body[i + 1] : NULL;
                bool is_param = false;
                if (nx && nx->kind == TK_IDENT)
                    for (int k = 0; k < m->nparams; k++)
                        is_param |= m->params[k] == nx->ident;
                if (!is_param)
                    error_at(body[i].loc, "'#' is not followed by a macro parameter");
            }
        }
    }
    Macro *old = name.ident->macro;
    if (old) {
        if (old->builtin)
            warn_at(name.loc, "redefining builtin macro \"%s\"", name.ident->name);
        else if (old->function_like != m->function_like || old->nparams != m->nparams ||
                 old->variadic != m->variadic || !tokens_equal(old->body, old->nbody, m->body, m->nbody) ||
                 (m->nparams && memcmp(old->params, m->params, (size_t)m->nparams * sizeof(Ident *)) != 0)) {
            warn_at(name.loc, "\"%s\" redefined", name.ident->name);
            if (old->loc.file)
                note_at(old->loc, "this is the location of the previous definition");
        }
    }
    set_macro(pp, name.ident, m);
}

static void do_undef(Preprocessor *pp) {
    Token name;
    dtok(pp, &name);
    if (name.kind != TK_IDENT) {
        error_at(name.loc, "macro names must be identifiers");
        if (name.kind != '\n')
            skip_rest_of_line(pp);
        return;
    }
    name.ident->macro = NULL;
    expect_end_of_directive(pp, "undef");
}

static char *find_include(Preprocessor *pp, const char *name, bool quoted, int start, int *found_index) {
    if (name[0] == '/') {
        *found_index = -1;
        return include_exists(name) ? xstrdup(name) : NULL;
    }
    if (quoted && start == 0) {
        for (int i = pp->files.len - 1; i >= 0; i--) {
            FileState *fs = &pp->files.data[i];
            if (!fs->info)
                continue;
            char *p = path_join(fs->dir, name);
            if (include_exists(p)) {
                *found_index = -1;
                return p;
            }
            free(p);
            break;
        }
        for (int i = 0; i < pp->opts->quote_dirs.len; i++) {
            char *p = path_join(pp->opts->quote_dirs.data[i], name);
            if (include_exists(p)) {
                *found_index = -1;
                return p;
            }
            free(p);
        }
    }
    for (int i = start; i < pp->search.len; i++) {
        char *p = path_join(pp->search.data[i], name);
        if (include_exists(p)) {
            *found_index = i;
            return p;
        }
        free(p);
    }
    return NULL;
}

/* The file name of #include "..." / <...> / MACRO. */
static char *include_name(Preprocessor *pp, bool *quoted, SrcLoc *loc) {
    FileState *fs = &vec_last(&pp->files);
    Lexer *lx = &fs->lx;
    /* <...> is not a token: read it by hand */
    while (*lx->p == ' ' || *lx->p == '\t')
        lx->p++;
    *loc = file_loc(pp);
    if (*lx->p == '<') {
        const char *s = lx->p + 1;
        const char *e = s;
        while (e < lx->end && *e != '>' && *e != '\n')
            e++;
        if (*e != '>') {
            error_at(*loc, "missing terminating > character");
            skip_rest_of_line(pp);
            return NULL;
        }
        lx->p = e + 1;
        *quoted = false;
        expect_end_of_directive(pp, "include");
        return xstrndup(s, (size_t)(e - s));
    }
    Token t;
    dtok(pp, &t);
    if (t.kind == TK_STRING && t.text[0] == '"') {
        *quoted = true;
        expect_end_of_directive(pp, "include");
        return xstrndup(t.text + 1, t.len - 2);
    }
    if (t.kind == TK_IDENT) {
        /* computed include: expand the line, then read "..." or <...> from the result */
        int n;
        Token first = t;
        Token *rest = read_line_tokens(pp, &n);
        Token *line = arena_alloc(&pp->expansion, (size_t)(n + 2) * sizeof(Token));
        line[0] = first;
        memcpy(line + 1, rest, (size_t)(n + 1) * sizeof(Token));
        push_context(pp, line, n + 2, NULL, true);
        Buf b = {0};
        Token x;
        expand_next(pp, &x);
        char *result = NULL;
        if (x.kind == TK_STRING && x.text[0] == '"') {
            *quoted = true;
            result = xstrndup(x.text + 1, x.len - 2);
        } else if (x.kind == '<') {
            for (;;) {
                expand_next(pp, &x);
                if (x.kind == TK_EOF || x.kind == '>')
                    break;
                if ((x.flags & TF_SPACE) && b.len)
                    buf_u8(&b, ' ');
                buf_append(&b, x.text, x.len);
            }
            if (x.kind == '>') {
                buf_u8(&b, 0);
                *quoted = false;
                result = xstrdup((char *)b.data);
            }
        }
        buf_free(&b);
        while (pp->ctx.len && !vec_last(&pp->ctx).barrier)
            pop_context(pp);
        if (pp->ctx.len)
            pop_context(pp);
        if (!result)
            error_at(first.loc, "#include expects \"FILENAME\" or <FILENAME>");
        return result;
    }
    error_at(t.loc, "#include expects \"FILENAME\" or <FILENAME>");
    if (t.kind != '\n')
        skip_rest_of_line(pp);
    return NULL;
}

static void do_include(Preprocessor *pp, bool next, SrcLoc hash_loc) {
    bool quoted = false;
    SrcLoc loc;
    char *name = include_name(pp, &quoted, &loc);
    if (!name)
        return;
    if (pp->files.len > 200) {
        error_at(hash_loc, "#include nested depth %d exceeds maximum of 200", pp->files.len);
        free(name);
        return;
    }
    int start = 0;
    if (next) {
        int cur = vec_last(&pp->files).search_index;
        start = cur + 1;
        quoted = false;
    }
    int found;
    char *path = find_include(pp, name, quoted, start, &found);
    if (!path || !open_and_push(pp, path, path, found))
        error_at(loc, "%s: No such file or directory", name);
    free(path);
    free(name);
}

/* ---- #if expressions ---- */

typedef struct IfValue {
    int64_t v;
    bool is_unsigned;
} IfValue;

typedef struct IfParser {
    Preprocessor *pp;
    Token *toks;
    int pos;
    bool failed;
} IfParser;

static IfValue if_expr(IfParser *p, bool eval);

static Token *if_peek(IfParser *p) {
    return &p->toks[p->pos];
}

static void if_fail(IfParser *p, SrcLoc loc, const char *msg) {
    if (!p->failed)
        error_at(loc, "%s", msg);
    p->failed = true;
}

bool parse_int_literal(const char *text, int len, uint64_t *value, bool *is_unsigned, int *long_count);

static IfValue if_primary(IfParser *p, bool eval) {
    Token *t = if_peek(p);
    IfValue r = {0, false};
    if (p->failed)
        return r;
    switch (t->kind) {
    case '(':
        p->pos++;
        r = if_expr(p, eval);
        if (if_peek(p)->kind != ')')
            if_fail(p, if_peek(p)->loc, "missing ')' in expression");
        else
            p->pos++;
        return r;
    case '!':
        p->pos++;
        r = if_primary(p, eval);
        r.v = !r.v;
        r.is_unsigned = false;
        return r;
    case '~':
        p->pos++;
        r = if_primary(p, eval);
        r.v = (int64_t)~(uint64_t)r.v;
        return r;
    case '-':
        p->pos++;
        r = if_primary(p, eval);
        r.v = (int64_t)(0 - (uint64_t)r.v);
        return r;
    case '+':
        p->pos++;
        return if_primary(p, eval);
    case TK_NUMBER: {
        uint64_t v;
        int longs;
        p->pos++;
        if (!parse_int_literal(t->text, (int)t->len, &v, &r.is_unsigned, &longs)) {
            if_fail(p, t->loc, "invalid integer constant in #if expression");
            return r;
        }
        r.v = (int64_t)v;
        if (v > (uint64_t)INT64_MAX)
            r.is_unsigned = true;
        return r;
    }
    case TK_CHAR: {
        int64_t v;
        int size;
        p->pos++;
        decode_char_literal(t, p->pp->target, &v, &size);
        r.v = v;
        return r;
    }
    case TK_IDENT:
        /* identifiers left after expansion are 0 (true/false included, as in C11) */
        p->pos++;
        if (if_peek(p)->kind == '(' && t->ident->macro == NULL) {
            if_fail(p, t->loc, format("function-like macro \"%s\" is not defined", t->ident->name));
        }
        return r;
    case TK_EOF:
        if_fail(p, t->loc, "#if with no expression");
        return r;
    default:
        if (t->kind >= KW_FIRST) { /* never happens: keywords are identifiers here */
            p->pos++;
            return r;
        }
        if_fail(p, t->loc, format("token \"%.*s\" is not valid in preprocessor expressions", (int)t->len, t->text));
        return r;
    }
}

static int if_prec(int kind) {
    switch (kind) {
    case '*': case '/': case '%': return 10;
    case '+': case '-': return 9;
    case TK_SHL: case TK_SHR: return 8;
    case '<': case '>': case TK_LE: case TK_GE: return 7;
    case TK_EQ: case TK_NE: return 6;
    case '&': return 5;
    case '^': return 4;
    case '|': return 3;
    case TK_LOGAND: return 2;
    case TK_LOGOR: return 1;
    }
    return 0;
}

static IfValue if_binary(IfParser *p, int min_prec, bool eval) {
    IfValue l = if_primary(p, eval);
    for (;;) {
        Token *op = if_peek(p);
        int prec = if_prec(op->kind);
        if (!prec || prec < min_prec || p->failed)
            return l;
        p->pos++;
        int kind = op->kind;
        bool eval_r = eval;
        if (kind == TK_LOGAND && !l.v)
            eval_r = false;
        if (kind == TK_LOGOR && l.v)
            eval_r = false;
        IfValue r = if_binary(p, prec + 1, eval_r);
        bool u = l.is_unsigned || r.is_unsigned;
        uint64_t a = (uint64_t)l.v, b = (uint64_t)r.v;
        IfValue res = {0, u};
        switch (kind) {
        case '*': res.v = (int64_t)(a * b); break;
        case '/':
        case '%':
            if (b == 0) {
                if (eval)
                    if_fail(p, op->loc, "division by zero in #if");
                res.v = 0;
            } else if (u) {
                res.v = (int64_t)(kind == '/' ? a / b : a % b);
            } else if (l.v == INT64_MIN && r.v == -1) {
                res.v = kind == '/' ? INT64_MIN : 0;
            } else {
                res.v = kind == '/' ? l.v / r.v : l.v % r.v;
            }
            break;
        case '+': res.v = (int64_t)(a + b); break;
        case '-': res.v = (int64_t)(a - b); break;
        case TK_SHL: res.v = b >= 64 ? 0 : (int64_t)(a << b); res.is_unsigned = l.is_unsigned; break;
        case TK_SHR:
            res.is_unsigned = l.is_unsigned;
            if (b >= 64)
                res.v = (!l.is_unsigned && l.v < 0) ? -1 : 0;
            else
                res.v = l.is_unsigned ? (int64_t)(a >> b) : (l.v < 0 ? ~(~l.v >> b) : l.v >> b);
            break;
        case '<': res.v = u ? a < b : l.v < r.v; res.is_unsigned = false; break;
        case '>': res.v = u ? a > b : l.v > r.v; res.is_unsigned = false; break;
        case TK_LE: res.v = u ? a <= b : l.v <= r.v; res.is_unsigned = false; break;
        case TK_GE: res.v = u ? a >= b : l.v >= r.v; res.is_unsigned = false; break;
        case TK_EQ: res.v = a == b; res.is_unsigned = false; break;
        case TK_NE: res.v = a != b; res.is_unsigned = false; break;
        case '&': res.v = (int64_t)(a & b); break;
        case '^': res.v = (int64_t)(a ^ b); break;
        case '|': res.v = (int64_t)(a | b); break;
        case TK_LOGAND: res.v = l.v && r.v; res.is_unsigned = false; break;
        case TK_LOGOR: res.v = l.v || r.v; res.is_unsigned = false; break;
        }
        l = res;
    }
}

static IfValue if_expr(IfParser *p, bool eval) {
    IfValue c = if_binary(p, 1, eval);
    if (if_peek(p)->kind != '?' || p->failed)
        return c;
    p->pos++;
    IfValue a = if_expr(p, eval && c.v);
    if (if_peek(p)->kind != ':') {
        if_fail(p, if_peek(p)->loc, "expected ':' in conditional expression");
        return a;
    }
    p->pos++;
    IfValue b = if_expr(p, eval && !c.v);
    IfValue r = c.v ? a : b;
    r.is_unsigned = a.is_unsigned || b.is_unsigned;
    return r;
}

static Token make_number_token(Preprocessor *pp, SrcLoc loc, int64_t v) {
    Token t;
    memset(&t, 0, sizeof t);
    t.kind = TK_NUMBER;
    t.text = v ? "1" : "0";
    t.len = 1;
    t.loc = loc;
    (void)pp;
    return t;
}

static bool eval_if_line(Preprocessor *pp, SrcLoc loc) {
    int n;
    Token *line = read_line_tokens(pp, &n);
    if (n == 0) {
        error_at(loc, "#if with no expression");
        return false;
    }
    push_context(pp, line, n + 1, NULL, true);
    pp->in_if = true;
    int base = pp->scratch.len;
    Token t;
    for (;;) {
        expand_next(pp, &t);
        if (t.kind == TK_EOF)
            break;
        vec_push(&pp->scratch, t);
    }
    pp->in_if = false;
    pop_context(pp); /* the barrier */
    vec_push(&pp->scratch, t);
    IfParser p = {pp, &pp->scratch.data[base], 0, false};
    IfValue v = if_expr(&p, true);
    if (!p.failed && if_peek(&p)->kind != TK_EOF)
        if_fail(&p, if_peek(&p)->loc,
                format("missing binary operator before token \"%.*s\"", (int)if_peek(&p)->len, if_peek(&p)->text));
    pp->scratch.len = base;
    return !p.failed && v.v != 0;
}

/* defined X / defined(X) while expanding an #if line */
static Token read_defined(Preprocessor *pp, const Token *def) {
    Token t;
    next_raw(pp, &t);
    bool paren = t.kind == '(';
    if (paren)
        next_raw(pp, &t);
    if (t.kind != TK_IDENT) {
        error_at(def->loc, "operator \"defined\" requires an identifier");
        if (t.kind == TK_EOF)
            unget(pp, &t);
        return make_number_token(pp, def->loc, 0);
    }
    int64_t v = t.ident->macro != NULL;
    if (paren) {
        next_raw(pp, &t);
        if (t.kind != ')') {
            error_at(t.loc, "missing ')' after \"defined\"");
            if (t.kind == TK_EOF)
                unget(pp, &t);
        }
    }
    return make_number_token(pp, def->loc, v);
}

static Token read_has_include(Preprocessor *pp, const Token *at) {
    Token t;
    next_raw(pp, &t);
    int64_t found = 0;
    if (t.kind != '(') {
        error_at(at->loc, "missing '(' after \"__has_include\"");
        return make_number_token(pp, at->loc, 0);
    }
    next_raw(pp, &t);
    Buf name = {0};
    bool quoted = false;
    if (t.kind == TK_STRING && t.text[0] == '"') {
        quoted = true;
        buf_append(&name, t.text + 1, t.len - 2);
        next_raw(pp, &t);
    } else if (t.kind == '<') {
        for (;;) {
            next_raw(pp, &t);
            if (t.kind == '>' || t.kind == TK_EOF)
                break;
            buf_append(&name, t.text, t.len);
        }
        next_raw(pp, &t);
    }
    buf_u8(&name, 0);
    if (t.kind != ')')
        error_at(t.loc, "missing ')' after \"__has_include\" operand");
    int idx;
    char *path = find_include(pp, (char *)name.data, quoted, 0, &idx);
    found = path != NULL;
    free(path);
    buf_free(&name);
    return make_number_token(pp, at->loc, found);
}

/* Skips a group whose condition was false. Returns the directive that ended it (elif, else or
   endif), leaving the lexer just after the directive name. */
static int skip_group(Preprocessor *pp, SrcLoc *where) {
    FileState *fs = &vec_last(&pp->files);
    Lexer *lx = &fs->lx;
    int depth = 0;
    for (;;) {
        /* at the start of a line */
        const char *p = lx->p;
        while (p < lx->end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v'))
            p++;
        if (p < lx->end && (*p == '#' || (*p == '%' && p[1] == ':'))) {
            lx->p = p;
            lx->flags |= TF_BOL;
            Token hash, name;
            lex_directive_token(lx, &hash);
            lex_directive_token(lx, &name);
            if (name.kind == TK_IDENT) {
                int d = name.ident->directive;
                if (d == PP_IF || d == PP_IFDEF || d == PP_IFNDEF) {
                    depth++;
                } else if (d == PP_ENDIF) {
                    if (depth == 0) {
                        *where = name.loc;
                        return d;
                    }
                    depth--;
                } else if ((d == PP_ELSE || d == PP_ELIF) && depth == 0) {
                    *where = name.loc;
                    return d;
                }
            }
            if (name.kind == '\n') {
                lx->p++;
                lx->line++;
                lx->line_start = lx->p;
                continue;
            }
        }
        if (!lex_skip_line(lx))
            return PP_NONE;
    }
}

static void guard_not_first(FileState *fs) {
    if (fs->guard_state == 0)
        fs->guard_state = 3;
}

/* A file is guarded only if #ifndef G is its first directive and the matching #endif its last. */
static void guard_on_directive(FileState *fs, int directive) {
    if (fs->guard_state == 2 || (fs->guard_state == 0 && directive != PP_IFNDEF))
        fs->guard_state = 3;
}

/* Handles a conditional directive and any skipping that follows. */
static void do_conditional(Preprocessor *pp, int directive, SrcLoc loc) {
    FileState *fs = &vec_last(&pp->files);
    bool take = false;
    if (directive == PP_IF || directive == PP_IFDEF || directive == PP_IFNDEF) {
        if (directive == PP_IF) {
            guard_not_first(fs);
            take = eval_if_line(pp, loc);
        } else {
            Token name;
            dtok(pp, &name);
            if (name.kind != TK_IDENT) {
                error_at(name.loc, "macro names must be identifiers");
                if (name.kind != '\n')
                    skip_rest_of_line(pp);
            } else {
                take = (name.ident->macro != NULL) == (directive == PP_IFDEF);
                expect_end_of_directive(pp, directive == PP_IFDEF ? "ifdef" : "ifndef");
                if (directive == PP_IFNDEF && fs->guard_state == 0) {
                    fs->guard_state = 1;
                    fs->guard_name = name.ident;
                    fs->guard_depth = pp->conds.len;
                } else {
                    guard_not_first(fs);
                }
            }
        }
        Cond c = {take, false, loc};
        vec_push(&pp->conds, c);
        if (take)
            return;
    } else {
        if (pp->conds.len <= fs->cond_base) {
            error_at(loc, "#%s without #if", directive == PP_ELSE ? "else" : directive == PP_ELIF ? "elif" : "endif");
            skip_rest_of_line(pp);
            return;
        }
        Cond *c = &vec_last(&pp->conds);
        if (directive == PP_ENDIF) {
            expect_end_of_directive(pp, "endif");
            pp->conds.len--;
            if (fs->guard_state == 1 && pp->conds.len == fs->guard_depth)
                fs->guard_state = 2;
            return;
        }
        if (c->in_else) {
            error_at(loc, "#%s after #else", directive == PP_ELSE ? "else" : "elif");
        }
        if (directive == PP_ELSE) {
            c->in_else = true;
            expect_end_of_directive(pp, "else");
        } else {
            skip_rest_of_line(pp);
        }
        /* the previous group was taken: skip this one and all that follow */
        if (fs->guard_state == 1 && pp->conds.len == fs->guard_depth + 1)
            fs->guard_state = 3;
    }
    /* skipping */
    for (;;) {
        SrcLoc where;
        int d = skip_group(pp, &where);
        if (d == PP_NONE) {
            return; /* end of file: pop_file reports the open conditional */
        }
        Cond *c = &vec_last(&pp->conds);
        if (d == PP_ENDIF) {
            expect_end_of_directive(pp, "endif");
            pp->conds.len--;
            if (fs->guard_state == 1 && pp->conds.len == fs->guard_depth)
                fs->guard_state = 2;
            return;
        }
        if (c->in_else)
            error_at(where, "#%s after #else", d == PP_ELSE ? "else" : "elif");
        if (d == PP_ELSE) {
            c->in_else = true;
            expect_end_of_directive(pp, "else");
            if (!c->taken) {
                c->taken = true;
                if (fs->guard_state == 1 && pp->conds.len == fs->guard_depth + 1)
                    fs->guard_state = 3;
                return;
            }
        } else { /* elif */
            if (!c->taken) {
                if (eval_if_line(pp, where)) {
                    c->taken = true;
                    if (fs->guard_state == 1 && pp->conds.len == fs->guard_depth + 1)
                        fs->guard_state = 3;
                    return;
                }
            } else {
                skip_rest_of_line(pp);
            }
        }
    }
}

static void do_line(Preprocessor *pp, SrcLoc loc) {
    int n;
    Token *line = read_line_tokens(pp, &n);
    push_context(pp, line, n + 1, NULL, true);
    Token num, name;
    expand_next(pp, &num);
    expand_next(pp, &name);
    Token end = name;
    if (name.kind != TK_EOF)
        expand_next(pp, &end);
    while (pp->ctx.len && !vec_last(&pp->ctx).barrier)
        pop_context(pp);
    pop_context(pp);
    uint64_t v = 0;
    bool u;
    int longs;
    if (num.kind != TK_NUMBER || !parse_int_literal(num.text, (int)num.len, &v, &u, &longs) || longs || u) {
        error_at(loc, "#line directive requires a simple digit sequence");
        return;
    }
    FileState *fs = &vec_last(&pp->files);
    if (name.kind == TK_STRING && name.text[0] == '"') {
        char *fname = xstrndup(name.text + 1, name.len - 2);
        fs->lx.file = source_intern_name(fname);
        free(fname);
    } else if (name.kind != TK_EOF) {
        error_at(name.loc, "invalid filename in #line directive");
        return;
    }
    (void)end;
    /* the line after the directive gets number v */
    fs->lx.line = (uint32_t)v - 1;
}

static void do_pragma(Preprocessor *pp, Token *out, bool *produced, const Token *line, int n, SrcLoc loc);

static void directive_message(Preprocessor *pp, bool is_error, SrcLoc loc) {
    FileState *fs = &vec_last(&pp->files);
    Lexer *lx = &fs->lx;
    while (*lx->p == ' ' || *lx->p == '\t')
        lx->p++;
    const char *s = lx->p;
    const char *e = s;
    while (e < lx->end && *e != '\n')
        e++;
    lx->p = e;
    if (is_error)
        error_at(loc, "#error %.*s", (int)(e - s), s);
    else
        warn_at(loc, "#warning %.*s", (int)(e - s), s);
}

/* Runs the directive that starts at '#'. Returns true and fills *out when the directive
   produces a token for the parser (#pragma pack); out may be hash itself. */
static bool run_directive(Preprocessor *pp, const Token *hash, Token *out);

/* Runs a directive; its text, up to where its file is read to then (an #if skipped group
   included), goes into pp->state. */
static bool directive(Preprocessor *pp, const Token *hash, Token *out) {
    int file = pp->files.len - 1;
    const char *start = hash->text; /* before out, which may be hash, is filled */
    bool produced = run_directive(pp, hash, out);
    const char *end = pp->files.data[file].lx.p;
    hash_data(&pp->state, start, end > start ? (size_t)(end - start) : 0);
    return produced;
}

static bool run_directive(Preprocessor *pp, const Token *hash, Token *out) {
    FileState *fs = &vec_last(&pp->files);
    Token name;
    dtok(pp, &name);
    if (name.kind == '\n' || name.kind == TK_EOF) /* null directive */
        return false;
    guard_on_directive(fs, name.kind == TK_IDENT ? name.ident->directive : PP_NONE);
    if (name.kind == TK_NUMBER) { /* GNU line marker: # 12 "file" */
        uint64_t v;
        bool u;
        int longs;
        if (parse_int_literal(name.text, (int)name.len, &v, &u, &longs)) {
            Token fname;
            dtok(pp, &fname);
            if (fname.kind == TK_STRING) {
                char *f = xstrndup(fname.text + 1, fname.len - 2);
                fs->lx.file = source_intern_name(f);
                free(f);
                skip_rest_of_line(pp);
            } else if (fname.kind != '\n') {
                skip_rest_of_line(pp);
            }
            fs->lx.line = (uint32_t)v - 1;
        } else {
            skip_rest_of_line(pp);
        }
        return false;
    }
    if (name.kind != TK_IDENT) {
        error_at(name.loc, "invalid preprocessing directive");
        skip_rest_of_line(pp);
        return false;
    }
    int d = name.ident->directive;
    switch (d) {
    case PP_DEFINE:
        do_define(pp);
        return false;
    case PP_UNDEF:
        do_undef(pp);
        return false;
    case PP_INCLUDE:
    case PP_INCLUDE_NEXT:
        do_include(pp, d == PP_INCLUDE_NEXT, hash->loc);
        return false;
    case PP_IF:
    case PP_IFDEF:
    case PP_IFNDEF:
    case PP_ELIF:
    case PP_ELSE:
    case PP_ENDIF:
        do_conditional(pp, d, name.loc);
        return false;
    case PP_LINE:
        do_line(pp, name.loc);
        return false;
    case PP_ERROR:
    case PP_WARNING:
        directive_message(pp, d == PP_ERROR, hash->loc);
        return false;
    case PP_PRAGMA: {
        int n;
        Token *line = read_line_tokens(pp, &n);
        bool produced = false;
        do_pragma(pp, out, &produced, line, n, hash->loc);
        return produced;
    }
    default:
        error_at(name.loc, "invalid preprocessing directive #%s", name.ident->name);
        skip_rest_of_line(pp);
        return false;
    }
}

static void do_pragma(Preprocessor *pp, Token *out, bool *produced, const Token *line, int n, SrcLoc loc) {
    if (n >= 1 && line[0].kind == TK_IDENT && strcmp(line[0].ident->name, "once") == 0) {
        for (int i = pp->files.len - 1; i >= 0; i--) {
            if (pp->files.data[i].info) {
                pp->files.data[i].info->pragma_once = true;
                break;
            }
        }
        return;
    }
    bool for_parser = n >= 1 && line[0].kind == TK_IDENT && strcmp(line[0].ident->name, "pack") == 0;
    if (!for_parser && !pp->emit_pragmas)
        return; /* unknown pragmas are ignored, as C11 allows */
    /* hand the pragma's text to the parser (or to -E) as one token */
    Buf b = {0};
    for (int i = 0; i < n; i++) {
        if (i && (line[i].flags & TF_SPACE))
            buf_u8(&b, ' ');
        buf_append(&b, line[i].text, line[i].len);
    }
    memset(out, 0, sizeof *out);
    out->kind = TK_PRAGMA;
    out->text = arena_strndup(&pp->arena, b.len ? (char *)b.data : "", b.len);
    out->len = (uint32_t)b.len;
    out->loc = loc;
    out->flags = TF_BOL;
    buf_free(&b);
    *produced = true;
}

/* ---- reading raw tokens ---- */

/* Runs the directive that tok ('#' at the start of a line) begins, or leaves the file that tok
   (TK_EOF) ends. Returns true when tok is then a token for the caller: a #pragma for the
   parser, or the end of the input. */
static bool directive_or_end_of_file(Preprocessor *pp, Token *tok) {
    if (tok->kind == '#')
        return directive(pp, tok, tok);
    pop_file(pp);
    return pp->files.len == 0;
}

/* Lexes the next token of the innermost open file into tok. Returns false when that was a
   directive or the end of a file, which has been handled and leaves nothing for the caller. */
static inline bool lex_file_token(Preprocessor *pp, Token *tok) {
    FileState *fs = &vec_last(&pp->files);
    lex_token(&fs->lx, tok);
    if ((tok->kind == '#' && (tok->flags & TF_BOL)) || tok->kind == TK_EOF)
        return directive_or_end_of_file(pp, tok);
    if (fs->guard_state == 0 || fs->guard_state == 2)
        fs->guard_state = 3; /* a token outside the guard */
    return true;
}

/* The next token from the files, directives processed. */
static void file_token(Preprocessor *pp, Token *tok) {
    do {
        if (pp->files.len == 0) {
            memset(tok, 0, sizeof *tok);
            tok->kind = TK_EOF;
            return;
        }
    } while (!lex_file_token(pp, tok));
}

/* The next token from the open contexts or the files, directives processed, not expanded. */
static void next_raw(Preprocessor *pp, Token *tok) {
    for (;;) {
        if (pp->ctx.len) {
            Context *c = &vec_last(&pp->ctx);
            if (c->pos < c->len) {
                *tok = c->toks[c->pos++];
                if (tok->kind == TK_EOF && !c->barrier)
                    continue;
                return;
            }
            if (c->barrier) {
                memset(tok, 0, sizeof *tok);
                tok->kind = TK_EOF;
                return;
            }
            pop_context(pp);
            continue;
        }
        file_token(pp, tok);
        return;
    }
}

/* ---- macro expansion ---- */

static void stringify(Preprocessor *pp, const Token *toks, int n, Token *out, SrcLoc loc) {
    Buf b = {0};
    buf_u8(&b, '"');
    for (int i = 0; i < n; i++) {
        const Token *t = &toks[i];
        if (i && (t->flags & TF_SPACE))
            buf_u8(&b, ' ');
        if (t->kind == TK_STRING || t->kind == TK_CHAR) {
            for (uint32_t k = 0; k < t->len; k++) {
                char c = t->text[k];
                if (c == '"' || c == '\\')
                    buf_u8(&b, '\\');
                buf_u8(&b, (uint8_t)c);
            }
        } else {
            buf_append(&b, t->text, t->len);
        }
    }
    buf_u8(&b, '"');
    memset(out, 0, sizeof *out);
    out->kind = TK_STRING;
    out->text = arena_strndup(&pp->arena, (char *)b.data, b.len);
    out->len = (uint32_t)b.len;
    out->loc = loc;
    buf_free(&b);
}

/* a ## b: the spellings joined must form exactly one token */
static bool paste(Preprocessor *pp, const Token *a, const Token *b, Token *out) {
    size_t len = a->len + b->len;
    char *text = arena_alloc(&pp->arena, len + 1);
    memcpy(text, a->text, a->len);
    memcpy(text + a->len, b->text, b->len);
    text[len] = 0;
    Lexer lx;
    lexer_init(&lx, text, len, a->loc.file);
    Token t;
    int errors = error_count;
    lex_token(&lx, &t);
    Token rest;
    lex_token(&lx, &rest);
    if (rest.kind != TK_EOF || error_count != errors) {
        error_count = errors;
        error_at(a->loc, "pasting \"%.*s\" and \"%.*s\" does not give a valid preprocessing token", (int)a->len,
                 a->text, (int)b->len, b->text);
        return false;
    }
    t.loc = a->loc;
    t.flags = a->flags;
    *out = t;
    return true;
}

typedef struct MacroArg {
    Token *toks; /* raw */
    int n;
    Token *expanded; /* computed on first use */
    int nexpanded;
} MacroArg;

/* Fully expands a token list in isolation. */
static Token *expand_list(Preprocessor *pp, Token *toks, int n, int *out_n) {
    Token *copy = arena_alloc(&pp->expansion, (size_t)(n + 1) * sizeof(Token));
    memcpy(copy, toks, (size_t)n * sizeof(Token));
    memset(&copy[n], 0, sizeof(Token));
    copy[n].kind = TK_EOF;
    int depth = pp->ctx.len;
    push_context(pp, copy, n + 1, NULL, true);
    int base = pp->scratch.len;
    Token t;
    for (;;) {
        expand_next(pp, &t);
        if (t.kind == TK_EOF)
            break;
        vec_push(&pp->scratch, t);
    }
    while (pp->ctx.len > depth)
        pop_context(pp);
    return scratch_take(pp, base, &pp->expansion, out_n);
}

static int param_index(Macro *m, const Token *t) {
    if (t->kind != TK_IDENT)
        return -1;
    for (int i = 0; i < m->nparams; i++)
        if (m->params[i] == t->ident)
            return i;
    return -1;
}

/* Collects the arguments of a function-like macro call; the '(' has been read. */
static MacroArg *collect_args(Preprocessor *pp, Macro *m, const Token *name, bool *ok) {
    int nslots = m->nparams > 0 ? m->nparams : 1;
    MacroArg *args = arena_zalloc(&pp->expansion, (size_t)nslots * sizeof(MacroArg));
    int base = pp->scratch.len; /* the argument being read */
    int nargs = 0;
    int depth = 0;
    Token t;
    *ok = true;
    for (;;) {
        next_raw(pp, &t);
        if (t.kind == TK_EOF) {
            error_at(name->loc, "unterminated argument list invoking macro \"%s\"", m->name->name);
            *ok = false;
            pp->scratch.len = base;
            unget(pp, &t);
            return args;
        }
        if (t.kind == TK_PRAGMA)
            continue;
        bool end_arg = false, end_all = false;
        if (t.kind == '(') {
            depth++;
        } else if (t.kind == ')') {
            if (depth == 0)
                end_all = end_arg = true;
            else
                depth--;
        } else if (t.kind == ',' && depth == 0) {
            /* commas belong to the variadic argument */
            if (!(m->variadic && nargs == m->nparams - 1))
                end_arg = true;
        }
        if (!end_arg) {
            if (t.flags & TF_BOL) /* a newline inside the arguments is white space */
                t.flags |= TF_SPACE;
            if (pp->scratch.len == base)
                t.flags &= (uint8_t)~TF_SPACE;
            t.flags &= (uint8_t)~TF_BOL;
            vec_push(&pp->scratch, t);
            continue;
        }
        if (nargs < nslots) {
            args[nargs].toks = scratch_take(pp, base, &pp->expansion, &args[nargs].n);
            args[nargs].nexpanded = -1;
        }
        pp->scratch.len = base; /* an argument beyond the parameters is dropped */
        nargs++;
        if (end_all)
            break;
    }
    /* f() passes one empty argument; a variadic macro may omit its variadic argument */
    if (nargs == 1 && m->nparams == 0 && args[0].n == 0)
        nargs = 0;
    if (m->variadic && nargs == m->nparams - 1) {
        args[nargs].toks = NULL;
        args[nargs].n = 0;
        args[nargs].nexpanded = -1;
        nargs++;
    }
    if (nargs != m->nparams) {
        if (nargs > m->nparams)
            error_at(name->loc, "macro \"%s\" passed %d arguments, but takes just %d", m->name->name, nargs,
                     m->nparams);
        else
            error_at(name->loc, "macro \"%s\" requires %d arguments, but only %d given", m->name->name, m->nparams,
                     nargs);
        *ok = false;
    }
    return args;
}

/* Builds the replacement list of a macro call. */
static Token *substitute(Preprocessor *pp, Macro *m, MacroArg *args, const Token *name, int *out_n) {
    int base = pp->scratch.len; /* the list is built on the scratch stack */
    Token *body = m->body;
    int n = m->nbody;
    for (int i = 0; i < n; i++) {
        Token t = body[i];
        /* # param */
        if (m->function_like && t.kind == '#' && i + 1 < n) {
            int pi = param_index(m, &body[i + 1]);
            if (pi >= 0) {
                Token s;
                stringify(pp, args[pi].toks, args[pi].n, &s, name->loc);
                s.flags = t.flags;
                vec_push(&pp->scratch, s);
                i++;
                continue;
            }
        }
        bool before_paste = i + 1 < n && body[i + 1].kind == TK_HASHHASH;
        bool after_paste = i > 0 && body[i - 1].kind == TK_HASHHASH;
        if (t.kind == TK_HASHHASH) {
            /* GNU: , ## __VA_ARGS__ drops the comma when there are no variadic arguments */
            if (m->variadic && i + 1 < n && pp->scratch.len > base && vec_last(&pp->scratch).kind == ',' &&
                param_index(m, &body[i + 1]) == m->nparams - 1) {
                MacroArg *va = &args[m->nparams - 1];
                if (va->n == 0) {
                    pp->scratch.len--;
                    i++;
                    continue;
                }
                /* otherwise the comma stays and the argument follows unpasted */
                continue;
            }
            /* paste the last output token with the next operand */
            if (i + 1 >= n)
                continue;
            Token *rhs_toks;
            int rhs_n;
            Token single;
            int pi = param_index(m, &body[i + 1]);
            if (pi >= 0) {
                rhs_toks = args[pi].toks;
                rhs_n = args[pi].n;
            } else {
                single = body[i + 1];
                rhs_toks = &single;
                rhs_n = 1;
            }
            i++;
            if (rhs_n == 0)
                continue; /* placemarker on the right */
            Token *lhs = pp->scratch.len > base ? &vec_last(&pp->scratch) : NULL;
            bool lhs_placemarker = lhs == NULL || (lhs->flags & 0x80);
            if (lhs && (lhs->flags & 0x80)) {
                pp->scratch.len--; /* placemarker on the left */
                lhs = NULL;
            }
            if (lhs_placemarker || !lhs) {
                for (int k = 0; k < rhs_n; k++) {
                    Token x = rhs_toks[k];
                    if (k == 0)
                        x.flags = (uint8_t)(x.flags & ~TF_SPACE);
                    vec_push(&pp->scratch, x);
                }
            } else {
                Token pasted;
                if (paste(pp, lhs, &rhs_toks[0], &pasted)) {
                    pasted.flags &= (uint8_t)~TF_NOEXPAND;
                    *lhs = pasted;
                } else {
                    vec_push(&pp->scratch, rhs_toks[0]);
                }
                for (int k = 1; k < rhs_n; k++)
                    vec_push(&pp->scratch, rhs_toks[k]);
            }
            continue;
        }
        int pi = m->function_like ? param_index(m, &t) : -1;
        if (pi >= 0) {
            MacroArg *a = &args[pi];
            Token *src;
            int cnt;
            if (before_paste || after_paste) {
                src = a->toks;
                cnt = a->n;
            } else {
                if (a->nexpanded < 0)
                    a->expanded = expand_list(pp, a->toks, a->n, &a->nexpanded);
                src = a->expanded;
                cnt = a->nexpanded;
            }
            if (cnt == 0 && before_paste) {
                Token pm = t; /* placemarker */
                pm.flags = 0x80;
                pm.len = 0;
                pm.text = "";
                vec_push(&pp->scratch, pm);
                continue;
            }
            for (int k = 0; k < cnt; k++) {
                Token x = src[k];
                if (k == 0)
                    x.flags = (uint8_t)((x.flags & ~(TF_SPACE | TF_BOL)) | (t.flags & TF_SPACE));
                vec_push(&pp->scratch, x);
            }
            continue;
        }
        vec_push(&pp->scratch, t);
    }
    /* drop leftover placemarkers; every token takes the invocation's location */
    Token *out = pp->scratch.data;
    int j = base;
    for (int i = base; i < pp->scratch.len; i++) {
        if (out[i].flags & 0x80)
            continue;
        out[j] = out[i];
        out[j].loc = name->loc;
        out[j].flags &= (uint8_t)~TF_BOL;
        j++;
    }
    if (j > base) {
        out[base].flags = (uint8_t)((out[base].flags & ~TF_SPACE) | (name->flags & (TF_SPACE | TF_BOL)));
    }
    pp->scratch.len = j;
    return scratch_take(pp, base, &pp->expansion, out_n);
}

static bool expand_builtin(Preprocessor *pp, Macro *m, Token *tok) {
    hash_u64(&pp->state, 0x6275696c74ULL + (uint64_t)m->builtin);
    char buf[64];
    const char *text = NULL;
    int kind = TK_NUMBER;
    switch (m->builtin) {
    case BUILTIN_FILE:
    case BUILTIN_BASE_FILE: {
        SourceFile *f = source_get(m->builtin == BUILTIN_FILE ? tok->loc.file
                                                              : pp->files.len ? pp->files.data[0].lx.file : 0);
        Buf b = {0};
        buf_u8(&b, '"');
        for (const char *s = f ? f->name : ""; *s; s++) {
            if (*s == '"' || *s == '\\')
                buf_u8(&b, '\\');
            buf_u8(&b, (uint8_t)*s);
        }
        buf_u8(&b, '"');
        buf_u8(&b, 0);
        text = arena_strndup(&pp->arena, (char *)b.data, b.len - 1);
        buf_free(&b);
        kind = TK_STRING;
        break;
    }
    case BUILTIN_LINE:
        snprintf(buf, sizeof buf, "%u", tok->loc.line);
        break;
    case BUILTIN_COUNTER:
        snprintf(buf, sizeof buf, "%d", pp->counter++);
        break;
    case BUILTIN_INCLUDE_LEVEL:
        snprintf(buf, sizeof buf, "%d", pp->files.len > 0 ? pp->files.len - 1 : 0);
        break;
    case BUILTIN_DATE:
        text = pp->date;
        kind = TK_STRING;
        break;
    case BUILTIN_TIME:
        text = pp->time;
        kind = TK_STRING;
        break;
    default:
        return false;
    }
    if (!text)
        text = arena_strndup(&pp->arena, buf, strlen(buf));
    tok->kind = (int16_t)kind;
    tok->text = text;
    tok->len = (uint32_t)strlen(text);
    tok->ident = NULL;
    return true;
}

/* Peeks for '(' after a function-like macro name, looking through the end of contexts (and
   newlines in files). When it is not there, the token read is put back. */
static bool next_is_lparen(Preprocessor *pp) {
    Token t;
    for (;;) {
        if (pp->ctx.len) {
            Context *c = &vec_last(&pp->ctx);
            if (c->pos < c->len) {
                if (c->toks[c->pos].kind == TK_EOF && c->barrier)
                    return false;
                return c->toks[c->pos].kind == '(';
            }
            if (c->barrier)
                return false;
            pop_context(pp);
            continue;
        }
        next_raw(pp, &t);
        if (t.kind == '(') {
            unget(pp, &t);
            return true;
        }
        if (t.kind != TK_EOF || pp->files.len == 0)
            unget(pp, &t);
        return false;
    }
}

/* _Pragma("...") */
static bool pragma_operator(Preprocessor *pp, const Token *op, Token *out) {
    Token t, s;
    next_raw(pp, &t);
    if (t.kind != '(') {
        error_at(op->loc, "_Pragma takes a parenthesized string literal");
        unget(pp, &t);
        return false;
    }
    next_raw(pp, &s);
    if (s.kind != TK_STRING) {
        error_at(op->loc, "_Pragma takes a parenthesized string literal");
        return false;
    }
    next_raw(pp, &t);
    if (t.kind != ')')
        error_at(t.loc, "_Pragma takes a parenthesized string literal");
    /* destringize and tokenize */
    const char *p = s.text;
    while (*p != '"')
        p++;
    p++;
    size_t n = (size_t)(s.text + s.len - 1 - p);
    char *text = arena_alloc(&pp->arena, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\\' && (p[i + 1] == '"' || p[i + 1] == '\\'))
            i++;
        text[k++] = p[i];
    }
    text[k] = 0;
    hash_data(&pp->state, text, k);
    Lexer lx;
    lexer_init(&lx, text, k, op->loc.file);
    VEC(Token) line = {0};
    for (;;) {
        Token x;
        lex_token(&lx, &x);
        if (x.kind == TK_EOF)
            break;
        x.loc = op->loc;
        vec_push(&line, x);
    }
    bool produced = false;
    do_pragma(pp, out, &produced, line.data, line.len, op->loc);
    vec_free(&line);
    return produced;
}

static void expand_one(Preprocessor *pp, Token *tok);

/* The next token with macros expanded. */
static void expand_next(Preprocessor *pp, Token *tok) {
    expand_one(pp, tok);
    if (pp->pending_space) {
        tok->flags |= TF_SPACE;
        pp->pending_space = false;
    }
}

static void expand_one(Preprocessor *pp, Token *tok) {
    for (;;) {
        next_raw(pp, tok);
        if (tok->kind != TK_IDENT)
            return;
        Ident *id = tok->ident;
        if (pp->in_if) {
            if (id->directive == PP_DEFINED) {
                *tok = read_defined(pp, tok);
                return;
            }
            if (id->directive == PP_HAS_INCLUDE) {
                *tok = read_has_include(pp, tok);
                return;
            }
        }
        if (id->directive == PP_PRAGMA_OP && !pp->in_if) {
            if (pragma_operator(pp, tok, tok))
                return;
            continue;
        }
        Macro *m = id->macro;
        if (!m || (tok->flags & TF_NOEXPAND))
            return;
        if (m->disabled) {
            tok->flags |= TF_NOEXPAND;
            return;
        }
        if (m->builtin) {
            expand_builtin(pp, m, tok);
            return;
        }
        if (!m->function_like) {
            int n;
            Token *res = substitute(pp, m, NULL, tok, &n);
            if (n == 0 && (tok->flags & TF_SPACE))
                pp->pending_space = true;
            push_context(pp, res, n, m, false);
            continue;
        }
        Token name = *tok;
        if (!next_is_lparen(pp))
            return;
        Token lp;
        next_raw(pp, &lp);
        bool ok;
        MacroArg *args = collect_args(pp, m, &name, &ok);
        if (!ok)
            continue;
        int n;
        Token *res = substitute(pp, m, args, &name, &n);
        if (n == 0 && (name.flags & TF_SPACE))
            pp->pending_space = true;
        push_context(pp, res, n, m, false);
    }
}

void pp_next(Preprocessor *pp, Token *tok) {
    if (pp->ctx.len == 0 && !pp->pending_space && pp->files.len && pp->expansion.cur == pp->expansion_empty &&
        lex_file_token(pp, tok)) {
        /* the common case: a token straight from the file that is not a macro name */
        if (tok->kind != TK_IDENT)
            return;
        Ident *id = tok->ident;
        if (!id->macro && id->directive != PP_PRAGMA_OP) {
            if (id->keyword)
                tok->kind = id->keyword;
            return;
        }
        unget(pp, tok);
    }
    if (pp->ctx.len == 0 && pp->expansion.cur != pp->expansion_empty) {
        /* nothing refers to expansion tokens any more */
        arena_reset(&pp->expansion);
        pp->expansion_empty = pp->expansion.cur;
    }
    expand_next(pp, tok);
    if (tok->kind == TK_IDENT && tok->ident->keyword)
        tok->kind = tok->ident->keyword;
}

/* ---- reading ahead without lexing (incremental builds) ---- */

Digest pp_state(Preprocessor *pp) {
    Digest d; /* the lanes themselves: equal lanes, equal states (no mixing needed to compare) */
    d.a = pp->state.a;
    d.b = pp->state.b;
    return d;
}

const char *pp_read_to(Preprocessor *pp, const Token *t) {
    if (pp->ctx.len || pp->pending_space || pp->files.len == 0)
        return NULL;
    Lexer *lx = &vec_last(&pp->files).lx;
    if (t->text < lx->start || t->text + t->len != lx->p)
        return NULL;
    return lx->end;
}

void pp_move_to(Preprocessor *pp, const char *from, SrcLoc at) {
    Lexer *lx = &vec_last(&pp->files).lx;
    lx->p = from;
    lx->line = at.line;
    lx->line_start = from - (at.col - 1);
}

SrcLoc pp_skip_to(Preprocessor *pp, const char *to) {
    Lexer *lx = &vec_last(&pp->files).lx;
    for (const char *p = lx->p; (p = memchr(p, '\n', (size_t)(to - p))) != NULL; p++) {
        lx->line++;
        lx->line_start = p + 1;
    }
    lx->p = to;
    lx->flags = 0;
    SrcLoc last = {lx->file, lx->line, (uint32_t)(to - 1 - lx->line_start + 1)};
    return last;
}

/* ---- -E ---- */

void pp_write(Preprocessor *pp, FILE *out) {
    pp->emit_pragmas = true;
    Token t;
    uint32_t file = 0, line = 0;
    bool first = true;
    for (;;) {
        pp_next(pp, &t);
        if (t.kind == TK_EOF)
            break;
        if (t.kind == TK_PRAGMA) {
            fprintf(out, "%s#pragma %.*s\n", first ? "" : "\n", (int)t.len, t.text);
            line++;
            first = true;
            continue;
        }
        if (t.loc.file != file || (t.flags & TF_BOL) || first) {
            if (t.loc.file != file || t.loc.line < line || t.loc.line > line + 8) {
                SourceFile *f = source_get(t.loc.file);
                fprintf(out, "%s# %u \"%s\"\n", first ? "" : "\n", t.loc.line, f ? f->name : "");
            } else if (!first) {
                fputc('\n', out);
                for (uint32_t l = line + 1; l < t.loc.line; l++)
                    fputc('\n', out);
            }
            file = t.loc.file;
            line = t.loc.line;
            if (t.loc.col > 1)
                fprintf(out, "%*s", (int)t.loc.col - 1, "");
        } else if (t.flags & TF_SPACE) {
            fputc(' ', out);
        }
        first = false;
        fwrite(t.text, 1, t.len, out);
    }
    fputc('\n', out);
}
