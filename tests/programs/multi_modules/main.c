#include <stdio.h>
#include "stack.h"
#include "queue.h"

int main(void) {
    stack *s = stack_new();
    struct queue q;
    queue_init(&q);
    for (long i = 1; i <= 20; i++) { stack_push(s, i * i); queue_put(&q, i * 10); }
    printf("stack size %zu\n", stack_size(s));
    for (int i = 0; i < 5; i++) printf("%ld ", stack_pop(s));
    printf("\n");
    long v;
    for (int i = 0; i < 5; i++) { queue_get(&q, &v); printf("%ld ", v); }
    printf("\n");
    for (long i = 100; i < 110; i++) queue_put(&q, i);
    long sum = 0; int n = 0;
    while (queue_get(&q, &v)) { sum += v; n++; }
    printf("drained %d sum %ld\n", n, sum);
    long ssum = 0;
    while (stack_size(s)) ssum += stack_pop(s);
    printf("stack rest %ld, pop empty %ld\n", ssum, stack_pop(s));
    stack_free(s);
    queue_destroy(&q);
    return 0;
}
