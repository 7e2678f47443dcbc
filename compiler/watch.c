#define _POSIX_C_SOURCE 200809L /* nanosleep, clock_gettime from the host libc */
/* --watch: an incremental build, then another whenever one of the files it read is saved, with
   one status line per build. The state stays in memory between builds; after a failed build
   it is read back from the state file (which still matches the output). Directories are
   watched rather than files, because editors often save by renaming a new file over the old. */
#include "incremental.h"
#include "preprocess.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

enum { EVENTS = IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM };

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

typedef struct Watched {
    VEC(char *) files; /* the files, as paths */
    VEC(char *) dirs;  /* their directories, each once */
    VEC(int) wds;      /* watch descriptor per directory */
} Watched;

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void watch_file(Watched *w, const char *path) {
    for (int i = 0; i < w->files.len; i++)
        if (!strcmp(w->files.data[i], path))
            return;
    vec_push(&w->files, xstrdup(path));
    char *dir = strchr(path, '/') ? path_dirname(path) : xstrdup(".");
    for (int i = 0; i < w->dirs.len; i++)
        if (!strcmp(w->dirs.data[i], dir)) {
            free(dir);
            return;
        }
    vec_push(&w->dirs, dir);
}

static void free_watched(Watched *w) {
    for (int i = 0; i < w->files.len; i++)
        free(w->files.data[i]);
    for (int i = 0; i < w->dirs.len; i++)
        free(w->dirs.data[i]);
    vec_free(&w->files);
    vec_free(&w->dirs);
    vec_free(&w->wds);
}

/* whether an event in directory number d names one of the files */
static bool concerns(Watched *w, int wd, const char *name) {
    for (int d = 0; d < w->wds.len; d++) {
        if (w->wds.data[d] != wd)
            continue;
        for (int i = 0; i < w->files.len; i++) {
            char *dir = strchr(w->files.data[i], '/') ? path_dirname(w->files.data[i]) : xstrdup(".");
            bool same = !strcmp(dir, w->dirs.data[d]) && !strcmp(base_name(w->files.data[i]), name);
            free(dir);
            if (same)
                return true;
        }
    }
    return false;
}

/* Watches the directories not watched yet. */
static void add_watches(Watched *w, int fd) {
    while (w->wds.len < w->dirs.len) {
        int wd = inotify_add_watch(fd, w->dirs.data[w->wds.len], EVENTS);
        vec_push(&w->wds, wd);
    }
}

/* Waits until one of the files is written, created, replaced or deleted (since the watches were
   set: a save during the build counts). */
static bool wait_for_change(Watched *w, int fd) {
    char buf[8192];
    bool changed = false;
    while (!changed) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0) {
            error_plain("--watch: reading file events failed");
            return false;
        }
        for (ssize_t off = 0; off < n;) {
            struct inotify_event *e = (struct inotify_event *)(void *)(buf + off);
            if ((e->mask & IN_Q_OVERFLOW) || (e->len && concerns(w, e->wd, e->name)))
                changed = true;
            off += (ssize_t)sizeof(struct inotify_event) + (ssize_t)e->len;
        }
    }
    /* an editor's save is several events: let them settle */
    struct timespec settle = {0, 50 * 1000 * 1000};
    nanosleep(&settle, NULL);
    return true;
}

static void watch_build_files(Watched *w, const IncrRequest *req, IncrState *state) {
    for (int i = 0; i < req->inputs.len; i++)
        watch_file(w, req->inputs.data[i]);
    for (int i = 0; state && i < incr_state_file_count(state); i++)
        watch_file(w, incr_state_file(state, i));
}

/* One build and its status line. */
IncrState *incr_build_and_report(const IncrRequest *req, IncrState *state) {
    double start = now_ms();
    IncrStats stats;
    state = incremental_build(req, state, &stats);
    double ms = now_ms() - start;
    if (!state) {
        printf("mica: %s: build failed (%d error%s), %.1f ms\n", req->output, error_count, error_count == 1 ? "" : "s",
               ms);
    } else if (stats.full) {
        printf("mica: %s: full build%s%s%s: %d declarations compiled, %llu bytes written, %.1f ms\n", req->output,
               stats.why ? " (" : "", stats.why ? stats.why : "", stats.why ? ")" : "", stats.decls_generated,
               (unsigned long long)stats.bytes_written, ms);
    } else {
        printf("mica: %s: %d of %d declarations compiled (%d file%s parsed, %d function bod%s and %d "
               "declaration%s not read), %llu bytes written, %.1f ms\n",
               req->output, stats.decls_generated, stats.decls_total, stats.units_parsed,
               stats.units_parsed == 1 ? "" : "s", stats.bodies_unread, stats.bodies_unread == 1 ? "y" : "ies",
               stats.decls_unread, stats.decls_unread == 1 ? "" : "s", (unsigned long long)stats.bytes_written, ms);
    }
    fflush(stdout);
    return state;
}

int incr_watch(const IncrRequest *req) {
    IncrState *state = NULL;
    for (;;) {
        int fd = inotify_init1(IN_CLOEXEC);
        if (fd < 0) {
            error_plain("--watch: cannot watch files (inotify)");
            incr_state_free(state);
            return 1;
        }
        Watched w;
        memset(&w, 0, sizeof w);
        watch_build_files(&w, req, state); /* before the build, so that no save is missed */
        add_watches(&w, fd);
        error_count = 0;
        warning_count = 0;
        pp_forget_sources();
        state = incr_build_and_report(req, state);
        incr_save_state(req, state);
        watch_build_files(&w, req, state); /* and the headers it found */
        add_watches(&w, fd);
        bool ok = wait_for_change(&w, fd);
        close(fd);
        free_watched(&w);
        if (!ok) {
            incr_state_free(state);
            return 1;
        }
    }
}
