/* A text formatter: fills and justifies paragraphs to several widths, centres titles, numbers lines. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

static const char *text =
    "# The Formatter\n"
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
    "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip "
    "ex ea commodo consequat.\n"
    "\n"
    "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. "
    "Supercalifragilisticexpialidocious words longer than the line are placed on their own.\n"
    "\n"
    "# Short\n"
    "A.\n";

struct word { const char *s; int len; };

static int split_words(const char *para, int plen, struct word *w, int max) {
    int n = 0, i = 0;
    while (i < plen && n < max) {
        while (i < plen && isspace((unsigned char)para[i])) i++;
        if (i >= plen) break;
        int start = i;
        while (i < plen && !isspace((unsigned char)para[i])) i++;
        w[n].s = para + start;
        w[n].len = i - start;
        n++;
    }
    return n;
}

static int out_lines;
static unsigned long out_hash = 5381;
static void emit(const char *line) {
    out_lines++;
    for (const char *p = line; *p; p++) out_hash = out_hash * 33 + (unsigned char)*p;
    printf("%3d |%s|\n", out_lines, line);
}

static void format_paragraph(struct word *w, int n, int width, int justify) {
    int i = 0;
    char line[256];
    while (i < n) {
        int len = w[i].len, j = i + 1;
        while (j < n && len + 1 + w[j].len <= width) { len += 1 + w[j].len; j++; }
        int gaps = j - i - 1;
        int extra = width - len;
        int pos = 0;
        for (int k = i; k < j; k++) {
            memcpy(line + pos, w[k].s, (size_t)w[k].len);
            pos += w[k].len;
            if (k < j - 1) {
                int spaces = 1;
                if (justify && j < n && gaps > 0) {
                    spaces += extra / gaps + ((k - i) < extra % gaps ? 1 : 0);
                }
                for (int s = 0; s < spaces; s++) line[pos++] = ' ';
            }
        }
        if (!justify || j == n) while (pos < width) line[pos++] = ' ';
        line[pos] = 0;
        emit(line);
        i = j;
    }
}

static void center(const char *s, int len, int width) {
    char line[256];
    int left = len < width ? (width - len) / 2 : 0;
    int pos = 0;
    for (int k = 0; k < left; k++) line[pos++] = ' ';
    memcpy(line + pos, s, (size_t)len);
    pos += len;
    while (pos < width) line[pos++] = ' ';
    line[pos] = 0;
    emit(line);
}

static void format_all(int width, int justify) {
    const char *p = text;
    struct word words[256];
    printf("== width %d %s\n", width, justify ? "justified" : "ragged");
    out_lines = 0;
    while (*p) {
        const char *end = strchr(p, '\n');
        if (!end) end = p + strlen(p);
        if (end == p) { emit(""); p = end + 1; continue; }
        if (*p == '#') {
            const char *t = p + 1;
            while (*t == ' ') t++;
            center(t, (int)(end - t), width);
        } else {
            int n = split_words(p, (int)(end - p), words, 256);
            format_paragraph(words, n, width, justify);
        }
        p = *end ? end + 1 : end;
    }
}

int main(void) {
    format_all(40, 1);
    format_all(28, 0);
    format_all(60, 1);
    printf("hash %lu\n", out_hash);
    return 0;
}
