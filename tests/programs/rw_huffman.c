/* Huffman coding: builds a code from byte frequencies with a binary heap, encodes to bits, decodes back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct hnode { unsigned long freq; int sym; int order; struct hnode *l, *r; };
static struct hnode nodes[512];
static int nnodes;
static struct hnode *heap[512];
static int hsize;

static int less(const struct hnode *a, const struct hnode *b) { return a->freq != b->freq ? a->freq < b->freq : a->order < b->order; }
static void hpush(struct hnode *n) {
    int i = hsize++;
    heap[i] = n;
    while (i && less(heap[i], heap[(i - 1) / 2])) { struct hnode *t = heap[i]; heap[i] = heap[(i - 1) / 2]; heap[(i - 1) / 2] = t; i = (i - 1) / 2; }
}
static struct hnode *hpop(void) {
    struct hnode *top = heap[0];
    heap[0] = heap[--hsize];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < hsize && less(heap[l], heap[m])) m = l;
        if (r < hsize && less(heap[r], heap[m])) m = r;
        if (m == i) break;
        struct hnode *t = heap[i]; heap[i] = heap[m]; heap[m] = t; i = m;
    }
    return top;
}
static char codes[256][64];
static void assign(struct hnode *n, char *prefix, int depth) {
    if (!n->l) { prefix[depth] = 0; strcpy(codes[n->sym], depth ? prefix : "0"); return; }
    prefix[depth] = '0'; assign(n->l, prefix, depth + 1);
    prefix[depth] = '1'; assign(n->r, prefix, depth + 1);
}

int main(void) {
    const char *text = "it was the best of times, it was the worst of times, it was the age of wisdom, it was the age of "
                       "foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, "
                       "it was the season of Darkness, it was the spring of hope, it was the winter of despair.";
    size_t len = strlen(text);
    unsigned long freq[256] = { 0 };
    for (size_t i = 0; i < len; i++) freq[(unsigned char)text[i]]++;
    for (int s = 0; s < 256; s++) if (freq[s]) { nodes[nnodes] = (struct hnode){ freq[s], s, nnodes, NULL, NULL }; hpush(&nodes[nnodes]); nnodes++; }
    int distinct = nnodes;
    while (hsize > 1) {
        struct hnode *a = hpop(), *b = hpop();
        nodes[nnodes] = (struct hnode){ a->freq + b->freq, -1, nnodes, a, b };
        hpush(&nodes[nnodes]);
        nnodes++;
    }
    struct hnode *root = hpop();
    char prefix[64];
    assign(root, prefix, 0);
    printf("distinct symbols %d\n", distinct);
    const char *show = " etaiosw,";
    for (const char *p = show; *p; p++) printf("'%c' x%lu -> %s\n", *p, freq[(unsigned char)*p], codes[(unsigned char)*p]);
    /* encode into a bit buffer */
    unsigned char *bits = calloc(len * 8 / 8 + 64, 1);
    size_t nbits = 0;
    for (size_t i = 0; i < len; i++)
        for (const char *c = codes[(unsigned char)text[i]]; *c; c++) { if (*c == '1') bits[nbits / 8] |= (unsigned char)(1u << (nbits % 8)); nbits++; }
    printf("original %zu bits, encoded %zu bits (%.2f%%)\n", len * 8, nbits, 100.0 * (double)nbits / (double)(len * 8));
    unsigned h = 0;
    for (size_t i = 0; i < (nbits + 7) / 8; i++) h = h * 31 + bits[i];
    printf("encoded hash %u\n", h);
    /* decode */
    char *out = malloc(len + 1);
    size_t o = 0;
    struct hnode *n = root;
    for (size_t i = 0; i < nbits; i++) {
        n = (bits[i / 8] >> (i % 8)) & 1 ? n->r : n->l;
        if (!n->l) { out[o++] = (char)n->sym; n = root; }
    }
    out[o] = 0;
    printf("decoded matches %d (%zu chars)\n", strcmp(out, text) == 0, o);
    free(bits); free(out);
    return 0;
}
