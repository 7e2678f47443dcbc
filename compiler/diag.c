#include "diag.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

int error_count;
int warning_count;
bool warnings_disabled;
bool warnings_are_errors;

static VEC(SourceFile *) files;

uint32_t source_add(const char *name, const char *path, char *contents, uint32_t len) {
    if (files.len == 0)
        vec_push(&files, NULL); /* index 0: no location */
    SourceFile *f = xcalloc(1, sizeof(SourceFile));
    f->name = xstrdup(name);
    f->path = xstrdup(path);
    f->contents = contents;
    f->len = len;
    vec_push(&files, f);
    return (uint32_t)(files.len - 1);
}

uint32_t source_intern_name(const char *name) {
    for (int i = 1; i < files.len; i++)
        if (!files.data[i]->contents && strcmp(files.data[i]->name, name) == 0)
            return (uint32_t)i;
    return source_add(name, name, NULL, 0);
}

SourceFile *source_get(uint32_t index) {
    return (int)index < files.len ? files.data[index] : NULL;
}

int source_count(void) {
    return files.len;
}

static const char *line_text(SourceFile *f, uint32_t line, int *len) {
    if (!f || !f->contents || line == 0)
        return NULL;
    if (!f->line_starts) {
        uint32_t n = 1;
        for (uint32_t i = 0; i < f->len; i++)
            n += f->contents[i] == '\n';
        f->line_starts = xmalloc((n + 1) * sizeof(uint32_t));
        f->line_starts[0] = 0;
        uint32_t k = 1;
        for (uint32_t i = 0; i < f->len; i++)
            if (f->contents[i] == '\n')
                f->line_starts[k++] = i + 1;
        f->nlines = n;
    }
    if (line > f->nlines)
        return NULL;
    const char *s = f->contents + f->line_starts[line - 1];
    const char *e = s;
    while (e < f->contents + f->len && *e != '\n')
        e++;
    if (e > s && e[-1] == '\r')
        e--;
    *len = (int)(e - s);
    return s;
}

static void report(SrcLoc loc, const char *kind, const char *fmt, va_list ap) {
    SourceFile *f = source_get(loc.file);
    if (f && loc.file)
        fprintf(stderr, "%s:%u:%u: %s: ", f->name, loc.line, loc.col, kind);
    else
        fprintf(stderr, "mica: %s: ", kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    int len;
    const char *text = f ? line_text(f, loc.line, &len) : NULL;
    if (text) {
        fprintf(stderr, "%5u | %.*s\n      | ", loc.line, len, text);
        for (uint32_t i = 1; i < loc.col && (int)i <= len; i++)
            fputc(text[i - 1] == '\t' ? '\t' : ' ', stderr);
        fputs("^\n", stderr);
    }
}

void error_at(SrcLoc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(loc, "error", fmt, ap);
    va_end(ap);
    if (++error_count >= 50) {
        fprintf(stderr, "mica: too many errors, stopping\n");
        exit(1);
    }
}

void warn_at(SrcLoc loc, const char *fmt, ...) {
    if (warnings_disabled)
        return;
    va_list ap;
    va_start(ap, fmt);
    report(loc, warnings_are_errors ? "error" : "warning", fmt, ap);
    va_end(ap);
    if (warnings_are_errors)
        error_count++;
    else
        warning_count++;
}

void note_at(SrcLoc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(loc, "note", fmt, ap);
    va_end(ap);
}

void error_plain(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("mica: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    error_count++;
}
