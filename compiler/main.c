#define _XOPEN_SOURCE 700 /* readlink, realpath from the host libc */
/* The driver: gcc-style command line, compiling each file into one linker, the std library
   cache, -E, --emit-ir and -run. */
#include "compile.h"
#include "incremental.h"
#include "version.h"
#include "../linker/dwarf.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct Driver {
    CompileOptions copts;
    VEC(const char *) inputs;
    const char *output;
    bool preprocess_only;
    bool run;
    char **run_args;
    int run_argc;
    VEC(const char *) prefix_maps; /* "OLD=NEW" */
    const char *root; /* holds std/ and runtime/ */
    const char *exe;  /* this compiler */
    bool incremental; /* --incremental */
    bool watch;       /* --watch */
    bool report;      /* --report */
    VEC(const char *) options; /* what the output depends on besides the sources */
} Driver;

static void usage(FILE *f) {
    fputs("Usage: mica [options] file.c... [-o output]\n"
          "       mica [options] -run file.c [arguments...]\n"
          "       (.o files made by another compiler with -c can be linked in)\n"
          "\n"
          "mica compiles C11 into static executables with its own backend and linker.\n"
          "\n"
          "Options:\n"
          "  -o FILE          write the output to FILE (default a.out)\n"
          "  -run FILE.c ...  compile FILE.c (and the files before it), then run it with the\n"
          "                   remaining arguments; exits with the program's status\n"
          "  -E               preprocess only, to standard output (or -o FILE)\n"
          "  --emit-ir        print mica's IR instead of linking\n"
          "  -g               generate debug information\n"
          "  --incremental    keep the state of the build beside the output (OUTPUT.mica-state);\n"
          "                   the next build compiles only the declarations that changed and\n"
          "                   patches the output in place\n"
          "  --watch          build incrementally, then again whenever a source file is saved,\n"
          "                   printing one line per build (stop with Ctrl-C)\n"
          "  --report         with --incremental: print that line for the build\n"
          "  -fdebug-prefix-map=OLD=NEW   write paths under OLD as NEW in debug information\n"
          "  -O0 -O1 -O2 -Os  accepted (mica has one code generator)\n"
          "  -I DIR           add DIR to the include search path\n"
          "  -iquote DIR      add DIR to the search path of #include \"...\"\n"
          "  -isystem DIR     add DIR to the system include search path\n"
          "  -D NAME[=VALUE]  define a macro\n"
          "  -U NAME          undefine a macro\n"
          "  -w               suppress all warnings\n"
          "  -Werror          make warnings errors\n"
          "  -W...            other warning options are accepted\n"
          "  -std=c11, -std=c99, -std=gnu11 ...   accepted\n"
          "  -lm, -lc         accepted: mica's std has the math and C libraries\n"
          "  --target=ARCH-linux   x86_64 (default), aarch64; riscv64, arm, sparc64 are reserved\n"
          "  --version        print the version\n"
          "  --help           print this help\n",
          f);
}

static _Noreturn void die(const char *fmt, const char *arg) {
    fprintf(stderr, "mica: error: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(1);
}

/* mica's resource root: the directory holding std/include and runtime/, found next to the
   executable or above it (build/mica -> the source tree). */
static const char *find_root(const char *exe) {
    const char *env = getenv("MICA_ROOT");
    if (env)
        return env;
    char *dir = path_dirname(exe);
    for (int up = 0; up < 4; up++) {
        char *probe = path_join(dir, "std/include/stdio.h");
        bool found = file_exists(probe);
        free(probe);
        if (found) {
            char *real = realpath(dir, NULL);
            return real ? real : dir;
        }
        char *parent = path_join(dir, "..");
        free(dir);
        dir = parent;
    }
    return NULL;
}

static char *self_path(const char *argv0) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        buf[n] = 0;
        return xstrdup(buf);
    }
    return xstrdup(argv0);
}

