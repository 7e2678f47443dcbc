#include <stdlib.h>
#include "stack.h"
struct stack { long *data; size_t n, cap; };
static void grow(stack *s) {        /* same static name as in queue.c */
    s->cap = s->cap ? s->cap * 2 : 4;
    s->data = realloc(s->data, s->cap * sizeof *s->data);
}
stack *stack_new(void) { return calloc(1, sizeof(stack)); }
void stack_free(stack *s) { free(s->data); free(s); }
void stack_push(stack *s, long v) { if (s->n == s->cap) grow(s); s->data[s->n++] = v; }
long stack_pop(stack *s) { return s->n ? s->data[--s->n] : -1; }
size_t stack_size(const stack *s) { return s->n; }
