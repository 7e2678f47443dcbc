#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

struct buf { size_t len; int data[]; };
struct str { unsigned short len; char text[]; };
struct dbl { char tag; double vals[]; };

static struct buf *make_buf(size_t n) {
    struct buf *b = malloc(sizeof *b + n * sizeof b->data[0]);
    b->len = n;
    for (size_t i = 0; i < n; i++) b->data[i] = (int)(i * i);
    return b;
}

static struct str *make_str(const char *s) {
    size_t n = strlen(s);
    struct str *p = malloc(offsetof(struct str, text) + n + 1);
    p->len = (unsigned short)n;
    memcpy(p->text, s, n + 1);
    return p;
}

int main(void) {
    printf("sizeof buf %d str %d dbl %d\n", (int)sizeof(struct buf), (int)sizeof(struct str), (int)sizeof(struct dbl));
    printf("offsets %d %d %d\n", (int)offsetof(struct buf, data), (int)offsetof(struct str, text), (int)offsetof(struct dbl, vals));
    struct buf *b = make_buf(10);
    long sum = 0;
    for (size_t i = 0; i < b->len; i++) sum += b->data[i];
    printf("len %d sum %ld\n", (int)b->len, sum);
    b = realloc(b, sizeof *b + 20 * sizeof b->data[0]);
    for (size_t i = 10; i < 20; i++) b->data[i] = -(int)i;
    b->len = 20;
    sum = 0;
    for (size_t i = 0; i < b->len; i++) sum += b->data[i];
    printf("len %d sum %ld\n", (int)b->len, sum);
    free(b);
    struct str *s = make_str("flexible members");
    printf("%u [%s]\n", s->len, s->text);
    free(s);
    struct dbl *d = malloc(sizeof *d + 3 * sizeof(double));
    d->tag = 'd'; d->vals[0] = 0.5; d->vals[1] = 0.25; d->vals[2] = 0.125;
    printf("%c %.3f\n", d->tag, d->vals[0] + d->vals[1] + d->vals[2]);
    free(d);
    return 0;
}