static bool has_suffix(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* ---- the std library cache ---- */

static int compare_strings(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef VEC(char *) PathList;

static void list_sources(const char *dir, PathList *out) {
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (has_suffix(e->d_name, ".c"))
            vec_push(out, path_join(dir, e->d_name));
    }
    closedir(d);
}

static void std_sources(Driver *d, PathList *out) {
    char *src = path_join(d->root, "std/src");
    char *rt = format("%s/runtime/%s", d->root, d->copts.target->arch_name);
    list_sources(src, out);
    list_sources(rt, out);
    qsort(out->data, (size_t)out->len, sizeof(char *), compare_strings);
    free(src);
    free(rt);
}

static uint64_t stat_mix(uint64_t h, const char *path) {
    struct stat st;
    if (stat(path, &st) != 0)
        return hash_mix(h, 1);
    h = hash_mix(h, (uint64_t)st.st_size);
    h = hash_mix(h, (uint64_t)st.st_mtime);
    return hash_mix(h, hash_bytes(path, strlen(path)));
}

/* The key tells whether a cached library still matches this compiler and these sources. */
static char *library_key_for(Driver *d, PathList *sources) {
    uint64_t h = hash_bytes(MICA_VERSION, strlen(MICA_VERSION));
    h = stat_mix(h, d->exe);
    for (int i = 0; i < sources->len; i++)
        h = stat_mix(h, sources->data[i]);
    /* headers matter too */
    char *dirs[4];
    dirs[0] = path_join(d->root, "std/include");
    dirs[1] = path_join(d->root, "std/include/sys");
    dirs[2] = format("%s/runtime/%s/include/bits", d->root, d->copts.target->arch_name);
    dirs[3] = path_join(d->root, "runtime/generic/include/bits");
    for (int k = 0; k < 4; k++) {
        DIR *dir = opendir(dirs[k]);
        if (!dir)
            continue;
        PathList hs = {0};
        struct dirent *e;
        while ((e = readdir(dir)) != NULL)
            if (has_suffix(e->d_name, ".h"))
                vec_push(&hs, path_join(dirs[k], e->d_name));
        closedir(dir);
        qsort(hs.data, (size_t)hs.len, sizeof(char *), compare_strings);
        for (int i = 0; i < hs.len; i++) {
            h = stat_mix(h, hs.data[i]);
            free(hs.data[i]);
        }
        vec_free(&hs);
        free(dirs[k]);
    }
    return format("mica %s %s %016llx", MICA_VERSION, d->copts.target->name, (unsigned long long)h);
}

static char *library_path(Driver *d) {
    char *dir = path_dirname(d->exe);
    char *lib = format("%s/lib", dir);
    mkdir(lib, 0755);
    char *path = format("%s/%s.mlib", lib, d->copts.target->name);
    free(dir);
    free(lib);
    return path;
}

static Library *std_library(Driver *d) {
    PathList sources = {0};
    std_sources(d, &sources);
    if (sources.len == 0)
        die("cannot find mica's std sources under '%s'", d->root);
    char *key = library_key_for(d, &sources);
    char *path = library_path(d);
    char *why = NULL;
    Library *lib = library_open(path, d->copts.target, &why);
    if (lib && strcmp(library_key(lib), key) == 0) {
        free(key);
        free(path);
        return lib;
    }
    library_close(lib);
    free(why);
    /* (re)build it: std and runtime compiled like any program, kept as atoms */
    LinkOptions lo;
    memset(&lo, 0, sizeof lo);
    Linker *l = link_new(d->copts.target, &lo);
    CompileOptions co = d->copts;
    co.emit_ir = false;
    co.debug = false;
    int errors = error_count;
    for (int i = 0; i < sources.len; i++)
        compile_file(&co, l, sources.data[i]);
    if (error_count != errors)
        die("%s", "mica's std library failed to compile");
    if (!library_write(l, path, key))
        exit(1);
    link_free(l);
    lib = library_open(path, d->copts.target, &why);
    if (!lib)
        die("cannot read back the std library '%s'", path);
    for (int i = 0; i < sources.len; i++)
        free(sources.data[i]);
    vec_free(&sources);
    free(key);
    free(path);
    return lib;
}

/* ---- command line ---- */

static const char *option_arg(int argc, char **argv, int *i, const char *opt) {
    const char *a = argv[*i];
    size_t n = strlen(opt);
    if (a[n])
        return a + n;
    if (*i + 1 >= argc)
        die("missing argument to '%s'", opt);
    return argv[++*i];
}

static void parse_args(Driver *d, int argc, char **argv) {
    PPOptions *pp = &d->copts.pp;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0) {
            vec_push(&d->inputs, a);
            continue;
        }
        if (strcmp(a, "--incremental") && strcmp(a, "--watch") && strcmp(a, "--report") && strncmp(a, "-o", 2))
            vec_push(&d->options, a); /* an option's argument follows it in the list */
        if (!strcmp(a, "-o")) {
            if (i + 1 >= argc)
                die("missing filename after '%s'", "-o");
            d->output = argv[++i];
        } else if (!strncmp(a, "-o", 2)) {
            d->output = a + 2;
        } else if (!strcmp(a, "-run")) {
            if (i + 1 >= argc)
                die("missing filename after '%s'", "-run");
            d->run = true;
            vec_push(&d->inputs, argv[++i]);
            d->run_args = argv + i + 1;
            d->run_argc = argc - i - 1;
            return;
        } else if (!strcmp(a, "-E")) {
            d->preprocess_only = true;
        } else if (!strcmp(a, "--incremental")) {
            d->incremental = true;
        } else if (!strcmp(a, "--watch")) {
            d->incremental = d->watch = true;
        } else if (!strcmp(a, "--report")) {
            d->report = true;
        } else if (!strcmp(a, "--emit-ir")) {
            d->copts.emit_ir = true;
        } else if (!strcmp(a, "-g") || !strncmp(a, "-g", 2)) {
            d->copts.debug = strcmp(a, "-g0") != 0;
        } else if (a[1] == 'O') {
            d->copts.opt_level = a[2] ? (a[2] == 's' ? 2 : a[2] - '0') : 1;
        } else if (!strncmp(a, "-I", 2)) {
            vec_push(&pp->user_dirs, option_arg(argc, argv, &i, "-I"));
        } else if (!strcmp(a, "-iquote")) {
            vec_push(&pp->quote_dirs, option_arg(argc, argv, &i, "-iquote"));
        } else if (!strcmp(a, "-isystem")) {
            vec_push(&pp->system_dirs, option_arg(argc, argv, &i, "-isystem"));
        } else if (!strncmp(a, "-D", 2)) {
            const char *v = option_arg(argc, argv, &i, "-D");
            vec_push(&pp->defines, format("D%s", v));
        } else if (!strncmp(a, "-U", 2)) {
            const char *v = option_arg(argc, argv, &i, "-U");
            vec_push(&pp->defines, format("U%s", v));
        } else if (!strcmp(a, "-w")) {
            warnings_disabled = true;
        } else if (!strcmp(a, "-Werror")) {
            warnings_are_errors = true;
        } else if (!strncmp(a, "-fdebug-prefix-map=", 19)) {
            const char *eq = strchr(a + 19, '=');
            if (!eq)
                die("'%s': expected -fdebug-prefix-map=OLD=NEW", a);
            vec_push(&d->prefix_maps, a + 19);
        } else if (a[1] == 'W' || !strncmp(a, "-std=", 5) || !strcmp(a, "-pedantic") ||
                   !strcmp(a, "-pedantic-errors") || !strcmp(a, "-ansi") || !strncmp(a, "-f", 2) ||
                   !strncmp(a, "-m", 2) || !strcmp(a, "-static") || !strcmp(a, "-pipe")) {
            /* accepted; mica's behaviour does not depend on them */
        } else if (!strncmp(a, "-l", 2)) {
            const char *lib = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
            if (strcmp(lib, "m") && strcmp(lib, "c"))
                die("cannot find -l%s: mica links only its own std (which includes libm and libc)", lib);
        } else if (!strncmp(a, "--target=", 9)) {
            const Target *t = target_find(a + 9);
            if (!t)
                die("unknown target '%s' (known: x86_64-linux, aarch64-linux, riscv64-linux, arm-linux, sparc64-linux)",
                    a + 9);
            if (!t->supported)
                die("target '%s' is not yet supported", t->name);
            d->copts.target = t;
        } else if (!strcmp(a, "--version") || !strcmp(a, "-v")) {
            printf("mica %s\n", MICA_VERSION);
            exit(0);
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            exit(0);
        } else if (!strcmp(a, "-c") || !strcmp(a, "-S")) {
            die("'%s' is not supported: mica compiles and links whole programs in one step", a);
        } else {
            die("unrecognized command-line option '%s' (see mica --help)", a);
        }
    }
}

