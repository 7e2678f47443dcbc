/* A trie of words: insertion, lookup, prefix counting, lexicographic listing and deletion. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct trie { struct trie *next[26]; int end, count; };
static int allocated;
static struct trie *new_node(void) { allocated++; return calloc(1, sizeof(struct trie)); }
static void insert(struct trie *t, const char *w) {
    for (; *w; w++) { int c = *w - 'a'; if (!t->next[c]) t->next[c] = new_node(); t = t->next[c]; t->count++; }
    t->end++;
}
static struct trie *find(struct trie *t, const char *w) { for (; t && *w; w++) t = t->next[*w - 'a']; return t; }
static int contains(struct trie *t, const char *w) { t = find(t, w); return t && t->end; }
static int prefix_count(struct trie *t, const char *p) { t = find(t, p); return t ? t->count : 0; }
static int listed;
static void list(struct trie *t, char *buf, int depth, int limit) {
    if (t->end && listed < limit) { buf[depth] = 0; printf("%s%s", listed ? " " : "", buf); listed++; }
    for (int c = 0; c < 26; c++) if (t->next[c]) { buf[depth] = (char)('a' + c); list(t->next[c], buf, depth + 1, limit); }
}
static int remove_word(struct trie *t, const char *w) {
    if (!contains(t, w)) return 0;
    for (; *w; w++) { t = t->next[*w - 'a']; t->count--; }
    t->end--;
    return 1;
}
static void free_trie(struct trie *t) { for (int c = 0; c < 26; c++) if (t->next[c]) free_trie(t->next[c]); free(t); }

int main(void) {
    struct trie *root = new_node();
    const char *text = "she sells sea shells by the sea shore the shells she sells are surely seashells so if she sells shells "
                       "on the seashore i am sure she sells seashore shells";
    char buf[64];
    int words = 0;
    for (const char *p = text; *p;) {
        int n = 0;
        while (*p && *p != ' ') buf[n++] = *p++;
        buf[n] = 0;
        if (*p) p++;
        insert(root, buf);
        words++;
    }
    printf("words %d nodes %d\n", words, allocated);
    const char *probe[] = { "she", "shell", "shells", "sea", "seas", "surely", "x" };
    for (int i = 0; i < 7; i++) printf("%s:%d ", probe[i], contains(root, probe[i]));
    printf("\n");
    const char *prefixes[] = { "s", "sh", "se", "sea", "the", "q" };
    for (int i = 0; i < 6; i++) printf("%s*=%d ", prefixes[i], prefix_count(root, prefixes[i]));
    printf("\n");
    listed = 0;
    list(root, buf, 0, 100);
    printf("\n");
    printf("removed %d %d %d\n", remove_word(root, "sells"), remove_word(root, "sells"), remove_word(root, "nothing"));
    printf("se*=%d sells:%d\n", prefix_count(root, "se"), contains(root, "sells"));
    /* many generated words */
    unsigned x = 1;
    int inserted = 0, found = 0;
    for (int i = 0; i < 5000; i++) {
        int len = 3 + i % 5;
        for (int k = 0; k < len; k++) { x = x * 1103515245u + 12345u; buf[k] = (char)('a' + (x >> 16) % 6); }
        buf[len] = 0;
        if (!contains(root, buf)) inserted++;
        insert(root, buf);
    }
    x = 1;
    for (int i = 0; i < 5000; i++) {
        int len = 3 + i % 5;
        for (int k = 0; k < len; k++) { x = x * 1103515245u + 12345u; buf[k] = (char)('a' + (x >> 16) % 6); }
        buf[len] = 0;
        found += contains(root, buf);
    }
    printf("generated: new %d found %d nodes %d a*=%d\n", inserted, found, allocated, prefix_count(root, "a"));
    free_trie(root);
    return 0;
}
