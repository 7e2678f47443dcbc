#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static char *dup_str(const char *s) { size_t n = strlen(s) + 1; char *p = malloc(n); memcpy(p, s, n); return p; }
static void replace_all(char *dst, size_t cap, const char *src, const char *from, const char *to) {
    size_t fl = strlen(from), tl = strlen(to), n = 0;
    dst[0] = 0;
    while (*src) {
        const char *hit = strstr(src, from);
        size_t chunk = hit ? (size_t)(hit - src) : strlen(src);
        if (n + chunk + 1 > cap) break;
        memcpy(dst + n, src, chunk); n += chunk; dst[n] = 0;
        if (!hit) break;
        if (n + tl + 1 > cap) break;
        memcpy(dst + n, to, tl + 1); n += tl;
        src = hit + fl;
    }
}
static void trim(char *s) {
    size_t n = strlen(s);
    while (n && strchr(" \t\n", s[n - 1])) s[--n] = 0;
    size_t lead = strspn(s, " \t\n");
    memmove(s, s + lead, n - lead + 1);
}

int main(void) {
    char buf[128];
    replace_all(buf, sizeof buf, "the cat sat on the mat with the hat", "the", "THE");
    printf("%s\n", buf);
    replace_all(buf, sizeof buf, "aaaa", "aa", "b");
    printf("%s\n", buf);
    replace_all(buf, sizeof buf, "x.y.z", ".", "::");
    printf("%s\n", buf);
    char t[] = "   padded text \t\n";
    trim(t);
    printf("[%s]\n", t);
    char *d = dup_str("duplicate");
    d[0] = 'D';
    printf("%s %d\n", d, (int)strlen(d));
    free(d);
    char fields[] = "a=1;b=22;;c=333";
    char *save = fields;
    for (char *f = fields; f; f = save) {
        save = strchr(f, ';');
        if (save) *save++ = 0;
        if (!*f) { printf("(empty) "); continue; }
        char *eq = strchr(f, '=');
        printf("%.*s->%s ", (int)(eq - f), f, eq + 1);
    }
    printf("\n");
    char cat[16] = "abc";
    strncat(cat, "defghijklmnopqrstuvwxyz", sizeof cat - strlen(cat) - 1);
    printf("%s %d\n", cat, (int)strlen(cat));
    printf("%d %d %d\n", strncmp("abc", "abd", 0), strncmp("", "", 5), strcmp("a", "") > 0);
    printf("%d\n", (int)strcspn("no delimiters here", ""));
    const char *hay = "abababab";
    int count = 0;
    for (const char *p = hay; (p = strstr(p, "aba")) != NULL; p++) count++;
    printf("overlapping aba: %d\n", count);
    return 0;
}