/* Everything besides the sources that an incremental build's output depends on. */
static char *fingerprint(Driver *d, int argc, char **argv) {
    Buf b = {0};
    struct stat st;
    buf_printf(&b, "mica %s|%s|", MICA_VERSION, d->copts.target->name);
    if (stat(d->exe, &st) == 0)
        buf_printf(&b, "%lld.%lld.%lld|", (long long)st.st_size, (long long)st.st_mtim.tv_sec,
                   (long long)st.st_mtim.tv_nsec);
    char cwd[4096];
    buf_printf(&b, "%s|%s|", d->root, getcwd(cwd, sizeof cwd) ? cwd : "");
    for (int i = 1; i < argc; i++) {
        bool is_option = false;
        for (int k = 0; k < d->options.len; k++)
            is_option |= d->options.data[k] == argv[i];
        /* an option and, when it takes one, its argument */
        if (is_option || (i > 1 && argv[i - 1][0] == '-' && strlen(argv[i - 1]) == 2 && strchr("IDU", argv[i - 1][1])))
            buf_printf(&b, "%s ", argv[i]);
    }
    buf_u8(&b, 0);
    return (char *)b.data;
}

static int incremental(Driver *d, int argc, char **argv) {
    if (d->run || d->copts.emit_ir)
        die("%s", "--incremental and --watch write an output file: they do not go with -run or --emit-ir");
    IncrRequest req;
    memset(&req, 0, sizeof req);
    req.copts = d->copts;
    req.copts.via_got = true; /* callers of a function that moves need no patching */
    for (int i = 0; i < d->inputs.len; i++) {
        if (has_suffix(d->inputs.data[i], ".o"))
            die("'%s': incremental builds take C sources only", d->inputs.data[i]);
        vec_push(&req.inputs, d->inputs.data[i]);
    }
    req.output = d->output ? d->output : "a.out";
    char *state_path = format("%s.mica-state", req.output);
    req.state_path = state_path;
    char *fp = fingerprint(d, argc, argv);
    req.fingerprint = fp;
    for (int i = 0; i < d->prefix_maps.len; i++)
        vec_push(&req.prefix_maps, d->prefix_maps.data[i]);
    req.lib = std_library(d);
    int status = 0;
    if (d->watch) {
        req.save_later = true;
        status = incr_watch(&req);
    } else {
        IncrStats stats;
        /* the state is left to the end of the process: freeing it piece by piece costs an
           update a few percent of its time for nothing */
        IncrState *st = d->report ? incr_build_and_report(&req, NULL) : incremental_build(&req, NULL, &stats);
        status = st ? 0 : 1;
    }
    library_close(req.lib);
    vec_free(&req.inputs);
    vec_free(&req.prefix_maps);
    free(fp);
    free(state_path);
    return status;
}

