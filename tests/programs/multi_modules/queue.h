#ifndef QUEUE_H
#define QUEUE_H
#include <stddef.h>
struct queue { long *items; size_t head, tail, cap; };
void queue_init(struct queue *q);
void queue_put(struct queue *q, long v);
int queue_get(struct queue *q, long *out);
void queue_destroy(struct queue *q);
#endif
