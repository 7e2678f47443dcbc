#include <stdlib.h>
#include <string.h>
#include "queue.h"
static void grow(struct queue *q) {
    size_t ncap = q->cap ? q->cap * 2 : 2;
    long *n = malloc(ncap * sizeof *n);
    size_t count = q->tail - q->head;
    for (size_t i = 0; i < count; i++) n[i] = q->items[(q->head + i) % q->cap];
    free(q->items);
    q->items = n; q->head = 0; q->tail = count; q->cap = ncap;
}
void queue_init(struct queue *q) { memset(q, 0, sizeof *q); }
void queue_put(struct queue *q, long v) { if (q->tail - q->head == q->cap) grow(q); q->items[q->tail++ % q->cap] = v; }
int queue_get(struct queue *q, long *out) { if (q->head == q->tail) return 0; *out = q->items[q->head++ % q->cap]; return 1; }
void queue_destroy(struct queue *q) { free(q->items); }