static int run_program(const char *path, char **args, int argc) {
    char **argv = xcalloc((size_t)argc + 2, sizeof(char *));
    argv[0] = (char *)path;
    for (int i = 0; i < argc; i++)
        argv[i + 1] = args[i];
    pid_t pid = fork();
    if (pid < 0)
        die("%s", "cannot fork");
    if (pid == 0) {
        execv(path, argv);
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
    }
    unlink(path);
    free(argv);
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

int main(int argc, char **argv) {
    Driver d;
    memset(&d, 0, sizeof d);
    d.copts.target = target_host();
    d.copts.ir_out = stdout;
    parse_args(&d, argc, argv);
    if (d.inputs.len == 0) {
        fprintf(stderr, "mica: error: no input files\n");
        return 1;
    }
    for (int i = 0; i < d.inputs.len; i++) {
        const char *in = d.inputs.data[i];
        if (!has_suffix(in, ".c") && !has_suffix(in, ".o") && !d.preprocess_only)
            die("'%s': mica takes C source files (.c) and relocatable objects (.o)", in);
    }
    d.exe = self_path(argv[0]);
    d.root = find_root(d.exe);
    if (!d.root)
        die("%s", "cannot find mica's std/ and runtime/ (set MICA_ROOT)");
    types_init(d.copts.target);
    PPOptions *pp = &d.copts.pp;
    vec_push(&pp->system_dirs, format("%s/runtime/%s/include", d.root, d.copts.target->arch_name));
    vec_push(&pp->system_dirs, path_join(d.root, "runtime/generic/include")); /* facts most Linux targets share */
    vec_push(&pp->system_dirs, path_join(d.root, "std/include"));

    if (d.preprocess_only) {
        FILE *out = stdout;
        if (d.output && !(out = fopen(d.output, "w")))
            die("cannot open '%s' for writing", d.output);
        for (int i = 0; i < d.inputs.len; i++) {
            Preprocessor *p = pp_new(d.copts.target, pp);
            if (pp_open_main(p, d.inputs.data[i]))
                pp_write(p, out);
            pp_free(p);
        }
        if (out != stdout)
            fclose(out);
        return error_count ? 1 : 0;
    }

    if (d.incremental)
        return incremental(&d, argc, argv);

    if (d.copts.emit_ir && d.output && !(d.copts.ir_out = fopen(d.output, "w")))
        die("cannot open '%s' for writing", d.output);

    LinkOptions lo;
    memset(&lo, 0, sizeof lo);
    lo.debug = d.copts.debug;
    Linker *l = link_new(d.copts.target, &lo);
    for (int i = 0; i < d.prefix_maps.len; i++) {
        const char *m = d.prefix_maps.data[i];
        const char *eq = strchr(m, '=');
        char *from = xstrndup(m, (size_t)(eq - m));
        dwarf_prefix_map(l, from, eq + 1);
        free(from);
    }
    for (int i = 0; i < d.inputs.len; i++) {
        const char *in = d.inputs.data[i];
        if (has_suffix(in, ".o"))
            link_add_object(l, in);
        else
            compile_file(&d.copts, l, in);
    }
    if (error_count)
        return 1;
    if (d.copts.emit_ir) {
        if (d.copts.ir_out != stdout)
            fclose(d.copts.ir_out);
        return 0;
    }
    Library *lib = std_library(&d);
    link_resolve_from(l, lib);
    char *out;
    if (d.run)
        out = format("/tmp/mica-run-%d", (int)getpid());
    else
        out = xstrdup(d.output ? d.output : "a.out");
    bool ok = link_write_executable(l, out);
    library_close(lib);
    link_free(l);
    if (!ok)
        return 1;
    if (d.run)
        return run_program(out, d.run_args, d.run_argc);
    return 0;
}
