/* Source files and diagnostics in gcc's format: "file:line:col: error: message", the source
   line and a caret. */
#ifndef MICA_DIAG_H
#define MICA_DIAG_H

#include <stdbool.h>
#include <stdint.h>

typedef struct SrcLoc {
    uint32_t file; /* index into the source file table; 0 means "no location" */
    uint32_t line;
    uint32_t col;
} SrcLoc;

typedef struct SourceFile {
    char *name;     /* as the user or #include spelled it (what diagnostics print) */
    char *path;     /* the path it was opened with */
    char *contents; /* original text (diagnostics show lines from it) */
    uint32_t len;
    uint32_t *line_starts; /* computed on first use */
    uint32_t nlines;
} SourceFile;

uint32_t source_add(const char *name, const char *path, char *contents, uint32_t len);
SourceFile *source_get(uint32_t index);
int source_count(void);
uint32_t source_intern_name(const char *name); /* a name with no contents (#line, builtins) */

extern int error_count;
extern int warning_count;
extern bool warnings_disabled;   /* -w */
extern bool warnings_are_errors; /* -Werror */

void error_at(SrcLoc loc, const char *fmt, ...);
void warn_at(SrcLoc loc, const char *fmt, ...);
void note_at(SrcLoc loc, const char *fmt, ...);
void error_plain(const char *fmt, ...); /* "mica: error: ..." */
#endif
